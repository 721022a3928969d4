import Foundation
import SajianCatalog
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

final class CatalogTests: XCTestCase {
    private let corpus = TestSupport.path("Tests/Corpus")

    private func metadata(_ edit: (inout DatasetMetadataReader.Result) -> Void = { _ in }) throws -> DatasetMetadataReader.Result {
        let problems = DiagnosticCollector()
        var result = try XCTUnwrap(DatasetMetadataReader.read(contentsOf: corpus + "/corpus.yaml", problems: problems))
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        edit(&result)
        return result
    }

    private func read(_ file: String, _ edit: (inout DatasetMetadataReader.Result) -> Void = { _ in }) throws -> DatasetImporter.Imported {
        try DatasetImporter.read(metadata: metadata(edit), dataFile: corpus + "/" + file)
    }

    private func catalog() throws -> Catalog { try Catalog(path: TestSupport.temporaryDirectory() + "/katalog.sqlite") }

    // MARK: Imports that offices really have

    func testExcelIndonesianCSVWithBOMSemicolonsAndSymbols() throws {
        let imported = try read("valid/excel-id.csv")
        let values = imported.dataset.observations.map(\.value)
        XCTAssertEqual(values, [.number(1_234_567), .nothingToReport, .notAvailable, .withheld, .notAvailable],
                       "symbols and blanks are read as what they mean, never as zero")
        XCTAssertEqual(imported.dataset.observations[0].coordinates, ["11", "Aceh", "2024-08"])
    }

    func testWindows1252WhenDeclared() throws {
        let imported = try read("valid/windows-1252.csv") { $0.format.encoding = .windows1252 }
        XCTAssertEqual(imported.dataset.observations[1].coordinates[1], "Sumatera Utara \u{2013} uji")
    }

    func testNumberFormatsParseStrictly() throws {
        let id = ValueParser(locale: .indonesian), en = ValueParser(locale: .english)
        let here = SourceLocation(file: "f.csv", line: 2, column: 5)
        XCTAssertEqual(try id.parse("7.465.599", at: here), .number(7_465_599))
        XCTAssertEqual(try id.parse("4,91", at: here), .number(4.91))
        XCTAssertEqual(try id.parse("-0,41", at: here), .number(-0.41))
        XCTAssertEqual(try en.parse("2,811,449.27", at: here), .number(2_811_449.27))
        XCTAssertEqual(try en.parse("4.91", at: here), .number(4.91))
        XCTAssertThrowsError(try id.parse("4.91", at: here), "a decimal point in a decimal-comma file is an error, not 491")
        XCTAssertThrowsError(try en.parse("1,23", at: here))
        XCTAssertThrowsError(try id.parse("12a", at: here)) { error in
            XCTAssertTrue("\(error)".hasPrefix("f.csv:2:5: error: `12a` is not a number"), "\(error)")
        }
    }

    // MARK: The bad-input corpus

