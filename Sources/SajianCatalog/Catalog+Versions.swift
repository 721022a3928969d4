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
}
