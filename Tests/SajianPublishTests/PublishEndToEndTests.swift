import Foundation
import SajianForms
import SajianPublish
import SajianTestSupport
import XCTest

/// Runs the built `sajian` binary as a user would.
final class PublishEndToEndTests: XCTestCase {
    private let template = TestSupport.path("Templates/contoh-inti.yaml")
    private let datasets = TestSupport.path("Datasets")

    /// A catalog of the test's own, so that runs never touch the user's.
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    private func sajian(_ arguments: [String], environment: [String: String] = [:]) throws -> TestSupport.ProcessResult {
        try TestSupport.run(TestSupport.sajianExecutable, arguments, environment: environment.merging(["SAJIAN_CATALOG": catalog]) { $1 })
    }

    /// A copy of the demo template with `edit` applied, in a temporary folder.
    private func editedTemplate(_ edit: (String) -> String) throws -> String {
        let text = try String(contentsOfFile: template, encoding: .utf8)
        let folder = TestSupport.temporaryDirectory()
        let path = folder + "/edited.yaml"
        try edit(text).write(toFile: path, atomically: true, encoding: .utf8)
        // The texts it includes (`berkas: teks/…`, Konsep dan Definisi) beside it, as in Templates/.
        try FileManager.default.createSymbolicLink(atPath: folder + "/teks", withDestinationPath: TestSupport.path("Templates/teks"))
        return path
    }

