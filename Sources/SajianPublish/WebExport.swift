import Crypto
import Foundation
import SajianForms
import SajianCairo
import SajianModel
import SajianScene
import SajianTemplate

/// The website export: each figure as SVG and PNG (1x and 2x) with its data as CSV, and a `manifest.json`
/// describing them for a website pipeline. Names follow the figures' ids, so they are stable from run to run,
/// and the same input gives the same bytes (no dates, keys sorted).
enum WebExport {
    static func files(for figures: [BoundFigure], spec: PublicationSpec, directory: String,
                      scene: (BoundFigure) -> Scene) throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        var entries: [[String: Any]] = []
        for figure in figures {
            let drawn = scene(figure)
            let names = ["svg": "\(figure.id).svg", "png": "\(figure.id).png", "png2x": "\(figure.id)@2x.png", "csv": "\(figure.id).csv"]
            let contents: [String: Data] = [
                "svg": try CairoExport.svg(drawn, text: Publisher.svgText(spec)),
                "png": try CairoExport.png(Publisher.checkedForPNG(drawn, figure: figure, scale: 1), options: PNGOptions(scale: 1)),
                "png2x": try CairoExport.png(Publisher.checkedForPNG(drawn, figure: figure, scale: 2), options: PNGOptions(scale: 2)),
                "csv": FigureCSV.data(for: figure),
            ]
            for key in names.keys.sorted() { files.append(("\(directory)/\(names[key]!)", contents[key]!)) }
            let size = drawn.pages.first?.size ?? Size(width: 0, height: 0)
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
