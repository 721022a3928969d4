import SajianLayout
import SajianScene
import SajianTestSupport
import XCTest

/// Work split over threads (`Concurrently`, `SerializedMeasurer`) answers exactly as the same work done in turn: a
/// map's names are placed on two threads at once, and its layout must not depend on which thread ran first.
final class ConcurrentlyTests: XCTestCase {
    func testMapAnswersInOrderForEveryCount() {
        for count in [0, 1, 2, 3, 37, 500] {
            // Answers that own memory (arrays of strings), so that one written to the wrong place or twice shows.
            let expected = (0..<count).map { index in (0...index % 7).map { "\(index)-\($0)" } }
            XCTAssertEqual(Concurrently.map(count) { index in (0...index % 7).map { "\(index)-\($0)" } }, expected, "\(count)")
        }
    }

    func testBothRunsEachPartOnceAndKeepsTheirAnswersApart() {
        let (first, second) = Concurrently.both({ (0..<1000).map { $0 * 2 } }, { "tabel-silang" })
        XCTAssertEqual(first, (0..<1000).map { $0 * 2 })
        XCTAssertEqual(second, "tabel-silang")
    }

    func testASerializedMeasurerAnswersAsItsBaseFromEveryThread() {
        let base = FixedWidthMeasurer()
        let serialized = SerializedMeasurer(base: base)
        let style = TextStyle(family: "Noto Sans", size: 9)
        let texts = (0..<300).map { "Kab. \($0) Tasikmalaya" }
        let widths = Concurrently.map(texts.count) { serialized.width(of: texts[$0], style: style) }
        XCTAssertEqual(widths, texts.map { base.width(of: $0, style: style) })
        XCTAssertEqual(serialized.metrics(for: style), base.metrics(for: style))
        XCTAssertEqual(serialized.lines(of: texts[7], style: style, maxWidth: 20), base.lines(of: texts[7], style: style, maxWidth: 20))
    }

    /// The national map (every province named, some numbered, placements tried two at a time) and a booklet's map
    /// (its own province highlighted), each laid out on two threads at once, come out as when laid out alone.
    func testAMapLaidOutOnTwoThreadsAtOnceIsTheMapLaidOutAlone() throws {
        let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))
        for extra in ["label-wilayah: ya", "label-wilayah: ya\nsorot: \"62\""] {
            let figure = try MapFixtures.bind(MapFixtures.tptMapYAML + "\n" + extra).figure
            let alone = layout.standalone(figure, width: 600, height: 375).scene
            let (a, b) = Concurrently.both({ layout.standalone(figure, width: 600, height: 375).scene },
                                           { layout.standalone(figure, width: 600, height: 375).scene })
            XCTAssertEqual(a, alone, extra)
            XCTAssertEqual(b, alone, extra)
            // The map names most of its 38 provinces (the test has something to compare).
            XCTAssertGreaterThan(names(in: alone.pages[0].items).count, 25, extra)
        }
    }

    /// The text of the names on a map (the group `nama wilayah`).
    private func names(in items: [SceneItem], inNames: Bool = false) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .group(let group): names(in: group.items, inNames: inNames || group.role == "nama wilayah")
            case .text(let run) where inNames: [run.text]
            default: []
            }
        }
    }
}
