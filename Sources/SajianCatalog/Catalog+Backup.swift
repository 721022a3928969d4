import Foundation
import GRDB
import SajianModel

extension Catalog {
    /// Copies the catalog to `destination` with SQLite's online backup, atomically (temporary file, then rename).
    public func backup(to destination: String) throws {
        try Self.refuseMissingFolder(of: destination)
        let temporary = destination + ".\(getpid()).tmp"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let target = try DatabaseQueue(path: temporary)
            try database.backup(to: target)
            try target.close()
            try Self.replace(destination, with: temporary)
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: destination), "cannot write the backup: \(error.message ?? "\(error)")",
                                             hint: "Check that the folder exists and is writable and that the disk has space."),
                                  fault: .system)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Replaces the catalog at `path` with the backup at `source`, after checking that the backup is an intact
    /// Sajian catalog. The old catalog stays in place if anything is wrong.
    public static func restore(from source: String, to path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: source), "the backup file does not exist",
                                             hint: "Name a file written by `sajian backup FILE`; the current catalog was left as it was."))
        }
        guard !isFolder.boolValue else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: source), "this is a folder, not a backup file",
                                             hint: "Name the file `sajian backup FILE` wrote, e.g. `sajian restore \(source.hasSuffix("/") ? source : source + "/")katalog-cadangan.sqlite`; the current catalog was left as it was."))
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let backup = try DatabaseQueue(path: source, configuration: configuration)
            let check = try backup.read { db in
                (integrity: try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                 application: try Int.fetchOne(db, sql: "PRAGMA application_id"),
                 tables: try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")))
            }
            guard check.integrity == "ok" else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: source), "the backup is damaged (integrity check: \(check.integrity ?? "failed"))",
                                                 hint: "Use another backup; the current catalog was left as it was."))
            }
            guard check.application == 0x53414A4E, check.tables.isSuperset(of: ["dataset", "version", "observation"]) else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: source), "this file is not a Sajian catalog backup",
                                                 hint: "Make backups with `sajian backup FILE`; the current catalog was left as it was."))
            }
            try write(backup, over: path)
        } catch let error as DatabaseError {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: source), "the backup cannot be read: \(error.message ?? "\(error)")",
                                             hint: "Use another backup; the current catalog was left as it was."))
        }
    }

    /// Copies a checked backup over the catalog at `path`; a failure here is the machine's, not the backup's.
    private static func write(_ backup: DatabaseQueue, over path: String) throws {
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            let temporary = path + ".\(getpid()).restore"
            try? FileManager.default.removeItem(atPath: temporary)
            let target = try DatabaseQueue(path: temporary)
            try backup.backup(to: target)
            try target.close()
            try backup.close()
            try replace(path, with: temporary)
            // A rollback journal left by a killed writer belongs to the replaced file.
            try? FileManager.default.removeItem(atPath: path + "-journal")
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "cannot write the catalog: \(error)",
                                             hint: "Check that its folder is writable and the disk has space; the current catalog was left as it was."),
                                  fault: .system)
        }
    }

    /// A backup's folder that is missing, or in the way, is named rather than told as SQLite's "unable to open
    /// database file". Like an output folder that cannot be made (`publish --out`), it is the machine's (exit 3):
    /// the catalog and the input are fine, the place to write is not.
    static func refuseMissingFolder(of destination: String) throws {
        func failure(_ reason: String, _ remedy: String) -> DiagnosticError {
            DiagnosticError(Diagnostic(at: SourceLocation(file: destination), "cannot write the backup: \(reason)",
                                       hint: "Check that the folder exists and is writable: \(remedy); nothing was written."),
                            fault: .system)
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder), isFolder.boolValue {
            throw failure("\(destination) is a folder, not a file",
                          "name the file to write in it, e.g. `sajian backup \(destination.hasSuffix("/") ? destination : destination + "/")katalog-cadangan.sqlite`")
        }
        let folder = (destination as NSString).deletingLastPathComponent
        if folder.isEmpty { return }
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            throw failure("the folder \(folder) does not exist", "make it first (`mkdir -p \(folder)`) or name a file in a folder that exists")
        }
        if !isFolder.boolValue {
            throw failure("\(folder) is a file, not a folder", "name a file in a folder that exists")
        }
    }

    static func replace(_ path: String, with temporary: String) throws {
        guard rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "cannot write: \(message)",
                                             hint: "Check that the folder is writable and the disk has space."),
                                  fault: .system)
        }
    }
}
