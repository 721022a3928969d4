import Foundation
import SajianCatalog
import SajianModel
import SajianTestSupport
import XCTest

/// Wide tables, the open-data shape, stricter periods and problems reported together (issue 12).
final class LayoutTests: XCTestCase {
    private let folder = CorpusManifest.folder("layouts")

    private func metadata(_ name: String, edit: (inout String) -> Void = { _ in }) throws -> DatasetMetadataReader.Result {
        var text = try String(contentsOfFile: folder + "/\(name).yaml", encoding: .utf8)
        edit(&text)
        let problems = DiagnosticCollector()
        let result = DatasetMetadataReader.read(text, file: folder + "/\(name).yaml", problems: problems)
        try problems.throwIfErrors()
        return try XCTUnwrap(result)
    }

    private func read(_ file: String, edit: (inout String) -> Void = { _ in }) throws -> DatasetImporter.Imported {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return try DatasetImporter.read(metadata: metadata(name, edit: edit), dataFile: folder + "/" + file)
    }

    private static func summary(_ observations: [Observation]) -> String {
        func line(_ observation: Observation) -> String {
            observation.coordinates.joined(separator: " | ") + " | \(observation.measure) = \(observation.value)"
        }
        return "\(observations.count) rows; first: \(line(observations.first!)); last: \(line(observations.last!))"
    }

    func testEveryLayoutFileIsReadAsItsEntrySays() throws {
        let companions = Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") })
        try CorpusManifest.check("layouts", companions: companions) { path in
            Self.summary(try read(URL(fileURLWithPath: path).lastPathComponent).dataset.observations)
        }
    }

    func testOpenDataExportKeepsEveryFigure() throws {
        let imported = try read("jabar-tpt-kabkota-2007-2024.csv")
        XCTAssertEqual(imported.dataset.observations.count, 424)
        let cimahi = imported.dataset.observations.first { $0.coordinates == ["3277", "KOTA CIMAHI", "2023"] }
        XCTAssertEqual(cimahi?.value, .number(10.52), "checked against the press (SOURCES.md)")
        XCTAssertEqual(imported.dataset.observations.first?.measure, "tpt")
    }

    func testWideSemicolonSheetReadsDecimalCommasAndItsSourceLine() throws {
        let imported = try read("jabar-tpt-umk-2023-lebar.csv")
        XCTAssertEqual(imported.dataset.observations.count, 27 * 2)
        XCTAssertEqual(imported.dataset.observations[0].coordinates, ["3201", "Kab. Bogor", "2023"])
        XCTAssertEqual(imported.dataset.observations[0].value, .number(8.47))
        XCTAssertEqual(imported.dataset.observations[1].measure, "umk")
        XCTAssertEqual(imported.dataset.observations[1].value, .number(4_520_212.25))
        XCTAssertEqual(imported.footer.count, 1)
        XCTAssertTrue(imported.footer[0].hasPrefix("Sumber: BPS Provinsi Jawa Barat"), imported.footer[0])
    }

    func testYearOverMonthsBecomesMonthPeriods() throws {
        let observations = try read("tpt-provinsi-bulan.xlsx").dataset.observations
        XCTAssertEqual(Set(observations.map { $0.coordinates[1] }), ["2023-02", "2023-08", "2024-02", "2024-08", "2025-02"])
        let jabar = observations.first { $0.coordinates == ["Jawa Barat", "2024-08"] }
        XCTAssertEqual(jabar?.value, .number(6.75), "BPS: Jawa Barat, Agustus 2024")
    }

    func testBPSDownloadHasAColumnPerYear() throws {
        let observations = try read("jatim-tpt-kabkota-2001-2025-bps-layout.xlsx").dataset.observations
        XCTAssertEqual(observations.count, 39 * 25)
        XCTAssertEqual(observations.last?.coordinates, ["Jawa Timur", "2025"])
        XCTAssertEqual(observations.first { $0.coordinates == ["Kota Surabaya", "2024"] }?.value, .number(4.91))
    }

    func testPeriodHeadingsAsOfficesWriteThem() {
        let cases = ["2024-02": "2024-02", "Februari 2024": "2024-02", "Agustus 2024": "2024-08", "Feb-24": "2024-02",
                     "Agu 2024": "2024-08", "Triwulan I 2024": "2024-Q1", "Triwulan IV 2023": "2023-Q4", "Semester 2 2024": "2024-S2",
                     "2024 Februari": "2024-02", "TPT (Persen) 2001": "2001", "2024": "2024"]
        for (heading, code) in cases { XCTAssertEqual(PeriodHeading.code(of: heading), code, heading) }
        for heading in ["Kabupaten/Kota", "2023 2024", "Februari Agustus 2024", "Triwulan V 2024", "kode_kabupaten_kota", "Feb"] {
            XCTAssertNil(PeriodHeading.code(of: heading), heading)
        }
    }

