import Foundation
import SajianModel
import SajianYAML
import Yams

/// Turns a template's YAML into a `PublicationSpec`, reporting every problem at once with file and line.
///
/// This is the only place where the template's Indonesian keys (`judul`, `sumber`, `jenis` …) are read.
public struct TemplateParser: Sendable {
    /// The forms a figure's `jenis:` may name; each reads its own keys.
    public let forms: TemplateForms

    public init(forms: TemplateForms) {
        self.forms = forms
    }

    /// Whether the template at `path` makes one publication per region (`per-wilayah:` under `publikasi:`).
    public static func isPerRegion(_ path: String) throws -> Bool {
        try regionLevel(path) != nil
    }

    /// The level the template at `path` makes one publication per (`per-wilayah: provinsi | kabupaten-kota`), nil
    /// when it makes one publication; an unknown word is reported when the template is parsed.
    public static func regionLevel(_ path: String) throws -> RegionLevel? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "cannot read the template",
                                             hint: "Check the path; templates live in Templates/."))
        }
        return regionLevel(text: text, file: path)
    }

    /// The data folder the template at `path` names (`data:` under `publikasi:`), resolved against the template's
    /// folder; nil when it names none. A folder that does not exist is an error at its line.
    public static func dataDirectory(_ path: String) throws -> String? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
              let named = YAMLMapping.document(text, file: path, problems: DiagnosticCollector())?.mapping("publikasi")?.string("data")
        else { return nil }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let resolved = named.value.hasPrefix("/") ? named.value : folder.appendingPathComponent(named.value).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(at: named.location, "`data: \(named.value)` is not a folder (\(resolved))",
                                             hint: "Name the folder holding the dataset files (metadata YAML and CSV), relative to the template's folder, e.g. `data: ../data`."))
        }
        return resolved
    }

    /// The level template text in hand makes one publication per (`per-wilayah:`), nil when it makes one
    /// publication: for a caller that has read the bytes already (the studio) and should not read the file again.
    /// `file` names the template in messages. An unknown word is taken as `provinsi` here and reported when parsed.
    public static func regionLevel(text: String, file: String) -> RegionLevel? {
        guard let word = regionWord(text: text, file: file) else { return nil }
        return RegionLevel(rawValue: word.value) ?? .province
    }

    /// The word of `per-wilayah:` as written, with its place.
    private static func regionWord(text: String, file: String) -> Located<String>? {
        let problems = DiagnosticCollector()
        guard let publication = YAMLMapping.document(text, file: file, problems: problems)?.mapping("publikasi"),
              publication.has("per-wilayah") else { return nil }
        return publication.string("per-wilayah") ?? Located("", at: publication.location(of: "per-wilayah"))
    }

    /// Reads and parses the template at `path`; a per-region template is read for `region`.
    public func parse(contentsOf path: String, region: RegionParameter? = nil) throws -> PublicationSpec {
        let problems = DiagnosticCollector()
        let spec = try parse(contentsOf: path, region: region, problems: problems)
        try problems.throwIfErrors()
        return spec!
    }

    /// Like `parse(contentsOf:region:)`, but problems go to `problems` and whatever could be read is returned,
    /// so that `sajian check` can go on to bind it and report every problem at once. Throws only when the file
    /// cannot be read at all.
    public func parse(contentsOf path: String, region: RegionParameter?, problems: DiagnosticCollector) throws -> PublicationSpec? {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "cannot read the template",
                                             hint: "Check the path; templates live in Templates/."))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "the template is not UTF-8 text",
                                             hint: "Save it as UTF-8 in your editor."))
        }
        // Without a region, `{{ wilayah }}` would be read as text and fail in several places: the cause alone is said.
        if region == nil, let word = Self.regionWord(text: text, file: path) {
            guard let level = RegionLevel(rawValue: word.value) else {
                let words = RegionLevel.allCases.map(\.rawValue)
                problems.error(at: word.location, "`per-wilayah: \(word.value)` is not one of \(words.joined(separator: ", "))",
                               hint: nearest(word.value, in: words).map { "Did you mean `per-wilayah: \($0)`?" })
                return nil
            }
            problems.error(at: SourceLocation(file: path), "this template makes one publication per \(level.noun) (`per-wilayah: \(level.rawValue)`); give `--wilayah`",
                           hint: level == .province ? "Run it with `--wilayah 33` for one province or `--wilayah semua` for all 38."
                               : "Run it with `--wilayah 32` for the kabupaten/kota of one province (BPS code), `--wilayah 3273` for one kabupaten/kota, or `--wilayah semua` for all 514.")
            return nil
        }
        var spec = parse(region.map { $0.substitute(into: text) } ?? text, file: path, problems: problems)
        if spec?.regionLevel == nil, region != nil {
            problems.error(at: SourceLocation(file: path), "`--wilayah` is given, but this template is not made per region",
                           hint: "Add `per-wilayah: provinsi` under `publikasi:` and use `{{ wilayah }}` and `{{ kode-wilayah }}` in it.")
        }
        spec?.region = region
        return spec
    }

    /// Parses template text; problems go to `problems`. Returns nil only when the text is not a YAML mapping.
    public func parse(_ text: String, file: String, problems: DiagnosticCollector) -> PublicationSpec? {
        guard let root = YAMLMapping.document(text, file: file, problems: problems) else { return nil }
        let publication = root.mapping("publikasi")
        if publication == nil {
            problems.error(at: root.location, "the template has no `publikasi:` section",
                           hint: "Add `publikasi:` with at least `judul:`.")
        }
        let chapters = root.mappings("bab").enumerated().map { index, chapter in
            parseChapter(chapter, index: index)
        }
        if chapters.isEmpty && !root.has("bab") {
            problems.error(at: root.location, "the template has no `bab:` (chapters with figures)",
                           hint: "Add `bab:` with a list of chapters, each with `isi:` listing its figures.")
        }
        root.rejectUnknownKeys(context: "the template")

        var spec = PublicationSpec(file: file, title: publication?.string("judul"), chapters: chapters)
        if let publication {
            spec.publisher = publication.string("penerbit")?.value
            spec.author = publication.string("penulis")?.value ?? spec.publisher
            spec.subject = publication.string("subjek")?.value
            spec.locale = publication.choice("bahasa", default: NumberLocale.indonesian)
            spec.audience = publication.choice("audiens", default: Audience.publik)
            spec.numbering = publication.choice("penomoran", default: Numbering.running)
            if let style = publication.mapping("gaya") {
                spec.style.fontFamily = style.string("huruf")?.value
                func color(_ text: String, at location: SourceLocation) -> UInt32? {
                    let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
                    guard hex.count == 6, let value = UInt32(hex, radix: 16) else {
                        style.collector.error(at: location, "`\(text)` is not a colour", hint: "Write colours as #RRGGBB, e.g. #0072B2.")
                        return nil
                    }
                    return value
                }
                spec.style.palette = style.locatedStrings("palet").compactMap { color($0.value, at: $0.location) }
                spec.style.accent = style.string("warna-sorot").flatMap { color($0.value, at: $0.location) }
                spec.style.logo = style.containedPath("logo")
                style.rejectUnknownKeys(context: "`gaya`")
            }
            Self.parsePublicationParts(publication, into: &spec)
            if publication.isMapping("sampul"), let cover = publication.mapping("sampul") { spec.coverFigures = parseCover(cover) }
            if spec.title == nil {
                problems.error(at: publication.location, "the publication has no `judul`",
                               hint: "Add `judul:` under `publikasi:`.")
            }
            publication.rejectUnknownKeys(context: "`publikasi`")
        }
        Self.checkFigureCount(spec, in: root)
        var seen: [String: SourceLocation] = [:]
        let identified = (spec.figures + spec.coverFigures).map { ($0.id, $0.location) } + spec.narratives.map { ($0.id, $0.location) }
        for (id, location) in identified {
            if let first = seen[id] {
                problems.error(at: location, "two blocks have the id `\(id)` (the first at line \(first.line ?? 0))",
                               hint: "Give each figure and narasi its own `id:`; output files and references use it.")
            } else {
                seen[id] = location
            }
        }
        return spec
    }

    private func parseChapter(_ chapter: YAMLMapping, index: Int) -> ChapterSpec {
        let title = chapter.string("judul")?.value
        let blocks = chapter.mappings("isi").enumerated().compactMap { position, item -> ChapterBlock? in
            if item.string("jenis")?.value == NarrativeParser.word {
                let id = item.name("id")?.value ?? "narasi-\(index + 1)-\(position + 1)"
                return .narrative(NarrativeParser.parse(item, id: id))
            }
            return parseFigure(item, chapter: index, position: position).map(ChapterBlock.figure)
        }
        let isAppendix = chapter.flag("lampiran", default: false)
        chapter.rejectUnknownKeys(context: "a chapter (`bab`)")
        return ChapterSpec(title: title, blocks: blocks, isAppendix: isAppendix)
    }

    /// `sampul: { angka-kunci: [...] }`: the cover's key figures, each written as an `angka-kunci` of a chapter is
    /// (`jenis:` may be left out), its `judul` its `label` where it has none (the tile prints its label).
    private func parseCover(_ cover: YAMLMapping) -> [FigureSpec] {
        let figures = cover.mappings("angka-kunci").enumerated().compactMap { position, item -> FigureSpec? in
            if let word = item.string("jenis"), word.value != "angka-kunci" {
                item.collector.error(at: word.location, "the cover holds key figures only, not `jenis: \(word.value)`",
                                     hint: "Put the \(word.value) in a chapter's `isi:`; under `sampul: angka-kunci:` write tiles (`label`, `data`, `nilai`, `periode`).")
                return nil
            }
            guard var figure = parseFigure(item, chapter: -1, position: position, word: Located("angka-kunci", at: item.location)) else { return nil }
            if !item.has("id") { figure.id = "sampul-\(position + 1)" }
            if figure.title == nil { figure.title = item.string("label") }
            return figure
        }
        if cover.has("angka-kunci"), !cover.isList("angka-kunci") {
            cover.collector.error(at: cover.location(of: "angka-kunci"), "`angka-kunci` under `sampul` must be a list of tiles",
                                  hint: "Write `angka-kunci:` with items starting `- label: …`.")
        }
        cover.rejectUnknownKeys(context: "`sampul`")
        return figures
    }

    private func parseFigure(_ item: YAMLMapping, chapter: Int, position: Int, word given: Located<String>? = nil) -> FigureSpec? {
        guard let word = item.string("jenis") ?? given else {
            item.collector.error(at: item.location, "a figure has no `jenis`",
                                 hint: "Write `jenis:` as one of \(words.joined(separator: ", ")).")
            return nil
        }
        guard let parser = forms.parser(for: word.value) else {
            item.collector.error(at: word.location, "`jenis: \(word.value)` is not a form Sajian knows",
                                 hint: nearest(word.value, in: words).map { "Did you mean `jenis: \($0)`?" }
                                     ?? "Forms: \(words.joined(separator: ", ")).")
            return nil
        }
        guard let form = parser.parse(item, word: word) else { return nil }
        let id = item.name("id")?.value ?? "\(form.kind.rawValue)-\(chapter + 1)-\(position + 1)"
        var filters: [Filter] = []
        if let filter = item.mapping("saring") {
            filters = filter.entries.map { entry in
                Filter(dimension: entry.key, values: entry.value.sequence.map { $0.compactMap(\.scalar?.string) }
                    ?? [entry.value.scalar?.string ?? ""])
            }
        }
        if let exclusion = item.mapping("kecuali") {
            filters += exclusion.entries.map { entry in
                var filter = Filter(dimension: entry.key, values: entry.value.sequence.map { $0.compactMap(\.scalar?.string) }
                    ?? [entry.value.scalar?.string ?? ""])
                filter.excludes = true
                return filter
            }
        }
        let figure = FigureSpec(
            id: id, location: item.location, form: form, number: item.string("nomor"),
            title: item.string("judul"), source: item.string("sumber"), notes: [],
            altText: item.string("teks-alternatif")?.value, dataset: item.name("data"), filters: filters,
            size: Self.parseSize(item), decimals: item.integer("desimal", in: 0...6),
            unit: item.string("satuan").map { Located(MeasureUnit(name: $0.value), at: $0.location) })
        var versioned = figure
        (versioned.notes, versioned.footnotes, versioned.highlightNotes) = Self.parseNotes(item)
        versioned.datasetVersion = item.integer("versi", in: 1...1_000_000)
        versioned.infographicCanvases = Self.parseFigureCanvases(item)
        versioned.sharedScale = item.name("skala-bersama")
        versioned.pageOrientation = item.choice("halaman", default: PaperOrientation.portrait)
        item.rejectUnknownKeys(context: "figure `\(id)`")
        return versioned
    }

    /// `catatan:` a text, or a list of texts, `{ teks: …, baris: … }` notes marked on a row and `{ teks: …, tentang:
    /// sorot }` notes on the highlight.
    private static func parseNotes(_ item: YAMLMapping) -> (notes: [String], footnotes: [Footnote], onHighlight: [String]) {
        var notes: [String] = [], footnotes: [Footnote] = [], onHighlight: [String] = []
        for node in item.nodes("catatan") {
            if let text = node.scalar?.string {
                notes.append(text)
            } else if let note = YAMLMapping.nested(node, in: item) {
                if let text = note.string("teks"), let row = note.string("baris") {
                    footnotes.append(Footnote(text: text.value, row: row))
                } else if let text = note.string("teks"), let about = note.string("tentang") {
                    if about.value == "sorot" {
                        onHighlight.append(text.value)
                    } else {
                        item.collector.error(at: about.location, "`tentang: \(about.value)` is not something a note can be about",
                                             hint: "Write `tentang: sorot` for a note that explains the highlight; it is left out when no highlighted category has a value.")
                    }
                } else {
                    item.collector.error(at: note.location, "a marked note needs `teks:` and `baris:` (or `tentang: sorot`)",
                                         hint: "Write `- { teks: Termasuk Papua Barat Daya., baris: Papua Barat }` or `- { teks: Batang jingga adalah Kota Bogor., tentang: sorot }`.")
                }
                note.rejectUnknownKeys(context: "a note (`catatan`)")
            }
        }
        Self.checkNoteCount(notes.count + footnotes.count + onHighlight.count, in: item)
        return (notes, footnotes, onHighlight)
    }

    /// `ukuran: 800x500` (px), `ukuran: 160mm x 100mm`, or `ukuran: 800` (height from the content).
    private static func parseSize(_ item: YAMLMapping) -> FigureSize {
        guard let text = item.string("ukuran") else { return FigureSize() }
        let parts = text.value.lowercased().replacingOccurrences(of: " ", with: "").split(separator: "x")
        let lengths = parts.map { FigureSize.points(String($0)) }
        guard (1...2).contains(parts.count), let width = lengths[0], width >= 100, width <= FigureSize.maximumSide,
              parts.count == 1 || (lengths[1].map { $0 >= 60 && $0 <= FigureSize.maximumSide } ?? false) else {
            problems(of: item).error(at: text.location, "`ukuran: \(text.value)` is not a size Sajian can use",
                                     hint: "Write WIDTHxHEIGHT in px (e.g. `800x500`) or mm (e.g. `160mm x 100mm`), 100 to 5000 px wide and at most 5000 px high.")
            return FigureSize()
        }
        return FigureSize(width: width, height: parts.count == 2 ? lengths[1] : nil)
    }

    private static func problems(of item: YAMLMapping) -> DiagnosticCollector { item.collector }
}

extension TemplateParser {
    /// The `jenis:` words a template may use: narasi and every registered figure form.
    var words: [String] { [NarrativeParser.word] + forms.words }
}

extension FigureSize {
    /// A length in points from "800", "800px", "160mm" or "16cm".
    static func points(_ text: String) -> Double? {
        let units: [(String, Double)] = [("px", ScreenPixel.points), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("pt", 1)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count)).map { $0 * factor }
        }
        return Double(text).map { $0 * ScreenPixel.points }
    }
}
