import Foundation
import SajianModel
import SajianYAML
import Yams

/// Reads a `jenis: narasi` block: its parts, its `{{ … }}` placeholders and its `**emphasis**`.
///
/// ```yaml
/// - jenis: narasi
///   gaya: ekspositoris
///   nilai: { tpt: "indikator-nasional.tpt(periode=2024-08)" }
///   awal: TPT Indonesia {{ periode tpt }} sebesar **{{ tpt }}**, {{ perubahan tpt }}.
///   tengah:
///     otomatis:
///       - tertinggi-terendah: tpt-provinsi.tpt(periode=2024-08)
///   akhir: Rinciannya disajikan pada {{ ref tpt-provinsi }}.
/// ```
enum NarrativeParser {
    /// The `jenis:` word of a narasi block.
    static let word = "narasi"

    static func parse(_ item: YAMLMapping, id: String) -> NarrativeSpec {
        let problems = item.collector
        var aliases: [String: ValueReference] = [:]
        if let named = item.mapping("nilai") {
            for entry in named.entries {
                // `name: dataset.ukuran(…)`, or `name: { data: dataset.ukuran(…), satuan: juta orang }` to write it
                // in another unit of the same kind.
                let written: Located<String>?, unit: Located<MeasureUnit>?
                if let scalar = entry.value.scalar?.string {
                    written = Located(scalar, at: YAMLMapping.location(of: entry.value, in: item.file))
                    unit = nil
                } else if let mapping = YAMLMapping.nested(entry.value, in: named) {
                    written = mapping.string("data")
                    unit = mapping.string("satuan").map { Located(MeasureUnit(name: $0.value), at: $0.location) }
                    mapping.rejectUnknownKeys(context: "`nilai: \(entry.key.value)`")
                } else {
                    written = nil
                    unit = nil
                }
                guard let written else {
                    problems.error(at: entry.key.location, "`nilai: \(entry.key.value)` must be a value such as `tpt-provinsi.tpt(periode=2024-08)`",
                                   hint: "Or write `{ data: indikator-nasional.bekerja(periode=2024-08), satuan: juta orang }`.")
                    continue
                }
                if var reference = valueReference(written.value, at: written.location, aliases: [:], problems: problems) {
                    reference.unit = unit
                    aliases[entry.key.value] = reference
                }
            }
        }
        var parts: [NarrativePartSpec] = []
        for role in NarrativePartRole.allCases {
            guard let node = item.nodes(role.rawValue).first else { continue }
            var part = NarrativePartSpec(role: role, paragraphs: [])
            if let scalar = node.scalar {
                part.paragraphs = paragraphs(scalar, node: node, file: item.file, aliases: aliases, problems: problems)
            } else if let mapping = YAMLMapping.nested(node, in: item) {
                // `berkas:` a text shared by several templates (Konsep dan Definisi), set before the part's own `teks:`.
                if let shared = mapping.containedPath("berkas") {
                    part.paragraphs = sharedParagraphs(shared, template: item.file, aliases: aliases, problems: problems)
                }
                if let textNode = mapping.nodes("teks").first, let scalar = textNode.scalar {
                    part.paragraphs += paragraphs(scalar, node: textNode, file: item.file, aliases: aliases, problems: problems)
                }
                part.automatic = automaticSentences(mapping, aliases: aliases)
                mapping.rejectUnknownKeys(context: "`\(role.rawValue)` of narasi `\(id)`")
            } else {
                problems.error(at: YAMLMapping.location(of: node, in: item.file), "`\(role.rawValue)` must be text, or a mapping with `teks:`, `berkas:` and `otomatis:`")
            }
            parts.append(part)
        }
        if parts.isEmpty {
            problems.error(at: item.location, "narasi `\(id)` has no text",
                           hint: "PER.03/MEN/II/2009 Pasal 9: a narasi has parts `awal:`, `tengah:` and `akhir:`; write at least one.")
        }
        let columns = item.integer("kolom", in: 1...2)
        let spec = NarrativeSpec(id: id, location: item.location, title: item.string("judul")?.value,
                                 genre: item.choice("gaya", default: NarrativeGenre.expository), columns: columns, parts: parts)
        item.rejectUnknownKeys(context: "narasi `\(id)`")
        return spec
    }

