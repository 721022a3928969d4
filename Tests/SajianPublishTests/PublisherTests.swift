import Foundation
import SajianModel
import SajianPublish
import SajianTestSupport
import XCTest

final class PublisherTests: XCTestCase {
    /// A datasets folder with one small dataset of the given classification.
    private func datasets(classification: String, illustrative: Bool = false) throws -> String {
        let folder = TestSupport.temporaryDirectory()
        try """
            id: contoh
            judul: Contoh
            sumber: Contoh
            klasifikasi: \(classification)
            ilustratif: \(illustrative ? "ya" : "tidak")
            dimensi: [wilayah, periode]
            ukuran:
              jumlah: { satuan: orang, desimal: 0 }
            """.write(toFile: folder + "/contoh.yaml", atomically: true, encoding: .utf8)
        try "wilayah,periode,indikator,nilai\nA,2024,jumlah,1200\nB,2024,jumlah,x\nC,2024,jumlah,-\n"
            .write(toFile: folder + "/contoh.csv", atomically: true, encoding: .utf8)
        return folder
    }

    private func template(audience: String = "publik") throws -> String {
        let path = TestSupport.temporaryDirectory() + "/t.yaml"
        try """
            publikasi: { judul: Uji, audiens: \(audience) }
            bab:
              - isi:
                  - jenis: tabel-tunggal
                    id: tabel
                    judul: Jumlah menurut Wilayah
                    data: contoh
                    baris: wilayah
                    nilai: jumlah
                    sumber: Contoh
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testPublicPublicationRefusesRestrictedData() throws {
        for classification in ["terbatas", "rahasia"] {
            let folder = try datasets(classification: classification)
            XCTAssertThrowsError(try Publisher().check(template: template(), datasetsDirectory: folder)) { error in
                let text = "\(error)"
                XCTAssertTrue(text.contains("the public publication `Uji` uses dataset `contoh`, which is classified \(classification)"), text)
                XCTAssertTrue(text.contains("Pasal 2(2)"), text)
            }
            XCTAssertNoThrow(try Publisher().check(template: template(audience: "internal"), datasetsDirectory: folder))
        }
    }

    func testSymbolsReachThePageWithTheirLegendAndIllustrativeDataIsLabelled() throws {
        let folder = try datasets(classification: "publik", illustrative: true)
        let out = TestSupport.temporaryDirectory()
        let report = try Publisher().publish(template: template(), options: PublishOptions(formats: [.pdf], outputDirectory: out, datasetsDirectory: folder))
        XCTAssertEqual(report.written.count, 2)
        let text = try TestSupport.pdfText(out + "/tabel.pdf")
        XCTAssertTrue(text.contains("1.200"), text)
        XCTAssertTrue(text.contains("Keterangan: - = nihil; x = dirahasiakan"), text)
        XCTAssertTrue(text.contains("Data ilustratif"), text)
    }

    func testBadCSVValueNamesFileLineAndColumn() throws {
        let folder = try datasets(classification: "publik")
        try "wilayah,periode,indikator,nilai\nA,2024,jumlah,1200\nB,2024,jumlah,12a\n"
            .write(toFile: folder + "/contoh.csv", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Publisher().check(template: template(), datasetsDirectory: folder)) { error in
            XCTAssertTrue("\(error)".contains("\(folder)/contoh.csv:3:4: error: `12a` is not a number"), "\(error)")
        }
    }

    func testAtomicWriteLeavesTargetsUntouchedWhenAnyFileFails() throws {
        let folder = TestSupport.temporaryDirectory()
        let target = folder + "/a.png"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try Data().write(to: URL(fileURLWithPath: folder + "/blocked"))  // a file where a folder is needed
        XCTAssertThrowsError(try AtomicFiles.write([(target, Data("new".utf8)), (folder + "/blocked/b.png", Data("b".utf8))]))
        XCTAssertEqual(FileManager.default.contents(atPath: target), Data("old".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["a.png", "blocked"], "no temporary files are left")
    }

    func testSourceDateEpochSetsTheDate() {
        XCTAssertEqual(PublishOptions.buildDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]).timeIntervalSince1970, 1_700_000_000)
    }
}
