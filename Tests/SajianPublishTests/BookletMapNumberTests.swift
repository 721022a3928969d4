import Foundation
@testable import SajianForms
import SajianCairo
import SajianPublish
import SajianScene
import SajianTestSupport
import XCTest

/// The province booklets' national map, measured with Pango as published: a province's number stands on the sea or
/// on its own province, never on another's fill, where it reads as that province's (Jawa Timur's 15 stood inside
/// Kalimantan Tengah on every booklet, proof-reading 7).
final class BookletMapNumberTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    private func groups(_ items: [SceneItem], role: String) -> [Group] {
        items.flatMap { item -> [Group] in
            guard case .group(let group) = item else { return [] }
            return (group.role == role ? [group] : []) + groups(group.items, role: role)
        }
    }

    /// A template's scene as published, measured with Pango: for one region (a province's code, or a kabupaten/kota's
    /// four digits), or the template's own.
    private func publishedScene(_ template: String, region code: String?) throws -> Scene {
        var options = PublishOptions(datasetsDirectory: TestSupport.path("Datasets"), catalogPath: catalog,
                                     date: Date(timeIntervalSince1970: 1_700_000_000))
        if let code { options.region = try Publisher.regions(code, level: code.count == 4 ? .regency : .province).first }
        return try Publisher().publicationScene(template: TestSupport.path("Templates/\(template).yaml"), options: options,
                                                measurer: PangoTextMeasurer()).scene
    }

    func testNumbersStandOnTheSeaOrTheirOwnProvince() throws {
        var numbers = 0
        for (template, code) in [("buku-saku-provinsi", "18"), ("buku-saku-provinsi", "35"), ("buku-saku-provinsi", "63")] {
            let scene = try publishedScene(template, region: code)
            // Page by page: the bulletin has two maps, each on its own page.
            for page in scene.pages {
                // Each province's fill, by its number (its place among the map's regions, in the order they are drawn).
                guard let drawn = groups(page.items, role: "wilayah").first else { continue }
                let regions = drawn.items.compactMap { item -> Color? in
                    guard case .group(let group) = item, case .shape(let shape)? = group.items.first else { return nil }
                    return shape.fill
                }
                XCTAssertEqual(regions.count, 38)
                let marks = letters(in: page.items, names: drawnRegions(drawn).map(\.name))
                for group in groups(page.items, role: "nama wilayah") {
                    for case .text(let run) in group.items {
                        guard let number = markedRegion(run.text, letters: marks).map({ $0 + 1 }), number >= 1, number <= regions.count else { continue }
                        numbers += 1
                        // The halo is the fill under the number's centre; white where it stands over its coast and the sea.
                        let halo = run.style.halo?.color
                        XCTAssertTrue(halo == .white || halo == MapColors.sea || halo == regions[number - 1],
                                      "\(template) \(code ?? ""): number \(number) stands on another province")
                    }
                }
            }
        }
        // 21 and more on the portrait A5 map; the landscape page keyed 5 or 6 a booklet, and with the provinces' short
        // forms (Sumbar, Kalteng; stop 36) one or two: still some, so that the check above has numbers to check (a
        // booklet's map, with its highlighted province, keeps a key of one or two; proof-reading 28).
        XCTAssertGreaterThan(numbers, 2, "provinces were numbered")
    }

    /// The leaders on a map's label layer (stroked paths of move-line pairs) and its names (text runs), as drawn.
    private func leadersAndNames(_ items: [SceneItem]) -> (leaders: [(Point, Point)], names: [TextRun]) {
        var leaders: [(Point, Point)] = [], names: [TextRun] = []
        for group in groups(items, role: "nama wilayah") {
            for item in group.items {
                switch item {
                case .shape(let shape) where shape.fill == nil && shape.stroke != nil:
                    var start: Point?
                    for element in shape.path.elements {
                        switch element {
                        case .move(let point): start = point
                        case .line(let point): if let from = start { leaders.append((from, point)) }
                        default: start = nil
                        }
                    }
                case .text(let run): names.append(run)
                default: break
                }
            }
        }
        return (leaders, MapNameRuns.joiningTwoLineNames(names))
    }

    /// Proof-reading 7, #5: no two leaders cross, and no leader runs through a name or number other than its own
    /// (the one at its end), on the province booklets' national map and the kabupaten/kota booklets' map.
    func testLeadersCrossNeitherEachOtherNorOtherNames() throws {
        var checked = 0
        for (template, code) in [("buku-saku-provinsi", "19"), ("buku-saku-provinsi", "64"), ("buku-saku-provinsi", "97"),
                                 ("buku-saku-kabupaten-kota-jabar", "3217"), ("buku-saku-kabupaten-kota-jabar", "3201")] {
            let scene = try publishedScene(template, region: code)
            let (leaders, names) = leadersAndNames(scene.pages.flatMap(\.items))
            XCTAssertFalse(leaders.isEmpty, "\(code): the map has leaders")
            for (index, leader) in leaders.enumerated() {
                for other in leaders[(index + 1)...] {
                    XCTAssertFalse(EdgeIndex.segments(leader.0, leader.1, other.0, other.1),
                                   "\(code): two leaders cross, from \(leader.0) and from \(other.0)")
                }
                // The name a leader leads to is the one nearest its end.
                func distance(_ rect: Rect) -> Double {
                    hypot(max(rect.minX - leader.1.x, 0, leader.1.x - rect.maxX), max(rect.minY - leader.1.y, 0, leader.1.y - rect.maxY))
                }
                let own = names.indices.min { distance(names[$0].bounds) < distance(names[$1].bounds) }
                for (nameIndex, name) in names.enumerated() where nameIndex != own {
                    XCTAssertFalse(EdgeIndex.segment(leader.0, leader.1, crosses: name.bounds),
                                   "\(code): the leader from \(leader.0) runs through \"\(name.text)\"")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 30)
    }

    /// Each region's rings as drawn (its first shape's path), in drawing order, per map on the pages.
    /// The letters a national map marks its regions by (since proof-reading 50, F7, a booklet's too; "A Papua
    /// Pegunungan" in its key), each with its region's place among `names` (0 first).
    private func letters(in items: [SceneItem], names: [String]) -> [String: Int] {
        let key = groups(items, role: "kunci nomor wilayah").flatMap(\.items).compactMap { item -> String? in
            if case .text(let run) = item { run.text.replacingOccurrences(of: "\u{00A0}", with: " ") } else { nil }
        }
        var result: [String: Int] = [:]
        for (mark, name) in zip(key, key.dropFirst()) where mark.count == 1 && mark.first!.isUppercase {
            if let index = names.firstIndex(of: name) { result[mark] = index }
        }
        return result
    }

    /// A mark on the map, a number or a letter (`letters`), as its region's place among the map's regions (0 first).
    private func markedRegion(_ text: String, letters: [String: Int]) -> Int? { Int(text).map { $0 - 1 } ?? letters[text] }

    private func drawnRegions(_ map: Group) -> [(name: String, rings: [[Point]], fill: Color?)] {
        map.items.compactMap { item in
            guard case .group(let region) = item, region.role.hasPrefix("wilayah "), case .shape(let shape)? = region.items.first else { return nil }
            var rings: [[Point]] = []
            for element in shape.path.elements {
                switch element {
                case .move(let point): rings.append([point])
                case .line(let point): rings[rings.count - 1].append(point)
                default: break
                }
            }
            return (String(region.role.dropFirst("wilayah ".count)), rings, shape.fill)
        }
    }

    /// Proof-reading 5 and 7 (#3): Kab. Cirebon's leader dot lies on its own fill alone. A point outside Kota Cirebon
    /// in a notch of its outline, it still covered Kota Cirebon's fill on the example maps. (A dot may still touch a
    /// neighbour where no anchor clear of the borders leads to a place: it is not asserted of every dot.)
    func testKabupatenCirebonsLeaderDotIsOnItsOwnFill() throws {
        var dots = 0
        for (template, code) in [("contoh-peta", nil), ("buku-saku-kabupaten-kota-jabar", "3209"), ("buku-saku-kabupaten-kota-jabar", "3274")] as [(String, String?)] {
            let scene = try publishedScene(template, region: code)
            for content in groups(scene.pages.flatMap(\.items), role: "isi peta") {
                guard let map = groups(content.items, role: "wilayah").first else { continue }
                let regions = drawnRegions(map)
                // The region whose fill shows at a point: the last drawn that holds it.
                func shown(at point: Point) -> String? {
                    regions.last { MapLabelPlacer.evenOdd($0.rings, point) }?.name
                }
                for names in groups(content.items, role: "nama wilayah") {
                    for case .shape(let shape) in names.items where shape.fill != nil {
                        // Each dot is a circle: a move, then four quarters; its centre is the mean of their ends.
                        var ends: [Point] = []
                        for element in shape.path.elements {
                            switch element {
                            case .move(let point): ends = [point]
                            case .curve(_, _, let end): ends.append(end)
                            default: break
                            }
                            guard ends.count == 5 else { continue }
                            let centre = Point(x: ends.dropFirst().map(\.x).reduce(0, +) / 4, y: ends.dropFirst().map(\.y).reduce(0, +) / 4)
                            let radius = hypot(ends[0].x - centre.x, ends[0].y - centre.y)
                            let around = (0..<12).map { step -> Point in
                                let angle = Double(step) * .pi / 6
                                return Point(x: centre.x + radius * cos(angle), y: centre.y + radius * sin(angle))
                            }
                            // A region hardly wider than the dot (DKI Jakarta on the national map) cannot hold it alone.
                            if let own = regions.last(where: { MapLabelPlacer.evenOdd($0.rings, centre) }) {
                                let points = own.rings.flatMap { $0 }
                                let width = points.map(\.x).max()! - points.map(\.x).min()!, height = points.map(\.y).max()! - points.map(\.y).min()!
                                if min(width, height) < 4 * radius { ends = []; continue }
                            }
                            let under = Set(([centre] + around).compactMap(shown))
                            if under.contains("Kabupaten Cirebon") || under.contains("Kota Cirebon") {
                                XCTAssertEqual(under.count, 1, "\(template) \(code ?? ""): a leader's dot at \(centre) covers \(under.sorted())")
                                dots += 1
                            }
                            ends = []
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(dots, 2, "Kab. Cirebon's and Kota Cirebon's dots were found")
    }

    /// Proof-reading 7, #4 and #7: a province left with neither a name nor a number goes again, named right after the
    /// highlighted one, so no booklet says "tidak diberi nama atau nomor" (Banten on Bangka Belitung's, DKI Jakarta on
    /// Sumatera Utara's and Bengkulu's), and Bangka Belitung's booklet is back to 8 pages.
    func testEveryProvinceIsNamedOrNumberedOnTheBooklets() throws {
        for code in ["19", "12", "17"] {
            let scene = try publishedScene("buku-saku-provinsi", region: code)
            let text = scene.textRuns.map(\.run.text).joined(separator: " ")
            XCTAssertFalse(text.contains("tidak diberi nama atau nomor"), "booklet \(code) leaves a province unnamed")
            // 10 since the map has a landscape page of its own (and a blank page kept the back cover outside); 12
            // since `kelipatan-halaman: 4` (three notes pages).
            if code == "19" { XCTAssertEqual(scene.pages.count, 12, "Bangka Belitung's booklet") }
        }
    }

    /// The box around rings, as minimum and maximum points.
    private func box(_ rings: [[Point]]) -> (min: Point, max: Point) {
        let points = rings.flatMap { $0 }
        return (Point(x: points.map(\.x).min()!, y: points.map(\.y).min()!), Point(x: points.map(\.x).max()!, y: points.map(\.y).max()!))
    }

    /// Whether the box of `outer` holds the box of `inner` and is ten times its size (`MapLabelPlacer`'s `besideEnclave`).
    private func surrounds(_ outer: [[Point]], _ inner: [[Point]]) -> Bool {
        let a = box(outer), b = box(inner)
        return a.min.x <= b.min.x && a.min.y <= b.min.y && a.max.x >= b.max.x && a.max.y >= b.max.y
            && (a.max.x - a.min.x) * (a.max.y - a.min.y) >= 10 * (b.max.x - b.min.x) * (b.max.y - b.min.y)
    }

    /// The distance between a rectangle and the box of `rings` (0 where they meet).
    private func distance(_ rect: Rect, _ rings: [[Point]]) -> Double {
        let b = box(rings)
        return hypot(max(b.min.x - rect.maxX, 0, rect.minX - b.max.x), max(b.min.y - rect.maxY, 0, rect.minY - b.max.y))
    }

    /// Proof-reading 8, N1 and N2: on every province booklet's map, a province's name or number stands on the sea or
    /// on its own fill (the one drawn on top there), never on another province's, where it reads as that province's
    /// ("Papua Pegunungan" stood over Papua Barat on Papua Selatan's and Papua Tengah's booklets, Bangka Belitung's "9"
    /// in Kalimantan Barat on Jawa Barat's). A number may stand right beside a region another surrounds, in that
    /// other's fill, at its leader's shortest. Measured by geometry, not by colour: neighbours often share a class.
    func testNamesStandOnTheSeaOrTheirOwnFill() throws {
        var checked = 0
        for code in try Publisher.regions("semua", level: .province).map(\.code) {
            let items = try publishedScene("buku-saku-provinsi", region: code).pages.flatMap(\.items)
            let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first, "the map's regions"))
            XCTAssertEqual(drawn.count, 38)
            let forms = MapLabelPlacer.names(for: drawn.map(\.name))
            let marks = letters(in: items, names: drawn.map(\.name))
            var runs: [TextRun] = []
            for group in groups(items, role: "nama wilayah") {
                for case .text(let run) in group.items { runs.append(run) }
            }
            for run in MapNameRuns.joiningTwoLineNames(runs) {
                // A number is its region's place among the map's regions (proof-reading 8, N1: Bangka Belitung's "9"
                // stood in Kalimantan Barat); the key's numbers stand in a group of their own.
                let owner: Int
                if let marked = markedRegion(run.text, letters: marks) {
                    guard drawn.indices.contains(marked) else { continue }
                    owner = marked
                } else {
                    guard let named = forms.firstIndex(where: { $0.contains(run.text) }) else { continue }
                    owner = named
                }
                checked += 1
                // Points across the name's box, inset a little from its edges (where the glyphs are).
                let box = run.bounds
                // A number centred on its own region, too small to hold it, on a halo (of its own fill) reads as its
                // (Kota Cimahi's, proof-reading 9 and 35).
                if markedRegion(run.text, letters: marks) != nil, let halo = run.style.halo?.color, halo == .white || halo == drawn[owner].fill,
                   drawn.indices.last(where: { MapLabelPlacer.evenOdd(drawn[$0].rings, Point(x: box.midX, y: box.midY)) }) == owner { continue }
                for column in 1...5 {
                    for row in 1...3 {
                        let point = Point(x: box.minX + box.width * Double(column) / 6, y: box.minY + box.height * Double(row) / 4)
                        guard let under = drawn.indices.last(where: { MapLabelPlacer.evenOdd(drawn[$0].rings, point) }) else { continue }
                        // A number may stand right beside a region the other one surrounds (DKI Jakarta's in Jawa Barat).
                        if markedRegion(run.text, letters: marks) != nil, surrounds(drawn[under].rings, drawn[owner].rings), distance(box, drawn[owner].rings) < 12 { continue }
                        XCTAssertEqual(drawn[under].name, drawn[owner].name, "booklet \(code): \"\(run.text)\" stands on \(drawn[under].name)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }
}

extension BookletMapNumberTests {
    /// Proof-reading 8, N10: the national map changed from booklet to booklet (Riau named north on one and south on
    /// the others, numbers moving), and readers compare booklets. Where the booklet's own province is named in it,
    /// every booklet draws the one layout: every name and number stands in the same place (the own province's too).
    func testEveryBookletDrawsTheSameNationalLayout() throws {
        var layouts: [String: [String]] = [:]
        let codes = try Publisher.regions("semua", level: .province).map(\.code)
        for code in codes {
            let scene = try publishedScene("buku-saku-provinsi", region: code)
            let items = scene.pages.flatMap(\.items)
            let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first, "the map's regions"))
            // Places relative to the map's land (the map stands lower or higher on the page from booklet to booklet).
            let land = box(drawn.flatMap(\.rings))
            var runs: [String] = []
            for group in groups(items, role: "nama wilayah") {
                for case .text(let run) in group.items {
                    runs.append("\(run.text)@\(Int((run.origin.x - land.min.x).rounded())),\(Int((run.origin.y - land.min.y).rounded()))")
                }
            }
            layouts[runs.sorted().joined(separator: "|"), default: []].append(code)
        }
        let largest = layouts.values.map(\.count).max() ?? 0
        // 15 of 38 today: on the others the own province is numbered in the shared layout, or a leader crosses it or a
        // name stands on its outline, and its own layout (the province placed first) is kept. Before: 8 alike at most.
        XCTAssertGreaterThanOrEqual(largest, 15, "the most booklets sharing one layout: \(largest); \(layouts.values.map { $0.joined(separator: ",") })")
    }
}

extension BookletMapNumberTests {
    /// Proof-reading 8, N4: two leaders' dots side by side read as one region's (Lampung's and Banten's stood 3,8 pt apart
    /// across the Sunda Strait, Jawa Tengah's beside Jawa Timur's, on most booklets). On every province booklet's
    /// national map and on the kabupaten/kota booklets' map, dots keep `leaderDotSpacing` (4,5 pt, 1,6 mm) apart,
    /// centre to centre, wherever a region has an anchor that far from the others: today all but five pairs, four of
    /// them about DI Yogyakarta (whose every anchor lies that near Jawa Tengah's or Jawa Timur's). Before: 58 pairs.
    func testLeaderDotsStandApart() throws {
        var near: [String] = []
        let spacing = MapLabelMetrics.standard.leaderDotSpacing
        let booklets = try Publisher.regions("semua", level: .province).map { ("buku-saku-provinsi", $0.code) }
            + ["3201", "3217", "3273"].map { ("buku-saku-kabupaten-kota-jabar", $0) }
        for (template, code) in booklets {
            let (leaders, _) = leadersAndNames(try publishedScene(template, region: code).pages.flatMap(\.items))
            for (index, leader) in leaders.enumerated() {
                for other in leaders[(index + 1)...] where hypot(leader.0.x - other.0.x, leader.0.y - other.0.y) < spacing {
                    near.append("booklet \(code): dots at \(leader.0) and \(other.0)")
                }
            }
        }
        XCTAssertLessThanOrEqual(near.count, 5, "dots nearer than \(spacing) pt: \(near)")
    }
}

extension BookletMapNumberTests {
    /// Proof-reading 9, M1: on the kabupaten/kota booklets' map Kota Cimahi's "25" stood in Kab. Bandung Barat above
    /// its "17", and Kota Depok's "24" in Kab. Bogor. A number now stands on the sea or on its own region: a region too
    /// small to hold it gets it centred on itself, on a white halo. Checked at the centre of every number's box.
    /// Proof-reading 13, Q-1: a kota's number may also stand on the booklet's own unit, beside the kota on a leader of
    /// at most 3,5 mm, off the unit's outline (Kota Bogor's "19" on Kab. Bogor); and, where that is the only way off the
    /// outline, on a neighbour the same way, haloed (proof-reading 32: Kota Cimahi's "25" over Kab. Bandung Barat in 3273).
    func testKabupatenKotaNumbersStandOnTheirOwnRegion() throws {
        var checked = 0
        for code in ["3201", "3217", "3273"] {
            let items = try publishedScene("buku-saku-kabupaten-kota-jabar", region: code).pages.flatMap(\.items)
            let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first, "the map's regions"))
            let own = try XCTUnwrap(try Publisher.regions(code, level: .regency).first).name
            let leaders = leadersAndNames(items).leaders
            for group in groups(items, role: "nama wilayah") {
                for case .text(let run) in group.items {
                    guard let number = Int(run.text), number >= 1, number <= drawn.count else { continue }
                    let centre = Point(x: run.bounds.midX, y: run.bounds.midY)
                    guard let under = drawn.indices.last(where: { MapLabelPlacer.evenOdd(drawn[$0].rings, centre) }) else { continue }
                    let bounds = run.bounds
                    let beside = leaders.contains { leader in
                        hypot(max(bounds.minX - leader.1.x, 0, leader.1.x - bounds.maxX), max(bounds.minY - leader.1.y, 0, leader.1.y - bounds.maxY)) < 2
                            && hypot(leader.1.x - leader.0.x, leader.1.y - leader.0.y) <= 3.5 * 72 / 25.4
                            && MapLabelPlacer.evenOdd(drawn[number - 1].rings, leader.0)
                    }
                    if beside && (drawn[under].name == own || run.style.halo != nil) { checked += 1; continue }
                    XCTAssertEqual(drawn[under].name, drawn[number - 1].name, "booklet \(code): \"\(number)\" stands on \(drawn[under].name)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }
}

extension BookletMapNumberTests {
    /// Proof-reading 9, S3, and 10, N-2 (issue 14: always name the highlighted region): 8 of the 27 kabupaten/kota
    /// booklets showed their own unit only as a keyed number; then 7 named it over other units on a halo ("Kota
    /// Bandung" across Kab. Sumedang, which lost its own name), where it read as theirs. Every booklet names its unit
    /// in the map's legend, by its outline. Proof-reading 12, Q-7: 8 booklets still showed their own unit on the map
    /// only as a number (3214, 3217, 3271, 3272, 3273, 3277, 3278, 3279). Now the unit's name goes, after every other
    /// name, on a leader of at most 9,5 mm from its dot over a neighbour's fill, dark on a white halo, where it finds
    /// room (Kota Bogor, Kota Sukabumi, Kota Cimahi, Kota Banjar); four still show only their number. Its name stands
    /// on its own unit or the sea, or over another unit only so.
    func testEveryKabupatenKotaBookletNamesItsOwnUnitInTheLegendAndNeverOverOthers() throws {
        var unnamed: [String] = [], overOthers: [String] = [], notOnMap: [String] = []
        for region in try Publisher.regions("32", level: .regency) {
            let items = try publishedScene("buku-saku-kabupaten-kota-jabar", region: region.code).pages.flatMap(\.items)
            let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first, "the map's regions"))
            let forms = MapLabelPlacer.names(for: drawn.map(\.name))
            guard let own = drawn.firstIndex(where: { $0.name == region.name }) else { unnamed.append(region.name + " (not drawn)"); continue }
            let legend = groups(items, role: "legenda").flatMap(\.items).compactMap { item -> String? in
                if case .text(let run) = item { return run.text } else { return nil }
            }
            // With its value since proof-reading 39: "Kabupaten Bogor 7,34".
            if !legend.contains(where: { $0.hasPrefix(region.name + " ") && DrawOrder.isNumber(String($0.dropFirst(region.name.count + 1))) }) {
                unnamed.append(region.name)
            }
            let (leaders, names) = leadersAndNames(items)
            let ownNames = names.filter { forms[own].contains($0.text) }
            if ownNames.isEmpty { notOnMap.append(region.code) }
            for run in ownNames {
                let share = shareOverOtherRegions(run.bounds, own: own, drawn: drawn)
                let bounds = run.bounds
                let leader = leaders.first { leader in
                    hypot(max(bounds.minX - leader.1.x, 0, leader.1.x - bounds.maxX), max(bounds.minY - leader.1.y, 0, leader.1.y - bounds.maxY)) < 2
                }
                let short = leader.map { hypot($0.1.x - $0.0.x, $0.1.y - $0.0.y) <= 27.5 } ?? false
                if share > 0.1, !(short && run.style.halo?.color == .white) { overOthers.append("\(region.name): \(Int(share * 100)) %") }
            }
        }
        XCTAssertEqual(notOnMap, [], "booklets whose map names their own unit only by its number")
        XCTAssertEqual(unnamed, [], "booklets whose legend does not name their own unit")
        XCTAssertEqual(overOthers, [], "booklets naming their own unit over other units")
    }
}

extension BookletMapNumberTests {
    /// The share of `box` (sampled 9 × 3) that lies over a region other than `own` (the last drawn at each point).
    private func shareOverOtherRegions(_ box: Rect, own: Int, drawn: [(name: String, rings: [[Point]], fill: Color?)]) -> Double {
        var over = 0, count = 0
        for i in 0..<9 {
            for j in 0..<3 {
                let point = Point(x: box.minX + box.width * (Double(i) + 0.5) / 9, y: box.minY + box.height * (Double(j) + 0.5) / 3)
                count += 1
                if let under = drawn.indices.last(where: { MapLabelPlacer.evenOdd(drawn[$0].rings, point) }), under != own { over += 1 }
            }
        }
        return Double(over) / Double(count)
    }

    /// Proof-reading 9, S4, and 10, N-1: on the 38 province booklets' national map DKI Jakarta's "11" stood centred on
    /// Jakarta, 47 % over Jawa Barat (29 booklets), or ran 23 mm along the Java Sea (Sumatera Selatan's) or 15 mm along
    /// Java across four provinces (Banten's); names of coastal provinces ran across their neighbours (Riau's across
    /// Sumatera Barat). Now, over the 38 booklets, no number stands a tenth over another province (no name but a
    /// booklet's own); besides Papua Pegunungan's (it has no coast) nine leaders cross another province (seven before leaders kept a millimetre from other dots, proof-reading 12) (a booklet's
    /// own province's name, which must find a place, or a number's short leader over a neighbour's coast); and no
    /// leader is longer than 12,5 mm (three were, all to a booklet's own name, before proof-reading 11). Before: 61 numbers over another province (the
    /// editor's count: "11" on 29 booklets, Bengkulu's "7" on 31), 44 crossing leaders besides Papua Pegunungan's, 6
    /// leaders longer than 12,5 mm.
    ///
    /// Proof-reading 11–13, P-10: on the A5 page's 118 mm the map keyed 18–21 provinces by number on every booklet
    /// (725 in all). The map now has a landscape page of its own (180 mm) and keys at most 6 (about 220 in all).
    func testProvinceMapsKeepLabelsOnTheirOwnProvinceAndLeadersShort() throws {
        var over: [String] = [], crossing: [String] = [], long: [String] = [], portrait: [String] = [], keyed: [String] = [], few: [String] = []
        for region in try Publisher.regions("semua", level: .province) {
            let pages = try publishedScene("buku-saku-provinsi", region: region.code).pages
            let mapPages = pages.filter { !groups($0.items, role: "wilayah").isEmpty }
            if mapPages.count != 1 || mapPages.contains(where: { $0.size.width < $0.size.height }) { portrait.append(region.code) }
            let items = pages.flatMap(\.items)
            let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first))
            let marks = letters(in: items, names: drawn.map(\.name))
            let numbered = groups(items, role: "nama wilayah").flatMap(\.items).filter {
                guard case .text(let run) = $0 else { return false }
                return markedRegion(run.text, letters: marks) != nil
            }.count
            if numbered > 6 { keyed.append("\(region.code): \(numbered)") }
            if numbered > 0 && numbered < 6 { few.append("\(region.code): \(numbered)") }
            let forms = MapLabelPlacer.names(for: drawn.map(\.name))
            let (leaders, names) = leadersAndNames(items)
            for run in names {
                let owner = markedRegion(run.text, letters: marks) ?? forms.firstIndex { $0.contains(run.text) }
                guard let owner, drawn.indices.contains(owner), drawn[owner].name != region.name else { continue }
                let share = shareOverOtherRegions(run.bounds, own: owner, drawn: drawn)
                if share > 0.1 { over.append("\(region.code) \(run.text) \(Int(share * 100)) %") }
            }
            for leader in leaders {
                let owner = drawn.indices.last { MapLabelPlacer.evenOdd(drawn[$0].rings, leader.0) }
                let length = hypot(leader.1.x - leader.0.x, leader.1.y - leader.0.y) * 25.4 / 72
                if length > 12.5 { long.append("\(region.code) \(owner.map { drawn[$0].name } ?? "?") \(Int(length)) mm") }
                guard let owner, drawn[owner].name != "Papua Pegunungan" else { continue }
                let crosses = drawn.indices.contains { index in
                    index != owner && drawn[index].rings.contains { ring in
                        ring.indices.contains { EdgeIndex.segments(leader.0, leader.1, ring[$0], ring[($0 + 1) % ring.count]) }
                    }
                }
                if crosses { crossing.append("\(region.code) \(drawn[owner].name)") }
            }
        }
        // Proof-reading 11: DI Yogyakarta's "14" stood a third over Jawa Tengah on Bangka Belitung's booklet (the last
        // resort of a number whose every other place was taken); none now.
        XCTAssertEqual(over, [], "numbers or names over another province")
        // 9 since leaders keep a millimetre from other dots (proof-reading 12, Q-1; 7 before).
        XCTAssertLessThanOrEqual(crossing.count, 9, "leaders across other provinces: \(crossing)")
        // Proof-reading 11: a booklet's own name stands right beside it (`maximumSubjectLeaderLength`); the three
        // leaders longer than 12,5 mm were all to one.
        XCTAssertEqual(long, [], "leaders longer than 12,5 mm")
        XCTAssertEqual(portrait, [], "booklets whose map is not alone on a landscape page")
        XCTAssertEqual(keyed, [], "booklets keying more than 6 provinces by number")
        // Proof-reading 28: named in the sea, "Sulteng" stood under Maluku Utara's Sula Islands and read as theirs;
        // another region's name keeps `otherNameOutlineGap` from the outline. With the index map's shorter caption ("letak"
        // gone) the map is wider: 19 booklets key one or two, where 37 did. Proof-reading 45 (F6): 15 of them keyed
        // Sulawesi Tengah alone, a large province; the retry that names one to three keyed regions first now runs on a
        // booklet's map too, and keeps a placement that names more of them: four key one or two. Proof-reading 50
        // (F7): Papua Pegunungan, landlocked, is lettered and keyed rather than named on a leader through Papua, on every
        // booklet but its own; 18, 35 and 63 key DKI Jakarta or DI Yogyakarta too, and 18 and 35 Sulawesi Tengah, as
        // before (the retry that named Sulawesi Tengah there set the others' letters on leaders across Jawa Barat and
        // Jawa Tengah, proof-reading 51).
        let codes = try Publisher.regions("semua", level: .province).map(\.code).filter { $0 != "97" }
        XCTAssertEqual(few, codes.map { "\($0): \(["18": 3, "35": 3, "63": 2][$0] ?? 1)" }, "booklets keying one to three provinces")
    }
}

extension BookletMapNumberTests {
    /// The distance from `box` to the nearest point of `rings` (0 where the box's centre lies inside them or a ring
    /// crosses the box).
    private func distance(from box: Rect, toOutline rings: [[Point]]) -> Double {
        if MapLabelPlacer.evenOdd(rings, Point(x: box.midX, y: box.midY)) { return 0 }
        var nearest = Double.infinity
        let corners = [Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY), Point(x: box.maxX, y: box.maxY),
                       Point(x: box.minX, y: box.maxY)]
        for ring in rings where ring.count > 1 {
            for index in ring.indices {
                let a = ring[index], b = ring[(index + 1) % ring.count]
                if EdgeIndex.segment(a, b, crosses: box) { return 0 }
                nearest = min(nearest, hypot(max(box.minX - a.x, 0, a.x - box.maxX), max(box.minY - a.y, 0, a.y - box.maxY)))
                for corner in corners { nearest = min(nearest, EdgeIndex.distance(from: corner, toSegment: a, b)) }
            }
        }
        return nearest
    }

    /// Proof-reading 11: a booklet's own province is what its reader looks for first on the map. Kalimantan Tengah's
    /// booklet left Kepulauan Bangka Belitung with neither a name nor a number ("… tidak diberi nama atau nomor",
    /// DKI Jakarta's "11" having taken the Java Sea its name needed), and "Sum. Utara" stood about 15 mm from its dot on
    /// its own booklet, Sulawesi Selatan's and Sulawesi Barat's names as far, on long leaders read as faults (six
    /// booklets named their own province over 10 mm from its dot). On every one of the 38 booklets the own province is
    /// named (never numbered) inside itself or beside it, its name within 10 mm of its outline on a leader of at most
    /// 10 mm (all but Bangka Belitung's within 6 mm, on leaders of at most 9,5 mm; "Kep. Bangka Belitung" 9,7 mm off,
    /// the sea beside its islands too narrow for the name), and every province but one is named or numbered.
    func testEveryBookletNamesEveryProvinceAndItsOwnBesideIt() throws {
        var unnamed: [String] = [], far: [String] = [], measured: [String] = []
        let millimetre = 72 / 25.4
        for region in try Publisher.regions("semua", level: .province) {
            let scene = try publishedScene("buku-saku-provinsi", region: region.code)
            if scene.textRuns.map(\.run.text).joined(separator: " ").contains("tidak diberi nama atau nomor") { unnamed.append(region.code) }
            let items = scene.pages.flatMap(\.items)
            let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first))
            let own = try XCTUnwrap(drawn.firstIndex { $0.name == region.name })
            let forms = MapLabelPlacer.names(for: drawn.map(\.name))
            let (leaders, names) = leadersAndNames(items)
            // Every province by its name or its number on the map (a national map whose key fits nowhere numbers none
            // and notes none).
            let marks = letters(in: items, names: drawn.map(\.name))
            let identified = Set(names.compactMap { run in markedRegion(run.text, letters: marks) ?? forms.firstIndex { $0.contains(run.text) } })
            if identified.count != drawn.count { unnamed.append("\(region.code) (\(drawn.count - identified.count) on the map)") }
            guard let name = names.first(where: { forms[own].contains($0.text) }) else {
                far.append("\(region.code) not named")
                continue
            }
            let gap = distance(from: name.bounds, toOutline: drawn[own].rings) / millimetre
            // Its leader: the one ending nearest its name's box, within a point of it.
            func reach(_ end: Point) -> Double {
                hypot(max(name.bounds.minX - end.x, 0, end.x - name.bounds.maxX), max(name.bounds.minY - end.y, 0, end.y - name.bounds.maxY))
            }
            let leader = leaders.filter { reach($0.1) < 2 }.min { reach($0.1) < reach($1.1) }
            let length = leader.map { hypot($0.1.x - $0.0.x, $0.1.y - $0.0.y) / millimetre } ?? 0
            measured.append("\(region.code) \(String(format: "%.1f", gap))/\(String(format: "%.1f", length))")
            // Papua Pegunungan has no coast: its name crosses Papua to the sea, clear of Papua's islands (proof-reading
            // 16, #2: beside it, its first letter stood on the tip of one, black on navy), 10 mm off on a 12 mm leader.
            let landlocked = region.code == "97"
            if gap > (landlocked ? 11 : 10) || length > (landlocked ? 12.5 : 10) { far.append("\(region.code) \(name.text): \(Int(gap.rounded())) mm off, leader \(Int(length.rounded())) mm") }
        }
        // Kalimantan Tengah's booklet still leaves Kepulauan Bangka Belitung with neither (noted under the map): every
        // placement found either leaves it so or names the booklet's own province far from it (12 mm, keying 21).
        XCTAssertTrue(Set(unnamed).isSubset(of: ["62", "62 (1 on the map)"]), "booklets leaving a province with neither a name nor a number: \(unnamed)")
        XCTAssertEqual(far, [], "booklets whose own province is named far from it")
    }
}

extension BookletMapNumberTests {
    /// One province booklet's national map as published: its regions as drawn, the own province's place among them,
    /// the text runs of its names and numbers (two-line names as their two runs), its leaders, and whether the booklet
    /// notes a province left with neither name nor number.
    struct BookletMap {
        var code: String
        var drawn: [(name: String, rings: [[Point]], fill: Color?)]
        var own: Int
        var runs: [TextRun]
        var leaders: [(Point, Point)]
        var notesUnnamed: Bool
    }

    /// The 38 booklets' maps, published once for the tests below.
    nonisolated(unsafe) private static var surveyed: [BookletMap]?

    func bookletMaps() throws -> [BookletMap] {
        if let surveyed = Self.surveyed { return surveyed }
        var maps: [BookletMap] = []
        for region in try Publisher.regions("semua", level: .province) {
            let scene = try publishedScene("buku-saku-provinsi", region: region.code)
            let items = scene.pages.flatMap(\.items)
            let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first))
            let own = try XCTUnwrap(drawn.firstIndex { $0.name == region.name })
            var runs: [TextRun] = []
            for group in groups(items, role: "nama wilayah") {
                for case .text(let run) in group.items { runs.append(run) }
            }
            let notes = scene.textRuns.map(\.run.text).joined(separator: " ").contains("tidak diberi nama")
            maps.append(BookletMap(code: region.code, drawn: drawn, own: own, runs: runs, leaders: leadersAndNames(items).leaders,
                                   notesUnnamed: notes))
        }
        Self.surveyed = maps
        return maps
    }

    /// Proof-reading 12, Q-2 and Q-4: Sulawesi Selatan's "27" and its white knockout stood on the south corner of the
    /// highlighted Sulawesi Barat and blanked part of its orange outline; "Sum. Utara"'s halo erased the outline round
    /// Nias. On every booklet no name's or number's bounds (where its halo ends) come within the outline's width
    /// (`MapLayout`'s `highlightWidth`, drawn outside the border) of the own province's border; a name inside its own
    /// province only keeps its box off the border (the fill covers the stroke's inner half, and it has no halo).
    func testNoLabelStandsOnTheOwnProvincesOutline() throws {
        var onOutline: [String] = []
        let reach = 1.4 - 0.1
        for map in try bookletMaps() {
            let rings = map.drawn[map.own].rings
            for run in map.runs {
                let bounds = run.bounds
                let inside = MapLabelPlacer.evenOdd(rings, Point(x: bounds.midX, y: bounds.midY)) && run.style.halo == nil
                let margin = inside ? 0 : reach
                let box = Rect(x: bounds.minX - margin, y: bounds.minY - margin, width: bounds.width + 2 * margin, height: bounds.height + 2 * margin)
                let hits = rings.contains { ring in
                    ring.count > 1 && ring.indices.contains { EdgeIndex.segment(ring[$0], ring[($0 + 1) % ring.count], crosses: box) }
                }
                if hits { onOutline.append("\(map.code) \"\(run.text)\"") }
            }
        }
        XCTAssertEqual(onOutline, [], "labels on the own province's outline")
    }

    /// Proof-reading 12, Q-1: "Kep. Bangka Belitung"'s leader passed 0,2 mm from Banten's dot, where Banten's own
    /// leader ends, and read as Banten's. On every booklet a leader keeps a millimetre (centre to line) from every
    /// other leader's dot.
    func testLeadersPassNoOtherDot() throws {
        var near: [String] = []
        let millimetre = 72 / 25.4
        for map in try bookletMaps() {
            for (index, leader) in map.leaders.enumerated() {
                for (otherIndex, other) in map.leaders.enumerated() where otherIndex != index {
                    let distance = EdgeIndex.distance(from: other.0, toSegment: leader.0, leader.1)
                    if distance < millimetre { near.append("\(map.code) leader from \(leader.0) \(String(format: "%.2f", distance / millimetre)) mm from the dot at \(other.0)") }
                }
            }
        }
        XCTAssertEqual(near, [], "leaders passing within 1 mm of another dot")
    }
}

extension BookletMapNumberTests {
    /// The 27 kabupaten/kota booklets' maps, published once for the tests below.
    nonisolated(unsafe) private static var kabupatenKotaSurveyed: [BookletMap]?

    func kabupatenKotaMaps() throws -> [BookletMap] {
        if let surveyed = Self.kabupatenKotaSurveyed { return surveyed }
        var maps: [BookletMap] = []
        for region in try Publisher.regions("32", level: .regency) {
            let items = try publishedScene("buku-saku-kabupaten-kota-jabar", region: region.code).pages.flatMap(\.items)
            let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first))
            let own = try XCTUnwrap(drawn.firstIndex { $0.name == region.name })
            let (leaders, runs) = leadersAndNames(items)
            maps.append(BookletMap(code: region.code, drawn: drawn, own: own, runs: runs, leaders: leaders, notesUnnamed: false))
        }
        Self.kabupatenKotaSurveyed = maps
        return maps
    }

    /// The names and numbers of `map` whose bounds, widened by `reach`, meet the own unit's border: with `halo`, only
    /// those with a halo (a knockout), without, every one but the own unit's (its names and its number).
    private func labelsOnTheOwnOutline(_ map: BookletMap, reach: Double, haloOnly: Bool) -> [String] {
        let rings = map.drawn[map.own].rings
        let ownForms = Set(MapLabelPlacer.names(for: map.drawn.map(\.name))[map.own] + [String(map.own + 1)])
        return map.runs.filter { run in
            guard haloOnly ? run.style.halo != nil : !ownForms.contains(run.text) else { return false }
            let bounds = run.bounds
            let box = Rect(x: bounds.minX - reach, y: bounds.minY - reach, width: bounds.width + 2 * reach, height: bounds.height + 2 * reach)
            return rings.contains { ring in
                ring.count > 1 && ring.indices.contains { EdgeIndex.segment(ring[$0], ring[($0 + 1) % ring.count], crosses: box) }
            }
        }.map { "\(map.code) \"\($0.text)\"" }
    }

    /// Proof-reading 13, Q-1: in the booklet of a kabupaten round or beside a kota, the kota's number, centred on it
    /// on a white halo, blanked the own unit's orange outline ("19" in 3201, "20" in 3202, "21" and "25" in 3204, "27"
    /// in 3207, "25" in 3217; 13 halos in 8 booklets came within the outline's width of it). No name's or number's
    /// halo now comes within the outline's width (`highlightWidth`, less 0,1) of the own unit's border: a number
    /// goes again off it, on its own unit or beside it on a leader over the own unit; where none is found, its halo
    /// is drawn under the outline and the number over it.
    func testNoKnockoutBlanksTheOwnUnitsOutline() throws {
        let maps = try kabupatenKotaMaps()
        XCTAssertEqual(maps.count, 27)
        XCTAssertEqual(maps.flatMap { labelsOnTheOwnOutline($0, reach: 1.4 - 0.1, haloOnly: true) }, [], "halos on the own unit's outline")
    }

    /// Proof-reading 13, Q-1: the numbers that stood on the own unit's outline stand off it, on a leader of at most
    /// 3,5 mm where they left their kota: Kota Bogor's "19" and Kota Sukabumi's "20" beside their enclaves, "21" (Kota
    /// Bandung) on Kab. Bandung, "27" (Kota Banjar) on Kab. Ciamis. Proof-reading 32: Kota Cimahi's "25" (3204, 3217,
    /// 3273) and Kota Bekasi's "23" (3201), left on the outline until then, stand beside their kota on a short leader
    /// over a neighbour, haloed. Left on it: "Kab. Subang", inside Subang on no halo, which blanks nothing.
    func testKabupatenKotaNumbersKeepOffTheOwnOutline() throws {
        var onOutline: [String] = [], long: [String] = []
        for map in try kabupatenKotaMaps() {
            onOutline += labelsOnTheOwnOutline(map, reach: 1.4 - 0.1, haloOnly: false)
            for run in map.runs where Int(run.text) != nil {
                let bounds = run.bounds
                for leader in map.leaders where hypot(max(bounds.minX - leader.1.x, 0, leader.1.x - bounds.maxX),
                                                      max(bounds.minY - leader.1.y, 0, leader.1.y - bounds.maxY)) < 2 {
                    let length = hypot(leader.1.x - leader.0.x, leader.1.y - leader.0.y) * 25.4 / 72
                    if length > 3.5 { long.append("\(map.code) \"\(run.text)\" \(String(format: "%.1f", length)) mm") }
                }
            }
        }
        XCTAssertEqual(onOutline, ["3212 \"Kab. Subang\""],
                       "names and numbers on the own unit's outline")
        XCTAssertEqual(long, [], "numbers on leaders longer than 3,5 mm")
    }
}

