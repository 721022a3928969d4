import Foundation
import SajianForms
import SajianTestSupport
import XCTest

/// Issue 15: every file Sajian reads or writes stays inside the template's folder, the datasets folder or `--out`.
/// Each reproducer of the red-team pass, through the built binary: refused with its line, nothing written.
final class PathConfinementTests: XCTestCase {
    private let folder = TestSupport.temporaryDirectory()
    private var catalog: String { folder + "/katalog.sqlite" }

    private func sajian(_ arguments: [String]) throws -> TestSupport.ProcessResult {
        try TestSupport.run(TestSupport.sajianExecutable, arguments, environment: ["SAJIAN_CATALOG": catalog])
    }

    /// A template in `folder/Templates` with one bar chart whose lines are `figure`, and the real datasets beside it.
    private func template(_ figure: String, publication: String = "") throws -> String {
        let templates = folder + "/Templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try? FileManager.default.createSymbolicLink(atPath: folder + "/Datasets", withDestinationPath: TestSupport.path("Datasets"))
        let text = "publikasi:\n  judul: Uji\n" + publication + "bab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
        let path = templates + "/uji.yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private let chart = """
        jenis: grafik-batang
        id: tpt
        judul: TPT
        data: tpt-provinsi
        saring: { periode: 2024-08 }
        kategori: wilayah
        nilai: tpt
        sumber: BPS
        """

    func testAnIdThatIsAPathIsRefusedAndNothingIsWritten() throws {
        let path = try template(chart.replacingOccurrences(of: "id: tpt", with: "id: ../../pwned"))
        for command in [["check", path], ["publish", path, "--out", folder + "/keluaran/a/b"]] {
            let result = try sajian(command)
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("\(path):6:13: error: `id: ../../pwned` is not a name"), result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/keluaran"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/pwned.pdf"))
    }

    func testDataThatIsAPathIsRefusedByCheckAndPublishAlike() throws {
        let path = try template(chart.replacingOccurrences(of: "data: tpt-provinsi", with: "data: ../evil/alias"))
        for command in [["check", path], ["publish", path, "--out", folder + "/keluaran"]] {
            let result = try sajian(command)
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("`data: ../evil/alias` is not a name"), result.stderr)
        }
    }

    func testBoundariesAndLogoOutsideTheFoldersAreRefused() throws {
        let map = """
            jenis: peta-tematik
            id: peta
            judul: Peta
            data: tpt-provinsi
            saring: { periode: 2024-08 }
            nilai: tpt
            batas: ../../../../etc/passwd
            riwayat-batas: uji
            sumber: BPS
            """
        let result = try sajian(["check", try template(map)])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("`batas: ../../../../etc/passwd` is outside the template's folder and the datasets folder"), result.stderr)
        XCTAssertFalse(result.stderr.contains("root:"), "nothing of the file is read or quoted")
        let logo = try sajian(["check", try template(chart, publication: "  gaya: { logo: /etc/passwd }\n")])
        XCTAssertEqual(logo.status, 1, logo.stderr)
        XCTAssertTrue(logo.stderr.contains("`logo: /etc/passwd` points outside the folder of"), logo.stderr)
    }

    func testMetadataNamingADataFileElsewhereIsRefused() throws {
        let datasets = folder + "/data"
        try FileManager.default.createDirectory(atPath: datasets, withIntermediateDirectories: true)
        let metadata = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "berkas: tpt-provinsi.csv", with: "berkas: /etc/passwd")
        XCTAssertTrue(metadata.contains("berkas: /etc/passwd"), "the fixture names its data file")
        try metadata.write(toFile: datasets + "/tpt-provinsi.yaml", atomically: true, encoding: .utf8)
        let result = try sajian(["check", try template(chart), "--datasets", datasets])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("`berkas: /etc/passwd` points outside the folder of \(datasets)/tpt-provinsi.yaml"), result.stderr)
        XCTAssertFalse(result.stderr.contains("root:"), "nothing of the file is read or quoted")
    }

    func testImportOfADatasetIdThatIsAPathIsWrongUse() throws {
        let result = try sajian(["import", TestSupport.path("Datasets/tpt-provinsi.csv"), "--dataset", "../x"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("`--dataset ../x` is not a name"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: catalog), "nothing is imported")
    }
}
