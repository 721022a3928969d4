import Foundation
import SajianModel

/// `sajian`'s exit status, decided in this one place from what went wrong: swift-argument-parser's errors are
/// usage (2); an error whose type is `FaultAttributed` (`DiagnosticError`, `DatasetError`) says whether it is the
/// input (1) or the machine (3); any other error (Cairo's `RenderError`, an SQLite `DatabaseError` no catalog
/// code explained, a file-system error) is the machine's (3).
enum ExitStatus: Int32 {
    /// Everything asked for was done.
    case success = 0
    /// A problem in the user's input: a template, a dataset or its metadata, a boundary file, a backup to restore.
    case input = 1
    /// Wrong use of the command: an unknown subcommand or option, a missing argument, a value out of range.
    case usage = 2
    /// A failure of the machine or of Sajian itself: an unwritable folder, a full disk, a renderer or database failure.
    case system = 3

    init(_ fault: Fault) {
        self = fault == .input ? .input : .system
    }

    /// The status of an error thrown while the command runs (after its arguments were parsed): the error's own
    /// `Fault` where its type states one, else a system failure.
    init(running error: Error) {
        self.init(Fault(of: error))
    }

    /// What to tell the user about an error that is not a `DiagnosticError` (those print their own file, line and hint).
    static func message(for error: Error) -> String {
        let status = ExitStatus(running: error)
        if status == .input { return "\(error)" }
        if let cocoa = error as? CocoaError, let path = cocoa.userInfo[NSFilePathErrorKey] as? String {
            return "error: cannot write \(path): \(cocoa.localizedDescription)\n"
                + "    Check that the folder is writable and that the disk has space, then run again."
        }
        return "error: \(error)\n"
            + "    This is a failure of the machine or of Sajian, not of your template or data: check that the output folder "
            + "and the catalog are writable and that the disk has space, then run again; if it persists, report it with the "
            + "command you ran and this message."
    }
}
