import Foundation
import GRDB
import SajianModel
import SajianYAML

extension Catalog {
    /// The outcome of an import.
    public struct ImportResult: Sendable {
        public var version: DatasetVersion
        /// False when the content was identical to the latest version, which is then kept as it is.
        public var isNewVersion: Bool
    }

    /// Stores `imported` as the dataset's next version, in one transaction: all of it or nothing.
    /// Content identical to the latest version adds no version.
    @discardableResult
    public func add(_ imported: DatasetImporter.Imported, now: Date = Date()) throws -> ImportResult {
        let dataset = imported.dataset
        let id = dataset.metadata.id
        return try database.write { db in
            let latest = try Row.fetchOne(db, sql: "SELECT number, contentHash FROM version WHERE datasetID = ? ORDER BY number DESC LIMIT 1", arguments: [id])
            if let latest, latest["contentHash"] == imported.contentHash {
                return ImportResult(version: DatasetVersion(datasetID: id, number: latest["number"], contentHash: imported.contentHash), isNewVersion: false)
            }
            let number = (latest?["number"] as Int? ?? 0) + 1
            try db.execute(sql: "INSERT INTO dataset (id, title) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title",
                           arguments: [id, dataset.metadata.title])
            let periods = dataset.periodDimensionIndex.map { index in
                Set(dataset.observations.map { $0.coordinates[index] }).sorted().compactMap { code in Period(code: code).map { (code, $0) } }
            } ?? []
            let first = periods.min { $0.1 < $1.1 }?.0, last = periods.max { $0.1 < $1.1 }?.0
            try db.execute(sql: """
                INSERT INTO version (datasetID, number, contentHash, importedAt, sourceFile, metadata, classification, rowCount, firstPeriod, lastPeriod)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, number, imported.contentHash, ISO8601DateFormatter().string(from: now), imported.sourceFile,
                                 imported.metadataText, dataset.metadata.classification.rawValue, dataset.observations.count, first, last])
            // A million rows: 64 observations an INSERT (rows are inserted in order, so the stored rows are those of one
            // INSERT a row), bound without GRDB's per-execution check of the argument count, and made from one array
            // (GRDB's generic `StatementArguments` initialisers, called from here, are not specialised: from
            // `[DatabaseValue]` they build a key path each time).
            let columns = "INSERT INTO observation (datasetID, version, ordinal, coordinates, measure, value, symbol) VALUES "
            let batch = 64
            let insertBatch = try db.makeStatement(sql: columns + Array(repeating: "(?, ?, ?, ?, ?, ?, ?)", count: batch).joined(separator: ", "))
            let insertOne = try db.makeStatement(sql: columns + "(?, ?, ?, ?, ?, ?, ?)")
            let observations = dataset.observations
            var values: [(any DatabaseValueConvertible)?] = []
            values.reserveCapacity(7 * batch)
            var start = 0
            while start < observations.count {
                let end = observations.count - start >= batch ? start + batch : start + 1
                values.removeAll(keepingCapacity: true)
                for ordinal in start..<end {
                    let observation = observations[ordinal]
                    values.append(id)
                    values.append(number)
                    values.append(ordinal)
                    values.append(try CoordinatesColumn.encode(DimensionKey(observation.coordinates)))
                    values.append(observation.measure)
                    values.append(observation.value.number)
                    values.append(observation.value.symbol?.rawValue)
                }
                let statement = end - start == batch ? insertBatch : insertOne
                statement.setUncheckedArguments(StatementArguments(values))
                try statement.execute()
                start = end
            }
            return ImportResult(version: DatasetVersion(datasetID: id, number: number, contentHash: imported.contentHash), isNewVersion: true)
        }
    }

    /// A dataset as stored: the latest version, or the one asked for.
    public func storedDataset(_ id: String, version requested: Int? = nil) throws -> (dataset: Dataset, version: DatasetVersion) {
        try database.read { db in
            let row: Row?
            if let requested {
                row = try Row.fetchOne(db, sql: "SELECT * FROM version WHERE datasetID = ? AND number = ?", arguments: [id, requested])
            } else {
                row = try Row.fetchOne(db, sql: "SELECT * FROM version WHERE datasetID = ? ORDER BY number DESC LIMIT 1", arguments: [id])
            }
            guard let row else {
                let versions = try Int.fetchAll(db, sql: "SELECT number FROM version WHERE datasetID = ? ORDER BY number", arguments: [id])
                if versions.isEmpty { throw DatasetError.unknown(id: id, known: try String.fetchAll(db, sql: "SELECT id FROM dataset ORDER BY id")) }
                throw DatasetError.unknownVersion(id: id, version: requested ?? 0, known: versions)
            }
            let number: Int = row["number"]
            let problems = DiagnosticCollector()
            guard let source = DatasetMetadataReader.read(row["metadata"], file: "\(path) [\(id) v\(number)]", problems: problems) else {
                throw DiagnosticError(problems.diagnostics)
            }
            var observations: [Observation] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT coordinates, measure, value, symbol FROM observation WHERE datasetID = ? AND version = ? ORDER BY ordinal",
                                           arguments: [id, number])
            while let observation = try rows.next() {
                let value: StatisticalValue
                if let number: Double = observation["value"] {
                    value = .number(number)
                } else {
                    switch StatisticalSymbol(rawValue: observation["symbol"] ?? "...") {
                    case .nothingToReport: value = .nothingToReport
                    case .withheld: value = .withheld
                    // A doubtful figure is withdrawn when a figure is bound (`diragukan:`), never stored as 'd'.
                    case .notAvailable, .notPresentable, nil: value = .notAvailable
                    }
                }
                let text: String = observation["coordinates"]
                guard let coordinates = CoordinatesColumn.decode(text, dimensionCount: source.metadata.dimensions.count) else {
                    throw DiagnosticError(Diagnostic(at: SourceLocation(file: path),
                                                     "the catalog is damaged: a row of dataset `\(id)` version \(number) does not hold one value for each of its \(source.metadata.dimensions.count) dimensions",
                                                     hint: "Restore the catalog from a backup with `sajian restore BACKUP`, or import the dataset again into a new catalog (`--catalog`)."))
                }
                observations.append(Observation(coordinates: coordinates.values, measure: observation["measure"], value: value))
            }
            // Pasal 2(2): the strictest classification the dataset has been given holds for this version too.
            var metadata = source.metadata
            metadata.classification = try Self.classification(of: id, in: db) ?? metadata.classification
            return (Dataset(metadata: metadata, observations: observations),
                    DatasetVersion(datasetID: id, number: number, contentHash: row["contentHash"]))
        }
    }

    /// The latest version of `id` when it holds exactly this content (an import of it would add no version).
    public func latestVersion(of id: String, ifContentHash contentHash: String) throws -> DatasetVersion? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT number, contentHash FROM version WHERE datasetID = ? ORDER BY number DESC LIMIT 1",
                                             arguments: [id]), row["contentHash"] == contentHash else { return nil }
            return DatasetVersion(datasetID: id, number: row["number"], contentHash: contentHash)
        }
    }

    /// Whether some version of `id` holds exactly this content.
    public func hasVersion(of id: String, contentHash: String) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM version WHERE datasetID = ? AND contentHash = ?)",
                              arguments: [id, contentHash]) ?? false
        }
    }

    /// Every dataset with its latest version, for `sajian datasets`.
    public func summaries() throws -> [DatasetSummary] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.id, d.title, v.number, v.contentHash, v.rowCount, v.firstPeriod, v.lastPeriod, v.classification,
                       (SELECT COUNT(*) FROM version WHERE datasetID = d.id) AS versions
                FROM dataset d JOIN version v ON v.datasetID = d.id
                WHERE v.number = (SELECT MAX(number) FROM version WHERE datasetID = d.id)
                ORDER BY d.id
                """).map { row in
                DatasetSummary(id: row["id"], title: row["title"], versions: row["versions"],
                               latest: DatasetVersion(datasetID: row["id"], number: row["number"], contentHash: row["contentHash"]),
                               rows: row["rowCount"], firstPeriod: row["firstPeriod"], lastPeriod: row["lastPeriod"],
                               classification: (try? Self.classification(of: row["id"], in: db))??.rawValue ?? row["classification"])
            }
        }
    }
}
