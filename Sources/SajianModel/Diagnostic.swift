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

/// Collects diagnostics from every stage so that all problems are reported together.
public final class DiagnosticCollector {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    public func warning(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Throws all diagnostics if any is an error.
    public func throwIfErrors() throws {
        if hasErrors { throw DiagnosticError(diagnostics) }
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
public func nearest(_ word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(2, word.count / 3) ? best.0 : nil
}

/// The candidates close enough to `word` to be a likely typo, closest first.
public func nearestMatches(_ word: String, in candidates: [String]) -> [String] {
    let limit = max(2, word.count / 3)
    let scored: [(candidate: String, distance: Int)] = candidates.map { candidate in
        (candidate, editDistance(word.lowercased(), candidate.lowercased()))
    }
    let close = scored.filter { $0.distance <= limit }
    let ordered = close.sorted { a, b in a.distance == b.distance ? a.candidate < b.candidate : a.distance < b.distance }
    return ordered.map(\.candidate)
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

/// A value read from a user's file (template, metadata), with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}


extension String {
    /// The text without leading and trailing spaces and tabs (Unicode space separators included, as
    /// `CharacterSet.whitespaces`), returned as it is, without copying, when it has none: importers call this for
    /// every field of every row.
    public var trimmingSpaces: String {
        // The common case, decided on two bytes: it starts and ends with an ASCII character that is not a space.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return self
        }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
