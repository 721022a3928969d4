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

    /// A figure's notes as the manifest lists them, each with its marker.
    private static func catatan(_ notes: [FigureNote]) -> [String] {
        FigureNote.listed(notes).map { note in note.marker.map { "\($0) \(note.text)" } ?? note.text }
    }

    static func files(for figures: [BoundFigure], spec: PublicationSpec, directory: String,
                      scene: (BoundFigure) -> Scene, narrowScene: (BoundFigure) -> Scene) throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        var entries: [[String: Any]] = []
        for figure in figures {
            let drawn = scene(figure)
            var names = ["svg": "\(figure.id).svg", "png": "\(figure.id).png", "png2x": "\(figure.id)@2x.png", "csv": "\(figure.id).csv"]
            var contents: [String: Data] = [
                "svg": try CairoExport.svg(drawn, text: Publisher.svgText(spec)),
                "png": try CairoExport.png(Publisher.checkedForPNG(drawn, figure: figure, scale: 1), options: PNGOptions(scale: 1)),
                "png2x": try CairoExport.png(Publisher.checkedForPNG(drawn, figure: figure, scale: 2), options: PNGOptions(scale: 2)),
                "csv": FigureCSV.data(for: figure),
            ]
            // A figure already laid out at a phone's width (the infographic's 400 px tiles) is its own phone variant.
            let phone = (drawn.pages.first?.size.width ?? 0) > narrowWidth + 0.5 ? figure.phoneVariant() : nil
            let narrow = phone.map(narrowScene)
            if let narrow {
                names["svg_seluler"] = "\(figure.id)-seluler.svg"
                names["png_seluler"] = "\(figure.id)-seluler.png"
                names["png_seluler2x"] = "\(figure.id)-seluler@2x.png"
                contents["svg_seluler"] = try CairoExport.svg(narrow, text: Publisher.svgText(spec))
                contents["png_seluler"] = try CairoExport.png(Publisher.checkedForPNG(narrow, figure: figure, scale: 1), options: PNGOptions(scale: 1))
                contents["png_seluler2x"] = try CairoExport.png(Publisher.checkedForPNG(narrow, figure: figure, scale: 2), options: PNGOptions(scale: 2))
            }
            // A table also as HTML, for the page to set as text (`FigureHTML`).
            if let html = FigureHTML.table(for: figure, locale: spec.locale) {
                names["html"] = "\(figure.id).html"
                contents["html"] = html
            }
            for key in names.keys.sorted() { files.append(("\(directory)/\(names[key]!)", contents[key]!)) }
            let size = drawn.pages.first?.size ?? Size(width: 0, height: 0)
            let components = figure.components
            var entry: [String: Any] = [
                "id": figure.id,
                "jenis": components.kind.word(in: .indonesian).lowercased(),
                "nomor": components.label(in: figure.vocabulary),
                "judul": components.title,
                "sumber": components.source,
                "catatan": catatan(components.notes),
                "teks_alternatif": components.altText,
                "lebar_px": pixelSize(ofPNG: contents["png"]!)?.width ?? Int((size.width * PNGOptions.pixelsPerPoint).rounded()),
                "tinggi_px": pixelSize(ofPNG: contents["png"]!)?.height ?? Int((size.height * PNGOptions.pixelsPerPoint).rounded()),
                "berkas": names,
                "sha256": Dictionary(uniqueKeysWithValues: names.keys.map { ($0, SHA256.hash(data: contents[$0]!).map { String(format: "%02x", $0) }.joined()) }),
                "data": figure.datasetVersions.map { ["id": $0.datasetID, "versi": $0.number, "sha256": $0.contentHash] },
            ]
            // The 2x images' own sizes, read from their headers: twice a rounded 1x size may be a pixel off the
            // drawing's (596 px at 1x, 1193 at 2x; proof-reading 22).
            if let double = pixelSize(ofPNG: contents["png2x"]!) { (entry["lebar_px_2x"], entry["tinggi_px_2x"]) = (double.width, double.height) }
            if let single = contents["png_seluler"].flatMap(pixelSize(ofPNG:)), let double = contents["png_seluler2x"].flatMap(pixelSize(ofPNG:)) {
                var sizes: [String: Any] = ["lebar_px": single.width, "tinggi_px": single.height, "lebar_px_2x": double.width, "tinggi_px_2x": double.height]
                // A phone variant with notes of its own (a map naming only its extremes) lists them: the desktop's
                // list lacked the phone map's first note (proof-reading 48, W8).
                if let notes = phone?.components.notes, notes != components.notes { sizes["catatan"] = catatan(notes) }
                entry["seluler"] = sizes
            }
            entries.append(entry)
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

    /// A PNG's width and height from its IHDR chunk (bytes 16–23, big-endian); nil for anything shorter.
    static func pixelSize(ofPNG data: Data) -> (width: Int, height: Int)? {
        guard data.count >= 24 else { return nil }
        let bytes = [UInt8](data.prefix(24))
        func integer(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (integer(at: 16), integer(at: 20))
    }
}