    func testPublishWritesEveryFigureInEveryFormatAndPrintsThePaths() throws {
        let out = TestSupport.temporaryDirectory()
        let result = try sajian(["publish", template, "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        let printed = result.stdout.split(separator: "\n").map(String.init)
        // Every block but narasi is a figure, written in four formats.
        let figures = try String(contentsOfFile: template, encoding: .utf8).components(separatedBy: "- jenis:").dropFirst()
            .filter { !$0.hasPrefix(" narasi") }.count
        XCTAssertEqual(printed.count, figures * 4 + 1, result.stdout)
        for path in printed { XCTAssertTrue(FileManager.default.fileExists(atPath: path), path) }
        let text = try TestSupport.pdfText(out + "/contoh-inti.pdf")
        for expected in ["Grafik 1", "Grafik 2", "Grafik 3", "Grafik 4", "Tabel 1", "Tabel 2", "Tabel 3", "SD ke bawah 35,8 persen", "Sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024",
                         "Tingkat Pengangguran Terbuka (TPT) menurut Provinsi, Agustus 2024", "6,75", "139,85", "5.396.761"] {
            XCTAssertTrue(text.contains(expected), "publication PDF lacks \(expected)")
        }
        XCTAssertFalse(text.contains("6.75"), "numbers are in Indonesian format")
        let csv = try String(contentsOfFile: out + "/pengangguran-umur.csv", encoding: .utf8)
        // In persons, as the data has them, not as the table rounds them in thousands (proof-reading 20 and 23): 7.465.599 orang.
        XCTAssertTrue(csv.hasPrefix("Golongan umur (tahun),Pengangguran (orang) - Agustus 2023 - Pernah bekerja,"), csv)
        XCTAssertTrue(csv.contains("\r\nJumlah,3789125,4065950,7855075,3497369,3968230,7465599\r\n"), "machine-readable numbers: \(csv)")
    }

    func testFormatsAndScaleAreHonoured() throws {
        let out = TestSupport.temporaryDirectory()
        let result = try sajian(["publish", template, "--out", out, "--format", "png", "--scale", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        XCTAssertTrue(files.allSatisfy { $0.hasSuffix(".png") }, "only the asked format: \(files)")
        XCTAssertTrue(Set(files).isSuperset(of: ["bekerja-pendidikan.png", "pengangguran-umur.png", "tpt-provinsi.png", "ump-provinsi.png"]), "\(files)")
        let image = try RGBAImage(png: Data(contentsOf: URL(fileURLWithPath: out + "/tpt-provinsi.png")))
        XCTAssertEqual([image.width, image.height], [1600, 2000], "800x1000 px at 2x")
    }

    func testSameInputGivesIdenticalBytesWithSourceDateEpoch() throws {
        let first = TestSupport.temporaryDirectory(), second = TestSupport.temporaryDirectory()
        XCTAssertEqual(try sajian(["publish", template, "--out", first], environment: ["SOURCE_DATE_EPOCH": "1700000000"]).status, 0)
        XCTAssertEqual(try sajian(["publish", template, "--out", second], environment: ["SOURCE_DATE_EPOCH": "1700000000"]).status, 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: first) {
            XCTAssertEqual(FileManager.default.contents(atPath: "\(first)/\(name)"), FileManager.default.contents(atPath: "\(second)/\(name)"), name)
        }
        let info = try TestSupport.run(TestSupport.tool("pdfinfo")!, [first + "/contoh-inti.pdf"]).stdout
        XCTAssertTrue(info.contains("2023"), "the creation date comes from SOURCE_DATE_EPOCH: \(info)")
    }

    /// The demo template without the UMP table's own `sumber:`.
    private func templateWithoutUMPSource() throws -> String {
        try editedTemplate {
            $0.replacingOccurrences(of: "        sumber: Kementerian Ketenagakerjaan, Upah Minimum Provinsi di Indonesia Tahun 2024 dan 2025\n", with: "")
        }
    }

    func testFigureWithoutSumberTakesItsDatasetsSumber() throws {
        let out = TestSupport.temporaryDirectory()
        let result = try sajian(["publish", try templateWithoutUMPSource(), "--datasets", datasets, "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try TestSupport.pdfText(out + "/edited.pdf")
        XCTAssertTrue(text.contains("Sumber: Kementerian Ketenagakerjaan, Upah Minimum Provinsi di Indonesia Tahun 2024 dan 2025"),
                      "the sumber of Datasets/ump-provinsi.yaml: \(text)")
    }

    func testFigureWithoutSumberIsRefusedAndNothingIsWritten() throws {
        let edited = try templateWithoutUMPSource()
        // Datasets whose UMP metadata names no sumber either.
        let datasets = TestSupport.temporaryDirectory() + "/Datasets"
        try FileManager.default.copyItem(atPath: self.datasets, toPath: datasets)
        let metadata = datasets + "/ump-provinsi.yaml"
        let lines = try String(contentsOfFile: metadata, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter { $0.hasPrefix("sumber:") }.count, 1)
        try lines.filter { !$0.hasPrefix("sumber:") }.joined(separator: "\n").write(toFile: metadata, atomically: true, encoding: .utf8)
        let out = TestSupport.temporaryDirectory()
        let previous = out + "/ump-provinsi.png"
        try Data("old".utf8).write(to: URL(fileURLWithPath: previous))
        for command in ["check", "publish"] {
            let arguments = command == "check" ? [command, edited, "--datasets", datasets] : [command, edited, "--datasets", datasets, "--out", out]
            let result = try sajian(arguments)
            XCTAssertEqual(result.status, 1, "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(edited + ":"), "names the template: \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("`ump-provinsi`"), "names the figure: \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("sumber data"), "names the component: \(result.stderr)")
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), ["ump-provinsi.png"])
        XCTAssertEqual(FileManager.default.contents(atPath: previous), Data("old".utf8), "the old file is untouched")
    }

    func testCheckAcceptsTheDemoAndReportsEveryProblemWithLines() throws {
        let ok = try sajian(["check", template])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let edited = try editedTemplate {
            $0.replacingOccurrences(of: "data: tpt-provinsi", with: "data: tpt-propinsi")
                .replacingOccurrences(of: "nilai: penduduk_bekerja", with: "nilai: penduduk_kerja")
        }
        let result = try sajian(["check", edited, "--datasets", datasets])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("there is no dataset `tpt-propinsi`"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Did you mean `data: tpt-provinsi`?"), result.stderr)
        XCTAssertTrue(result.stderr.contains("has no measure `penduduk_kerja`"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(edited):59:15:"), "the line of the dataset reference: \(result.stderr)")
    }

    func testWrongUsageExitsWithTwo() throws {
        XCTAssertEqual(try sajian(["publish"]).status, 2)
        XCTAssertEqual(try sajian(["publish", template, "--format", "gif"]).status, 2)
        XCTAssertEqual(try sajian(["terbitkan"]).status, 2)
        XCTAssertEqual(try sajian(["--help"]).status, 0)
    }

    func testMissingTemplateIsAnInputError() throws {
        let result = try sajian(["check", "Templates/tidak-ada.yaml"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("Templates/tidak-ada.yaml: error: cannot read the template"), result.stderr)
    }
}