    func testEveryBrokenFileIsRefusedWithFileLineAndColumn() throws {
        let cases: [(file: String, location: String, message: String, edit: (inout DatasetMetadataReader.Result) -> Void)] = [
            ("ragged-rows.csv", ":3:5:", "this row has 4 fields but the header has 5", { _ in }),
            ("wrong-delimiter.csv", ":1:", "the header has no column `kode_wilayah`", { $0.format.delimiter = "," }),
            ("text-in-number.csv", ":3:5:", "`enam ratus` is not a number", { _ in }),
            ("duplicate-keys.csv", ":4:", "this row repeats the key of line 2", { _ in }),
            ("unknown-code.csv", ":3:1:", "`99` is not a code of the reference list for `kode_wilayah`", { _ in }),
            ("invalid-utf8.csv", ":3:15:", "not valid UTF-8", { _ in }),
            ("empty.csv", ":1:", "the data file is empty", { _ in }),
            ("header-only.csv", ":1:", "has a header but no rows", { _ in }),
            ("unclosed-quote.csv", ":3:2:", "a quoted field is never closed", { _ in }),
            ("undeclared-measure.csv", ":2:4:", "measure `jumlah_orang` is not declared", { _ in }),
            ("quarter-out-of-range.csv", ":2:3:", "`2024-Q5` is not a period: the quarter 5 is not 1–4", { _ in }),  // line 2: a quarter where `jenis: bulan`
            ("month-out-of-range.csv", ":3:3:", "`2024-13` is not a period: the month 13 is not 01–12", { _ in }),
            ("period-in-words.csv", ":2:3:", "`kemarin` is not a period: it is not a period code", { _ in }),
        ]
        for item in cases {
            XCTAssertThrowsError(try read(item.file, item.edit), item.file) { error in
                let text = "\(error)"
                XCTAssertTrue(text.hasPrefix(corpus + "/" + item.file + item.location), "\(item.file): \(text)")
                XCTAssertTrue(text.contains(item.message), "\(item.file): \(text)")
                XCTAssertTrue(text.contains("\n    "), "\(item.file) has a hint: \(text)")
            }
        }
    }

    func testUnknownCodeSuggestsTheNearestProvince() throws {
        XCTAssertThrowsError(try read("unknown-code.csv")) { error in
            XCTAssertTrue("\(error)".contains("Nearest: 96 Papua Tengah"), "\(error)")
        }
    }

