@testable import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// Issue 14, defect 8: region names on maps. No name's box overlaps another's or has a drawn line through it but its
/// own leader; its colour follows the fill under every part of it; the highlighted region is always named; the
/// frame is as tight as the data; a tiny highlight is ringed on the index map; diverging ramps part at both ends.
final class MapLabelTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private func groups(_ items: [SceneItem], role: String) -> [Group] {
        items.flatMap { item -> [Group] in
            guard case .group(let group) = item else { return [] }
            return (group.role == role ? [group] : []) + groups(group.items, role: role)
        }
    }

    private func scene(_ extra: String, yaml: String = MapFixtures.tptMapYAML, width: Double = 600, height: Double = 375) throws -> Scene {
        layout.standalone(try MapFixtures.bind(yaml + "\n" + extra).figure, width: width, height: height).scene
    }

    /// Proof-reading 16, #4 and 17, #1: DKI Jakarta, about 3 pt across on a national map, showed no class colour under
    /// its leader's dot and Jawa Barat's orange outline. It is marked by a circle in its own class colour, drawn after
    /// every region, outline, leader and dot; ringed in the highlight's colour on a map that highlights it.
    func testARegionTooSmallForItsFillIsMarkedInItsClassColour() throws {
        for (extra, ring) in [("label-wilayah: ya\nsorot: \"32\"", Color.white), ("label-wilayah: ya\nsorot: \"31\"", HouseStyle.standard.accent)] {
            let scene = try scene(extra)
            let region = try XCTUnwrap(groups(scene.pages[0].items, role: "wilayah DKI Jakarta").first)
            guard case .shape(let fill)? = region.items.first else { return XCTFail("DKI Jakarta's fill") }
            let marker = try XCTUnwrap(groups(scene.pages[0].items, role: "penanda DKI Jakarta").first, extra)
            // The disc is the marker's filled shape; a highlighted one has the halo's dark rim round its ring, drawn
            // first (proof-reading 45b, N5).
            let shapes = marker.items.compactMap { item -> Shape? in if case .shape(let shape) = item { shape } else { nil } }
            let circle = try XCTUnwrap(shapes.first { $0.fill != nil }, "DKI Jakarta's marker")
            XCTAssertEqual(circle.fill, fill.fill, "the marker in DKI Jakarta's class colour (\(extra))")
            XCTAssertEqual(circle.stroke?.color, ring, extra)
            XCTAssertEqual(shapes.filter { $0.fill == nil }.map { $0.stroke?.color }, ring == .white ? [] : [HouseStyle.standard.textColor],
                           "a dark rim round the highlighted marker only (\(extra))")
            // Over the names and leaders: the map's content ends with the markers.
            let content = try XCTUnwrap(groups(scene.pages[0].items, role: "isi peta").first)
            guard case .group(let last)? = content.items.last else { return XCTFail("the map's content") }
            XCTAssertEqual(last.role, "penanda wilayah kecil", extra)
            // No larger province is marked.
            XCTAssertEqual(groups(scene.pages[0].items, role: "penanda wilayah kecil").first?.items.count, 1, extra)
        }
    }

    /// Proof-reading 20: DKI Jakarta's booklet showed an outlined box in the legend beside "DKI Jakarta" while its map
    /// marks it with a ringed disc. A highlighted region the map marks so has the disc in its legend; one large enough
    /// for its outline keeps the box.
    func testTheLegendShowsTheHighlightAsTheMapDrawsIt() throws {
        func swatch(_ code: String) throws -> Path {
            let scene = try scene("label-wilayah: ya\nsorot: \"\(code)\"")
            let group = try XCTUnwrap(groups(scene.pages[0].items, role: "contoh sorot").first, code)
            let shapes = group.items.compactMap { item -> Shape? in if case .shape(let shape) = item { shape } else { nil } }
            // The accent, with the map's dark rim round it, a box's or a disc's (proof-reading 45 and 45b, N5).
            guard let shape = shapes.first(where: { $0.stroke?.color == HouseStyle.standard.accent }) else {
                XCTFail("\(code): no swatch in the accent: \(shapes)")
                return Path([])
            }
            XCTAssertTrue(shapes.contains { $0.stroke?.color == HouseStyle.standard.textColor }, "\(code): the rim as the map draws it")
            return shape.path
        }
        let isCurved = { (path: Path) in path.elements.contains { if case .curve = $0 { return true } else { return false } } }
        XCTAssertTrue(isCurved(try swatch("31")), "DKI Jakarta: a disc")
        XCTAssertFalse(isCurved(try swatch("32")), "Jawa Barat: an outlined box")
    }

    /// Proof-reading 41, 42 and 44: DKI Jakarta, a sliver at the edge of Jawa Barat's kab/kota map, was never named,
    /// its name finding no room on its land. A neighbour whose name fits nowhere on its land is named on the sea off its
    /// coast; the mapped province's own outline, drawn under its units, is never named (off its coast its name stood
    /// beside DKI Jakarta and named that land). Every neighbour's name stands off the map's regions.
    func testANeighbourTooSmallForItsNameIsNamedOnTheSeaOffItsCoast() throws {
        var dkiNamed = 0
        for (extra, width, height) in [("", 600.0, 420.0), ("sorot: \"3273\"", 340, 345), ("sorot: \"3273\"", 560, 480), ("sorot: \"3216\"", 560, 480)] {
            let scene = try scene(extra, yaml: MapFixtures.jabarRegencyMapYAML, width: width, height: height)
            let runs = groups(scene.pages[0].items, role: "nama wilayah sekitar").flatMap(\.items).compactMap { item -> TextRun? in
                if case .text(let run) = item { return run } else { return nil }
            }
            let texts = runs.map(\.text)
            XCTAssertFalse(texts.contains("Jawa Barat") || texts.contains("Barat") && texts.contains("Jawa"), "\(extra) \(width) × \(height): \(texts)")
            if texts.contains("DKI Jakarta") || texts.contains("DKI") && texts.contains("Jakarta") { dkiNamed += 1 }
            let regions = groups(scene.pages[0].items, role: "wilayah").flatMap(\.items).compactMap { item -> [[Point]]? in
                guard case .group(let region) = item, region.role.hasPrefix("wilayah "), case .shape(let shape)? = region.items.first else { return nil }
                return rings(of: shape.path)
            }
            for run in runs {
                let centre = Point(x: run.bounds.midX, y: run.bounds.midY)
                let under = regions.filter { $0.filter { $0.count >= 3 && MapLabelPlacer.inside($0, centre) }.count % 2 == 1 }
                XCTAssertTrue(under.isEmpty, "\(extra) \(width) × \(height): \(run.text) on a region of the map")
            }
        }
        XCTAssertGreaterThanOrEqual(dkiNamed, 2, "DKI Jakarta is named on most of these maps")
    }

    /// The names (a name on two lines as one run) and the leader segments of a map's scene.
    private func names(_ scene: Scene) -> (runs: [TextRun], leaders: [(Point, Point)]) {
        var runs: [TextRun] = [], leaders: [(Point, Point)] = []
        for group in groups(scene.pages[0].items, role: "nama wilayah") {
            for item in group.items {
                switch item {
                case .text(let run): runs.append(run)
                case .shape(let shape) where shape.stroke != nil:
                    var start: Point?
                    for element in shape.path.elements {
                        switch element {
                        case .move(let a): start = a
                        case .line(let b): if let a = start { leaders.append((a, b)) }
                        default: break
                        }
                    }
                default: break
                }
            }
        }
        return (MapNameRuns.joiningTwoLineNames(runs), leaders)
    }

    /// A path's subpaths as rings of their corner points (curves left out).
    private func rings(of path: Path) -> [[Point]] {
        var rings: [[Point]] = [], ring: [Point] = []
        for element in path.elements {
            switch element {
            case .move(let p): if !ring.isEmpty { rings.append(ring) }; ring = [p]
            case .line(let p): ring.append(p)
            case .close: rings.append(ring); ring = []
            case .curve: break
            }
        }
        return rings + (ring.isEmpty ? [] : [ring])
    }

    /// Every region's subpaths (polygons as drawn) with its fill, from the scene.
    private func regionFills(_ scene: Scene) -> [(rings: [[Point]], fill: Color)] {
        groups(scene.pages[0].items, role: "wilayah").flatMap(\.items).flatMap { item -> [(rings: [[Point]], fill: Color)] in
            guard case .group(let region) = item, case .shape(let shape)? = region.items.first, let fill = shape.fill else { return [] }
            return [(rings(of: shape.path), fill)]
        }
    }

    private let variants = ["label-wilayah: ya", "label-wilayah: ya\nsorot: \"32\"", "label-wilayah: ya\nsorot: \"31\"",
                            "label-wilayah: ya\nwarna: divergen\ntitik-tengah: nasional"]

    /// Proof-reading 46, C6: leaders' dots stood on their own region's coast, half in the sea (Sulawesi Tengah's
    /// 0,14 pt from the Gulf of Tomini, Nusa Tenggara Barat's 0,03 pt). A dot clear of every line, its own region's
    /// coast too, is tried before one on it: on the 600 × 375 national map in its four variants, at most four dots a
    /// map came within their radius and a leader's width of a coast or border (seven before; those left are islands
    /// too small for a dot clear of their coast). Proof-reading 48, W3 and B2 (Jambi's, NTB's, Maluku's dots still on
    /// their coasts): once every name is placed, a dot on a line moves to a point 2 pt inside every line where its
    /// leader to the same name stays clear; two dots a map were left. Proof-reading 50 (Maluku Utara's dot on Halmahera,
    /// Maluku's on Seram, in every booklet): where no point 2 pt inside lies within reach, the clearest one off the line
    /// does; one dot a map is left (an islet under a dot's width across).
    func testLeadersDotsStandClearOfCoastsAndBorders() throws {
        var onALine: [String: Int] = [:]
        for extra in variants {
            let scene = try scene(extra)
            let edges = regionFills(scene).flatMap(\.rings).flatMap { ring in zip(ring, ring.dropFirst() + ring.prefix(1)).map { ($0, $1) } }
            let (_, leaders) = names(scene)
            XCTAssertGreaterThan(leaders.count, 5, extra)
            onALine[extra] = leaders.filter { leader in
                edges.contains { EdgeIndex.distance(from: leader.0, toSegment: $0.0, $0.1) < 0.9 + 0.45 }
            }.count
        }
        XCTAssertLessThanOrEqual(onALine.values.max() ?? 0, 1, "\(onALine)")
    }

    func testNoNameOverlapsAnotherNameOrALine() throws {
        for extra in variants {
            let scene = try scene(extra)
            let (runs, leaders) = names(scene)
            XCTAssertGreaterThan(runs.count, 10, extra)
            for (i, a) in runs.enumerated() {
                for b in runs[(i + 1)...] where a.bounds.intersects(b.bounds) {
                    XCTFail("\(extra): \"\(a.text)\" overlaps \"\(b.text)\"")
                }
            }
            // No leader through a name (each ends short of its own), none crossing another.
            for run in runs {
                for (a, b) in leaders where EdgeIndex.segment(a, b, crosses: run.bounds) {
                    XCTFail("\(extra): a leader runs through \"\(run.text)\"")
                }
            }
            for (i, l) in leaders.enumerated() {
                for m in leaders[(i + 1)...] where EdgeIndex.segments(l.0, l.1, m.0, m.1) {
                    XCTFail("\(extra): two leaders cross")
                }
                // Nor does one pass through another's dot (review 3: Papua's leader started on Papua Pegunungan's).
                for (j, m) in leaders.enumerated() where j != i && EdgeIndex.distance(from: l.0, toSegment: m.0, m.1) < 1.3 {
                    XCTFail("\(extra): a leader passes through the dot of another")
                }
            }
            // No border or coastline through a name.
            for region in regionFills(scene) {
                for ring in region.rings {
                    for (a, b) in zip(ring, ring.dropFirst() + ring.prefix(1)) {
                        for run in runs where EdgeIndex.segment(a, b, crosses: run.bounds) {
                            XCTFail("\(extra): a border runs through \"\(run.text)\"")
                        }
                    }
                }
            }
        }
    }

    /// The colour of each name is the one that reads on the fill under every part of its box.
    func testNameColourFollowsTheFillUnderIt() throws {
        let style = HouseStyle.standard
        for extra in variants {
            let scene = try scene(extra)
            let regions = regionFills(scene)
            for run in names(scene).runs {
                var under = Set<Color>()
                for i in 0...8 {
                    for j in 0...2 {
                        let point = Point(x: run.bounds.minX + run.bounds.width * Double(i) / 8, y: run.bounds.minY + run.bounds.height * Double(j) / 2)
                        let fill = regions.first { MapLabelPlacer.evenOdd($0.rings, point) }?.fill ?? MapColors.sea
                        under.insert(fill)
                    }
                }
                XCTAssertEqual(under.count, 1, "\(extra): \"\(run.text)\" stands on \(under.map(\.hexString))")
                if let fill = under.first {
                    XCTAssertEqual(run.style.color, style.textColor(on: fill), "\(extra): \"\(run.text)\" on \(fill.hexString)")
                }
            }
        }
    }

    func testProvincesOfEveryIslandGroupAreNamed() throws {
        let texts = Set(names(try scene("label-wilayah: ya")).runs.map(\.text))
        XCTAssertGreaterThanOrEqual(texts.count, 20, "\(texts.sorted())")
        XCTAssertTrue(texts.contains { $0.hasPrefix("Jawa") || $0 == "Banten" || $0.contains("Jakarta") }, "Java: \(texts.sorted())")
        XCTAssertTrue(texts.contains { $0.hasPrefix("Sul") || $0 == "Gorontalo" }, "Sulawesi: \(texts.sorted())")
        XCTAssertTrue(texts.contains { $0.hasPrefix("N") && ($0.contains("Tenggara") || $0.hasPrefix("NT")) || $0 == "Bali" }, "Nusa Tenggara: \(texts.sorted())")
    }

    func testHighlightedRegionIsAlwaysNamed() throws {
        for (code, name) in [("31", "Jakarta"), ("32", "Jawa Barat"), ("51", "Bali")] {
            for labels in ["label-wilayah: tidak\n", "label-wilayah: ya\n"] {
                let texts = names(try scene(labels + "sorot: \"\(code)\"")).runs.map(\.text)
                XCTAssertTrue(texts.contains { $0.contains(name) }, "sorot \(code) \(labels): \(texts)")
                if labels.contains("tidak") { XCTAssertEqual(texts.count, 1, "only the highlighted region is named without label-wilayah") }
            }
        }
    }

    func testAbbreviationsNeverMakeTwoNamesAlike() {
        let names = MapLabelPlacer.names(for: ["Sulawesi Barat", "Sumatera Barat", "Kalimantan Barat", "Kepulauan Riau", "Riau",
                                               "Kabupaten Bogor", "Kota Bogor", "Kab. Bogor", "DKI Jakarta", "Jakarta"])
        // The short forms Indonesian readers know (proof-reading 20: "Sum. Barat", "Kal. Tengah" were Sajian's own).
        XCTAssertEqual(names[0], ["Sulawesi Barat", "Sulbar"])
        XCTAssertEqual(names[1], ["Sumatera Barat", "Sumbar"])
        XCTAssertEqual(names[2], ["Kalimantan Barat", "Kalbar"])
        XCTAssertEqual(names[3], ["Kepulauan Riau", "Kepri"])
        XCTAssertEqual(names[5], ["Kabupaten Bogor"], "\"Kab. Bogor\" is another region's name")
        XCTAssertEqual(names[8], ["DKI Jakarta"], "\"Jakarta\" is another region's name")
        let all = names.flatMap { $0 }
        for (index, forms) in names.enumerated() {
            for form in forms { XCTAssertEqual(names.indices.filter { names[$0].contains(form) }, [index], form) }
        }
        XCTAssertEqual(all.count, Set(all).count)
    }

    /// The texts of the key to numbered regions.
    /// The key to the numbers, heading first, then a number and a name a region: the key on the map, or the key under
    /// a map of fixed size ("Nomor pada peta: 4 Kabupaten Bandung; 6 …", since proof-reading 16, #3).
    private func keyTexts(_ scene: Scene) -> [String] {
        func texts(_ role: String) -> [String] {
            groups(scene.pages[0].items, role: role).flatMap(\.items).compactMap { item in
                if case .text(let run) = item { return run.text } else { return nil }
            }
        }
        let under = texts("nomor pada peta").joined(separator: " ")
        guard let colon = under.range(of: ": ") else { return texts("kunci nomor wilayah") }
        let entries = under[colon.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ".")).components(separatedBy: "; ")
        return [String(under[..<colon.lowerBound])] + entries.flatMap { entry -> [String] in
            // The number and the name are kept on one line (no-break spaces, `MapVocabulary.unbroken`).
            let parts = entry.split(maxSplits: 1, whereSeparator: \.isWhitespace).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
            return parts.count == 2 ? parts : [entry]
        }
    }

    /// Review finding 5: the highest and the lowest value (the regions the narasi names) are always named.
    func testHighestAndLowestAreNamed() throws {
        for extra in variants {
            guard let map = try MapFixtures.bind(MapFixtures.tptMapYAML + "\n" + extra).figure.body as? MapData else { return XCTFail("not a map") }
            let valued = map.regions.filter { $0.classIndex != nil && $0.value.number != nil }
            let highest = valued.max { $0.value.number! < $1.value.number! }!.name
            let lowest = valued.min { $0.value.number! < $1.value.number! }!.name
            let scene = try scene(extra)
            let texts = names(scene).runs.map(\.text)
            // Named, or marked and keyed: Papua Pegunungan, whose leader would cross Papua, by its letter (proof-reading 50, F7).
            let key = keyTexts(scene).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
            for name in [highest, lowest] {
                let keyed = key.indices.dropLast().contains { key[$0 + 1] == name && texts.contains(key[$0]) }
                XCTAssertTrue(keyed || texts.contains { MapLabelPlacer.names(for: [name])[0].contains($0) }, "\(extra): \(name) unnamed: \(texts)")
            }
        }
    }

    /// Proof-reading 15: the infographic's 800 × 600 web map (`sebut: [tertinggi, terendah]`) set "Papua Pegunungan
    /// 1,32" over Papua Barat and Papua Tengah, where it read as theirs. On a map that names only the regions picked,
    /// a picked name stands on its own region or the sea (or its region is numbered and keyed instead): no name
    /// a tenth over another region, at 800 × 600 and 800 × 500 px.
    func testPickedNamesKeepOffOtherRegions() throws {
        let screen = DocumentLayout(figureLayout: FigureLayout(style: HouseStyle.standard.forScreen(), measurer: FixedWidthMeasurer()))
        for height in [450.0, 375] {
            let scene = screen.standalone(try MapFixtures.bind(MapFixtures.tptMapYAML + "\nsebut: [tertinggi, terendah]").figure,
                                          width: 600, height: height).scene
            let regions = groups(scene.pages[0].items, role: "wilayah").flatMap(\.items).compactMap { item -> (name: String, rings: [[Point]])? in
                guard case .group(let region) = item, region.role.hasPrefix("wilayah "), case .shape(let shape)? = region.items.first else { return nil }
                return (String(region.role.dropFirst("wilayah ".count)), rings(of: shape.path))
            }
            XCTAssertEqual(regions.count, 38)
            let forms = MapLabelPlacer.names(for: regions.map(\.name))
            var checked = 0
            for run in names(scene).runs {
                guard let own = regions.indices.first(where: { index in forms[index].contains { run.text == $0 || run.text.hasPrefix($0 + " ") } }) else { continue }
                var over = 0
                for i in 0..<9 {
                    for j in 0..<3 {
                        let point = Point(x: run.bounds.minX + run.bounds.width * (Double(i) + 0.5) / 9,
                                          y: run.bounds.minY + run.bounds.height * (Double(j) + 0.5) / 3)
                        if let under = regions.indices.last(where: { MapLabelPlacer.evenOdd(regions[$0].rings, point) }), under != own { over += 1 }
                    }
                }
                XCTAssertLessThanOrEqual(over, 2, "at height \(height): \(run.text) over other regions (\(over) of 27 samples)")
                checked += 1
            }
            XCTAssertGreaterThanOrEqual(checked, 1, "at height \(height): a picked region is named")
        }
    }

    /// One name form per map: full names, or every name that has a short form in it; and an em space at least between
    /// names side by side.
    func testOneNameFormAndAnEmSpaceBetweenNames() throws {
        let cases = variants.map { (MapFixtures.tptMapYAML, $0) } + [(MapFixtures.jabarRegencyMapYAML, ""), (MapFixtures.jabarRegencyMapYAML, "sorot: \"3273\"")]
        for (yaml, extra) in cases {
            guard let map = try MapFixtures.bind(yaml + "\n" + extra).figure.body as? MapData else { return XCTFail("not a map") }
            let forms = MapLabelPlacer.names(for: map.regions.map(\.name))
            let runs = names(try scene(extra, yaml: yaml, height: 420)).runs
            let short = runs.filter { run in forms.contains { $0.dropFirst().contains(run.text) } }.map(\.text)
            let fullWithShort = runs.filter { run in forms.contains { $0.count > 1 && $0[0] == run.text } }.map(\.text)
            XCTAssertTrue(short.isEmpty || fullWithShort.isEmpty, "\(extra): short \(short) beside full \(fullWithShort)")
            for (i, a) in runs.enumerated() {
                for b in runs[(i + 1)...] where a.bounds.maxY > b.bounds.minY && b.bounds.maxY > a.bounds.minY {
                    let gap = max(b.bounds.minX - a.bounds.maxX, a.bounds.minX - b.bounds.maxX)
                    XCTAssertGreaterThanOrEqual(gap, a.style.size, "\(extra): \"\(a.text)\" and \"\(b.text)\" \(gap) pt apart")
                }
            }
        }
    }

    /// Leaders are at most a sixth of the frame's width and never cross the highlighted region (but their own).
    func testLeadersAreShortAndClearOfTheHighlight() throws {
        for (yaml, extra) in [(MapFixtures.tptMapYAML, "sorot: \"32\""), (MapFixtures.tptMapYAML, "sorot: \"21\""), (MapFixtures.tptMapYAML, "label-wilayah: ya"),
                              (MapFixtures.jabarRegencyMapYAML, "sorot: \"3273\"")] {
            let scene = try scene(extra, yaml: yaml, height: 420)
            guard let clip = groups(scene.pages[0].items, role: "isi peta").first?.clip else { return XCTFail("no map") }
            let (runs, leaders) = names(scene)
            let highlighted = groups(scene.pages[0].items, role: "sorot").flatMap(\.items).compactMap { item -> [[Point]]? in
                // The accent stroke alone (the region's fill is drawn again over its inner half; its dark rim, under it,
                // follows the same outline: counted twice, the outline would make every point outside by even-odd).
                guard case .shape(let shape) = item, shape.stroke?.color == HouseStyle.standard.accent, shape.fill == nil else { return nil }
                return rings(of: shape.path)
            }.flatMap { $0 }
            for (a, b) in leaders {
                XCTAssertLessThanOrEqual(hypot(b.x - a.x, b.y - a.y), clip.width / 6 + 0.01, "\(extra): a leader from \(a) to \(b)")
                guard !MapLabelPlacer.evenOdd(highlighted, a) else { continue }
                // A number's leader may cross the highlight (Kota Bogor, inside the highlighted Kab. Bogor, proof-reading 7).
                func distance(_ box: Rect) -> Double { hypot(max(box.minX - b.x, 0, b.x - box.maxX), max(box.minY - b.y, 0, b.y - box.maxY)) }
                if let label = runs.min(by: { distance($0.bounds) < distance($1.bounds) }), Int(label.text) != nil { continue }
                for ring in highlighted {
                    for (c, d) in zip(ring, ring.dropFirst() + ring.prefix(1)) where EdgeIndex.segments(a, b, c, d) {
                        XCTFail("\(extra): the leader from \(a) crosses the highlighted region")
                    }
                }
            }
        }
    }

    /// A province's number stands on the sea or on its own province, never on another's fill, where it would read as
    /// that province's (Jawa Timur's 15 inside Kalimantan Tengah on every booklet, proof-reading 7); and a name placed
    /// over other land never covers a whole region (Kab. Bandung Barat's over Kota Cimahi).
    func testNumbersStandOnTheSeaOrTheirOwnRegionAndNamesHideNoRegion() throws {
        var numbers = 0
        for (yaml, extra, width, height) in [(MapFixtures.tptMapYAML, "sorot: \"64\"", 360.0, nil), (MapFixtures.tptMapYAML, "sorot: \"19\"", 360, nil),
                                             (MapFixtures.tptMapYAML, "", 600, nil), (MapFixtures.jabarRegencyMapYAML, "sorot: \"3201\"", 450, 420),
                                             (MapFixtures.jabarRegencyMapYAML, "sorot: \"3217\"", 450, nil), (MapFixtures.jabarRegencyMapYAML, "", 360, 260)] as [(String, String, Double, Double?)] {
            let figure = try MapFixtures.bind(yaml + "\n" + extra).figure
            guard let map = figure.body as? MapData else { return XCTFail("not a map") }
            let items = layout.figureLayout.layout(figure, width: width, height: height).items
            var fills: [String: Color] = [:]
            var boxes: [String: Rect] = [:]
            for region in map.regions {
                guard let group = groups(items, role: "wilayah \(region.name)").first,
                      case .shape(let shape)? = group.items.first else { continue }
                fills[region.name] = shape.fill
                boxes[region.name] = shape.path.bounds
            }
            // A national map marks by letters (since proof-reading 50, F7, a booklet's too), read through its key.
            var lettered: [String: Int] = [:]
            func texts(_ items: [SceneItem]) -> [String] {
                items.flatMap { item -> [String] in
                    switch item {
                    case .text(let run): [run.text]
                    case .group(let group): texts(group.items)
                    default: []
                    }
                }
            }
            // The key on the map, under it, or in the figure's note.
            let all = texts(items).joined(separator: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
            for (index, region) in map.regions.enumerated() {
                for letter in MapLayout.keyLetters where all.contains(" \(letter) \(region.name)") { lettered[letter] = index + 1 }
            }
            for group in groups(items, role: "nama wilayah") {
                for case .text(let run) in group.items {
                    if let number = Int(run.text) ?? lettered[run.text], number >= 1, number <= map.regions.count {
                        // A city inside one kabupaten (Kota Bogor, Kota Sukabumi) too small for its number has only
                        // that kabupaten around it: its number may stand there as the last resort.
                        guard yaml == MapFixtures.tptMapYAML else { continue }
                        numbers += 1
                        let own = fills[map.regions[number - 1].name]
                        // The halo is the fill under the number's centre, white over more than one fill (its own and
                        // the sea, at its coast).
                        if run.style.halo?.color == .white { continue }
                        XCTAssertTrue(run.style.halo?.color == MapColors.sea || run.style.halo?.color == own,
                                      "\(extra) at \(width): \(number) (\(map.regions[number - 1].name)) stands on another region")
                    } else {
                        for (name, box) in boxes where name != run.text && !MapLabelPlacer.names(for: [name]).first!.contains(run.text) {
                            XCTAssertFalse(run.bounds.minX <= box.minX && run.bounds.maxX >= box.maxX && run.bounds.minY <= box.minY && run.bounds.maxY >= box.maxY,
                                           "\(extra) at \(width): \(run.text) covers the whole of \(name)")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(numbers, 10, "provinces were numbered")
    }

    /// Every kabupaten/kota is named on the map, or numbered there and named in the key.
    /// A name goes on two lines between words, the most even break first, and never where its first line would be
    /// another name on the map ("Kab. Bandung" over "Barat" beside Kab. Bandung, read first as that kabupaten).
    func testTwoLineFormsBreakEvenlyAndNeverStartWithAnotherName() {
        let width: (String) -> Double = { Double($0.count) }
        XCTAssertEqual(MapLabelPlacer.twoLineForms("Kab. Bandung Barat", widths: width, excluding: []).map { [$0.0, $0.1] },
                       [["Kab. Bandung", "Barat"], ["Kab.", "Bandung Barat"]])
        XCTAssertEqual(MapLabelPlacer.twoLineForms("Kab. Bandung Barat", widths: width, excluding: ["Kab. Bandung"]).map { [$0.0, $0.1] },
                       [["Kab.", "Bandung Barat"]])
        XCTAssertEqual(MapLabelPlacer.twoLineForms("Papua Barat", widths: width, excluding: ["Papua"]).count, 0)
        XCTAssertEqual(MapLabelPlacer.twoLineForms("Bali", widths: width, excluding: []).count, 0)
    }

    /// A kabupaten whose name fits inside it only on two lines is named there, its lines centred one under the other,
    /// rather than numbered (Kab. Purwakarta, "14" in the key before).
    func testANameFitsInsideOnTwoLines() throws {
        let scene = try scene("", yaml: MapFixtures.jabarRegencyMapYAML, height: 420)
        var runs: [TextRun] = []
        for group in groups(scene.pages[0].items, role: "nama wilayah") {
            for case .text(let run) in group.items { runs.append(run) }
        }
        let first = try XCTUnwrap(runs.firstIndex { $0.text == "Kab." }, "a name on two lines")
        let second = runs[first + 1]
        XCTAssertEqual(runs[first].origin.x + runs[first].width / 2, second.origin.x + second.width / 2, accuracy: 0.01)
        XCTAssertEqual(second.origin.y - runs[first].origin.y, runs[first].ascent + runs[first].descent, accuracy: 0.01)
        XCTAssertTrue(names(scene).runs.contains { $0.text == "Kab. Purwakarta" })
        XCTAssertFalse(keyTexts(scene).contains("Kab. Purwakarta"))
    }

    func testEveryKabupatenKotaIsNamedOrKeyed() throws {
        for extra in ["", "sorot: \"3277\""] {
            guard let map = try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML + "\n" + extra).figure.body as? MapData else { return XCTFail("not a map") }
            let scene = try scene(extra, yaml: MapFixtures.jabarRegencyMapYAML, height: 420)
            let texts = Set(names(scene).runs.map(\.text) + keyTexts(scene))
            let forms = MapLabelPlacer.names(for: map.regions.map(\.name))
            XCTAssertEqual(map.regions.count, 27)
            for (region, names) in zip(map.regions, forms) {
                XCTAssertTrue(names.contains(where: texts.contains), "\(extra): \(region.name) neither named nor keyed")
            }
            let key = keyTexts(scene)
            if !key.isEmpty {
                XCTAssertEqual(key.first, "Nomor pada peta")
                // Each number in the key stands on the map too.
                let numbers = key.filter { Int($0) != nil }
                // Numbered by their place among the map's regions, in that order.
                XCTAssertEqual(numbers, numbers.sorted { Int($0)! < Int($1)! })
                for number in numbers { XCTAssertTrue(key.contains(forms[Int(number)! - 1][0]) || forms[Int(number)! - 1].contains(where: key.contains)) }
                for number in numbers { XCTAssertTrue(names(scene).runs.contains { $0.text == number }, "number \(number) not on the map") }
            }
        }
    }

    /// Every named leader starts where its own region is the fill on top: the Kab. Cirebon leader's dot lay where
    /// Kota Cirebon's fill covers Kab. Cirebon's (the boundary file's neighbours overlap a little), naming the wrong
    /// unit to the eye (proof-reading 5, N1).
    func testEveryLeaderStartsOnItsOwnRegionsFill() throws {
        for (yaml, extra, width, height) in [(MapFixtures.jabarRegencyMapYAML, "", 600.0, 420.0), (MapFixtures.jabarRegencyMapYAML, "", 600, 450),
                                             (MapFixtures.jabarRegencyMapYAML, "sorot: \"3273\"", 340, 345),   // 345: the boundary note grew a line (proof-reading 41)
                                             (MapFixtures.jabarRegencyMapYAML, "sorot: \"3201\"", 340, 330),
                                             (MapFixtures.tptMapYAML, "label-wilayah: ya", 600, 375)] {
            let scene = try scene(extra, yaml: yaml, width: width, height: height)
            // The regions in the order they are drawn, each with its name and rings.
            let drawn = groups(scene.pages[0].items, role: "wilayah").flatMap(\.items).compactMap { item -> (name: String, rings: [[Point]])? in
                guard case .group(let region) = item, region.role.hasPrefix("wilayah "), case .shape(let shape)? = region.items.first else { return nil }
                return (String(region.role.dropFirst("wilayah ".count)), rings(of: shape.path))
            }
            let forms = MapLabelPlacer.names(for: drawn.map(\.name))
            let (runs, leaders) = names(scene)
            var checked = 0
            for (start, end) in leaders {
                // The leader's name: the run nearest its far end.
                func distance(_ box: Rect) -> Double {
                    hypot(max(box.minX - end.x, 0, end.x - box.maxX), max(box.minY - end.y, 0, end.y - box.maxY))
                }
                guard let run = runs.min(by: { distance($0.bounds) < distance($1.bounds) }),
                      let own = forms.firstIndex(where: { $0.contains(run.text) }) else { continue }
                let top = drawn.indices.last { drawn[$0].rings.filter { $0.count >= 3 && MapLabelPlacer.inside($0, start) }.count % 2 == 1 }
                XCTAssertEqual(top.map { drawn[$0].name }, drawn[own].name, "\(extra) at \(width) × \(height): \(run.text)'s leader starts at \(start)")
                checked += 1
            }
            XCTAssertGreaterThan(checked, 0, "\(extra): the map has named leaders")
        }
    }

    /// Proof-readings 55 and 56: on contoh-peta's 1000 px PNG Kab. Pangandaran's name stood at the frame's foot on a
    /// leader 60 px across Kab. Tasikmalaya, where it read as Tasikmalaya's. A coastal unit's leader crosses no other
    /// unit's land (an inland one's must, to leave it); where it finds no sea beside it, it is numbered and keyed.
    func testACoastalUnitsLeaderCrossesNoOtherUnit() throws {
        // The kabupaten/kota of Jawa Barat on the Java Sea or the Indian Ocean.
        let coastal = ["Kab. Bekasi", "Kab. Karawang", "Kab. Subang", "Kab. Indramayu", "Kab. Cirebon", "Kota Cirebon", "Kab. Sukabumi",
                       "Kab. Cianjur", "Kab. Garut", "Kab. Tasikmalaya", "Kab. Pangandaran"]
        var checked = 0
        for (width, height) in [(750.0, 600.0), (700, 560), (600, 480), (600, 450), (600, 420), (500, 400)] {
            let scene = try scene("", yaml: MapFixtures.jabarRegencyMapYAML, width: width, height: height)
            let drawn = groups(scene.pages[0].items, role: "wilayah").flatMap(\.items).compactMap { item -> (name: String, rings: [[Point]])? in
                guard case .group(let region) = item, region.role.hasPrefix("wilayah "), case .shape(let shape)? = region.items.first else { return nil }
                return (String(region.role.dropFirst("wilayah ".count)), rings(of: shape.path))
            }
            let forms = MapLabelPlacer.names(for: drawn.map(\.name))
            let top = { (point: Point) in drawn.indices.last { drawn[$0].rings.filter { $0.count >= 3 && MapLabelPlacer.inside($0, point) }.count % 2 == 1 } }
            let (runs, leaders) = names(scene)
            for (start, end) in leaders {
                func distance(_ box: Rect) -> Double { hypot(max(box.minX - end.x, 0, end.x - box.maxX), max(box.minY - end.y, 0, end.y - box.maxY)) }
                guard let run = runs.min(by: { distance($0.bounds) < distance($1.bounds) }),
                      let own = forms.firstIndex(where: { $0.contains(run.text) }), forms[own].contains(where: coastal.contains) else { continue }
                checked += 1
                for step in 1..<40 {
                    let t = Double(step) / 40, point = Point(x: start.x + t * (end.x - start.x), y: start.y + t * (end.y - start.y))
                    if let under = top(point), under != own {
                        XCTFail("at \(width) × \(height): \(run.text)'s leader crosses \(drawn[under].name) at \(point)")
                        break
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 0, "coastal units' leaders were found")
    }

    /// How many regions of `yaml` + `extra` at `width` × `height` are named on the map (in any of their forms), the
    /// names in the key to numbered regions, the regions in all.
    private func coverage(_ extra: String, yaml: String, width: Double, height: Double) throws -> (named: Int, keyed: [String], regions: Int) {
        guard let map = try MapFixtures.bind(yaml + "\n" + extra).figure.body as? MapData else { throw XCTSkip("not a map") }
        let scene = try scene(extra, yaml: yaml, width: width, height: height)
        let texts = Set(names(scene).runs.map(\.text))
        let named = MapLabelPlacer.names(for: map.regions.map(\.name)).filter { $0.contains(where: texts.contains) }.count
        return (named, keyTexts(scene).dropFirst().filter { Int($0) == nil }, map.regions.count)
    }

    /// Issue 14, defect 8 ("always name the highlighted province", leaders into the sea): lower bounds on the regions
    /// named on the map or keyed, as measured with the fixed-width measurer when a leader could first start from more
    /// than one point of its region and a key could first hold part of the numbers (before: 36 of 38 on the national
    /// map, 26 on Jawa Tengah's narrow one, 16 of 27 kabupaten/kota at 450 × 420, where the key found no room).
    func testNamedRegionsPerMapHaveLowerBounds() throws {
        let cases: [(extra: String, yaml: String, width: Double, height: Double, least: Int)] = [
            ("label-wilayah: ya", MapFixtures.tptMapYAML, 600, 375, 37),
            ("label-wilayah: ya\nsorot: \"33\"", MapFixtures.tptMapYAML, 450, 300, 30),
            ("", MapFixtures.jabarRegencyMapYAML, 600, 420, 27),
            ("", MapFixtures.jabarRegencyMapYAML, 450, 420, 27),
            ("sorot: \"3273\"", MapFixtures.jabarRegencyMapYAML, 450, 420, 27),
        ]
        for (extra, yaml, width, height, least) in cases {
            let found = try coverage(extra, yaml: yaml, width: width, height: height)
            XCTAssertGreaterThanOrEqual(found.named + found.keyed.count, least, "\(extra) at \(width) × \(height)")
        }
    }

    /// A key with room for only some numbered regions keeps those (the largest): every number drawn stands in the
    /// key and every number in the key on the map (before, all numbers and the key were dropped when the key had no
    /// room for every one: at 420 × 300, 8 of 27 named and none keyed, now 10 and 4). A region's number is its place
    /// among the map's regions, so one city has one number in every booklet of the series (proof-reading 6: "4 Kota
    /// Bandung" in one booklet, "4 Kota Bogor" in another); the key lists them in that order.
    func testPartialNumberKeyListsExactlyTheNumbersDrawn() throws {
        var partial = 0
        guard let map = try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML).figure.body as? MapData else { return XCTFail("not a map") }
        let forms = MapLabelPlacer.names(for: map.regions.map(\.name))
        for (width, height) in [(600.0, 420.0), (450, 420), (420, 300), (360, 260), (600, 300), (520, 300)] {
            for extra in ["", "sorot: \"3273\""] {
                let scene = try scene(extra, yaml: MapFixtures.jabarRegencyMapYAML, width: width, height: height)
                let drawn = names(scene).runs.map(\.text).filter { Int($0) != nil }
                let key = keyTexts(scene)
                let keyed = key.filter { Int($0) != nil }
                XCTAssertEqual(drawn.sorted { Int($0)! < Int($1)! }, keyed, "\(extra) at \(width) × \(height)")
                XCTAssertEqual(keyed, keyed.sorted { Int($0)! < Int($1)! }, "\(extra) at \(width) × \(height): in the regions' order")
                for (number, name) in zip(key.dropFirst().enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                                          key.dropFirst().enumerated().filter { $0.offset % 2 == 1 }.map(\.element)) {
                    XCTAssertTrue(forms[Int(number)! - 1].contains(name), "\(extra) at \(width) × \(height): \(number) is \(name)")
                }
                XCTAssertEqual(key.count, keyed.isEmpty ? 0 : 1 + 2 * keyed.count, "a heading, then a number and a name a region")
                let found = try coverage(extra, yaml: MapFixtures.jabarRegencyMapYAML, width: width, height: height)
                XCTAssertEqual(found.keyed.count, keyed.count)
                XCTAssertTrue(Set(found.keyed).isDisjoint(with: names(scene).runs.map(\.text)), "a region both named and keyed")
                if !keyed.isEmpty, found.named + keyed.count < found.regions { partial += 1 }
            }
        }
        XCTAssertGreaterThan(partial, 0, "some size keys only part of the unnamed regions")
    }

    /// Issue 14, defect 8: DKI Jakarta, the smallest province, is named on the bulletin's national map (Peta 2.1, on
    /// A4's text width and as its 800 × 500 image) and on its own booklet's map (A5, highlighted), though Sumatra,
    /// Kalimantan and Java leave its name room only in the Java Sea near it: names on leaders are placed smaller
    /// regions first, so the larger provinces' names no longer take that sea before it (before: unnamed on both
    /// bulletin maps).
    func testDKIJakartaIsNamedOnTheNationalMap() throws {
        let margin = HouseStyle.standard.figureMargin
        let cases: [(extra: String, width: Double, height: Double?)] = [
            ("label-wilayah: ya", 481.9 + 2 * margin, nil), ("label-wilayah: ya", 800, 500), ("sorot: \"31\"", 340.2 + 2 * margin, nil),
        ]
        for (extra, width, height) in cases {
            let scene = layout.standalone(try MapFixtures.tptMap(extra), width: width, height: height).scene
            let texts = names(scene).runs.map(\.text)
            XCTAssertTrue(texts.contains("DKI Jakarta"), "\(extra) at \(width) × \(height ?? 0): \(texts)")
        }
    }

    /// Issue 14, defect 8: a national map of free height identifies every province: by name, by a number in the key
    /// on the map or, where the sea has no room for the key, by a number listed in the figure's note (before: six
    /// provinces of the bulletin's Peta 2.1 unnamed and unnoted, Jawa Tengah among them). Every number listed is
    /// drawn on the map. In a fixed height the key stays off the note: the map keeps its room.
    func testEveryProvinceIsNamedOrNumberedOnAFreeHeightNationalMap() throws {
        let margin = HouseStyle.standard.figureMargin
        var keyedInNote = 0
        for width in [481.9 + 2 * margin, 420 + 2 * margin, 400 + 2 * margin, 380 + 2 * margin, 360 + 2 * margin, 340.2 + 2 * margin] {
            for extra in ["label-wilayah: ya", "label-wilayah: ya\nsorot: \"33\""] {
                guard let map = try MapFixtures.bind(MapFixtures.tptMapYAML + "\n" + extra).figure.body as? MapData else { return XCTFail("not a map") }
                let scene = layout.standalone(try MapFixtures.tptMap(extra), width: width, height: nil).scene
                let texts = Set(names(scene).runs.map(\.text) + keyTexts(scene))
                // Numbers, or on a map with no region of its own, letters (proof-reading 47, W2).
                let numbers = Set(names(scene).runs.map(\.text).filter { Int($0) != nil || $0.count == 1 && $0.first!.isUppercase })
                let footer = footerText(scene).replacingOccurrences(of: "\u{00A0}", with: " ")
                // The key that has no room in the sea stands under the map's body, before the sumber (proof-reading 51).
                let under = groups(scene.pages[0].items, role: "nomor pada peta").flatMap(\.items).compactMap { item -> String? in
                    if case .text(let run) = item { run.text } else { nil }
                }.joined(separator: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
                let noteKey = (" " + under + " " + footer).components(separatedBy: " pada peta: ").dropFirst().first?.components(separatedBy: ".").first ?? ""
                let noted = noteKey.components(separatedBy: "; ").filter { !$0.isEmpty }
                if !noted.isEmpty { keyedInNote += 1 }
                for entry in noted {
                    let number = String(entry.prefix { $0 != " " })
                    XCTAssertTrue(numbers.contains(number), "\(extra) at \(width): \(entry) is not numbered on the map")
                }
                let forms = MapLabelPlacer.names(for: map.regions.map(\.name))
                let unidentified = zip(map.regions, forms).filter { region, names in
                    !names.contains(where: texts.contains) && !noted.contains { $0.hasSuffix(" " + region.name) }
                        && !footer.contains(region.name + " tidak diberi nama") && !footer.contains(region.name + " dan ")
                        && !footer.contains(region.name + ", ")
                }.map(\.0.name)
                // Every province identified; or, where more are left than a key in the note may list
                // (`MapLabelMetrics.maximumNoteKeyEntries`), none numbered, as before.
                if !unidentified.isEmpty {
                    XCTAssertGreaterThan(unidentified.count, MapLabelMetrics.standard.maximumNoteKeyEntries, "\(extra) at \(width): \(unidentified)")
                    XCTAssertTrue(numbers.isEmpty && noted.isEmpty, "\(extra) at \(width): \(numbers)")
                }
                XCTAssertFalse(footer.contains(" pada peta:"), "\(extra) at \(width): the key under the map, not among the notes")
                // The same map in a fixed height: no key in the note.
                let fixed = layout.standalone(try MapFixtures.tptMap(extra), width: width, height: 375).scene
                XCTAssertFalse(footerText(fixed).contains(" pada peta:"), "\(extra) at \(width) × 375")
            }
        }
        XCTAssertGreaterThan(keyedInNote, 0, "some map keys its numbers under itself")
    }

    /// Proof-reading 6: a dark leader over a dark class (Jawa Barat's, from its navy fill, on the Jawa Tengah booklet's
    /// map) could not be seen. Every leader and dot is drawn over a casing in the sea's colour, wider by the casing
    /// each side, drawn before any leader.
    /// Proof-reading 55: on the 1000 px PNGs the 0,45 pt leader rasterised at 0,6 px and read as a pale grey zipper over
    /// the navy classes; on screens a leader is at least `HouseStyle.screenLeastLineWidth` (1 px at 1x), print keeping
    /// its 0,45 pt.
    func testLeadersAreCasedInTheSeasColour() throws {
        let screen = DocumentLayout(figureLayout: FigureLayout(style: HouseStyle.standard.forScreen(), measurer: FixedWidthMeasurer()))
        let figure = try MapFixtures.bind(MapFixtures.tptMapYAML + "\nlabel-wilayah: ya\nsorot: \"33\"").figure
        let measures = MapLabelMetrics.standard
        for (scene, width) in [(layout.standalone(figure, width: 450, height: 300).scene, measures.leaderWidth),
                               (screen.standalone(figure, width: 450, height: 300).scene, HouseStyle.screenLeastLineWidth)] {
            let group = try XCTUnwrap(groups(scene.pages[0].items, role: "nama wilayah").first)
            let casing = try XCTUnwrap(groups(group.items, role: "selubung garis penunjuk").first)
            let strokes = group.items.compactMap { item -> Shape? in if case .shape(let shape) = item { shape } else { nil } }
            let line = try XCTUnwrap(strokes.first { $0.stroke != nil }), dots = try XCTUnwrap(strokes.first { $0.fill != nil })
            let cased = casing.items.compactMap { item -> Shape? in if case .shape(let shape) = item { shape } else { nil } }
            XCTAssertEqual(cased.count, 2)
            XCTAssertEqual(cased[0].path, line.path, "the casing follows every leader")
            XCTAssertEqual(cased[1].path, dots.path, "and rings every dot")
            XCTAssertEqual(line.stroke?.width ?? 0, width, accuracy: 1e-9)
            XCTAssertEqual(cased[0].stroke?.width ?? 0, width + 2 * measures.leaderCasing, accuracy: 1e-9)
            XCTAssertEqual(cased.compactMap(\.stroke?.color), [MapColors.sea, MapColors.sea])
            let order = group.items.firstIndex { if case .group = $0 { true } else { false } }
            XCTAssertEqual(order, 0, "the casing is drawn first")
        }
    }

    /// The texts under a figure (source line, notes), joined as read: a paragraph's lines with a space.
    private func footerText(_ scene: Scene) -> String {
        groups(scene.pages[0].items, role: "components-below").flatMap(\.items).compactMap { item in
            if case .text(let run) = item { return run.text } else { return nil }
        }.joined(separator: " ")
    }

    /// Issue 14, defect 8: a kabupaten/kota left with neither a name nor a number (Kota Bogor, Kota Sukabumi, Kota
    /// Cirebon on Jawa Barat's booklet map) is named in a note under the figure, with the figure's own notes, exactly
    /// when there is one; in the publication's language.
    func testUnitsLeftUnnamedAreNamedInTheFiguresNote() throws {
        var withNote = 0, without = 0
        for (width, height) in [(600.0, 420.0), (450, 420), (420, 300), (360, 260)] {
            for extra in ["", "sorot: \"3273\"", "catatan: Data sementara.\nsorot: \"3273\""] {
                guard let map = try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML + "\n" + extra).figure.body as? MapData else { return XCTFail("not a map") }
                let scene = try scene(extra, yaml: MapFixtures.jabarRegencyMapYAML, width: width, height: height)
                let texts = Set(names(scene).runs.map(\.text) + keyTexts(scene))
                let forms = MapLabelPlacer.names(for: map.regions.map(\.name))
                let unlisted = zip(map.regions, forms).filter { !$0.1.contains(where: texts.contains) }.map(\.0.name)
                let footer = footerText(scene)
                let note = MapVocabulary.indonesian.unnamedRegions(unlisted)
                if unlisted.isEmpty {
                    without += 1
                    XCTAssertFalse(footer.contains("tidak diberi nama"), "\(extra) at \(width) × \(height): \(footer)")
                } else {
                    withNote += 1
                    XCTAssertTrue(footer.contains(note), "\(extra) at \(width) × \(height): \(note) not in \(footer)")
                    // One "Catatan:" list: the figure's own note first, the map's after it.
                    XCTAssertEqual(footer.components(separatedBy: "Catatan:").count, 2, footer)
                    if extra.contains("catatan") {
                        XCTAssertTrue(footer.contains("Catatan: 1. Data sementara. 2. "), footer)
                        XCTAssertTrue(footer.hasSuffix("3. " + note), footer)
                    }
                }
                // The figure keeps to its height with the note under it: the map gives up the room.
                let laid = layout.figureLayout.layout(try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML + "\n" + extra).figure, width: width, height: height)
                XCTAssertEqual(laid.size.height, height, accuracy: 0.01, "\(extra) at \(width) × \(height)")
            }
        }
        XCTAssertGreaterThan(withNote, 0, "some size leaves units unnamed")
        XCTAssertGreaterThan(without, 0, "some size names or keys every unit")
        // In English, English words.
        let english = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))
            .standalone(try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML, english: true).figure, width: 360, height: 260).scene
        let footer = footerText(english)
        if footer.contains("neither") { XCTAssertTrue(footer.contains("given neither a name nor a number, for want of room at this map's scale."), footer) }
        XCTAssertFalse(footer.contains("tidak diberi nama"), footer)
        XCTAssertEqual(MapVocabulary.english.unnamedRegions(["Kota Bogor", "Kota Sukabumi", "Kota Cirebon"]),
                       "Kota Bogor, Kota Sukabumi, and Kota Cirebon are given neither a name nor a number, for want of room at this map's scale.")
        XCTAssertEqual(MapVocabulary.indonesian.unnamedRegions(["Kota Bogor", "Kota Sukabumi", "Kota Cirebon"]),
                       "Kota Bogor, Kota Sukabumi, dan Kota Cirebon tidak diberi nama atau nomor karena tidak ada tempat untuknya pada skala peta ini.")
    }

    /// Issue 14: a standalone map's frame is as wide as the data, not the room (88°–150° BT for 95°–141°).
    func testStandaloneFrameIsTightToTheData() throws {
        let scene = try scene("")
        guard let clip = groups(scene.pages[0].items, role: "isi peta").first?.clip else { return XCTFail("no map") }
        let figure = try MapFixtures.tptMap()
        guard let map = figure.body as? MapData else { return XCTFail("not a map") }
        let extent = map.boundaries.extent
        let aspect = MapLayout.aspect(extent)
        XCTAssertEqual(clip.height / clip.width, aspect, accuracy: aspect * 0.02, "frame \(clip) against the extent's aspect \(aspect)")
    }

    func testTinyHighlightIsRingedOnTheIndexMap() throws {
        for (code, ringed) in [("31", true), ("32", false), ("21", true), ("19", true), ("33", false)] {
            let scene = try scene("sorot: \"\(code)\"")
            let inset = groups(scene.pages[0].items, role: "inset isi").flatMap(\.items)
            let circles = inset.filter { item in
                guard case .shape(let shape) = item, shape.fill == nil, shape.stroke != nil else { return false }
                return shape.path.elements.contains { if case .curve = $0 { return true } else { return false } }
            }
            XCTAssertEqual(!circles.isEmpty, ringed, "sorot \(code)")
        }
    }

    /// Greys compared as a reader sees them (CIE L*): every class apart, the dark blue and dark orange ends too.
    /// At screen type sizes (12 px at 1x) the scale's "1.000 km" reached under the north arrow's "U": the arrow now
    /// stands clear of the scale's last label, at print and at screen sizes.
    func testNorthArrowStandsClearOfTheScaleLabelsOnScreens() throws {
        for style in [HouseStyle.standard, HouseStyle.standard.forScreen()] {
            let screen = DocumentLayout(figureLayout: FigureLayout(style: style, measurer: FixedWidthMeasurer()))
            let scene = screen.standalone(try MapFixtures.bind(MapFixtures.tptMapYAML).figure, width: 600, height: 375).scene
            func runs(_ role: String) -> [TextRun] {
                groups(scene.pages[0].items, role: role).flatMap(\.items).compactMap { item in
                    if case .text(let run) = item { return run } else { return nil }
                }
            }
            let scale = runs("skala")
            XCTAssertEqual(scale.count, 3, "0, the middle and the end of the scale")
            let last = try XCTUnwrap(scale.max { $0.origin.x < $1.origin.x })
            let arrow = groups(scene.pages[0].items, role: "orientasi").flatMap(\.items).compactMap { item -> Double? in
                if case .shape(let shape) = item { return shape.path.bounds.minX } else { return nil }
            }
            let arrowLeft = try XCTUnwrap(arrow.min())
            XCTAssertLessThan(last.origin.x + last.width, arrowLeft,
                              "\(last.text) ends at \(last.origin.x + last.width), the arrow starts at \(arrowLeft)")
        }
    }

    func testDivergingRampsPartInGreyscaleAtBothEnds() {
        func lightness(_ color: Color) -> Double {
            let luma = MapColors.luma(color)
            let linear = luma <= 0.04045 ? luma / 12.92 : pow((luma + 0.055) / 1.055, 2.4)
            return linear > 216.0 / 24389 ? 116 * cbrt(linear) - 16 : linear * 24389 / 27
        }
        for count in 3...7 {
            var ramps = [MapColors.ramp(.diverging, count: count)]
            for below in 1..<count { ramps.append(MapColors.ramp(.diverging, count: count, below: below)) }
            for colors in ramps {
                let l = colors.map(lightness)
                XCTAssertGreaterThan(abs(l[0] - l[count - 1]), 10, "ends of \(count) classes: L* \(l)")
                let sorted = l.sorted()
                for (a, b) in zip(sorted, sorted.dropFirst()) { XCTAssertGreaterThan(b - a, 7, "\(count) classes: L* \(l)") }
            }
        }
        // Balanced about the turn: the classes either side of the national figure differ as little as each keeping its
        // own grey allows (half a step apart they differed by 21 L*, and the orange side looked the more extreme).
        for (count, below) in [(4, 2), (5, 2), (5, 3), (6, 3)] {
            let l = MapColors.ramp(.diverging, count: count, below: below).map(lightness)
            XCTAssertLessThan(abs(l[below - 1] - l[below]), 12, "\(count) classes turning after \(below): L* \(l)")
            if count == 2 * below {
                XCTAssertLessThan(abs(l[0] - l[count - 1]), 16, "\(count) classes turning after \(below): L* \(l)")
            }
        }
        // The orange side is the lighter: its darkest a burnt orange, not a brown near black (proof-reading 24),
        // whichever side has more classes, and with many classes alternating (where the orange side has more than
        // twice the blue's classes, its last takes the darkest grey: every class keeps its own).
        for (count, below) in [(4, 2), (5, 2), (5, 3), (6, 3), (3, 1), (8, 4)] {
            let colors = MapColors.ramp(.diverging, count: count, below: below)
            for index in below..<count {
                XCTAssertGreaterThan(MapColors.luma(colors[index]), 0.3, "\(count) classes turning after \(below), class \(index)")
            }
        }
    }
}
