import Foundation
import SajianModel
import SajianTestSupport
import XCTest

/// The newcomer's path through the built `sajian` (issue 12): import without metadata writes a draft and imports
/// nothing; the same command then imports; `publish` makes a table from it. On a wide CSV with semicolons and
/// decimal commas and on an XLSX with a title row and two heading rows.
final class ImportCommandTests: XCTestCase {
    private func sajian(_ arguments: [String], in folder: String) throws -> TestSupport.ProcessResult {
        try TestSupport.run(TestSupport.sajianExecutable, arguments, in: folder)
    }

    private func newcomersPath(file: String, filter: String, row: String, expect: [String]) throws {
        let folder = TestSupport.temporaryDirectory("sajian-pendatang")
        let name = URL(fileURLWithPath: file).lastPathComponent
        try FileManager.default.copyItem(atPath: CorpusManifest.folder("layouts") + "/" + file, toPath: folder + "/" + name)
        let catalog = folder + "/katalog.sqlite"
        let command = ["import", name, "--dataset", "tk-jabar", "--catalog", catalog]

        let first = try sajian(command, in: folder)
        XCTAssertEqual(first.status, 1, "a draft is not an import: \(first.stdout) \(first.stderr)")
        XCTAssertTrue(first.stdout.contains("wrote a draft to tk-jabar.yaml; nothing was imported"), first.stdout)
        XCTAssertTrue(first.stdout.contains("then run the same command again"), first.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/tk-jabar.yaml"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: catalog), "the draft run never touches the catalog")
        let draft = try String(contentsOfFile: folder + "/tk-jabar.yaml", encoding: .utf8)

        let second = try sajian(command, in: folder)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.hasPrefix("imported tk-jabar v1"), second.stdout)
        XCTAssertEqual(try String(contentsOfFile: folder + "/tk-jabar.yaml", encoding: .utf8), draft, "the draft is never rewritten")

        try """
            publikasi:
              judul: Uji jalur pendatang baru
              penerbit: Sajian (uji)
              bahasa: id
              audiens: publik
            bab:
              - judul: Data
                isi:
                  - jenis: tabel-tunggal
                    id: tabel-uji
                    judul: Tabel dari lembar yang diimpor
                    data: tk-jabar
                    saring: { periode: "\(filter)" }
                    baris: \(row)
                    nilai: tpt
                    sumber: dari metadata yang didraf
            """.write(toFile: folder + "/uji.yaml", atomically: true, encoding: .utf8)
        let third = try sajian(["publish", "uji.yaml", "--format", "pdf", "--out", "keluaran", "--catalog", catalog, "--datasets", folder], in: folder)
        XCTAssertEqual(third.status, 0, third.stderr)
        let text = try TestSupport.pdfText(folder + "/keluaran/tabel-uji.pdf")
        for expected in expect { XCTAssertTrue(text.contains(expected), "\(expected) in\n\(text)") }
    }

    func testWideSemicolonCSVInThreeCommands() throws {
        try newcomersPath(file: "jabar-tpt-umk-2023-lebar.csv", filter: "2023", row: "wilayah",
                          expect: ["Kota Cimahi", "10,52", "Kab. Bogor", "8,47"])
    }

    func testXLSXWithTitleAndYearOverMonthsInThreeCommands() throws {
        try newcomersPath(file: "tpt-provinsi-bulan.xlsx", filter: "2024-08", row: "wilayah",
                          expect: ["Jawa Barat", "6,75", "Papua Pegunungan", "1,32"])
    }

    func testReimportPrintsTheChanges() throws {
        let folder = TestSupport.temporaryDirectory("sajian-ulang")
        let layouts = CorpusManifest.folder("layouts")
        try FileManager.default.copyItem(atPath: layouts + "/jabar-tpt-umk-2023-lebar.yaml", toPath: folder + "/jabar-tpt-umk-2023.yaml")
        let csv = try String(contentsOfFile: layouts + "/jabar-tpt-umk-2023-lebar.csv", encoding: .utf8)
        try csv.write(toFile: folder + "/lembar.csv", atomically: true, encoding: .utf8)
        let command = ["import", "lembar.csv", "--dataset", "jabar-tpt-umk-2023", "--catalog", folder + "/katalog.sqlite"]
        XCTAssertEqual(try sajian(command, in: folder).status, 0)
        // A revision simulated for the test (never published).
        try csv.replacingOccurrences(of: "3273;Kota Bandung;8,83;", with: "3273;Kota Bandung;8,84;")
            .write(toFile: folder + "/lembar.csv", atomically: true, encoding: .utf8)
        let again = try sajian(command, in: folder)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("imported jabar-tpt-umk-2023 v2"), again.stdout)
        XCTAssertTrue(again.stdout.contains("changes against the previous version: 0 rows added, 0 removed, 1 changed\n    Kota Bandung 2023 tpt: 8,83 → 8,84"), again.stdout)
    }
}
