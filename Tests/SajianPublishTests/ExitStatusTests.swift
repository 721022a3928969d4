import Foundation
import SajianForms
import SajianTestSupport
import XCTest

/// `sajian`'s exit status, through the built binary: 0 success, 1 a problem in the user's input, 2 wrong use of the
/// command, 3 a failure of the machine; each failure with a message that names what to do.
final class ExitStatusTests: XCTestCase {
    private let template = TestSupport.path("Templates/contoh-inti.yaml")
    private let folder = TestSupport.temporaryDirectory()
    private var catalog: String { folder + "/katalog.sqlite" }

    private func sajian(_ arguments: [String]) throws -> TestSupport.ProcessResult {
        try TestSupport.run(TestSupport.sajianExecutable, arguments, environment: ["SAJIAN_CATALOG": catalog])
    }

    /// A regular file: a path under it can be neither a folder nor a file, whoever runs the test (root included).
    private func regularFile() throws -> String {
        let path = folder + "/berkas-biasa"
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testSuccessExitsWithZero() throws {
        let result = try sajian(["check", template])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "\(template): ok\n")
    }

    func testUnknownDatasetInTheTemplateExitsWithOne() throws {
        let edited = folder + "/salah.yaml"
        let text = try String(contentsOfFile: template, encoding: .utf8)
        let line = try XCTUnwrap(text.components(separatedBy: "\n").firstIndex { $0.hasSuffix("data: ump-provinsi") }) + 1
        try text.replacingOccurrences(of: "data: ump-provinsi", with: "data: ump-propinsi").write(toFile: edited, atomically: true, encoding: .utf8)
        // The texts it includes (`berkas: teks/…`, Konsep dan Definisi) beside it, as in Templates/.
        try? FileManager.default.createSymbolicLink(atPath: folder + "/teks", withDestinationPath: TestSupport.path("Templates/teks"))
        let result = try sajian(["publish", edited, "--datasets", TestSupport.path("Datasets"), "--out", folder + "/keluaran", "--format", "csv"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("\(edited):\(line):15: error: there is no dataset `ump-propinsi`"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/keluaran"), "nothing is written")
    }

    func testWrongUseOfTheCommandExitsWithTwo() throws {
        for arguments in [["publish"], ["publish", template, "--scale", "99"], ["publish", template, "--keluaran", "pdf"],
                          ["publish", template, "--format", "gif"], ["terbitkan", template]] {
            let result = try sajian(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("sajian"), "\(arguments): the message shows the usage: \(result.stderr)")
        }
        let help = try sajian(["publish", "--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("USAGE: sajian publish"), help.stdout)
    }

    func testOutputFolderThatCannotBeMadeExitsWithThree() throws {
        let file = try regularFile(), out = file + "/keluaran"
        let result = try sajian(["publish", template, "--out", out, "--format", "csv"])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("\(out): error: cannot write: \(file) is a file, not a folder"), result.stderr)
        XCTAssertTrue(result.stderr.contains("choose another folder with `--out`"), result.stderr)
        XCTAssertEqual(result.stdout, "", "no path is printed when nothing was written")
    }

    func testBackupThatCannotBeWrittenExitsWithThree() throws {
        XCTAssertEqual(try sajian(["datasets"]).status, 0, "creates the catalog")
        let destination = try regularFile() + "/cadangan.sqlite"
        let result = try sajian(["backup", destination])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("\(destination): error: cannot write the backup:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Check that the folder exists and is writable"), result.stderr)
    }

    func testCatalogInAFolderThatCannotBeMadeExitsWithThree() throws {
        let file = try regularFile(), path = file + "/katalog.sqlite"
        let result = try sajian(["datasets", "--catalog", path])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("\(path): error: the catalog's folder cannot be made: \(file) is a file, not a folder"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Point `--catalog` (or SAJIAN_CATALOG) at a writable folder"), result.stderr)
    }

    func testDamagedBackupForRestoreExitsWithOne() throws {
        let damaged = folder + "/rusak.sqlite"
        try Data(repeating: 0xAB, count: 8192).write(to: URL(fileURLWithPath: damaged))
        let result = try sajian(["restore", damaged])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("\(damaged): error: the backup cannot be read:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Use another backup; the current catalog was left as it was."), result.stderr)
    }

    /// Issue 15: `restore /tmp` said "disk I/O error"; a backup into a missing folder said "SQLite error 14" (exit 2).
    func testRestoreOfAFolderExitsWithOneAndBackupIntoAMissingFolderWithThree() throws {
        XCTAssertEqual(try sajian(["datasets"]).status, 0, "creates the catalog")
        let restore = try sajian(["restore", folder])
        XCTAssertEqual(restore.status, 1, restore.stderr)
        XCTAssertTrue(restore.stderr.hasPrefix("\(folder): error: this is a folder, not a backup file\n"), restore.stderr)
        let missing = folder + "/belum-ada"
        let backup = try sajian(["backup", missing + "/cadangan.sqlite"])
        XCTAssertEqual(backup.status, 3, backup.stderr)
        XCTAssertTrue(backup.stderr.hasPrefix("\(missing)/cadangan.sqlite: error: cannot write the backup: the folder \(missing) does not exist\n"
            + "    Check that the folder exists and is writable: make it first (`mkdir -p \(missing)`)"), backup.stderr)
    }
}
