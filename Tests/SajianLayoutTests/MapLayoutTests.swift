import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

final class MapLayoutTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private func roles(_ items: [SceneItem]) -> [String] {
        items.flatMap { item -> [String] in
            if case .group(let group) = item { return [group.role] + roles(group.items) }
            return []
        }
    }

    private func pathPoints(_ items: [SceneItem]) -> Int {
        items.reduce(0) { total, item in
            switch item {
            case .group(let group): total + pathPoints(group.items)
            case .shape(let shape): total + shape.path.elements.count
            default: total
            }
        }
    }

    /// PER.03/MEN/II/2009 Pasal 8: judul, nomor, isi peta, skala dan orientasi, legenda, inset dan index peta,
    /// sistem koordinat, sumber dan keterangan riwayat peta, each in the scene.
    func testSceneHoldsAllEightComponents() throws {
        let figure = try MapFixtures.tptMap()
        let scene = layout.standalone(figure, width: 600, height: 375).scene
        let texts = scene.textRuns.map(\.run.text)
        let all = texts.joined(separator: "\n")
        let found = Set(roles(scene.pages[0].items))
        XCTAssertTrue(texts.contains("Peta 1"), "nomor")
        XCTAssertTrue(all.contains("Tingkat Pengangguran Terbuka (TPT) menurut Provinsi, Agustus 2024"), "judul")
        XCTAssertTrue(found.isSuperset(of: ["isi peta", "wilayah", "wilayah Jawa Barat", "wilayah sekitar", "graticule"]), "isi peta: \(found)")
        XCTAssertTrue(found.isSuperset(of: ["skala", "orientasi"]) && texts.contains("U") && texts.contains { $0.hasSuffix(" km") }, "skala dan orientasi")
        XCTAssertTrue(found.contains("legenda") && texts.contains("5,15 – 6,75") && texts.contains("Tingkat Pengangguran Terbuka (persen)"), "legenda")
        XCTAssertTrue(found.contains("inset dan index peta") && texts.joined(separator: " ").contains("Peta indeks: Indonesia di Asia Tenggara"), "inset dan index peta")
        XCTAssertTrue(found.contains("sistem koordinat") && all.contains("Proyeksi Mercator, datum WGS 84"), "sistem koordinat")
        XCTAssertTrue(all.contains("Sumber:\nBPS, Sakernas Agustus 2024"), "sumber, its text hung after its label")
        XCTAssertTrue(all.contains("Batas wilayah dari cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN)"), "keterangan riwayat peta")
        XCTAssertTrue(found.contains("wilayah Papua Pegunungan") && found.contains("wilayah Kalimantan Utara"), "the 38 provinces drawn as themselves")
        XCTAssertTrue(texts.contains("100° BT") && texts.contains("5° LS") && texts.contains("0°") && texts.contains("5° LU"), "graticule labels: \(texts)")
    }

    /// Proof-reading 45, F4: in greyscale print the accent's halo (grey 0,47) was a mid class's grey, and a booklet's
    /// own region read as outlined like any other. The orange halo has a dark rim on its outer edge, within the same
    /// reach; a near-black halo (a diverging map's) needs none.
    func testAnOrangeHaloHasADarkRimThatReadsInGreyscale() throws {
        func strokes(_ extra: String) throws -> [Stroke] {
            let scene = layout.standalone(try MapFixtures.tptMap(extra), width: 600, height: 375).scene
            func find(_ items: [SceneItem]) -> [Stroke] {
                items.flatMap { item -> [Stroke] in
                    guard case .group(let group) = item else { return [] }
                    if group.role == "sorot" { return group.items.compactMap { if case .shape(let shape) = $0 { shape.stroke } else { nil } } }
                    return find(group.items)
                }
            }
            return find(scene.pages[0].items)
        }
        let style = HouseStyle.standard
        let halo = try strokes("sorot: \"32\"")
        let rim = try XCTUnwrap(halo.first, "the halo's strokes")
        XCTAssertEqual(rim.color, style.textColor)
        XCTAssertEqual(halo.dropFirst().first?.color, style.accent)
        let band = try XCTUnwrap(halo.dropFirst().first?.width)
        XCTAssertEqual(rim.width - band, 0.9, accuracy: 0.001, "a rim 0,45 pt wide, the halo's reach the same")
        XCTAssertLessThan(MapColors.luma(rim.color), MapColors.luma(style.accent) - 0.3, "apart from a mid class in grey")
        let diverging = try strokes("sorot: \"32\"\nwarna: divergen")
        XCTAssertEqual(diverging.filter { $0.color == style.textColor }.count, 1, "one near-black halo, no rim: \(diverging)")
    }

    func testNoTextOverlapsAndNothingLeavesTheFigure() throws {
        for extra in ["", "sorot: \"32\""] {
            let scene = layout.standalone(try MapFixtures.tptMap(extra), width: 600, height: 375).scene
            let runs = scene.textRuns.map(\.run)
            let page = Rect(x: 0, y: 0, width: 600, height: 375)
            for run in runs { XCTAssertTrue(page.contains(run.bounds), "\(run.text) leaves the page") }
            for (i, a) in runs.enumerated() {
                for b in runs[(i + 1)...] where a.bounds.intersects(b.bounds) {
                    XCTFail("\"\(a.text)\" overlaps \"\(b.text)\"")
                }
            }
        }
    }

    /// The editor's review 3, finding 15: contoh-peta's diverging Peta 1 drew Indonesia near-black on its index map, a
    /// dark blot beside the other index maps' accent. Proof-readings 54 to 56: on a diverging map the accent's orange is
    /// the side above the value the ramp turns at, and Indonesia in it read as "above". The index marks Indonesia in the
    /// accent on a sequential map, in a dark grey (neither near-black nor either side's hue) on a diverging one; its
    /// neighbours in a mid grey darker than the main map's pale land, which left them unread (proof-reading 56).
    func testIndexMapMarksIndonesiaInTheAccentOrOnADivergingMapInDarkGrey() throws {
        func findGroup(_ role: String, in items: [SceneItem]) -> Group? {
            for item in items {
                guard case .group(let group) = item else { continue }
                if group.role == role { return group }
                if let found = findGroup(role, in: group.items) { return found }
            }
            return nil
        }
        func fills(_ items: [SceneItem]) -> [Color] {
            items.flatMap { item -> [Color] in
                switch item {
                case .group(let group): fills(group.items)
                case .shape(let shape): shape.fill.map { [$0] } ?? []
                default: []
                }
            }
        }
        for extra in ["", "warna: divergen\ntitik-tengah: nasional"] {
            let scene = layout.standalone(try MapFixtures.tptMap(extra), width: 600, height: 375).scene
            let inset = try XCTUnwrap(findGroup("inset dan index peta", in: scene.pages[0].items), extra)
            let colours = fills(inset.items)
            if extra.isEmpty {
                XCTAssertTrue(colours.contains(HouseStyle.standard.accent), "Indonesia in the accent, \(colours)")
            } else {
                XCTAssertFalse(colours.contains(HouseStyle.standard.accent), "\(extra): not the accent, \(colours)")
                XCTAssertTrue(colours.contains(MapColors.indexDivergingMark), "\(extra): Indonesia in dark grey, \(colours)")
            }
            XCTAssertFalse(colours.contains(HouseStyle.standard.textColor), "\(extra): not near-black")
            XCTAssertFalse(colours.contains(MapColors.surroundingLand), "\(extra): the neighbours darker than the main map's land")
            XCTAssertTrue(colours.contains(MapColors.indexNeighbourLand), "\(extra): the neighbours in the index's grey")
            XCTAssertGreaterThan(MapColors.sea.contrastRatio(with: MapColors.indexNeighbourLand), 1.35, "the neighbours read against the sea")
        }
    }

    /// Proof-reading 24: on the map demo's landscape page DKI Jakarta, about 5 pt across, had no disc and its class
    /// was a speck under its leader's dot.
    func testDKIJakartaGetsItsDiscOnALandscapeMap() throws {
        let dump = SceneDump.dump(layout.standalone(try MapFixtures.tptMap(), width: 760, height: 470).scene)
        XCTAssertTrue(dump.contains("group penanda DKI Jakarta"), "no disc for DKI Jakarta")
    }

    /// Proof-reading 24: a ramp turning at the national figure said so only in its note; the legend now marks the
    /// class that ends there, "… – 4,91 (nasional)", and no other.
    func testTheLegendMarksTheClassEndingAtTheNationalFigure() throws {
        let texts = layout.standalone(try MapFixtures.tptMap("warna: divergen\ntitik-tengah: nasional"), width: 600, height: 375)
            .scene.textRuns.map(\.run.text)
        XCTAssertEqual(texts.filter { $0.hasSuffix("(nasional)") }.count, 1, "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasSuffix(" 4,91 (nasional)") }, "\(texts)")
        let plain = layout.standalone(try MapFixtures.tptMap(), width: 600, height: 375).scene.textRuns.map(\.run.text)
        XCTAssertFalse(plain.contains { $0.contains("(nasional)") }, "\(plain)")
    }

    func testRegionsWithoutDataAreHatchedAndInTheLegend() throws {
        let partial = try MapFixtures.bind(MapFixtures.tptMapYAML.replacingOccurrences(of: "{ periode: 2024-08 }", with: "{ periode: 2024-08, kode_wilayah: [31, 32, 33] }")).figure
        let scene = layout.standalone(partial, width: 600, height: 375).scene
        XCTAssertTrue(scene.textRuns.map(\.run.text).contains("Tidak ada data"))
        let dump = SceneDump.dump(scene)
        XCTAssertTrue(dump.contains("group wilayah Aceh\n"), "a region without data is still drawn")
        XCTAssertTrue(dump.contains("stroke=#8c8c8c/0.35"), "with hatching")
    }

    func testPrintToleranceKeepsMoreDetailThanScreen() throws {
        let figure = try MapFixtures.tptMap()
        var print = HouseStyle.standard
        print.mapTolerance = HouseStyle.printMapTolerance
        let screenPoints = pathPoints(layout.standalone(figure, width: 600, height: 375).scene.pages[0].items)
        let printPoints = pathPoints(DocumentLayout(figureLayout: FigureLayout(style: print, measurer: FixedWidthMeasurer()))
            .standalone(figure, width: 600, height: 375).scene.pages[0].items)
        XCTAssertGreaterThan(Double(printPoints), Double(screenPoints) * 1.3, "print \(printPoints), screen \(screenPoints)")
    }

    func testColourRampsReadInGreyscale() {
        for ramp in [MapData.Ramp.sequential, .diverging] {
            for count in 2...7 {
                let greys = MapColors.ramp(ramp, count: count).map(MapColors.luma).sorted()
                XCTAssertEqual(greys.count, count)
                for (a, b) in zip(greys, greys.dropFirst()) {
                    XCTAssertGreaterThan(b - a, 0.1, "\(ramp) \(count): greys \(greys)")
                }
            }
        }
        for count in 2...7 {
            for below in 1..<count {
                let greys = MapColors.ramp(.diverging, count: count, below: below).map(MapColors.luma).sorted()
                for (a, b) in zip(greys, greys.dropFirst()) {
                    XCTAssertGreaterThan(b - a, 0.1 - 1e-9, "diverging \(count) turning after \(below): greys \(greys)")
                }
            }
        }
        let turning = MapColors.ramp(.diverging, count: 5, below: 3)
        XCTAssertGreaterThan(turning[0].blue, turning[0].red, "below the midpoint: blue")
        XCTAssertGreaterThan(turning[4].red, turning[4].blue, "above it: orange")
        XCTAssertGreaterThan(MapColors.luma(turning[2]), MapColors.luma(turning[0]), "lighter towards the midpoint")
        let sequential = MapColors.ramp(.sequential, count: 5).map(MapColors.luma)
        XCTAssertEqual(sequential, sequential.sorted(by: >), "a sequential ramp runs from light to dark")
    }

    /// Proof-reading 41 and 44: Kalimantan Barat's lowest class read as a part of Sarawak, and the names on a mid blue
    /// turned white at 3,8 : 1.
    func testEveryClassStandsApartFromTheLandRoundTheMapAndItsNamesRead() {
        var ramps: [[Color]] = []
        for count in 1...7 {
            ramps.append(MapColors.ramp(.sequential, count: count))
            ramps.append(MapColors.ramp(.diverging, count: count))
            for below in 1..<max(count, 1) { ramps.append(MapColors.ramp(.diverging, count: count, below: below)) }
        }
        let style = HouseStyle.standard
        for colors in ramps {
            for color in colors {
                XCTAssertGreaterThan(color.contrastRatio(with: MapColors.surroundingLand), 1.25, "\(color.hexString) against the land round the map")
                XCTAssertGreaterThan(color.contrastRatio(with: MapColors.sea), 1.4, "\(color.hexString) against the sea")
                XCTAssertGreaterThanOrEqual(color.contrastRatio(with: style.textColor(on: color)), HouseStyle.leastTextContrast, "a name on \(color.hexString)")
            }
        }
        // The colour of more contrast, not a threshold on grey: dark on the mid blue of proof-reading 44.
        XCTAssertEqual(style.textColor(on: Color(hex: 0x5187BE)), style.textColor)
        XCTAssertEqual(style.textColor(on: Color(hex: 0x2166AC)), .white)
        XCTAssertEqual(Color.white.contrastRatio(with: .black), 21, accuracy: 0.001)
        // The accent's bar label: black, not the dark text at 4,5004 : 1 (proof-reading 45).
        XCTAssertEqual(style.textColor(on: style.accent), .black)
        XCTAssertGreaterThan(style.accent.contrastRatio(with: .black), 5.4)
    }

    func testEnglishPublicationsGetEnglishMapWords() throws {
        let figure = try MapFixtures.bind(MapFixtures.tptMapYAML, english: true).figure
        let scene = layout.standalone(figure, width: 600, height: 375).scene
        let texts = scene.textRuns.map(\.run.text)
        let all = texts.joined(separator: " ")
        XCTAssertTrue(texts.contains("Map 1"))
        XCTAssertTrue(texts.contains("100° E") && texts.contains("5° S") && texts.contains("N"), "\(texts)")
        XCTAssertTrue(all.contains("Index map: Indonesia in Southeast Asia"))
        XCTAssertTrue(all.contains("Mercator projection, datum WGS 84"))
        // The bundled file's history note in English.
        XCTAssertTrue(all.contains("Boundaries from cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), codes per Kepmendagri"), all)
        XCTAssertTrue(texts.contains("5.15 – 6.75"), "numbers in the publication's locale")
    }

    func testDegreeLabels() {
        XCTAssertEqual(MapLayoutLabels.degree(100, isLongitude: true), "100° BT")
        XCTAssertEqual(MapLayoutLabels.degree(-5, isLongitude: false), "5° LS")
        XCTAssertEqual(MapLayoutLabels.degree(2.5, isLongitude: false), "2,5° LU")
        XCTAssertEqual(MapLayoutLabels.degree(0, isLongitude: true), "0°")
    }
}