    /// `otomatis: [ { tertinggi-terendah: tpt-provinsi.tpt(periode=2024-08) }, … ]`.
    private static func automaticSentences(_ part: YAMLMapping, aliases: [String: ValueReference]) -> [AutomaticSentence] {
        let problems = part.collector
        let kinds = AutomaticSentence.Kind.allCases.map(\.rawValue)
        return part.nodes("otomatis").compactMap { node in
            guard let mapping = YAMLMapping.nested(node, in: part), let entry = mapping.entries.first, mapping.entries.count == 1,
                  let text = entry.value.scalar?.string else {
                problems.error(at: YAMLMapping.location(of: node, in: part.file), "each `otomatis:` item is one sentence kind and its value",
                               hint: "Write e.g. `- tertinggi-terendah: tpt-provinsi.tpt(periode=2024-08)`; kinds: \(kinds.joined(separator: ", ")).")
                return nil
            }
            guard let kind = AutomaticSentence.Kind(rawValue: entry.key.value) else {
                problems.error(at: entry.key.location, "`\(entry.key.value)` is not a sentence Sajian writes",
                               hint: nearest(entry.key.value, in: kinds).map { "Did you mean `\($0)`?" } ?? "Kinds: \(kinds.joined(separator: ", ")).")
                return nil
            }
            let location = YAMLMapping.location(of: entry.value, in: part.file)
            return valueReference(text, at: location, aliases: aliases, problems: problems).map { AutomaticSentence(kind: kind, value: $0) }
        }
    }

