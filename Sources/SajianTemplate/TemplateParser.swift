import Foundation
import SajianModel
import SajianYAML
import Yams

/// Turns a template's YAML into a `PublicationSpec`, reporting every problem at once with file and line.
///
/// This is the only place where the template's Indonesian keys (`judul`, `sumber`, `jenis` …) are read.
public enum TemplateParser {
    /// Reads and parses the template at `path`.
    /// Whether the template at `path` makes one publication per region (`per-wilayah:` under `publikasi:`).
    public static func isPerRegion(_ path: String) throws -> Bool {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "cannot read the template",
                                             hint: "Check the path; templates live in Templates/."))
        }
        let problems = DiagnosticCollector()
        return YAMLMapping.document(text, file: path, problems: problems)?.mapping("publikasi")?.has("per-wilayah") ?? false
    }

    /// Reads and parses the template at `path`; a per-region template is read for `region`.
    public static func parse(contentsOf path: String, region: RegionParameter? = nil) throws -> PublicationSpec {
        let problems = DiagnosticCollector()
        let spec = try parse(contentsOf: path, region: region, problems: problems)
        try problems.throwIfErrors()
        return spec!
    }

    /// Like `parse(contentsOf:region:)`, but problems go to `problems` and whatever could be read is returned,
    /// so that `sajian check` can go on to bind it and report every problem at once. Throws only when the file
    /// cannot be read at all.
    public static func parse(contentsOf path: String, region: RegionParameter?, problems: DiagnosticCollector) throws -> PublicationSpec? {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "cannot read the template",
                                             hint: "Check the path; templates live in Templates/."))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: path), "the template is not UTF-8 text",
                                             hint: "Save it as UTF-8 in your editor."))
        }
        var spec = parse(region.map { $0.substitute(into: text) } ?? text, file: path, problems: problems)
        if let level = spec?.regionLevel, region == nil {
            problems.error(at: SourceLocation(file: path), "this template makes one publication per \(level.rawValue) (`per-wilayah: \(level.rawValue)`)",
                           hint: "Run it with `--wilayah 33` for one province or `--wilayah semua` for all 38.")
        } else if spec?.regionLevel == nil, region != nil {
            problems.error(at: SourceLocation(file: path), "`--wilayah` is given, but this template is not made per region",
                           hint: "Add `per-wilayah: provinsi` under `publikasi:` and use `{{ wilayah }}` and `{{ kode-wilayah }}` in it.")
        }
        spec?.region = region
        return spec
    }

    /// Parses template text; problems go to `problems`. Returns nil only when the text is not a YAML mapping.
    public static func parse(_ text: String, file: String, problems: DiagnosticCollector) -> PublicationSpec? {
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
                spec.style.logo = style.string("logo")
                style.rejectUnknownKeys(context: "`gaya`")
            }
            parsePublicationParts(publication, into: &spec)
            if spec.title == nil {
                problems.error(at: publication.location, "the publication has no `judul`",
                               hint: "Add `judul:` under `publikasi:`.")
            }
            publication.rejectUnknownKeys(context: "`publikasi`")
        }
        var seen: [String: SourceLocation] = [:]
        let identified = spec.figures.map { ($0.id, $0.location) } + spec.narratives.map { ($0.id, $0.location) }
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

    private static func parseChapter(_ chapter: YAMLMapping, index: Int) -> ChapterSpec {
        let title = chapter.string("judul")?.value
        let blocks = chapter.mappings("isi").enumerated().compactMap { position, item -> ChapterBlock? in
            if item.string("jenis")?.value == "narasi" {
                let id = item.string("id")?.value ?? "narasi-\(index + 1)-\(position + 1)"
                return .narrative(NarrativeParser.parse(item, id: id))
            }
            return parseFigure(item, chapter: index, position: position).map(ChapterBlock.figure)
        }
        chapter.rejectUnknownKeys(context: "a chapter (`bab`)")
        return ChapterSpec(title: title, blocks: blocks)
    }

    private static func parseFigure(_ item: YAMLMapping, chapter: Int, position: Int) -> FigureSpec? {
        guard let kind = item.string("jenis") else {
            problems(of: item).error(at: item.location, "a figure has no `jenis`",
                                     hint: "Write `jenis:` as one of \(FigureForms.names.joined(separator: ", ")).")
            return nil
        }
        var form: FigureForm
        switch kind.value {
        case "grafik-batang", "grafik-balok":
            form = .barChart(BarChartSpec(
                category: item.string("kategori"), measure: item.string("nilai"),
                orientation: item.choice("arah", default: kind.value == "grafik-balok" ? OrientationWord.horizontal : .vertikal).orientation,
                sort: item.choice("urut", default: SortOrder.none),
                highlighted: item.strings("sorot"),
                showsValues: item.flag("label-nilai", default: true)))
            if case .barChart(var chart) = form {
                chart.reference = parseReference(item, allowsCategory: true)
                chart.series = item.string("seri")
                chart.stacking = item.choice("susun", default: StackingWord.grouped)
                form = .barChart(chart)
            }
        case "grafik-garis":
            var reference: (Double, String)?
            if case .value(let value, let label)? = parseReference(item, allowsCategory: false) { reference = (value, label) }
            var line = LineChartSpec(axis: item.string("sumbu-x") ?? Located("periode", at: kind.location),
                                     measures: item.locatedStrings("nilai"), series: item.string("seri"),
                                     highlighted: item.strings("sorot"), reference: reference)
            if let pita = item.mapping("pita-acuan") {
                if let from = pita.string("dari").flatMap({ Double($0.value) }), let to = pita.string("sampai").flatMap({ Double($0.value) }), from < to {
                    line.band = (from, to, pita.string("label")?.value ?? "")
                } else {
                    item.collector.error(at: pita.location, "`pita-acuan` needs `dari:` and `sampai:` as numbers, `dari` below `sampai`",
                                         hint: "Write `pita-acuan: { dari: 4, sampai: 6, label: Kisaran target }`.")
                }
                pita.rejectUnknownKeys(context: "`pita-acuan`")
            }
            form = .lineChart(line)
        case "grafik-lingkaran", "grafik-donat":
            form = .pieChart(PieChartSpec(category: item.string("kategori"), measure: item.string("nilai"),
                                          isDonut: kind.value == "grafik-donat",
                                          groupBelow: Double(item.integer("gabung-di-bawah", in: 0...50) ?? 0)))
        case "grafik-piktogram":
            let icon = item.string("ikon") ?? Located("orang", at: kind.location)
            var quantity: Double?
            if let text = item.string("satu-ikon") {
                quantity = Double(text.value)
                if quantity.map({ $0 <= 0 }) ?? true {
                    item.collector.error(at: text.location, "`satu-ikon: \(text.value)` must be a positive number",
                                         hint: "Write how much one icon stands for in the unit shown, e.g. `satu-ikon: 1` with `satuan: juta orang`.")
                }
            }
            form = .pictogram(PictogramSpec(category: item.string("kategori"), measure: item.string("nilai"), icon: icon,
                                            quantityPerIcon: quantity))
        case "tabel-tunggal", "tabel-silang":
            let rows = item.locatedStrings("baris"), columns = item.locatedStrings("kolom"), measures = item.locatedStrings("nilai")
            if kind.value == "tabel-silang" && columns.isEmpty && rows.count < 2 && measures.count < 2 {
                problems(of: item).error(at: kind.location, "a `tabel-silang` needs `kolom:` (the variable across the columns) or two `baris:` variables",
                                         hint: "Add `kolom:`, or write `jenis: tabel-tunggal` for a one-variable table.")
            }
            if kind.value == "tabel-tunggal", let column = columns.first {
                problems(of: item).error(at: column.location, "a `tabel-tunggal` has one variable and no `kolom:`",
                                         hint: "Write `jenis: tabel-silang` to cross two variables.")
            }
            if rows.count > 2 {
                problems(of: item).error(at: rows[2].location, "a table has at most two row variables (groups and rows)",
                                         hint: "Move a variable to `kolom:` or filter it with `saring:`.")
            }
            var table = TableSpec(rows: Array(rows.prefix(2)), columns: columns, measures: measures,
                                    stubHead: item.string("judul-baris")?.value,
                                    addsTotal: item.flag("jumlah", default: false),
                                    sort: item.choice("urut", default: SortOrder.none),
                                    top: item.integer("teratas", in: 1...1000),
                                    shares: item.choice("persentase", default: ShareBasis.none),
                                    zebra: item.flag("zebra", default: false))
            table.weight = item.string("bobot")
            form = .table(table)
        case "peta-tematik":
            form = .map(parseMap(item))
        default:
            problems(of: item).error(at: kind.location, "`jenis: \(kind.value)` is not a form Sajian knows",
                                     hint: nearest(kind.value, in: FigureForms.names).map { "Did you mean `jenis: \($0)`?" }
                                         ?? "Forms: \(FigureForms.names.joined(separator: ", ")).")
            return nil
        }
        let id = item.string("id")?.value ?? "\(form.kind.rawValue)-\(chapter + 1)-\(position + 1)"
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
            altText: item.string("teks-alternatif")?.value, dataset: item.string("data"), filters: filters,
            size: parseSize(item), decimals: item.integer("desimal", in: 0...6),
            unit: item.string("satuan").map { Located(MeasureUnit(name: $0.value), at: $0.location) })
        var versioned = figure
        (versioned.notes, versioned.footnotes) = parseNotes(item)
        versioned.datasetVersion = item.integer("versi", in: 1...1_000_000)
        item.rejectUnknownKeys(context: "figure `\(id)`")
        return versioned
    }

    /// `garis-acuan: { nilai: 5, label: … }` or, for bars, `{ kategori: Indonesia }`.
    private static func parseReference(_ item: YAMLMapping, allowsCategory: Bool) -> ReferenceSpec? {
        guard let acuan = item.mapping("garis-acuan") else { return nil }
        defer { acuan.rejectUnknownKeys(context: "`garis-acuan`") }
        let label = acuan.string("label")?.value
        if let value = acuan.string("nilai") {
            guard let number = Double(value.value) else {
                item.collector.error(at: value.location, "`nilai: \(value.value)` is not a number", hint: "Write the value with a decimal point, e.g. `4.91`.")
                return nil
            }
            return .value(number, label: label ?? "")
        }
        if allowsCategory, let category = acuan.string("kategori") { return .category(category, label: label) }
        item.collector.error(at: acuan.location, "`garis-acuan` needs `nilai:`\(allowsCategory ? " or `kategori:`" : "")",
                             hint: allowsCategory ? "Write `garis-acuan: { kategori: Indonesia }` to draw the national figure as a line."
                                                  : "Write `garis-acuan: { nilai: 5, label: … }`.")
        return nil
    }

    /// `catatan:` a text, or a list of texts and `{ teks: …, baris: … }` notes marked on a row.
    private static func parseNotes(_ item: YAMLMapping) -> ([String], [Footnote]) {
        var notes: [String] = [], footnotes: [Footnote] = []
        for node in item.nodes("catatan") {
            if let text = node.scalar?.string {
                notes.append(text)
            } else if let note = YAMLMapping.nested(node, in: item) {
                if let text = note.string("teks"), let row = note.string("baris") {
                    footnotes.append(Footnote(text: text.value, row: row))
                } else {
                    item.collector.error(at: note.location, "a marked note needs `teks:` and `baris:`",
                                         hint: "Write `- { teks: Termasuk Papua Barat Daya., baris: Papua Barat }`.")
                }
                note.rejectUnknownKeys(context: "a note (`catatan`)")
            }
        }
        return (notes, footnotes)
    }

    /// `ukuran: 800x500` (px), `ukuran: 160mm x 100mm`, or `ukuran: 800` (height from the content).
    private static func parseSize(_ item: YAMLMapping) -> FigureSize {
        guard let text = item.string("ukuran") else { return FigureSize() }
        let parts = text.value.lowercased().replacingOccurrences(of: " ", with: "").split(separator: "x")
        let lengths = parts.map { FigureSize.points(String($0)) }
        guard (1...2).contains(parts.count), let width = lengths[0], width >= 100, width <= 5000,
              parts.count == 1 || (lengths[1].map { $0 >= 60 && $0 <= 5000 } ?? false) else {
            problems(of: item).error(at: text.location, "`ukuran: \(text.value)` is not a size Sajian can use",
                                     hint: "Write WIDTHxHEIGHT in px (e.g. `800x500`) or mm (e.g. `160mm x 100mm`), 100 to 5000 px wide.")
            return FigureSize()
        }
        return FigureSize(width: width, height: parts.count == 2 ? lengths[1] : nil)
    }

    private static func problems(of item: YAMLMapping) -> DiagnosticCollector { item.collector }
}

/// `arah:` as users write it.
enum OrientationWord: String, CaseIterable {
    case horizontal, vertikal

    var orientation: BarChartData.Orientation { self == .horizontal ? .horizontal : .vertical }
}

/// The `jenis:` words a template may use.
enum FigureForms {
    static let names = ["narasi", "grafik-batang", "grafik-balok", "grafik-garis", "grafik-lingkaran", "grafik-donat", "grafik-piktogram", "tabel-tunggal", "tabel-silang", "peta-tematik"]
}

extension FigureSize {
    /// A length in points from "800", "800px", "160mm" or "16cm".
    static func points(_ text: String) -> Double? {
        let units: [(String, Double)] = [("px", 0.75), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("pt", 1)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count)).map { $0 * factor }
        }
        return Double(text).map { $0 * 0.75 }
    }
}
