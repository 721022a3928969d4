/// Whose fault a failure is. It decides `sajian`'s exit status: 1 for the user's input, 3 for the machine.
public enum Fault: Sendable, Hashable {
    /// A problem in what the user gave: a template, a dataset file or its metadata (`metadata.yaml`), a boundary
    /// file (`batas:`), a backup to restore. Mending the input mends it.
    case input
    /// A failure of the machine or of Sajian itself: a folder that cannot be written, a full disk, a renderer
    /// (Cairo) or database (SQLite) failure that no input explains. Running again elsewhere, or a bug report, mends it.
    case system
}

/// An error that says whose fault it is. Errors that do not conform are taken as system failures: an error is
/// the user's only when its type says so.
public protocol FaultAttributed: Error {
    var fault: Fault { get }
}

extension Fault {
    /// Whose fault `error` is: the fault its type states (``FaultAttributed``), else the machine's.
    public init(of error: any Error) {
        self = (error as? FaultAttributed)?.fault ?? .system
    }
}