    // MARK: Stricter, all at once

    private func write(_ text: String, name: String = "tpt-provinsi-bulan.csv") -> String {
        let path = TestSupport.temporaryDirectory() + "/" + name
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testAPeriodOfTheWrongKindIsRefused() throws {
        let source = try metadata("tpt-provinsi-bulan") { $0 = $0.replacingOccurrences(of: "baris-judul: 1\nbaris-kepala: 2\n", with: "") }
        let path = write("Provinsi,2024-08,2024,2024-13\nAceh,5.75,5.5,5.1\n")
        XCTAssertThrowsError(try DatasetImporter.read(metadata: source, dataFile: path)) { error in
            let lines = (error as? DiagnosticError)?.diagnostics.map(\.description) ?? []
            XCTAssertEqual(lines.count, 2, "\(lines)")
            XCTAssertTrue(lines[0].hasPrefix(path + ":2:3: error: `2024` is not a period of the kind `periode` declares (`jenis: bulan`)"), lines[0])
            XCTAssertTrue(lines[1].hasPrefix(path + ":2:4: error: `2024-13` is not a period: the month 13 is not 01–12"), lines[1])
        }
    }

    func testProblemsAreReportedTogetherUpToTwenty() throws {
        let source = try metadata("tpt-provinsi-bulan") { $0 = $0.replacingOccurrences(of: "baris-judul: 1\nbaris-kepala: 2\n", with: "") }
        var text = "Provinsi,2024-08\n"
        for index in 1...25 { text += "P\(index),lima\n" }
        let path = write(text)
        XCTAssertThrowsError(try DatasetImporter.read(metadata: source, dataFile: path)) { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.count, 21)
            XCTAssertEqual(diagnostics[0].location, SourceLocation(file: path, line: 2, column: 2))
            XCTAssertEqual(diagnostics[19].location, SourceLocation(file: path, line: 21, column: 2))
            XCTAssertEqual(diagnostics[20].message, "… and 5 more problems in this file")
            XCTAssertTrue(diagnostics.allSatisfy { $0.hint != nil })
        }
    }

    func testAColumnThatIsNoPartIsNamed() throws {
        let source = try metadata("jabar-tpt-umk-2023-lebar")
        let path = write("judul;;;;\nKode;Kabupaten/Kota;TPT (%);UMK (Rp);Catatan kolom\n3201;Kab. Bogor;8,47;1;x\n", name: "x.csv")
        XCTAssertThrowsError(try DatasetImporter.read(metadata: source, dataFile: path)) { error in
            XCTAssertTrue("\(error)".hasPrefix(path + ":2:5: error: the column `Catatan kolom` is neither a dimension nor a measure"), "\(error)")
            XCTAssertTrue("\(error)".contains("`abaikan:`"), "\(error)")
        }
    }

