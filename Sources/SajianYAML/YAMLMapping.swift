import SajianModel
import Yams

/// Reads a YAML mapping into typed values, keeping the line of every value for messages and
/// collecting problems instead of stopping at the first.
///
/// Keys are the users' words (Indonesian); an unknown key is an error that suggests the nearest known one.
public final class YAMLMapping {
    public let file: String
    public let node: Node
    private let pairs: [(key: String, value: Node)]
    private var known: Set<String> = []
    private let problems: DiagnosticCollector
    /// Where this mapping's problems are collected.
    public var collector: DiagnosticCollector { problems }

    /// A reader of `node`, a mapping of `file`, reporting to `problems`.
    public init(file: String, node: Node, problems: DiagnosticCollector) {
        self.file = file
        self.node = node
        self.problems = problems
        self.pairs = node.mapping?.map { (key: $0.key.string ?? "", value: $0.value) } ?? []
    }

    /// Parses `text` and returns its top-level mapping, or records why it cannot.
    public static func document(_ text: String, file: String, problems: DiagnosticCollector) -> YAMLMapping? {
        if let alias = YAMLAliasLimit.aliasPassingTheLimit(in: text) {
            problems.error(at: SourceLocation(file: file, line: alias.line, column: alias.column),
                           "this alias makes the YAML stand for more than \(YAMLAliasLimit.maximumExpandedNodes) values (a YAML bomb)",
                           hint: "Write the values out instead of repeating anchors (&name) through aliases (*name).")
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                problems.error(at: SourceLocation(file: file, line: 1), "the file is empty",
                               hint: "Start from a template in Templates/ and fill it in.")
                return nil
            }
            guard node.mapping != nil else {
                problems.error(at: location(of: node, in: file), "the file must be a mapping of keys to values",
                               hint: "Write keys such as `judul: …` at the left margin.")
                return nil
            }
            refuseControlCharacters(in: node, file: file, problems: problems)
            return YAMLMapping(file: file, node: node, problems: problems)
        } catch let error as YamlError {
            problems.append(Diagnostic(at: location(of: error, in: file), "this is not valid YAML: \(describe(error))",
                                       hint: "Check the indentation and quote values that contain ':' or '#'."))
            return nil
        } catch {
            problems.error(at: SourceLocation(file: file), "this is not valid YAML: \(error)")
            return nil
        }
    }

    public var location: SourceLocation { Self.location(of: node, in: file) }

    /// The most scalars the control-character check looks at: far more than any template or metadata holds, and a
    /// bound on a document whose aliases repeat one node many times.
    static let checkedScalars = 200_000

    /// Text is printed (titles, sources, notes, labels) and written into SVG and PDF: a control character other
    /// than a tab or a line break (`"\x1F"`, `"\r"`, `"\0"` written as escapes) would print as nothing and makes
    /// an SVG that XML readers refuse (issue 15). Each is an error at its value's line, naming the key.
    static func refuseControlCharacters(in root: Node, file: String, problems: DiagnosticCollector) {
        var pending: [(node: Node, key: String?)] = [(root, nil)]
        var checked = 0
        while let (node, key) = pending.popLast(), checked < checkedScalars {
            switch node {
            case .scalar(let scalar):
                checked += 1
                guard let control = scalar.string.unicodeScalars.first(where: { $0.properties.generalCategory == .control && $0 != "\t" && $0 != "\n" })
                else { continue }
                let hex = String(control.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                problems.error(at: location(of: node, in: file),
                               "\(key.map { "the value of `\($0)`" } ?? "a key") holds the control character \(code)",
                               hint: "Remove it (in quotes it is written as an escape such as `\\x1F` or `\\r`): text is printed and may hold only visible characters, spaces, tabs and line breaks.")
            case .mapping(let mapping):
                for pair in mapping.reversed() {
                    pending.append((pair.value, pair.key.string ?? key))
                    pending.append((pair.key, nil))
                }
            case .sequence(let sequence):
                pending += sequence.reversed().map { ($0, key) }
            case .alias:
                continue
            }
        }
    }

    public static func location(of node: Node, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    public func location(of key: String) -> SourceLocation {
        pairs.first { $0.key == key }.map { Self.location(of: $0.value, in: file) } ?? location
    }

    private func value(_ key: String) -> Node? {
        known.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    /// Whether the key is written at all.
    public func has(_ key: String) -> Bool { known.insert(key); return pairs.contains { $0.key == key } }

    /// Whether the key holds a list (`[a, b]` or items starting with `- `).
    public func isList(_ key: String) -> Bool {
        pairs.first { $0.key == key }?.value.sequence != nil
    }

    /// Whether `key` holds a mapping.
    public func isMapping(_ key: String) -> Bool {
        known.insert(key)
        return pairs.first { $0.key == key }?.value.mapping != nil
    }

    /// A text value (numbers and dates are taken as written).
    public func string(_ key: String) -> Located<String>? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar else {
            problems.error(at: Self.location(of: node, in: file), "`\(key)` must be a single value, not a list or mapping")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || (scalar.style == .plain && ["~", "null"].contains(text)) { return nil }
        return Located(text, at: Self.location(of: node, in: file))
    }

    /// A name (an id, a dataset): letters, digits, `-` and `_`, so that it can name a file and never a path.
    /// A value that is not a name is an error at its line, and nil.
    public func name(_ key: String) -> Located<String>? {
        guard let text = string(key) else { return nil }
        guard NameRule.allows(text.value) else {
            problems.error(at: text.location, "`\(key): \(text.value)` is not a name",
                           hint: "Write it with letters, digits, `-` and `_` only (at most \(NameRule.longest) characters): it names files, never a path.")
            return nil
        }
        return text
    }

    /// A file named relative to the folder of the file being read (a logo, a boundary file, a dataset's data):
    /// it must stay inside that folder, so no absolute path, no `..`, no empty or control characters. Anything else
    /// is an error at its line, and nil.
    public func containedPath(_ key: String) -> Located<String>? {
        guard let text = string(key) else { return nil }
        let components = text.value.split(separator: "/", omittingEmptySubsequences: false)
        let escapes = text.value.hasPrefix("/") || text.value.hasPrefix("~") || components.contains("..")
            || components.contains { $0.isEmpty } || text.value.unicodeScalars.contains { $0.properties.generalCategory == .control }
        guard !escapes else {
            problems.error(at: text.location, "`\(key): \(text.value)` points outside the folder of \(file)",
                           hint: "Name a file in that folder or below it, e.g. `\(key): \(components.last.map(String.init) ?? "berkas")`; copy the file there if it lives elsewhere.")
            return nil
        }
        return text
    }

    /// One of a fixed set of words, e.g. `arah: horizontal`.
    public func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T) -> T where T.RawValue == String {
        guard let text = string(key) else { return fallback }
        if let value = T.allCases.first(where: { $0.rawValue.lowercased() == text.value.lowercased() }) { return value }
        let options = T.allCases.map(\.rawValue)
        problems.error(at: text.location, "`\(key): \(text.value)` is not one of \(options.joined(separator: ", "))",
                       hint: nearest(text.value, in: options).map { "Did you mean `\(key): \($0)`?" })
        return fallback
    }

    /// A whole number within `range`.
    public func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(key) else { return nil }
        guard let number = Int(text.value), range.contains(number) else {
            problems.error(at: text.location, "`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(text.value)`")
            return nil
        }
        return number
    }

    /// `ya`/`tidak` (also true/false, yes/no).
    public func flag(_ key: String, default fallback: Bool) -> Bool {
        guard let text = string(key) else { return fallback }
        switch text.value.lowercased() {
        case "ya", "true", "yes", "on": return true
        case "tidak", "false", "no", "off": return false
        default:
            problems.error(at: text.location, "`\(key)` must be `ya` or `tidak`, not `\(text.value)`")
            return fallback
        }
    }

    /// A list of texts; a single value counts as a list of one.
    public func strings(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        if let sequence = node.sequence {
            return sequence.compactMap { item in
                guard let text = item.scalar?.string else {
                    problems.error(at: Self.location(of: item, in: file), "each item of `\(key)` must be a single value")
                    return nil
                }
                return text
            }
        }
        return node.scalar.map { [$0.string] } ?? []
    }

    /// A list of texts with their locations; a single value counts as a list of one.
    public func locatedStrings(_ key: String) -> [Located<String>] {
        guard let node = value(key) else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                problems.error(at: Self.location(of: item, in: file), "each item of `\(key)` must be a single value")
                return nil
            }
            return Located(text, at: Self.location(of: item, in: file))
        }
    }

    /// The items of a list (a single value counts as a list of one), as YAML nodes.
    public func nodes(_ key: String) -> [Node] {
        guard let node = value(key) else { return [] }
        return node.sequence.map(Array.init) ?? [node]
    }

    /// A mapping that is an item of one of `parent`'s lists.
    public static func nested(_ node: Node, in parent: YAMLMapping) -> YAMLMapping? {
        guard node.mapping != nil else { return nil }
        return YAMLMapping(file: parent.file, node: node, problems: parent.collector)
    }

    /// A nested mapping.
    public func mapping(_ key: String) -> YAMLMapping? {
        guard let node = value(key) else { return nil }
        guard node.mapping != nil else {
            problems.error(at: Self.location(of: node, in: file), "`\(key)` must be a mapping of keys to values",
                           hint: "Indent its keys under `\(key):`.")
            return nil
        }
        return YAMLMapping(file: file, node: node, problems: problems)
    }

    /// A list of mappings, e.g. the figures of a chapter.
    public func mappings(_ key: String) -> [YAMLMapping] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else {
            problems.error(at: Self.location(of: node, in: file), "`\(key)` must be a list (items start with `- `)")
            return []
        }
        return sequence.compactMap { item in
            guard item.mapping != nil else {
                problems.error(at: Self.location(of: item, in: file), "each item of `\(key)` must be a mapping of keys to values")
                return nil
            }
            return YAMLMapping(file: file, node: item, problems: problems)
        }
    }

    /// The pairs of a mapping whose keys are the user's own (e.g. dimension names under `saring`).
    public var entries: [(key: Located<String>, value: Node)] {
        node.mapping?.map { (Located($0.key.string ?? "", at: Self.location(of: $0.key, in: file)), $0.value) } ?? []
    }

    /// Reports every key that no reader asked for, with the nearest known key.
    public func rejectUnknownKeys(context: String) {
        for pair in node.mapping ?? [:] {
            let key = pair.key.string ?? ""
            if known.contains(key) { continue }
            problems.error(at: Self.location(of: pair.key, in: file), "unknown key `\(key)` in \(context)",
                           hint: nearest(key, in: Array(known)).map { "Did you mean `\($0)`?" }
                               ?? "Known keys: \(known.sorted().joined(separator: ", ")).")
        }
    }

    private static func location(of error: YamlError, in file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            return SourceLocation(file: file)
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
        case .duplicatedKeysInMapping(let duplicates, _):
            return "a key is written twice in one mapping (\(duplicates.joined(separator: ", ")))"
        default:
            return "\(error)"
        }
    }
}

