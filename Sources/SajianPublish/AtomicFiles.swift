import Foundation
import SajianModel

/// Writes files so that a failed or killed run never leaves a half-written file in place of the old one:
/// each file goes to a temporary name in the same folder and is renamed over the target, which is atomic.
public enum AtomicFiles {
    /// Writes every file or, if one write fails, removes the temporary files and leaves all targets as they were.
    /// Renames happen only after every temporary file is complete. A failure is the machine's (`Fault.system`):
    /// a folder that cannot be made or written, a full disk.
    ///
    /// The temporary files of a run that was killed are removed by the next run that writes into their folder
    /// (``removeStaleTemporaries(in:)``).
    public static func write(_ files: [(path: String, data: Data)]) throws {
        // A path with NUL would be cut there by the file system: a temporary made under the cut name could not be
        // found again to remove (issue 15). Nothing is made for such a list.
        if let file = files.first(where: { $0.path.utf8.contains(0) }) {
            throw writeFailure(file.path.replacingOccurrences(of: "\u{0}", with: "\\0"), reason: "the name holds the character NUL")
        }
        var staged: [(temporary: String, target: String)] = []
        var current = ""
        do {
            for file in files {
                let directory = (file.path as NSString).deletingLastPathComponent
                current = directory.isEmpty ? "." : directory
                try FileManager.default.createDirectory(atPath: current, withIntermediateDirectories: true)
                if cleanedFolders.insert(current) { removeStaleTemporaries(in: current) }
                // Unique per write, not only per process: the provinces of a batch write from several threads.
                let temporary = "\(current)/.\((file.path as NSString).lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
                // Staged before it is made, so that a write that fails half-way is removed with the others.
                staged.append((temporary, file.path))
                guard FileManager.default.createFile(atPath: temporary, contents: file.data) else {
                    throw writeFailure(file.path, reason: String(cString: strerror(errno)))
                }
            }
        } catch {
            for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
            throw error as? DiagnosticError ?? writeFailure(current, reason: FolderProblem.reason(making: current, error: error))
        }
        for file in staged where rename(file.temporary, file.target) != 0 {
            let code = errno
            for rest in staged { try? FileManager.default.removeItem(atPath: rest.temporary) }
            throw writeFailure(file.target, reason: String(cString: strerror(code)))
        }
    }

    /// Removes the temporary files that runs killed before their renames left in `folder`: only names of this
    /// type's pattern (`.NAME.PID.XXXXXXXX.tmp`) whose PID is no running process, so the temporaries of a run
    /// writing at the same time are left alone. Returns the names removed.
    @discardableResult
    public static func removeStaleTemporaries(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names {
            guard let pid = temporaryOwner(name), !isRunning(pid) else { continue }
            if (try? FileManager.default.removeItem(atPath: "\(folder)/\(name)")) != nil { removed.append(name) }
        }
        return removed.sorted()
    }

    /// The PID in a temporary file's name `.NAME.PID.XXXXXXXX.tmp` (XXXXXXXX: hexadecimal digits of a UUID), or nil
    /// when `name` is not one.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[0].isEmpty else { return nil }
        let unique = parts[parts.count - 1], process = parts[parts.count - 2]
        guard (8...36).contains(unique.count), unique.allSatisfy({ $0.isHexDigit || $0 == "-" }),
              !process.isEmpty, process.count <= 10, process.allSatisfy(\.isASCII), process.allSatisfy(\.isNumber),
              let pid = pid_t(process), pid > 0 else { return nil }
        return pid
    }

    /// Whether a process `pid` exists (one of another user's counts: `EPERM`).
    static func isRunning(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

    /// The folders this process has cleaned already: each is looked through once per run.
    private static let cleanedFolders = FolderSet()

    /// A set of folder paths shared by the threads of a batch.
    private final class FolderSet: @unchecked Sendable {
        private let lock = NSLock()
        private var folders: Set<String> = []
        /// Inserts `folder`; true when it was not there yet.
        func insert(_ folder: String) -> Bool { lock.lock(); defer { lock.unlock() }; return folders.insert(folder).inserted }
    }

    /// A file or folder that cannot be written, named with what to do.
    static func writeFailure(_ path: String, reason: String) -> DiagnosticError {
        DiagnosticError(Diagnostic(at: SourceLocation(file: path), "cannot write: \(reason)",
                                   hint: "Check that the folder can be made there (no file of that name on the path), that it is writable "
                                       + "and that the disk has space, or choose another folder with `--out`; nothing was written."),
                        fault: .system)
    }
}
