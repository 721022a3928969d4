import Foundation
import GRDB
import SajianModel

extension Catalog {
    /// The newest version of `id`; nil when the catalog has none.
    public func latestVersion(of id: String) throws -> DatasetVersion? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT number, contentHash FROM version WHERE datasetID = ? ORDER BY number DESC LIMIT 1",
                             arguments: [id]).map { DatasetVersion(datasetID: id, number: $0["number"], contentHash: $0["contentHash"]) }
        }
    }

    /// The version of `id` numbered `number`, or (with `contentHash`) the newest holding that content.
    public func version(of id: String, number: Int? = nil, contentHash: String? = nil) throws -> DatasetVersion? {
        try database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT number, contentHash FROM version
                WHERE datasetID = ? AND (? IS NULL OR number = ?) AND (? IS NULL OR contentHash = ?)
                ORDER BY number DESC LIMIT 1
                """, arguments: [id, number, number, contentHash, contentHash])
                .map { DatasetVersion(datasetID: id, number: $0["number"], contentHash: $0["contentHash"]) }
        }
    }

    /// One stored version of a dataset, as its history lists it.
    public struct VersionRecord: Sendable, Hashable {
        public var version: DatasetVersion
        /// ISO 8601.
        public var importedAt: String
        public var sourceFile: String
        public var rows: Int
        public var firstPeriod: String?
        public var lastPeriod: String?
        /// The classification the version was imported with (the dataset's own is the strictest of all).
        public var classification: String
        /// The metadata YAML the version was imported with.
        public var metadataText: String
    }

    /// Every version of `id`, oldest first (empty for an unknown id).
    public func versions(of id: String) throws -> [VersionRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM version WHERE datasetID = ? ORDER BY number", arguments: [id]).map { row in
                VersionRecord(version: DatasetVersion(datasetID: id, number: row["number"], contentHash: row["contentHash"]),
                              importedAt: row["importedAt"], sourceFile: row["sourceFile"], rows: row["rowCount"],
                              firstPeriod: row["firstPeriod"], lastPeriod: row["lastPeriod"],
                              classification: row["classification"], metadataText: row["metadata"])
            }
        }
    }
}