    func testHugeFieldGivesAShortMessage() throws {
        let path = TestSupport.temporaryDirectory() + "/huge.csv"
        try ("kode_wilayah,wilayah,periode,indikator,nilai\n11,Aceh,2024-08,jumlah," + String(repeating: "9x", count: 1_000_000) + "\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try DatasetImporter.read(metadata: metadata(), dataFile: path)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains(":2:5: error: `9x9x"), text)
            XCTAssertLessThan(text.count, 600)
        }
    }

    func testParsersNeverCrashOnMutatedInput() throws {
        // A small fuzz: random edits of a valid file must either import or throw a DiagnosticError.
        let valid = Array(try Data(contentsOf: URL(fileURLWithPath: corpus + "/valid/excel-id.csv")))
        var generator = SeededGenerator(seed: 20_241_105)
        let alphabet = Array("\";,\n\r.-x9\u{FEFF}".utf8) + [0xFF, 0x00]
        let path = TestSupport.temporaryDirectory() + "/fuzz.csv"
        for _ in 0..<300 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = alphabet.randomElement(using: &generator)!
                case 1: bytes.insert(alphabet.randomElement(using: &generator)!, at: position)
                default: if bytes.count > 1 { bytes.remove(at: position) }
                }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            do { _ = try DatasetImporter.read(metadata: metadata(), dataFile: path) } catch is DiagnosticError {}
        }
    }

    // MARK: Versions, atomicity, backup

    func testImportsBecomeVersionsWithHashes() throws {
        let catalog = try catalog()
        let first = try catalog.add(read("valid/excel-id.csv"))
        XCTAssertEqual(first.version.number, 1)
        XCTAssertTrue(first.isNewVersion)
        XCTAssertEqual(first.version.contentHash.count, 64)
        let again = try catalog.add(read("valid/excel-id.csv"))
        XCTAssertFalse(again.isNewVersion, "identical content adds no version")
        let second = try catalog.add(read("valid/windows-1252.csv") { $0.format.encoding = .windows1252 })
        XCTAssertEqual(second.version.number, 2)
        XCTAssertNotEqual(second.version.contentHash, first.version.contentHash)
        XCTAssertEqual(try catalog.storedDataset("korpus", version: 1).dataset.observations.count, 5)
        XCTAssertEqual(try catalog.storedDataset("korpus", version: nil).version.number, 2)
        XCTAssertEqual(try catalog.storedDataset("korpus", version: 1).dataset.observations[3].value, .withheld)
        let summary = try XCTUnwrap(try catalog.summaries().first)
        XCTAssertEqual([summary.id, "\(summary.versions)", "\(summary.rows)", summary.firstPeriod ?? ""], ["korpus", "2", "2", "2024-08"])
        XCTAssertThrowsError(try catalog.storedDataset("korpus", version: 7))
    }

    func testFailedImportLeavesTheCatalogByteForByte() throws {
        let catalog = try catalog()
        try catalog.add(read("valid/excel-id.csv"))
        let before = try Data(contentsOf: URL(fileURLWithPath: catalog.path))
        for file in ["ragged-rows.csv", "duplicate-keys.csv", "invalid-utf8.csv", "unknown-code.csv"] {
            XCTAssertThrowsError(try catalog.add(read(file)))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: catalog.path)), before)
        XCTAssertEqual(try catalog.storedDataset("korpus", version: nil).version.number, 1)
    }

    func testBackupAndRestoreRoundTripAndRefuseDamage() throws {
        let catalog = try catalog()
        try catalog.add(read("valid/excel-id.csv"))
        let backup = TestSupport.temporaryDirectory() + "/cadangan.sqlite"
        try catalog.backup(to: backup)
        let target = TestSupport.temporaryDirectory() + "/restored.sqlite"
        try Catalog.restore(from: backup, to: target)
        XCTAssertEqual(try Catalog(path: target).storedDataset("korpus", version: 1).dataset.observations.count, 5)

        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        let notACatalog = TestSupport.temporaryDirectory() + "/x.sqlite"
        try Data("this is not sqlite".utf8).write(to: URL(fileURLWithPath: notACatalog))
        XCTAssertThrowsError(try Catalog.restore(from: notACatalog, to: target)) { error in
            XCTAssertTrue("\(error)".contains("left as it was"), "\(error)")
        }
        var damaged = try Data(contentsOf: URL(fileURLWithPath: backup))
        damaged.replaceSubrange(4096..<min(damaged.count, 8192), with: Data(repeating: 0xAB, count: min(damaged.count, 8192) - 4096))
        let damagedPath = TestSupport.temporaryDirectory() + "/damaged.sqlite"
        try damaged.write(to: URL(fileURLWithPath: damagedPath))
        XCTAssertThrowsError(try Catalog.restore(from: damagedPath, to: target))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: target)), before, "a refused restore changes nothing")
    }

    func testKilledImportLeavesThePreviousVersion() throws {
        let folder = TestSupport.temporaryDirectory()
        let catalogPath = folder + "/katalog.sqlite"
        try Catalog(path: catalogPath).add(read("valid/excel-id.csv"))
        // A large file, so that the import is still writing when it is killed.
        var csv = "kode_wilayah,wilayah,periode,indikator,nilai\n"
        for year in Period.years { for code in ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"] {
            for month in 1...12 { for place in 1...7 { csv += "\(code),P\(place),\(year)-\(month < 10 ? "0" : "")\(month),jumlah,\(year)\n" } }
        } }
        try csv.write(toFile: folder + "/besar.csv", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: corpus + "/corpus.yaml", toPath: folder + "/korpus.yaml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.sajianExecutable)
        process.arguments = ["import", folder + "/besar.csv", "--dataset", "korpus", "--catalog", catalogPath]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Watch for the journal until the import has written it or ended, with no time limit: on a busy machine
        // the import may start late, and that must not fail the test.
        var sawWrite = false
        while process.isRunning {
            if FileManager.default.fileExists(atPath: catalogPath + "-journal") { sawWrite = true; break }
            usleep(500)  // between looks, so that the watcher leaves the cores to the import
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertTrue(sawWrite, "the import was killed while it was writing")
        let reopened = try Catalog(path: catalogPath)
        XCTAssertEqual(try reopened.storedDataset("korpus", version: nil).version.number, 1, "the catalog holds the previous version")
        XCTAssertEqual(try reopened.summaries().first?.versions, 1)
    }
}

/// A small deterministic random generator (SplitMix64) so the fuzz test is repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
