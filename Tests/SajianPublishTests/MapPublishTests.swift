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
        for expected in ["Peta 1", "Peta 2", "Tingkat Pengangguran Terbuka (TPT) menurut Provinsi terhadap Angka Nasional, Agustus 2024", "Sistem koordinat geografis",
                         "Peta indeks: letak Jawa Barat di Indonesia", "km", "Tingkat Pengangguran Terbuka (persen)",
                         "Batas wilayah: repositori cahyadsn/wilayah_boundaries (lisensi MIT, © 2024 Cahya DSN)",
                         "Sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024"] {
            XCTAssertTrue(text.contains(expected), "publication PDF lacks \(expected)")
        }
        let svg = try Data(contentsOf: URL(fileURLWithPath: out + "/peta-tpt-provinsi.svg"))
        XCTAssertLessThan(svg.count, 340_000, "names on every province (issue 14) add glyph outlines")
        let csv = try String(contentsOfFile: out + "/peta-tpt-provinsi.csv", encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("periode,kode_wilayah,wilayah,nilai (persen),kelas_dari,kelas_sampai,label_acuan,nilai_acuan (persen)\r\n"), csv)
        XCTAssertTrue(csv.contains("\r\n2024-08,32,Jawa Barat,6.75,5.92,6.75,Indonesia,4.91\r\n"), "the class by its bounds, in the file's numbers: \(csv)")
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
