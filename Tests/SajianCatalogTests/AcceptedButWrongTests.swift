import Foundation
import SajianCatalog
import SajianModel
import SajianTestSupport
import XCTest

/// Issue 15, "accepted but wrong" and "messages that mislead": data that imported with a wrong value, or was refused
/// with a message that pointed elsewhere. The bad files are in `Tests/Corpus/`, read with `corpus.yaml`.
final class AcceptedButWrongTests: XCTestCase {
    private let corpus = TestSupport.path("Tests/Corpus")

    private func metadata() throws -> DatasetMetadataReader.Result {
        let problems = DiagnosticCollector()
        let result = try XCTUnwrap(DatasetMetadataReader.read(contentsOf: corpus + "/corpus.yaml", problems: problems))
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        return result
    }

    private func read(_ file: String) throws -> DatasetImporter.Imported {
        try DatasetImporter.read(metadata: metadata(), dataFile: corpus + "/" + file)
    }

    /// The whole first line of the error (file, line, column, message) for each value refused.
    func testValuesOutOfRangeNegativeCountsAndRepeatedColumnsAreRefusedAtTheirCell() throws {
        let range = "is outside the range Sajian stores: a number is 0 or between 0.000000001 and 1000000000000000 (10^-9 to 10^15) in magnitude"
        let cases: [(file: String, message: String)] = [
            ("number-too-large.csv", ":3:5: error: the 401-character number `99999999999999999999…` " + range),
            ("number-underflow.csv", ":3:5: error: the 402-character number `0.000000000000000000…` " + range),
            ("negative-count.csv", ":3:5: error: `-638` is negative, but `jumlah` (orang) is a count (an additive measure), which is 0 or more"),
            ("repeated-column.csv", ":1:6: error: the header names `nilai` twice: column 4 and column 6"),
        ]
        for item in cases {
            XCTAssertThrowsError(try read(item.file), item.file) { error in
                let lines = "\(error)".components(separatedBy: "\n")
                XCTAssertEqual(lines.first, corpus + "/" + item.file + item.message)
                XCTAssertEqual(lines.count, 2, "one hint saying what to do: \(error)")
            }
        }
    }

    func testValueParserStatesItsRange() throws {
        let parser = ValueParser(locale: .english), here = SourceLocation(file: "f.csv", line: 2, column: 5)
        XCTAssertEqual(try parser.parse("1000000000000000", at: here), .number(1e15))
        XCTAssertEqual(try parser.parse("-1000000000000000", at: here), .number(-1e15))
        XCTAssertEqual(try parser.parse("0.000000001", at: here), .number(1e-9))
        XCTAssertEqual(try parser.parse("0.000", at: here), .number(0))
        for text in ["1000000000000001", "0.0000000009", "-0.0000000001"] {
            XCTAssertThrowsError(try parser.parse(text, at: here), text) { error in
                XCTAssertEqual("\(error)".components(separatedBy: "\n").first,
                               "f.csv:2:5: error: `\(text)` is outside the range Sajian stores: a number is 0 or between 0.000000001 and 1000000000000000 (10^-9 to 10^15) in magnitude")
            }
        }
    }

    /// Excel writes `,,,,` for a row left blank; it was read as a row whose measure is "".
    func testBlankRowsAreSkippedLikeBlankLines() throws {
        let imported = try read("valid/blank-rows.csv")
        XCTAssertEqual(imported.dataset.observations.map(\.coordinates), [["11", "Aceh", "2024-08"], ["12", "Sumatera Utara", "2024-08"]])
    }

    /// `32` is Jawa Barat: beside the name `Jawa Tengah` (33) one of the two is wrong. Names the list does not hold
    /// in another spelling are left alone; upper case and punctuation do not matter.
    func testCodeBesideAnotherProvincesNameIsAWarningNamingBoth() throws {
        let imported = try read("valid/code-name-mismatch.csv")
        XCTAssertEqual(imported.dataset.observations.count, 3)
        XCTAssertEqual(imported.warnings.map(\.description), [
            corpus + "/valid/code-name-mismatch.csv:2:2: warning: `kode_wilayah` 32 is Jawa Barat in the reference list, but `wilayah` says Jawa Tengah, which is 33\n"
                + "    Check the row: correct the code to 33 or the name to Jawa Barat. The code is what Sajian uses.",
        ])
    }

    /// Without `dimensi:` every row had the same key, and the second row was "a repeat of line 2".
    func testMetadataWithoutDimensionsIsRefusedAsSuch() throws {
        let problems = DiagnosticCollector()
        _ = DatasetMetadataReader.read("id: d\njudul: Uji\nklasifikasi: publik\nukuran:\n  jumlah: { satuan: orang }\n", file: "d.yaml", problems: problems)
        XCTAssertEqual(problems.diagnostics.map(\.description), [
            "d.yaml:1:1: error: dataset `d` declares no `dimensi` (the columns that tell its rows apart)\n"
                + "    Add `dimensi:` with the data file's columns other than the measure and the value, e.g. `dimensi: { kode_wilayah: { kode-referensi: provinsi-bps }, wilayah: {}, periode: { jenis: bulan } }`.",
        ])
    }

    /// `restore /tmp` said "disk I/O error"; a backup into a missing folder said "unable to open database file".
    func testRestoreOfAFolderAndBackupIntoAMissingFolderSayWhatIsWrong() throws {
        let folder = TestSupport.temporaryDirectory()
        let catalog = try Catalog(path: folder + "/katalog.sqlite")
        XCTAssertThrowsError(try Catalog.restore(from: folder, to: folder + "/katalog.sqlite")) { error in
            XCTAssertEqual("\(error)".components(separatedBy: "\n").first, "\(folder): error: this is a folder, not a backup file")
            XCTAssertEqual(Fault(of: error), .input)
        }
        let missing = folder + "/belum-ada/cadangan.sqlite"
        XCTAssertThrowsError(try catalog.backup(to: missing)) { error in
            XCTAssertEqual("\(error)".components(separatedBy: "\n").first,
                           "\(missing): error: cannot write the backup: the folder \(folder)/belum-ada does not exist")
            XCTAssertEqual(Fault(of: error), .system)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["katalog.sqlite"], "nothing was written")
    }
}