    /// The paragraphs of `berkas:`, a text file beside the template (or below its folder) that several templates
    /// share, so that one text is written once: the Konsep dan Definisi of the bulletin and both booklets
    /// (proof-reading 10, N-4). Written as a narasi part's text is (paragraphs apart by a blank line, `**tebal**`,
    /// placeholders); its problems are located in it.
    static func sharedParagraphs(_ path: Located<String>, template: String, aliases: [String: ValueReference],
                                 problems: DiagnosticCollector) -> [[NarrativePiece]] {
        let folder = (template as NSString).deletingLastPathComponent
        let file = folder.isEmpty ? path.value : folder + "/" + path.value
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            problems.error(at: path.location, "`berkas: \(path.value)` could not be read (\(file))",
                           hint: "Name a UTF-8 text file in the template's folder or below it.")
            return []
        }
        return paragraphs(text, firstLine: 1, file: file, aliases: aliases, problems: problems)
    }

    /// Paragraphs are separated by a blank line; within one, line breaks are spaces.
    static func paragraphs(_ scalar: Node.Scalar, node: Node, file: String, aliases: [String: ValueReference],
                           problems: DiagnosticCollector) -> [[NarrativePiece]] {
        let start = YAMLMapping.location(of: node, in: file)
        // Block scalars (`|`, `>`) start on the line after their indicator.
        let firstLine = (start.line ?? 1) + (scalar.style == .literal || scalar.style == .folded ? 1 : 0)
        return paragraphs(scalar.string, firstLine: firstLine, file: file, aliases: aliases, problems: problems)
    }

    /// `text`'s paragraphs, its first line being `firstLine` of `file`.
    static func paragraphs(_ text: String, firstLine: Int, file: String, aliases: [String: ValueReference],
                           problems: DiagnosticCollector) -> [[NarrativePiece]] {
        var result: [[NarrativePiece]] = []
        var lineOffset = 0
        for block in text.components(separatedBy: "\n\n") {
            defer { lineOffset += block.filter { $0 == "\n" }.count + 2 }
            guard !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            let location = SourceLocation(file: file, line: firstLine + lineOffset)
            var paragraph = pieces(of: block, at: location, aliases: aliases, problems: problems)
            trimSpaces(&paragraph)
            result.append(paragraph)
        }
        return result
    }

    /// Leading and trailing spaces of a paragraph go.
    private static func trimSpaces(_ paragraph: inout [NarrativePiece]) {
        if case .text(let first)? = paragraph.first?.content {
            paragraph[0].content = .text(String(first.drop { $0 == " " }))
        }
        if case .text(let last)? = paragraph.last?.content {
            paragraph[paragraph.count - 1].content = .text(String(last.reversed().drop { $0 == " " }.reversed()))
        }
        paragraph.removeAll { if case .text(let text) = $0.content { text.isEmpty } else { false } }
    }

    /// Splits a paragraph into literal text and placeholders, reading `**bold**` and `*italic*` marks.
    /// A line break is a space; each placeholder is located on its own line.
    static func pieces(of text: String, at start: SourceLocation, aliases: [String: ValueReference],
                       problems: DiagnosticCollector) -> [NarrativePiece] {
        var location = start
        var pieces: [NarrativePiece] = []
        var emphasis: Emphasis = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { pieces.append(NarrativePiece(.text(literal), emphasis: emphasis)) }
            literal = ""
        }
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("\n") {
                if !literal.hasSuffix(" ") { literal.append(" ") }
                location.line = location.line.map { $0 + 1 }
                index = text.index(after: index)
            } else if rest.hasPrefix("{{") {
                guard let close = rest.range(of: "}}") else {
                    problems.error(at: location, "a placeholder `{{` is not closed with `}}`",
                                   hint: "Write placeholders as `{{ tpt }}` or `{{ ref grafik-tpt }}`.")
                    literal += rest
                    break
                }
                flush()
                let inside = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound])
                if let placeholder = placeholder(inside, at: location, aliases: aliases, problems: problems) {
                    pieces.append(NarrativePiece(.placeholder(placeholder), emphasis: emphasis))
                }
                index = close.upperBound
            } else if rest.hasPrefix("**") {
                flush()
                emphasis.formSymmetricDifference(.bold)
                index = text.index(index, offsetBy: 2)
            } else if rest.hasPrefix("*") {
                flush()
                emphasis.formSymmetricDifference(.italic)
                index = text.index(after: index)
            } else {
                literal.append(text[index])
                index = text.index(after: index)
            }
        }
        flush()
        if !emphasis.isEmpty {
            problems.warning(at: location, "a `**` or `*` mark is not closed; the rest of the paragraph is emphasised",
                             hint: "Close bold with `**` and italic with `*`.")
        }
        return pieces
    }

    private static let functions = ["angka", "periode", "perubahan", "tertinggi", "terendah", "peringkat", "pangsa", "ref"]

    /// The inside of `{{ … }}`: `A`, `angka A`, `periode A`, `perubahan A [B]`, `tertinggi A`, `terendah A`,
    /// `peringkat A [B]`, `pangsa A B` or `ref id`.
    static func placeholder(_ inside: String, at location: SourceLocation, aliases: [String: ValueReference],
                            problems: DiagnosticCollector) -> Placeholder? {
        let words = splitOutsideParentheses(inside.trimmingCharacters(in: .whitespaces))
        guard let head = words.first else {
            problems.error(at: location, "an empty placeholder `{{ }}`", hint: "Write e.g. `{{ tpt }}` or remove the braces.")
            return nil
        }
        func value(_ index: Int) -> ValueReference? {
            guard index < words.count else {
                problems.error(at: location, "`{{\(inside)}}` needs a value after `\(head)`",
                               hint: "Write e.g. `{{ \(head) tpt-provinsi.tpt(periode=2024-08) }}`, or a name from `nilai:`.")
                return nil
            }
            return valueReference(words[index], at: location, aliases: aliases, problems: problems)
        }
        let expected: Int
        let kind: Placeholder.Kind?
        switch head {
        case "ref":
            expected = 2
            kind = words.count > 1 ? .figure(words[1]) : nil
            if words.count < 2 { problems.error(at: location, "`{{ ref }}` needs a figure id", hint: "Write `{{ ref tpt-provinsi }}`.") }
        case "angka": expected = 2; kind = value(1).map(Placeholder.Kind.number)
        case "periode": expected = 2; kind = value(1).map(Placeholder.Kind.period)
        case "perubahan":
            expected = words.count > 2 ? 3 : 2
            let to = value(1), from = words.count > 2 ? value(2) : nil
            kind = to.map { .change($0, from: from) }
        case "tertinggi", "terendah":
            expected = 2
            kind = value(1).map { .extreme(Extreme(rawValue: head)!, $0) }
        case "peringkat":
            expected = words.count > 2 ? 3 : 2
            let ranked = value(1), against = words.count > 2 ? value(2) : nil
            kind = ranked.map { .rank($0, against: against) }
        case "pangsa":
            expected = 3
            let part = value(1), whole = value(2)
            kind = part.flatMap { part in whole.map { .share(part, of: $0) } }
        default:
            expected = 1
            if words.count > 1, let guess = nearest(head, in: functions) {
                problems.error(at: location, "`{{\(inside)}}`: `\(head)` is not a placeholder function", hint: "Did you mean `\(guess)`?")
                return nil
            }
            kind = value(0).map(Placeholder.Kind.value)
        }
        if words.count > expected {
            problems.error(at: location, "`{{\(inside)}}` has more than Sajian reads: `\(words[expected...].joined(separator: " "))`",
                           hint: "Functions: \(functions.joined(separator: ", ")); filters go in parentheses: `data.ukuran(periode=2024-08)`.")
        }
        return kind.map { Placeholder($0, at: location) }
    }

    /// `tpt` (a name from `nilai:`) or `dataset.measure(dimension=value, …)`.
    static func valueReference(_ text: String, at location: SourceLocation, aliases: [String: ValueReference],
                               problems: DiagnosticCollector) -> ValueReference? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let alias = aliases[text] { return alias }
        let head: Substring, arguments: Substring?
        if let open = text.firstIndex(of: "(") {
            guard text.hasSuffix(")") else {
                problems.error(at: location, "`\(text)`: the filter list is not closed with `)`",
                               hint: "Write `dataset.ukuran(periode=2024-08, wilayah=Jawa Barat)`.")
                return nil
            }
            head = text[..<open]
            arguments = text[text.index(after: open)..<text.index(before: text.endIndex)]
        } else {
            head = Substring(text)
            arguments = nil
        }
        let names = head.split(separator: ".", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
            let known = aliases.keys.sorted()
            problems.error(at: location, "`\(text)` is not a value: write `dataset.ukuran(dimensi=nilai, …)` or a name from `nilai:`",
                           hint: nearest(text, in: known).map { "Did you mean `\($0)`?" }
                               ?? (known.isEmpty ? "E.g. `tpt-provinsi.tpt(periode=2024-08, wilayah=Indonesia)`." : "Names: \(known.joined(separator: ", "))."))
            return nil
        }
        var filters: [Filter] = []
        for argument in arguments.map({ $0.split(separator: ",") }) ?? [] {
            let pair = argument.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
                problems.error(at: location, "`\(argument.trimmingCharacters(in: .whitespaces))` in `\(text)` is not `dimensi=nilai`",
                               hint: "Write filters as `periode=2024-08`, separated by commas.")
                return nil
            }
            filters.append(Filter(dimension: Located(pair[0], at: location), value: pair[1]))
        }
        return ValueReference(dataset: names[0], measure: names[1], filters: filters, text: text, location: location)
    }

    /// Words separated by spaces, except spaces inside parentheses (filter values may contain them).
    static func splitOutsideParentheses(_ text: String) -> [String] {
        var words: [String] = [], current = "", depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
            if character == " " && depth == 0 {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