extension BookletMapNumberTests {
    /// Proof-readings 29 and 30: "Kab. Tasikmalaya" stood in the Indian Ocean on a leader on every kabupaten/kota
    /// booklet, and "Kab. Bekasi" over the Java Sea, though each fits inside its own unit on two lines: a name goes on
    /// two lines inside its region before it goes on a leader.
    func testANameThatFitsInsideOnTwoLinesHasNoLeader() throws {
        let items = try publishedScene("buku-saku-kabupaten-kota-jabar", region: "3273").pages.flatMap(\.items)
        let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first, "the map's regions"))
        let (leaders, names) = leadersAndNames(items)
        for name in ["Kab. Tasikmalaya", "Kab. Bekasi", "Kab. Karawang"] {
            let run = try XCTUnwrap(names.first { $0.text == name }, "\(name) is named: \(names.map(\.text))")
            let centre = Point(x: run.bounds.midX, y: run.bounds.midY)
            let under = drawn.last { MapLabelPlacer.evenOdd($0.rings, centre) }?.name
            XCTAssertEqual(under, name.replacingOccurrences(of: "Kab.", with: "Kabupaten"), "\(name) stands inside its unit")
            let bounds = run.bounds
            let nearName = { (point: Point) in
                point.x > bounds.minX - 3 && point.x < bounds.maxX + 3 && point.y > bounds.minY - 3 && point.y < bounds.maxY + run.ascent + run.descent + 3
            }
            XCTAssertFalse(leaders.contains { nearName($0.1) }, "\(name) has no leader")
        }
    }

    /// Proof-reading 32: the grey land round a kabupaten/kota map and its seas had no names. The provinces round it are
    /// named on their own land and the seas on the sea, in muted italics, over no unit of the map and clear of its
    /// names, numbers and leaders.
    func testTheLandAndSeasRoundAKabupatenKotaMapAreNamed() throws {
        let items = try publishedScene("buku-saku-kabupaten-kota-jabar", region: "3273").pages.flatMap(\.items)
        let drawn = drawnRegions(try XCTUnwrap(groups(items, role: "wilayah").first, "the map's regions"))
        let (leaders, names) = leadersAndNames(items)
        let around = groups(items, role: "nama wilayah sekitar").flatMap(\.items) + groups(items, role: "nama laut").flatMap(\.items)
        let runs = around.compactMap { item -> TextRun? in if case .text(let run) = item { return run } else { return nil } }
        // DKI Jakarta on two lines on the sea off its coast: its land at the map's edge holds no name (proof-reading 44).
        XCTAssertEqual(Set(runs.map(\.text)), ["Banten", "DKI", "Jakarta", "Jawa Tengah", "Laut Jawa", "Samudra Hindia"])
        for run in runs {
            XCTAssertTrue(run.style.isItalic, run.text)
            let box = run.bounds
            for column in 0...4 {
                for row in 0...2 {
                    let point = Point(x: box.minX + box.width * Double(column) / 4, y: box.minY + box.height * Double(row) / 2)
                    XCTAssertNil(drawn.first { MapLabelPlacer.evenOdd($0.rings, point) }?.name, "\(run.text) over a unit of the map")
                }
            }
            XCTAssertFalse(names.contains { $0.bounds.intersects(box) }, "\(run.text) over a name or number")
            XCTAssertFalse(leaders.contains { EdgeIndex.segment($0.0, $0.1, crosses: box) }, "\(run.text) crossed by a leader")
        }
    }
}
