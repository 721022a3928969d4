import Foundation
import SajianForms
import SajianTestSupport
import XCTest

/// The map demo through the built `sajian` binary: files, warnings on the command line, PDF text, SVG size.
final class MapPublishTests: XCTestCase {
    private let template = TestSupport.path("Templates/contoh-peta.yaml")
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    private func sajian(_ arguments: [String]) throws -> TestSupport.ProcessResult {
        try TestSupport.run(TestSupport.sajianExecutable, arguments, environment: ["SAJIAN_CATALOG": catalog, "SOURCE_DATE_EPOCH": "1700000000"])
    }

    func testMapDemoPublishesWarnsAndCarriesItsComponents() throws {
        let out = TestSupport.temporaryDirectory()
        let result = try sajian(["publish", template, "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("warning:"), "all 38 provinces have their own boundary: \(result.stderr)")
        for name in ["peta-tpt-provinsi.pdf", "peta-tpt-provinsi.png", "peta-tpt-provinsi.svg", "peta-tpt-provinsi.csv", "contoh-peta.pdf"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/" + name), name)
        }
        let text = try TestSupport.pdfText(out + "/contoh-peta.pdf").replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        for expected in ["Peta 1", "Peta 2", "Tingkat Pengangguran Terbuka (TPT) menurut Provinsi terhadap Angka Nasional, Agustus 2024", "Proyeksi Mercator, datum WGS 84",
                         "Peta indeks: Jawa Barat di Indonesia", "km", "Tingkat Pengangguran Terbuka (persen)",
                         "Batas wilayah dari cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN)",
                         "Sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024"] {
            XCTAssertTrue(text.contains(expected), "publication PDF lacks \(expected)")
        }
        // Proof-reading 26: Peta 2 had keyed one region alone ("Nomor pada peta: 38 Papua Pegunungan"); it is named.
        let pages = try TestSupport.pdfText(out + "/contoh-peta.pdf").components(separatedBy: "\u{0C}")
            .map { $0.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression) }
        let ump = try XCTUnwrap(pages.last { $0.contains("Peta 2 Upah Minimum Provinsi (UMP), 2025") }, "the map's page, after the list of maps")
        XCTAssertFalse(ump.contains("Nomor pada peta"), ump)
        XCTAssertTrue(ump.contains("Papua Pegunungan"), ump)
        // A figure's own PDF is its SVG's layout at finer boundaries, its names placed against the SVG's: the same
        // regions numbered (it had named every province at print type where the PNG and SVG numbered ten, and then,
        // placed against its own finer coasts, named Maluku where they keyed "31"; proof-reading 26 and 27).
        let figurePDF = try TestSupport.pdfText(out + "/peta-tpt-provinsi.pdf").replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        let svgText = try String(contentsOfFile: out + "/peta-tpt-provinsi.svg", encoding: .utf8)
        let svgLines = svgText.matches(of: #/<text[^>]*>([^<]*)</text>/#).map { String($0.output.1) }.joined(separator: " ")
        // Every word the same, the names and the numbers with them; since the standalone maps are 1000 px wide
        // (proof-reading 45: at 800 px they keyed 14 and 11 provinces by number), their few numbers keyed on the map.
        func words(_ text: String) -> Set<String> {
            Set(text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).map(String.init))
        }
        XCTAssertEqual(words(figurePDF), words(svgLines))
        // Keyed by letter, not by the region's number (proof-reading 46, C9: "38" on a TPT map read as a value).
        XCTAssertTrue(svgLines.contains("Huruf pada peta A Papua Pegunungan") && !svgLines.contains("pada peta:"), "the key on the map: \(svgLines)")
        XCTAssertFalse(svgText.contains(">38<"), "no number 38 on the map")
        for name in ["Kalbar", "Kalteng", "Kaltim", "Riau", "Jambi", "Sumsel"] {
            XCTAssertTrue(words(svgLines).contains(name), "\(name) named, not numbered: \(svgLines)")
        }
        let svg = try Data(contentsOf: URL(fileURLWithPath: out + "/peta-tpt-provinsi.svg"))
        XCTAssertLessThan(svg.count, 340_000, "names on every province (issue 14) add glyph outlines")
        let csv = try String(contentsOfFile: out + "/peta-tpt-provinsi.csv", encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("periode,kode_wilayah,kode_kemendagri,wilayah,nilai (persen),kelas_dari,kelas_sampai,label_acuan,nilai_acuan (persen)\r\n"), csv)
        XCTAssertTrue(csv.contains("\r\n2024-08,32,32,Jawa Barat,6.75,5.92,6.75,Indonesia,4.91\r\n"), "the class by its bounds, in the file's numbers: \(csv)")
        XCTAssertTrue(csv.contains("\r\n2024-08,97,95,Papua Pegunungan,"), "BPS and Kemendagri codes: \(csv)")
    }

    func testCheckRefusesAMapWithoutItsHistoryAndNamesTheLine() throws {
        // The first map (the national TPT) gets a boundary file of its own without its history.
        var text = try String(contentsOfFile: template, encoding: .utf8)
        let first = try XCTUnwrap(text.range(of: "        nilai: tpt\n"))
        text.replaceSubrange(first, with: "        nilai: tpt\n        batas: ../Datasets/batas-provinsi.geojson\n")
        let path = TestSupport.path("Templates") + "/.uji-peta-\(UUID().uuidString).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try sajian(["check", path])
        XCTAssertEqual(result.status, 1)
        // At the line of the map's item, wherever the template has it.
        let line = try XCTUnwrap(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("      - jenis: peta-tematik") }) + 1
        XCTAssertTrue(result.stderr.contains(":\(line):9: error: peta-tematik `peta-tpt-provinsi` lacks its keterangan riwayat peta (`riwayat-batas`)"), result.stderr)
    }
}
