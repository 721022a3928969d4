import Foundation
import GRDB
import SajianModel

/// Pasal 2(2) in the catalog: a dataset's access classification is a property of its id, not of one version.
///
/// The classification that holds is the strictest any version of the dataset was imported with, so that importing
/// the same data again as `publik` (or pinning an old `publik` version with `versi:`) never releases data once
/// classified `terbatas` or `rahasia`. Only an explicit reclassification (`sajian reclassify`), kept in the catalog
/// with its reason and time, lowers it; versions imported after it count again.
extension Catalog {
    /// A reclassification as the catalog keeps it.
    public struct Reclassification: Sendable, Hashable {
        public var datasetID: String
        /// The latest version when it was made: versions after it count again.
        public var afterVersion: Int
        public var classification: AccessClassification
        public var reason: String
        public var madeAt: String
    }

    /// The classification that holds for every version of dataset `id`; nil when the catalog has no such dataset.
    public func classification(of id: String) throws -> AccessClassification? {
        try database.read { db in try Self.classification(of: id, in: db) }
    }

    static func classification(of id: String, in db: Database) throws -> AccessClassification? {
        let latest = try Row.fetchOne(db, sql: """
            SELECT afterVersion, classification FROM reclassification WHERE datasetID = ? ORDER BY rowid DESC LIMIT 1
            """, arguments: [id])
        let after: Int = latest?["afterVersion"] ?? 0
        let words = try String.fetchAll(db, sql: "SELECT classification FROM version WHERE datasetID = ? AND number > ?", arguments: [id, after])
            + (latest.map { [$0["classification"] as String] } ?? [])
        // A word the catalog does not know is treated as the strictest: never as publik.
        let levels = words.map { AccessClassification(rawValue: $0) ?? .rahasia }
        return levels.max()
    }

    /// Lowers (or raises) the classification of dataset `id` for every version, with the reason kept in the catalog.
    /// Throws when the dataset is unknown or the reason is empty.
    @discardableResult
    public func reclassify(_ id: String, as classification: AccessClassification, reason: String, now: Date = Date()) throws -> Reclassification {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "a reclassification needs its reason",
                                             hint: "Say why and on whose decision, e.g. `--alasan \"Dirilis dalam BRS No. 85/11/Th. XXVII, 6 November 2024\"`."))
        }
        return try database.write { db in
            guard let latest = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM version WHERE datasetID = ?", arguments: [id]) else {
                throw DatasetError.unknown(id: id, known: try String.fetchAll(db, sql: "SELECT id FROM dataset ORDER BY id"))
            }
            let record = Reclassification(datasetID: id, afterVersion: latest, classification: classification, reason: reason,
                                          madeAt: ISO8601DateFormatter().string(from: now))
            try db.execute(sql: "INSERT INTO reclassification (datasetID, afterVersion, classification, reason, madeAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, latest, classification.rawValue, reason, record.madeAt])
            return record
        }
    }

    /// Every reclassification of dataset `id`, oldest first.
    public func reclassifications(of id: String) throws -> [Reclassification] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reclassification WHERE datasetID = ? ORDER BY rowid", arguments: [id]).map { row in
                Reclassification(datasetID: row["datasetID"], afterVersion: row["afterVersion"],
                                 classification: AccessClassification(rawValue: row["classification"]) ?? .rahasia,
                                 reason: row["reason"], madeAt: row["madeAt"])
            }
        }
    }
}
