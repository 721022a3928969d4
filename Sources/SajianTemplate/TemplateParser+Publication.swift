import SajianModel
import SajianYAML
import Yams

extension TemplateParser {
    /// The keys of `publikasi:` that shape the whole publication: cover, foreword, lists, paper, outputs.
    static func parsePublicationParts(_ publication: YAMLMapping, into spec: inout PublicationSpec) {
        let problems = publication.collector
        spec.period = publication.string("periode")?.value
        spec.subtitle = publication.string("subjudul")?.value
        // `sampul: ya`/`tidak`, or a mapping (its key figures, `TemplateParser.parseCover`): a cover.
        spec.hasCover = publication.isMapping("sampul") || publication.flag("sampul", default: true)
        spec.page.sheet = publication.choice("kertas", default: PaperSheet.a4)
        spec.page.orientation = publication.choice("orientasi", default: PaperOrientation.portrait)
        if let margin = publication.string("tepi") {
            let millimetres = Double(margin.value.replacingOccurrences(of: "mm", with: "").trimmingCharacters(in: .whitespaces))
            if let millimetres, (5...50).contains(millimetres) {
                spec.page.marginMillimetres = millimetres
            } else {
                problems.error(at: margin.location, "`tepi: \(margin.value)` is not a margin Sajian can use",
                               hint: "Write the margin in millimetres, 5 to 50, e.g. `tepi: 20mm`.")
            }
        }
        spec.page.columns = publication.integer("kolom", in: 1...2) ?? 1
        spec.page.density = publication.choice("tata-letak", default: PageDensity.full)
        if let multiple = publication.string("kelipatan-halaman") {
            if let value = Int(multiple.value), [1, 2, 4, 8, 16].contains(value) {
                spec.page.pageMultiple = value
            } else {
                problems.error(at: multiple.location, "`kelipatan-halaman: \(multiple.value)` is not a page multiple Sajian can make",
                               hint: "Write 4 for a saddle-stitched booklet (each folded sheet carries four pages), or 2, 8 or 16.")
            }
        }
        spec.page.extraPages = publication.choice("halaman-tambahan", default: ExtraPageKind.blank)
        if publication.has("daftar") {
            if publication.isList("daftar") {
                spec.frontLists = publication.locatedStrings("daftar").compactMap { word in
                    if let list = FrontList(rawValue: word.value) { return list }
                    problems.error(at: word.location, "`\(word.value)` is not a list Sajian makes",
                                   hint: "Lists: \(FrontList.allCases.map(\.rawValue).joined(separator: ", ")).")
                    return nil
                }
            } else {
                spec.frontLists = publication.flag("daftar", default: true) ? FrontList.allCases : []
            }
        }
        if publication.has("keluaran") {
            spec.outputs = publication.locatedStrings("keluaran").compactMap { word in
                if let kind = OutputKind(rawValue: word.value) { return kind }
                problems.error(at: word.location, "`\(word.value)` is not an output Sajian writes",
                               hint: nearest(word.value, in: OutputKind.allCases.map(\.rawValue)).map { "Did you mean `\($0)`?" }
                                   ?? "Outputs: \(OutputKind.allCases.map(\.rawValue).joined(separator: ", ")).")
                return nil
            }
        }
        parseMediaOptions(publication, into: &spec)
        spec.dataDirectory = publication.string("data")
        if publication.has("per-wilayah") {
            spec.regionLevel = publication.choice("per-wilayah", default: RegionLevel.province)
        }
        if let foreword = publication.mapping("kata-pengantar") {
            var paragraphs: [[NarrativePiece]] = []
            if let node = foreword.nodes("teks").first, let scalar = node.scalar {
                paragraphs = NarrativeParser.paragraphs(scalar, node: node, file: publication.file, aliases: [:], problems: problems)
            } else {
                problems.error(at: foreword.location, "`kata-pengantar` has no `teks:`", hint: "Write the foreword's paragraphs under `teks: |`.")
            }
            spec.foreword = ForewordSpec(paragraphs: paragraphs, placeAndDate: foreword.string("tempat-tanggal")?.value,
                                         signatory: foreword.string("penandatangan")?.value, position: foreword.string("jabatan")?.value)
            foreword.rejectUnknownKeys(context: "`kata-pengantar`")
        }
        if publication.has("halaman-belakang") {
            spec.backPage = publication.strings("halaman-belakang")
        }
    }
}
