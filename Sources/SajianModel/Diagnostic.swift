/// Where in a user's file something was found.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, as compilers and editors read it.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}

/// A problem in the user's input: where it is, what is wrong, and how to mend it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in one sentence.
    public var message: String
    /// How to mend it.
    public var hint: String?

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line: error: message` and, on the next line, the hint.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n    \(hint)" }
        return text
    }
}

/// Thrown when the user's input has problems; carries all of them, so they are reported at once. A failure of the
/// machine that is best told with a file and a hint (a catalog or output that cannot be written) is one too, with
/// `fault: .system`.
public struct DiagnosticError: FaultAttributed, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// `.input` unless the diagnostics tell of a failure of the machine.
    public var fault: Fault

    public init(_ diagnostics: [Diagnostic], fault: Fault = .input) { self.diagnostics = diagnostics; self.fault = fault }
    public init(_ diagnostic: Diagnostic, fault: Fault = .input) { self.init([diagnostic], fault: fault) }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
