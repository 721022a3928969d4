import Foundation
@testable import SajianForms
import SajianCairo
import SajianPublish
import SajianScene
import SajianTestSupport
import XCTest

/// The row under a map (legend, scale bar, north arrow, coordinate system, inset and its caption), measured with Pango
/// as published. Proof-reading 11, P-4 and P-5: on the kabupaten/kota booklets the own unit's legend entry ("Kabupaten
/// Bandung Barat") widened the legend's columns, so that the north arrow stood over the inset's caption and frame,
/// "Sistem koordinat" ran into the inset, and the scale bar shrank with the legend (0–10 km on 14 booklets, 0–20 km on
/// 7, 0–50 km on 6) on one and the same map.
final class MapLegendRowTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    /// The groups that make the row under (or beside) a map.
    static let rowRoles: Set<String> = ["legenda", "skala", "orientasi", "sistem koordinat", "inset dan index peta"]

    private func publishedScene(_ template: String, region code: String?) throws -> Scene {
        try demoScene("Templates/\(template).yaml", region: code, catalog: catalog, measurer: PangoTextMeasurer())
    }

    /// Each map's row: the item lists that hold a "legenda" group, and of them the row's groups.
    private func mapRows(_ items: [SceneItem]) -> [[Group]] {
        var rows: [[Group]] = []
        let row = items.compactMap { item -> Group? in
            guard case .group(let group) = item, Self.rowRoles.contains(group.role) else { return nil }
            return group
        }
        if row.contains(where: { $0.role == "legenda" }) { rows.append(row) }
        for case .group(let group) in items { rows += mapRows(group.items) }
        return rows
    }

    /// A part of the row: a text's box, or a drawn element's (a swatch, the bar, the arrow, the inset's frame).
    private struct Part {
        var name: String
        var box: Rect
        var isText: Bool
    }

    private func parts(_ row: [Group]) -> [Part] {
        var parts: [Part] = []
        func union(_ a: Rect, _ b: Rect) -> Rect {
            let minX = min(a.minX, b.minX), minY = min(a.minY, b.minY)
            return Rect(x: minX, y: minY, width: max(a.maxX, b.maxX) - minX, height: max(a.maxY, b.maxY) - minY)
        }
        for group in row {
            var drawn: Rect?
            for item in group.items {
                switch item {
                case .text(let run): parts.append(Part(name: "\(group.role) \"\(run.text)\"", box: run.bounds, isText: true))
                case .shape(let shape):
                    // The scale bar's segments and the arrow's halves are one element each; a legend's swatches are apart.
                    if group.role == "skala" || group.role == "orientasi" {
                        drawn = drawn.map { union($0, shape.path.bounds) } ?? shape.path.bounds
                    } else {
                        parts.append(Part(name: "\(group.role) shape", box: shape.path.bounds, isText: false))
                    }
                case .group(let inner):
                    // The inset's content, clipped to its frame.
                    if let clip = inner.clip { parts.append(Part(name: "\(group.role) \(inner.role)", box: clip, isText: false)) }
                default: break
                }
            }
            if let drawn { parts.append(Part(name: "\(group.role) drawing", box: drawn, isText: false)) }
        }
        return parts
    }

    /// Every text box of the row that overlaps another text box or a drawn element's box.
    private func overlaps(_ row: [Group]) -> [String] {
        let parts = parts(row)
        var found: [String] = []
        for (index, part) in parts.enumerated() where part.isText {
            for (otherIndex, other) in parts.enumerated() where otherIndex != index && (!other.isText || otherIndex > index) {
                // The "U" stands 1,5 pt over its own arrow's tip: its box reaches a descender's depth lower, but the
                // letter has none.
                if part.name.hasPrefix("orientasi"), other.name == "orientasi drawing" { continue }
                if part.box.intersects(other.box) { found.append("\(part.name) × \(other.name)") }
            }
        }
        return found
    }

    /// The scale bar as drawn: its labels and its length in points.
    private func scaleBar(_ row: [Group]) -> (labels: [String], length: Double)? {
        guard let scale = row.first(where: { $0.role == "skala" }) else { return nil }
        var labels: [String] = [], minX = Double.infinity, maxX = -Double.infinity
        for item in scale.items {
            switch item {
            case .text(let run): labels.append(run.text)
            case .shape(let shape):
                minX = min(minX, shape.path.bounds.minX)
                maxX = max(maxX, shape.path.bounds.maxX)
            default: break
            }
        }
        return (labels, maxX - minX)
    }

    /// P-4 and P-5: on each of the 27 kabupaten/kota booklets no text of the map's row overlaps another text or a drawn
    /// element, and every booklet draws the one scale bar, at least 15 mm long.
    func testKabupatenKotaBookletsMapRowIsClearAndItsScaleBarTheSame() throws {
        var overlapping: [String] = [], bars: [String: [String]] = [:], short: [String] = []
        let regions = try Publisher.regions("32", level: .regency)
        XCTAssertEqual(regions.count, 27)
        for region in regions {
            let scene = try publishedScene("buku-saku-kabupaten-kota-jabar", region: region.code)
            XCTAssertEqual(scene.pages.count, 12, "\(region.code): pages (10, and two notes pages for a multiple of four)")
            let rows = mapRows(scene.pages.flatMap(\.items))
            XCTAssertEqual(rows.count, 1, "\(region.code): one map")
            for row in rows {
                overlapping += overlaps(row).map { "\(region.code): \($0)" }
                let bar = try XCTUnwrap(scaleBar(row), "\(region.code): a scale bar")
                bars["\(bar.labels.joined(separator: " ")) / \(String(format: "%.2f", bar.length)) pt", default: []].append(region.code)
                if bar.length < 15 / 25.4 * 72 { short.append("\(region.code): \(bar.labels.joined(separator: " ")), \(String(format: "%.1f", bar.length * 25.4 / 72)) mm") }
            }
        }
        XCTAssertEqual(overlapping, [], "overlaps in the map's row")
        XCTAssertEqual(bars.count, 1, "scale bars: \(bars.mapValues { $0.count })")
        XCTAssertEqual(short, [], "scale bars shorter than 15 mm")
    }

    /// The other maps stay clear: the 38 province booklets' national map and the bulletin's maps, on as many pages as
    /// before (10 and 16: the booklets' map has a landscape page of its own since proof-reading 13, P-10; the booklets
    /// 12 since `kelipatan-halaman: 4`).
    func testProvinceBookletAndBulletinMapRowsAreClear() throws {
        var overlapping: [String] = [], maps = 0
        var scenes = try Publisher.regions("semua", level: .province).map { ("buku-saku-provinsi \($0.code)", try publishedScene("buku-saku-provinsi", region: $0.code)) }
        scenes.append(("buletin-triwulanan", try publishedScene("buletin-triwulanan", region: nil)))
        for (name, scene) in scenes {
            XCTAssertEqual(scene.pages.count, name.hasPrefix("buletin") ? 16 : 12, "\(name): pages")
            for row in mapRows(scene.pages.flatMap(\.items)) {
                maps += 1
                overlapping += overlaps(row).map { "\(name): \($0)" }
            }
        }
        XCTAssertGreaterThanOrEqual(maps, 40)
        XCTAssertEqual(overlapping, [], "overlaps in the maps' rows")
    }
}
