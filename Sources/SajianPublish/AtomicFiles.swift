import Foundation

/// Writes files so that a failed or killed run never leaves a half-written file in place of the old one:
/// each file goes to a temporary name in the same folder and is renamed over the target, which is atomic.
public enum AtomicFiles {
    /// Writes every file or, if one write fails, removes the temporary files and leaves all targets as they were.
    /// Renames happen only after every temporary file is complete.
    public static func write(_ files: [(path: String, data: Data)]) throws {
        var staged: [(temporary: String, target: String)] = []
        do {
            for file in files {
                let directory = (file.path as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: directory.isEmpty ? "." : directory,
                                                        withIntermediateDirectories: true)
                // Unique per write, not only per process: the provinces of a batch write from several threads.
                let temporary = "\(directory.isEmpty ? "." : directory)/.\((file.path as NSString).lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
                guard FileManager.default.createFile(atPath: temporary, contents: file.data) else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
                }
                staged.append((temporary, file.path))
            }
        } catch {
            for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
            throw error
        }
        for file in staged where rename(file.temporary, file.target) != 0 {
            let code = errno
            for rest in staged { try? FileManager.default.removeItem(atPath: rest.temporary) }
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.target,
                                                           NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    }
}
