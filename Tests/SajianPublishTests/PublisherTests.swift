import Foundation
import SajianForms
import SajianModel
import SajianCairo
import SajianPublish
import SajianScene
import SajianTestSupport
import XCTest

final class PublisherTests: XCTestCase {
    private let catalogPath = TestSupport.temporaryDirectory() + "/katalog.sqlite"

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
            XCTAssertThrowsError(try Publisher().check(template: template(), datasetsDirectory: folder, catalogPath: catalogPath)) { error in
                let text = "\(error)"
                XCTAssertTrue(text.contains("the public publication `Uji` uses dataset `contoh`, which is classified \(classification)"), text)
                XCTAssertTrue(text.contains("Pasal 2(2)"), text)
            }
            XCTAssertNoThrow(try Publisher().check(template: template(audience: "internal"), datasetsDirectory: folder, catalogPath: catalogPath))
        }
    }

    func testSymbolsReachThePageWithTheirLegendAndIllustrativeDataIsLabelled() throws {
        let folder = try datasets(classification: "publik", illustrative: true)
        let out = TestSupport.temporaryDirectory()
        let report = try Publisher().publish(template: template(), options: PublishOptions(formats: [.pdf], outputDirectory: out, datasetsDirectory: folder, catalogPath: catalogPath))
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
        XCTAssertThrowsError(try Publisher().check(template: template(), datasetsDirectory: folder, catalogPath: catalogPath)) { error in
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

    func testPublishImportsChangedFilesAndRecordsVersionsInOutputs() throws {
        let folder = try datasets(classification: "publik")
        let out = TestSupport.temporaryDirectory()
        let options = PublishOptions(formats: [.pdf, .svg], outputDirectory: out, datasetsDirectory: folder, catalogPath: catalogPath)
        let first = try Publisher().publish(template: template(), options: options)
        XCTAssertEqual(first.imported.map(\.number), [1])
        XCTAssertEqual(try Publisher().publish(template: template(), options: options).imported.count, 0, "unchanged files add no version")
        try "wilayah,periode,indikator,nilai\nA,2024,jumlah,1300\nB,2024,jumlah,x\nC,2024,jumlah,-\n"
            .write(toFile: folder + "/contoh.csv", atomically: true, encoding: .utf8)
        let second = try Publisher().publish(template: template(), options: options)
        XCTAssertEqual(second.imported.map(\.number), [2])
        XCTAssertTrue(try TestSupport.pdfText(out + "/tabel.pdf").contains("1.300"))
        let info = try TestSupport.run(TestSupport.tool("pdfinfo")!, [out + "/tabel.pdf"]).stdout
        XCTAssertTrue(info.contains("Keywords:        Data: contoh v2 (sha256:"), info)
        let svg = try String(contentsOfFile: out + "/tabel.svg", encoding: .utf8)
        XCTAssertTrue(svg.contains("<metadata>Data: contoh v2 (sha256:"), String(svg.prefix(600)))
    }

    func testSmallCellsAreWithheldWithSecondarySuppressionAndNeverReachOutputs() throws {
        let folder = TestSupport.temporaryDirectory()
        try """
            id: kecil
            judul: Kecil
            sumber: Contoh
            ambang-sel-kecil: 5
            klasifikasi: publik
            dimensi: [wilayah, periode]
            ukuran:
              jumlah: { satuan: orang, desimal: 0 }
            """.write(toFile: folder + "/kecil.yaml", atomically: true, encoding: .utf8)
        try "wilayah,periode,indikator,nilai\nA,2024,jumlah,1201\nB,2024,jumlah,3\nC,2024,jumlah,57\nD,2024,jumlah,940\n"
            .write(toFile: folder + "/kecil.csv", atomically: true, encoding: .utf8)
        let path = TestSupport.temporaryDirectory() + "/t.yaml"
        try """
            publikasi: { judul: Uji }
            bab:
              - isi:
                  - jenis: tabel-tunggal
                    id: tabel
                    judul: Jumlah menurut Wilayah
                    data: kecil
                    baris: wilayah
                    nilai: jumlah
                    jumlah: ya
                    sumber: Contoh
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let out = TestSupport.temporaryDirectory()
        try Publisher().publish(template: path, options: PublishOptions(outputDirectory: out, datasetsDirectory: folder, catalogPath: catalogPath))
        let text = try TestSupport.pdfText(out + "/tabel.pdf")
        XCTAssertTrue(text.contains("2.201"), "the total stays: \(text)")
        let csv = try String(contentsOfFile: out + "/tabel.csv", encoding: .utf8)
        XCTAssertEqual(csv, "periode,Wilayah,Jumlah (orang)\r\n2024,A,1201\r\n2024,B,x\r\n2024,C,x\r\n2024,D,940\r\n2024,Jumlah,2201\r\n", "suppressed cells stay x in the CSV")
        XCTAssertTrue(text.contains("1.201") && text.contains("940"), text)
        XCTAssertFalse(text.contains(" 3\n"), "3 is withheld: \(text)")
        XCTAssertFalse(text.contains(" 57"), "57 is withheld with 3, so that 3 cannot be worked out: \(text)")
        // SVG text is drawn as glyph outlines; what an SVG carries as text is its title, desc and metadata.
        let svg = try String(contentsOfFile: out + "/tabel.svg", encoding: .utf8)
        let head = String(svg[svg.range(of: "<title>")!.lowerBound..<svg.range(of: "</desc>")!.upperBound])
        XCTAssertTrue(head.contains("<desc>"), head)
        XCTAssertFalse(head.contains("57"), "no hidden value in the SVG's text: \(head)")
        XCTAssertFalse(head.contains(" 3 "), "no hidden value in the SVG's text: \(head)")
    }

    func testLogoFromTheHouseStyleStandsBesideTheSourceLine() throws {
        // A red 40 × 20 px PNG as the logo.
        let red = Scene(info: DocumentInfo(title: "logo"), pages: [Page(size: Size(width: 30, height: 15), items: [
            .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: 30, height: 15)), fill: Color(hex: 0xFF0000))),
        ])])
        let folder = TestSupport.temporaryDirectory()
        try CairoExport.png(red).write(to: URL(fileURLWithPath: folder + "/logo.png"))
        let templatePath = folder + "/t.yaml"
        try String(contentsOfFile: try template(), encoding: .utf8)
            .replacingOccurrences(of: "publikasi: { judul: Uji, audiens: publik }", with: "publikasi: { judul: Uji, audiens: publik, gaya: { logo: logo.png } }")
            .write(toFile: templatePath, atomically: true, encoding: .utf8)
        let out = TestSupport.temporaryDirectory()
        let data = try datasets(classification: "publik")
        try Publisher().publish(template: templatePath, options: PublishOptions(formats: [.png], outputDirectory: out,
                                                                               datasetsDirectory: data, catalogPath: catalogPath))
        let image = try RGBAImage(png: Data(contentsOf: URL(fileURLWithPath: out + "/tabel.png")))
        // The logo is 24 pt high and 48 pt wide at the bottom right, inside the 16 pt margin.
        let scale = PNGOptions.pixelsPerPoint
        let x = Int((Double(image.width) / scale - 16 - 24) * scale), y = Int((Double(image.height) / scale - 16 - 12) * scale)
        XCTAssertEqual(image.pixel(x: x, y: y), [255, 0, 0, 255])

        try Data("not a png".utf8).write(to: URL(fileURLWithPath: folder + "/logo.png"))
        XCTAssertThrowsError(try Publisher().publish(template: templatePath, options: PublishOptions(outputDirectory: out, datasetsDirectory: data,
                                                                                                    catalogPath: catalogPath))) { error in
            XCTAssertTrue("\(error)".contains("is not a PNG image"), "\(error)")
        }
    }

    func testSourceDateEpochSetsTheDate() {
        XCTAssertEqual(PublishOptions.buildDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]).timeIntervalSince1970, 1_700_000_000)
    }

    /// A PID no process has (searched from the top of Linux's PID range down).
    private func pidOfNoProcess() throws -> pid_t {
        try XCTUnwrap((1..<4_000_000).lazy.map { pid_t(4_194_303 - $0) }.first { kill($0, 0) != 0 && errno == ESRCH })
    }

    /// Issue 15: a run killed between writing its temporary files and renaming them left `.NAME.PID.UUID.tmp` files
    /// that no later run removed. The next run that writes into the folder removes those whose PID is no running
    /// process, and leaves a running process's and other files alone.
    func testPublishRemovesTemporaryFilesOfKilledRuns() throws {
        let folder = try datasets(classification: "publik")
        let out = TestSupport.temporaryDirectory()
        let dead = try pidOfNoProcess()
        let stale = [".x.pdf.\(dead).0F3A9C21.tmp", ".tabel.csv.\(dead).0F3A9C21-77B4-4E1D-9A0E-1C2D3E4F5A6B.tmp"]
        let kept = [".tabel.pdf.\(getpid()).ABCDEF12.tmp", ".catatan.tmp", "x.\(dead).0F3A9C21.tmp"]
        for name in stale + kept { try Data("sisa".utf8).write(to: URL(fileURLWithPath: out + "/" + name)) }
        try Publisher().publish(template: template(), options: PublishOptions(formats: [.csv], outputDirectory: out, datasetsDirectory: folder, catalogPath: catalogPath))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(), (kept + ["tabel.csv"]).sorted())
    }

    /// Issue 15: an id holding NUL left four temporary files: the file system cut their names at the NUL, so they
    /// could not be found to remove. A list with such a path writes nothing.
    func testFailingWriteLeavesNoTemporaryFile() throws {
        let folder = TestSupport.temporaryDirectory()
        XCTAssertThrowsError(try AtomicFiles.write([(folder + "/a.pdf", Data("a".utf8)), (folder + "/b\u{0}c.pdf", Data("b".utf8))])) { error in
            XCTAssertEqual("\(error)".components(separatedBy: "\n").first, "\(folder)/b\\0c.pdf: error: cannot write: the name holds the character NUL")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [])
    }
}
