import Crypto
import Foundation
import SajianForms
import SajianCairo
import SajianModel
import SajianScene
import SajianTemplate

/// The website export: each figure as SVG and PNG (1x and 2x) with its data as CSV (a table also as HTML), and a `manifest.json`
/// describing them for a website pipeline. Names follow the figures' ids, so they are stable from run to run,
/// and the same input gives the same bytes (no dates, keys sorted).
///
/// Each figure comes twice: at its `ukuran` for a page's column, and laid out anew for a phone (`<id>-seluler`,
/// ``narrowWidth`` wide, as tall as it needs), not scaled down: an 800 px chart shown 360 px wide on a phone sets
/// its 12 px type at 5 px (proof-reading 21), where the phone variant keeps every text at 12 px or more at 1x.
public enum WebExport {
    /// The phone variant's width: 400 px (300 pt), a phone's screen with a little margin to spare; at 1x its type
    /// is the screen's (at least 12 px), at 2x sharp on a phone's display.
    public static let narrowWidth = 400 * ScreenPixel.points

    static func files(for figures: [BoundFigure], spec: PublicationSpec, directory: String,
                      scene: (BoundFigure) -> Scene, narrowScene: (BoundFigure) -> Scene) throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        var entries: [[String: Any]] = []
        for figure in figures {
            let drawn = scene(figure), narrow = narrowScene(figure)
            var names = ["svg": "\(figure.id).svg", "png": "\(figure.id).png", "png2x": "\(figure.id)@2x.png", "csv": "\(figure.id).csv",
                         "svg_seluler": "\(figure.id)-seluler.svg", "png_seluler": "\(figure.id)-seluler.png",
                         "png_seluler2x": "\(figure.id)-seluler@2x.png"]
            var contents: [String: Data] = [
                "svg": try CairoExport.svg(drawn, text: Publisher.svgText(spec)),
                "png": try CairoExport.png(Publisher.checkedForPNG(drawn, figure: figure, scale: 1), options: PNGOptions(scale: 1)),
                "png2x": try CairoExport.png(Publisher.checkedForPNG(drawn, figure: figure, scale: 2), options: PNGOptions(scale: 2)),
                "csv": FigureCSV.data(for: figure),
                "svg_seluler": try CairoExport.svg(narrow, text: Publisher.svgText(spec)),
                "png_seluler": try CairoExport.png(Publisher.checkedForPNG(narrow, figure: figure, scale: 1), options: PNGOptions(scale: 1)),
                "png_seluler2x": try CairoExport.png(Publisher.checkedForPNG(narrow, figure: figure, scale: 2), options: PNGOptions(scale: 2)),
            ]
            // A table also as HTML, for the page to set as text (`FigureHTML`).
            if let html = FigureHTML.table(for: figure, locale: spec.locale) {
                names["html"] = "\(figure.id).html"
                contents["html"] = html
            }
            for key in names.keys.sorted() { files.append(("\(directory)/\(names[key]!)", contents[key]!)) }
            let size = drawn.pages.first?.size ?? Size(width: 0, height: 0)
            let narrowSize = narrow.pages.first?.size ?? Size(width: 0, height: 0)
            let components = figure.components
            entries.append([
                "id": figure.id,
                "jenis": components.kind.word(in: .indonesian).lowercased(),
                "nomor": components.label(in: figure.vocabulary),
                "judul": components.title,
                "sumber": components.source,
                "catatan": FigureNote.listed(components.notes).map { note in note.marker.map { "\($0) \(note.text)" } ?? note.text },
                "teks_alternatif": components.altText,
                "lebar_px": Int((size.width * PNGOptions.pixelsPerPoint).rounded()),
                "tinggi_px": Int((size.height * PNGOptions.pixelsPerPoint).rounded()),
                "seluler": ["lebar_px": Int((narrowSize.width * PNGOptions.pixelsPerPoint).rounded()),
                            "tinggi_px": Int((narrowSize.height * PNGOptions.pixelsPerPoint).rounded())],
                "berkas": names,
                "sha256": Dictionary(uniqueKeysWithValues: names.keys.map { ($0, SHA256.hash(data: contents[$0]!).map { String(format: "%02x", $0) }.joined()) }),
                "data": figure.datasetVersions.map { ["id": $0.datasetID, "versi": $0.number, "sha256": $0.contentHash] },
            ])
        }
        let manifest: [String: Any] = [
            "publikasi": spec.title?.value ?? "",
            "penerbit": spec.publisher ?? "",
            "bahasa": spec.locale.rawValue,
            "gambar": entries,
        ]
        let json = try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        files.append(("\(directory)/manifest.json", json + Data("\n".utf8)))
        return files
    }
}
