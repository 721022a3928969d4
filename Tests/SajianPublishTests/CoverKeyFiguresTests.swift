import Foundation
import SajianLayout
import SajianPublish
import SajianScene
import SajianTestSupport
import XCTest

/// Proof-readings 55 to 57: the covers of the bulletin and the booklets stood half empty under their band, "apart from
/// the logo". A template's `sampul: angka-kunci:` sets its headline figures there, as tiles: each number with its
/// label, period and comparison, the source of them all under them, between the band and the logo, no text over
/// another; the chapters' numbering and lists are as before.
final class CoverKeyFiguresTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    /// The texts of `items` on the page (groups' transforms applied) with their roles, and the images' frames.
    private func placed(_ items: [SceneItem], transform: Transform = .identity, roles: [String] = [])
        -> (texts: [(text: String, box: Rect, roles: [String])], images: [Rect]) {
        var texts: [(String, Rect, [String])] = [], images: [Rect] = []
        for item in items {
            switch item {
            case .group(let group):
                let inner = placed(group.items, transform: transform.concatenating(group.transform), roles: roles + [group.role])
                texts += inner.texts.map { ($0.text, $0.box, $0.roles) }
                images += inner.images
            case .text(let run):
                let a = transform.apply(Point(x: run.bounds.minX, y: run.bounds.minY)), b = transform.apply(Point(x: run.bounds.maxX, y: run.bounds.maxY))
                texts.append((run.text, Rect(x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y), roles))
            case .image(let image):
                let a = transform.apply(Point(x: image.frame.minX, y: image.frame.minY))
                images.append(Rect(x: a.x, y: a.y, width: image.frame.width, height: image.frame.height))
            default: break
            }
        }
        return (texts, images)
    }

    private func checkCover(_ template: String, region: String? = nil, numbers: [String], source: String) throws {
        let scene = try demoScene(template, region: region, catalog: catalog)
        let cover = scene.pages[0]
        let found = placed(cover.items)
        let tiles = found.texts.filter { $0.roles.contains("sampul angka kunci") }
        let name = template + (region.map { " (\($0))" } ?? "")
        for number in numbers { XCTAssertTrue(tiles.contains { $0.text == number }, "\(name): \(number) on the cover: \(tiles.map(\.text))") }
        let sourceLine = tiles.filter { $0.roles.contains("sampul sumber") }.map(\.text).joined(separator: " ")
        XCTAssertTrue(sourceLine.hasPrefix("Sumber: \(source)"), "\(name): \(sourceLine)")
        // Under the band (the title over it), over the logo, inside the margins; no text over another.
        let title = try XCTUnwrap(found.texts.first { !$0.roles.contains("sampul angka kunci") && $0.text.hasPrefix("Bu") }, name)
        let logo = try XCTUnwrap(found.images.first, "\(name): the logo")
        for tile in tiles {
            XCTAssertGreaterThan(tile.box.minY, cover.size.height * 0.5, "\(name): \(tile.text) under the band")
            XCTAssertGreaterThan(tile.box.minY, title.box.maxY, "\(name): \(tile.text) under the title")
            XCTAssertLessThan(tile.box.maxY, logo.minY, "\(name): \(tile.text) over the logo")
            XCTAssertGreaterThanOrEqual(tile.box.minX, title.box.minX - 0.01, "\(name): \(tile.text) inside the left margin")
            XCTAssertLessThanOrEqual(tile.box.maxX, cover.size.width - title.box.minX + 0.01, "\(name): \(tile.text) inside the right margin")
        }
        for (index, a) in tiles.enumerated() {
            for b in tiles[(index + 1)...] where a.box.intersects(b.box) { XCTFail("\(name): \"\(a.text)\" overlaps \"\(b.text)\"") }
        }
    }

    func testTheBulletinsCoverHoldsItsHeadlineFigures() throws {
        try checkCover("Templates/buletin-triwulanan.yaml", numbers: ["4,91", "144,64", "70,63"],
                       source: "BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2023 dan Agustus 2024")
        // The chapters' figures are numbered as before, and no list names the cover's tiles.
        let scene = try demoScene("Templates/buletin-triwulanan.yaml", catalog: catalog)
        let front = scene.pages.prefix(4).flatMap { placed($0.items).texts.map(\.text) }
        XCTAssertFalse(front.contains { $0.hasPrefix("Angka kunci") }, "no list names a cover tile: \(front)")
        XCTAssertTrue(front.contains("Tabel 1.1"), "the first table is still Tabel 1.1: \(front)")
    }

    /// Proof-reading 58: the covers of Papua Barat and Papua compared their TPT with Agustus 2023, which BPS gives on
    /// the 34 provinces' areas (`tidak-sebanding:` in the dataset's metadata), where their own text says it cannot be
    /// compared; the four 2022 provinces' said "belum ada pembanding" and cited Agustus 2023 in their source. A tile
    /// says it cannot be compared with Agustus 2023, and its source names Agustus 2024 alone. A row's comparisons
    /// start on one line whichever change wraps (the UMP tile's had stood 3,8 mm under the TPT tile's).
    func testACoverTileComparesNothingAcrossABreakAndARowsComparisonsStandLevel() throws {
        for code in ["91", "94", "96"] {
            let scene = try demoScene("Templates/buku-saku-provinsi.yaml", region: code, catalog: catalog)
            let tiles = placed(scene.pages[0].items).texts.filter { $0.roles.contains("sampul angka kunci") }
            let joined = tiles.map(\.text).joined(separator: " ")
            XCTAssertTrue(joined.contains("tidak dapat dibandingkan dengan Agustus 2023"), "\(code): \(joined)")
            XCTAssertFalse(joined.contains("dibanding Agustus 2023"), "\(code): \(joined)")
            XCTAssertTrue(joined.contains("Sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024;"), "\(code): \(joined)")
            // The UMP tile's comparison right under its change: a tile that cannot compare sets no line to stand level
            // with (proof-reading 59: a blank line opened between them).
            let change = try XCTUnwrap(tiles.first { $0.text.hasPrefix("naik") }, code), comparison = try XCTUnwrap(tiles.first { $0.text.hasPrefix("dibanding") }, code)
            XCTAssertLessThan(comparison.box.minY - change.box.maxY, change.box.height / 2, "\(code): \(change.box) then \(comparison.box)")
        }
        for code in ["73", "32"] {
            let scene = try demoScene("Templates/buku-saku-provinsi.yaml", region: code, catalog: catalog)
            let comparisons = placed(scene.pages[0].items).texts.filter { $0.roles.contains("sampul angka kunci") && $0.text.hasPrefix("dibanding") }
            XCTAssertEqual(comparisons.count, 2, "\(code): \(comparisons.map(\.text))")
            XCTAssertEqual(comparisons.first?.box.minY ?? 0, comparisons.last?.box.minY ?? 1, accuracy: 0.01, "\(code): the comparisons on one line")
        }
    }

    func testAProvinceBookletsCoverHoldsItsProvincesFigures() throws {
        try checkCover("Templates/buku-saku-provinsi.yaml", region: "73", numbers: ["4,19", "3.657.527"],
                       source: "BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2023 dan Agustus 2024; Kementerian Ketenagakerjaan")
        try checkCover("Templates/buku-saku-kabupaten-kota-jabar.yaml", region: "3272", numbers: ["8,34", "6,75"],
                       source: "BPS dan BPS Provinsi Jawa Barat (melalui Open Data Jabar), Sakernas Agustus 2023 dan Agustus 2024")
    }
}