    func testFailedWideImportLeavesTheCatalogByteForByte() throws {
        let catalog = try Catalog(path: TestSupport.temporaryDirectory() + "/katalog.sqlite")
        try catalog.add(read("jabar-tpt-umk-2023-lebar.csv"))
        let before = try Data(contentsOf: URL(fileURLWithPath: catalog.path))
        let source = try metadata("jabar-tpt-umk-2023-lebar")
        let path = write("judul;;;\nKode;Kabupaten/Kota;TPT (%);UMK (Rp)\n3201;Kab. Bogor;8,47;1\n3201;Kab. Bogor;8,47;1\n", name: "x.csv")
        XCTAssertThrowsError(try catalog.add(DatasetImporter.read(metadata: source, dataFile: path)))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: catalog.path)), before)
    }

    // MARK: The change report

    func testReimportReportsWhatChanged() throws {
        let old = try read("jabar-tpt-umk-2023-lebar.csv").dataset
        let path = TestSupport.temporaryDirectory() + "/lebar.csv"
        var text = try String(contentsOfFile: folder + "/jabar-tpt-umk-2023-lebar.csv", encoding: .utf8)
        // A revision simulated for the test (never published): one value changed, one region's row removed.
        text = text.replacingOccurrences(of: "3273;Kota Bandung;8,83;", with: "3273;Kota Bandung;8,84;")
            .replacingOccurrences(of: "3279;Kota Banjar;5,43;1.998.119,05\n", with: "")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let new = try DatasetImporter.read(metadata: metadata("jabar-tpt-umk-2023-lebar"), dataFile: path).dataset
        let report = ChangeReport(from: old, to: new)
        XCTAssertEqual([report.added, report.removed, report.changed], [0, 2, 1])
        XCTAssertEqual(report.examples, ["Kota Bandung 2023 tpt: 8,83 → 8,84", "− Kota Banjar 2023 tpt: 5,43", "− Kota Banjar 2023 umk: 1.998.119,05"])
        XCTAssertEqual(report.lines[0], "changes against the previous version: 0 rows added, 2 removed, 1 changed")
        XCTAssertTrue(ChangeReport(from: old, to: old).isEmpty)
    }

    // MARK: Drafted metadata

    func testDraftOfAWideSheetImportsAsTheHandWrittenMetadata() throws {
        let draft = try MetadataDraft.make(file: folder + "/jabar-tpt-umk-2023-lebar.csv", id: "tk-jabar", sheet: nil,
                                           dataFileName: "jabar-tpt-umk-2023-lebar.csv")
        for line in ["tata-letak: \"lebar\"", "pemisah: \";\"", "format-angka: \"id\"", "baris-judul: \"1\"",
                     "sumber: \"BPS Provinsi Jawa Barat (TPT, Sakernas Agustus) dan Disnakertrans Jawa Barat (UMK), melalui Open Data Jabar\"",
                     "  kode_wilayah:\n    kolom: \"Kode\"", "  tpt:\n    kolom: \"TPT (%)\"\n    nama: \"TPT\"\n    satuan: \"persen\"\n    desimal: 2",
                     "  umk:\n    kolom: \"UMK (Rp)\"\n    nama: \"UMK\"\n    satuan: \"rupiah\"\n    desimal: 2",
                     "  periode:\n    jenis: \"tahun\"\n    nilai: \"2023\""] {
            XCTAssertTrue(draft.text.contains(line), "\(line)\n---\n\(draft.text)")
        }
        XCTAssertTrue(draft.guesses.contains("layout: lebar, 1 title line(s) above the table, 27 rows of data, 1 line(s) under the table read as notes"), "\(draft.guesses)")
        let problems = DiagnosticCollector()
        let source = try XCTUnwrap(DatasetMetadataReader.read(draft.text, file: folder + "/tk-jabar.yaml", problems: problems))
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        let drafted = try DatasetImporter.read(metadata: source, dataFile: folder + "/jabar-tpt-umk-2023-lebar.csv").dataset
        let written = try read("jabar-tpt-umk-2023-lebar.csv").dataset
        XCTAssertEqual(drafted.observations, written.observations)
    }

    func testDraftOfEachLayoutReadsBack() throws {
        let expected: [String: [String]] = [
            "jabar-tpt-kabkota-2007-2024.csv": ["layout: data-terbuka, 424 rows of data", "dimension `kode_wilayah` (column `kode_kabupaten_kota`)",
                                                "dimension `periode` (column `tahun`), periods of kind tahun",
                                                "measure `tpt` (column `tingkat_pengangguran_terbuka`): unit persen, 2 decimals"],
            "jabar-umk-kabkota-2017-2023.csv": ["measure `upah_minimum` (column `besaran_upah_minimum`): unit rupiah, 2 decimals"],
            "jatim-tpt-kabkota-2001-2025-bps-layout.xlsx": ["layout: lebar, 2 heading rows, 39 rows of data", "measure `tpt`: unit persen, 2 decimals"],
            "tpt-provinsi-bulan.xlsx": ["layout: lebar, 1 title line(s) above the table, 2 heading rows, 39 rows of data, 1 line(s) under the table read as notes",
                                        "dimension `wilayah` (column `Provinsi`), 39 of 39 values match nama provinsi"],
        ]
        for (file, guesses) in expected {
            let draft = try MetadataDraft.make(file: folder + "/" + file, id: "uji", sheet: nil, dataFileName: file)
            for guess in guesses { XCTAssertTrue(draft.guesses.contains(guess), "\(file): \(guess)\n\(draft.guesses.joined(separator: "\n"))") }
            let problems = DiagnosticCollector()
            let source = try XCTUnwrap(DatasetMetadataReader.read(draft.text, file: folder + "/uji.yaml", problems: problems), file)
            XCTAssertEqual(problems.diagnostics.map(\.description), [], file)
            let drafted = try DatasetImporter.read(metadata: source, dataFile: folder + "/" + file).dataset.observations
            let written = try read(file).dataset.observations
            XCTAssertEqual(drafted.map(\.value), written.map(\.value), file)
        }
    }
}
