import Foundation
import SajianTestSupport
import XCTest

/// The demo infographic through the built `sajian` (issue 14): the three social-media PNGs at their pixel sizes and
/// the A4 and A3 PDFs with no warning (the map on each), the tiles in the web export, and no type under 12 px at 1x in the screen outputs.
final class InfographicPublishTests: XCTestCase {
    private let template = TestSupport.path("Templates/infografis-triwulanan.yaml")
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    func testDemoInfographicIsWrittenOnEveryCanvas() throws {
        let out = TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.sajianExecutable, ["publish", template, "--out", out],
                                         environment: ["SAJIAN_CATALOG": catalog, "SOURCE_DATE_EPOCH": "1700000000"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("warning"), "every canvas holds what the template draws on it: \(result.stderr)")

        for (name, width, height) in [("1080x1350", 1080, 1350), ("1080x1080", 1080, 1080), ("1200x675", 1200, 675)] {
            let png = try Data(contentsOf: URL(fileURLWithPath: out + "/infografis-triwulanan-\(name).png"))
            let header = [UInt8](png[16..<24])
            XCTAssertEqual(header[0..<4].reduce(0) { $0 << 8 | Int($1) }, width, name)
            XCTAssertEqual(header[4..<8].reduce(0) { $0 << 8 | Int($1) }, height, name)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/infografis-triwulanan-a3.pdf"))

        let text = try TestSupport.pdfText(out + "/infografis-triwulanan-a4.pdf").replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        for expected in ["Keadaan Ketenagakerjaan Indonesia", "4,91", "persen", "turun 0,41 persen poin", "dibanding Agustus 2023 (5,32 persen)",
                         "144,64", "naik 4,79 juta orang", "TPT menurut Provinsi, Agustus 2024",
                         "Sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2015 – Agustus 2024; BPS, Berita Resmi Statistik",
                         "(dikutip Pasker.id Kemnaker dan rmol.id)",
                         "Batas wilayah dari cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN)"] {
            XCTAssertTrue(text.contains(expected), "the A4 infographic lacks \(expected): \(text)")
        }
        XCTAssertFalse(text.contains("Grafik 1"), "no nomor on an infographic")
        // Only the house fonts are embedded: the tiles' direction is drawn, not set in a fallback font's ▲ ▼.
        if let pdffonts = TestSupport.tool("pdffonts") {
            let fonts = try TestSupport.run(pdffonts, [out + "/infografis-triwulanan-a4.pdf"]).stdout
                .split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first.map(String.init) }
            XCTAssertFalse(fonts.isEmpty)
            XCTAssertTrue(fonts.allSatisfy { $0.contains("NotoSans") }, "\(fonts)")
        } else {
            XCTFail("pdffonts (poppler-utils) is not installed; run `make setup`")
        }

        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/web/manifest.json"))) as? [String: Any]
        let ids = (manifest?["gambar"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        XCTAssertEqual(ids, ["angka-tpt", "angka-bekerja", "angka-tpak", "tpt-jenis-kelamin", "tpt-daerah", "peta-tpt"])
        // A tile is not a chart (proof-reading 8, N15): its own kind and sequence, and the charts start at Grafik 1.
        let entries = manifest?["gambar"] as? [[String: Any]] ?? []
        XCTAssertEqual(entries.compactMap { $0["nomor"] as? String },
                       ["Angka kunci 1", "Angka kunci 2", "Angka kunci 3", "Grafik 1", "Grafik 2", "Peta 1"])
        XCTAssertEqual(entries.compactMap { $0["jenis"] as? String }, ["angka kunci", "angka kunci", "angka kunci", "grafik", "grafik", "peta"])
        // The tiles stand side by side on a page: one size, whatever their captions' lines (proof-reading 7, #14: 246
        // and 264 px), in the manifest and in the PNGs.
        let tiles = entries.filter { ($0["jenis"] as? String) == "angka kunci" }
        XCTAssertEqual(Set(tiles.compactMap { $0["lebar_px"] as? Int }).count, 1, "\(tiles.map { $0["lebar_px"] ?? "" })")
        XCTAssertEqual(Set(tiles.compactMap { $0["tinggi_px"] as? Int }).count, 1, "\(tiles.map { $0["tinggi_px"] ?? "" })")
        for scale in ["", "@2x"] {
            let sizes = try ["angka-tpt", "angka-bekerja", "angka-tpak"].map { id in
                [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/web/\(id)\(scale).png"))[16..<24])
            }
            XCTAssertEqual(Set(sizes).count, 1, "the tiles' PNG\(scale) sizes differ: \(sizes)")
        }
        let tile = try String(contentsOfFile: out + "/web/angka-tpt.svg", encoding: .utf8)
        XCTAssertTrue(tile.contains(">4,91</text>"), String(tile.prefix(2000)))
        XCTAssertTrue(tile.contains(">turun 0,41 persen poin</text>"), String(tile.prefix(2000)))
        let csv = try String(contentsOfFile: out + "/web/angka-tpt.csv", encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("periode,nilai (persen),peran\r\n2024-08,4.91,angka\r\n2023-08,5.32,pembanding\r\n"), csv)

        // Screens: no text under 9 pt (12 px at 1x) in any SVG of the web export, the map's included.
        for id in ids {
            let svg = try String(contentsOfFile: out + "/web/\(id).svg", encoding: .utf8)
            let sizes = svg.matches(of: /font-size="([0-9.]+)"/).compactMap { Double($0.output.1) }
            XCTAssertFalse(sizes.isEmpty, id)
            XCTAssertGreaterThanOrEqual(sizes.min() ?? 0, 9, "\(id) has text under 12 px at 1x")
        }
    }
}
