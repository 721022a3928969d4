import Foundation
import SajianModel

/// Writes files so that a failed or killed run never leaves a half-written file in place of the old one:
/// each file goes to a temporary name in the same folder and is renamed over the target, which is atomic.
public enum AtomicFiles {
    /// Writes every file or, if one write fails, removes the temporary files and leaves all targets as they were.
    /// Renames happen only after every temporary file is complete. A failure is the machine's (`Fault.system`):
    /// a folder that cannot be made or written, a full disk.
    public static func write(_ files: [(path: String, data: Data)]) throws {
        var staged: [(temporary: String, target: String)] = []
        var current = ""
        do {
            for file in files {
                let directory = (file.path as NSString).deletingLastPathComponent
                current = directory.isEmpty ? "." : directory
                try FileManager.default.createDirectory(atPath: current, withIntermediateDirectories: true)
                // Unique per write, not only per process: the provinces of a batch write from several threads.
                let temporary = "\(current)/.\((file.path as NSString).lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
                guard FileManager.default.createFile(atPath: temporary, contents: file.data) else {
                    throw writeFailure(file.path, reason: String(cString: strerror(errno)))
                }
                staged.append((temporary, file.path))
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

    /// A file or folder that cannot be written, named with what to do.
    static func writeFailure(_ path: String, reason: String) -> DiagnosticError {
        DiagnosticError(Diagnostic(at: SourceLocation(file: path), "cannot write: \(reason)",
                                   hint: "Check that the folder can be made there (no file of that name on the path), that it is writable "
                                       + "and that the disk has space, or choose another folder with `--out`; nothing was written."),
                        fault: .system)
    }
}
