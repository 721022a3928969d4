import Foundation
import SajianModel
import SajianPublish
import SajianTestSupport
import XCTest

/// Figure size, `--scale` and the pixels they make together, refused before any picture is drawn.
final class PublishLimitTests: XCTestCase {
    private let folder = TestSupport.temporaryDirectory()

    private func template(size: String) throws -> String {
        let path = folder + "/besar.yaml"
        try """
            publikasi: { judul: Uji }
            bab:
              - isi:
                  - jenis: tabel-tunggal
                    id: besar
                    judul: TPT menurut Provinsi
                    data: tpt-provinsi
                    saring: { periode: 2024-08 }
                    baris: wilayah
                    nilai: tpt
                    ukuran: \(size)
                    sumber: BPS
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testPNGBeyondFortyMegapixelsAtTheAskedScaleIsRefusedAtTheFigure() throws {
        let path = try template(size: "5000x5000")
        let options = PublishOptions(formats: [.png], outputDirectory: folder + "/keluaran", datasetsDirectory: TestSupport.path("Datasets"),
                                     catalogPath: folder + "/katalog.sqlite", scale: 2)
        XCTAssertThrowsError(try Publisher().publish(template: path, options: options)) { error in
            XCTAssertEqual("\(error)", """
                \(path):4:9: error: figure `besar`: its PNG at scale 2 would be 10000 × 10000 px (100.0 megapixels); a PNG has at most 40 megapixels and 20000 px a side
                    Make the figure smaller with `ukuran:`, shorten what makes it tall (rows, `catatan:`), or publish with a lower `--scale`.
                """)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/keluaran/besar.png"))
    }

    func testScaleBeyondFourIsWrongUseOfTheCommand() throws {
        let result = try TestSupport.run(TestSupport.sajianExecutable, ["publish", try template(size: "800x500"), "--scale", "5", "--format", "csv"],
                                         environment: ["SAJIAN_CATALOG": folder + "/katalog.sqlite"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("--scale must be between 0.25 and 4 (a PNG has at most 40 megapixels)"), result.stderr)
        XCTAssertEqual(PublishOptions.scales, 0.25...4)
    }
}
