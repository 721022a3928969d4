import Foundation
import GRDB
import SajianModel

/// The dataset catalog: an SQLite database of datasets, each a series of immutable versions.
///
/// An import is one transaction: it adds a whole version or changes nothing, even if the process is killed.
public final class Catalog: @unchecked Sendable {
    /// The catalog file.
    public let path: String
    let database: DatabaseQueue

    /// The catalog's location: `--catalog`, else `SAJIAN_CATALOG`, else `~/.local/share/sajian/katalog.sqlite`
    /// (under `XDG_DATA_HOME` when set).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["SAJIAN_CATALOG"], !path.isEmpty { return path }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/sajian/katalog.sqlite"
    }

    /// Opens the catalog at `path`, creating it (and its folder) when it does not exist.
    public init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        } catch {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "the catalog's folder cannot be made: \(FolderProblem.reason(making: directory, error: error))",
                                             hint: "Point `--catalog` (or SAJIAN_CATALOG) at a writable folder; no file may stand on its path."),
                                  fault: .system)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "the catalog cannot be opened: \(error.message ?? "\(error)")",
                                             hint: "Restore it from a backup with `sajian restore BACKUP`, or point `--catalog` elsewhere."))
        } catch let error as DatabaseError {
            // Not a damaged file but the machine: a folder that cannot be written, a full disk, a lock.
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "the catalog cannot be opened: \(error.message ?? "\(error)")",
                                             hint: "Check that its folder is writable and the disk has space, or point `--catalog` elsewhere."),
                                  fault: .system)
        }
    }

    /// The schema, in migrations so that later versions of Sajian can extend it.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = 0x53414A4E")  // 'SAJN'
            try db.create(table: "dataset") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
            }
            try db.create(table: "version") { t in
                t.column("datasetID", .text).notNull().references("dataset")
                t.column("number", .integer).notNull()
                t.column("contentHash", .text).notNull()
                t.column("importedAt", .text).notNull()
                t.column("sourceFile", .text).notNull()
                t.column("metadata", .text).notNull()
                t.column("classification", .text).notNull()
                t.column("rowCount", .integer).notNull()
                t.column("firstPeriod", .text)
                t.column("lastPeriod", .text)
                t.primaryKey(["datasetID", "number"])
            }
            try db.create(table: "observation") { t in
                t.column("datasetID", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("coordinates", .text).notNull()
                t.column("measure", .text).notNull()
                t.column("value", .double)
                t.column("symbol", .text)
                t.primaryKey(["datasetID", "version", "ordinal"])
                t.foreignKey(["datasetID", "version"], references: "version")
            }
        }
        migrator.registerMigration("v2: reclassification") { db in
            // Explicit, logged changes of a dataset's classification (Catalog+Classification).
            try db.create(table: "reclassification") { t in
                t.column("datasetID", .text).notNull().references("dataset")
                t.column("afterVersion", .integer).notNull()
                t.column("classification", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("madeAt", .text).notNull()
            }
        }
        return migrator
    }
}

/// One line of `sajian datasets`.
public struct DatasetSummary: Sendable, Hashable {
    public var id: String
    public var title: String
    public var versions: Int
    public var latest: DatasetVersion
    public var rows: Int
    public var firstPeriod: String?
    public var lastPeriod: String?
    public var classification: String
}
