import Foundation

/// Why a folder cannot be made, in words a user can act on: Foundation's own message on Linux is only
/// "The operation could not be completed".
public enum FolderProblem {
    /// The file that stands on `path` where a folder should be, else the system's reason for `error`.
    public static func reason(making path: String, error: Error) -> String {
        var ancestor = path
        var isDirectory: ObjCBool = false
        while !ancestor.isEmpty && ancestor != "/" {
            if FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory) {
                if !isDirectory.boolValue { return "\(ancestor) is a file, not a folder" }
                break
            }
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
