import Foundation
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
            XCTAssertEqual(Concurrently.inTurn { Concurrently.map(count) { index in (0...index % 7).map { "\(index)-\($0)" } } }, expected,
                           "\(count), in turn")
        }
    }

    func testBothRunsEachPartOnceAndKeepsTheirAnswersApart() {
        let runs = Runs()
        let (first, second) = Concurrently.both({ runs.count("first"); return (0..<1000).map { $0 * 2 } },
                                                { runs.count("second"); return "tabel-silang" })
        XCTAssertEqual(first, (0..<1000).map { $0 * 2 })
        XCTAssertEqual(second, "tabel-silang")
        XCTAssertEqual(runs.counts, ["first": 1, "second": 1])
    }

    /// `inTurn` runs the parts on this thread, one after the other, and ends with the thread as it was.
    func testInTurnRunsThePartsOnThisThread() {
        let caller = Thread.current
        let splitsBefore = Concurrently.splits
        Concurrently.inTurn {
            XCTAssertFalse(Concurrently.splits)
            let (a, b) = Concurrently.both({ Thread.current === caller }, { Thread.current === caller })
            XCTAssertTrue(a && b, "both parts on the calling thread")
            Concurrently.inTurn { XCTAssertFalse(Concurrently.splits) }
            XCTAssertFalse(Concurrently.splits, "still in turn after a nested inTurn")
        }
        XCTAssertEqual(Concurrently.splits, splitsBefore)
    }

    /// No two measurements overlap through a `SerializedMeasurer`, whichever threads ask, and each answer is its base's.
    func testASerializedMeasurerLetsOneMeasurementInAtATime() {
        let base = OverlapCountingMeasurer()
        let serialized = SerializedMeasurer(base: base)
        let style = TextStyle(family: "Noto Sans", size: 9)
        let texts = (0..<400).map { "Kab. \($0) Tasikmalaya" }
        let widths = Concurrently.map(texts.count) { serialized.width(of: texts[$0], style: style) }
        XCTAssertEqual(widths, texts.map { FixedWidthMeasurer().width(of: $0, style: style) })
        XCTAssertEqual(base.calls, texts.count)
        XCTAssertEqual(base.mostAtOnce, 1, "two measurements overlapped")
        XCTAssertEqual(serialized.metrics(for: style), FixedWidthMeasurer().metrics(for: style))
    }

    /// The national map (every province named, some numbered, placements tried two at a time, the keyed retry
    /// guessed) and a booklet's map (its own province highlighted) come out as when every placement runs in turn in
    /// the order it is needed, laid out alone or two at once.
    func testAMapLaidOutOnTwoThreadsIsTheMapLaidOutInTurn() throws {
        let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))
        for extra in ["label-wilayah: ya", "label-wilayah: ya\nsorot: \"62\""] {
            let figure = try MapFixtures.bind(MapFixtures.tptMapYAML + "\n" + extra).figure
            let inTurn = Concurrently.inTurn { layout.standalone(figure, width: 600, height: 375).scene }
            XCTAssertEqual(layout.standalone(figure, width: 600, height: 375).scene, inTurn, extra)
            let (a, b) = Concurrently.both({ layout.standalone(figure, width: 600, height: 375).scene },
                                           { layout.standalone(figure, width: 600, height: 375).scene })
            XCTAssertEqual(a, inTurn, extra)
            XCTAssertEqual(b, inTurn, extra)
            // The map names most of its 38 provinces (the test has something to compare).
            XCTAssertGreaterThan(names(in: inTurn.pages[0].items).count, 25, extra)
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

/// How many times each part ran, from whichever thread.
private final class Runs: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var counts: [String: Int] = [:]
    func count(_ part: String) { lock.withLock { counts[part, default: 0] += 1 } }
}

/// `FixedWidthMeasurer`'s answers, counting how many measurements were in it at once: each one stays inside for a
/// stretch of work, so that two let in together would meet there.
private final class OverlapCountingMeasurer: TextMeasuring, @unchecked Sendable {
    private let lock = NSLock()
    private var inside = 0
    private(set) var mostAtOnce = 0
    private(set) var calls = 0

    func metrics(for style: TextStyle) -> FontMetrics { FixedWidthMeasurer().metrics(for: style) }

    func width(of text: String, style: TextStyle) -> Double {
        lock.withLock {
            inside += 1
            calls += 1
            mostAtOnce = max(mostAtOnce, inside)
        }
        // A stretch of work (not a wait): a hash over the text, a few thousand rounds.
        var hash = 14695981039346656037 as UInt64
        for _ in 0..<2000 { for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 } }
        let width = FixedWidthMeasurer().width(of: text, style: style) + (hash == 0 ? 1 : 0)
        lock.withLock { inside -= 1 }
        return width
    }

    func lines(of text: String, style: TextStyle, maxWidth: Double) -> [String] {
        FixedWidthMeasurer().lines(of: text, style: style, maxWidth: maxWidth)
    }
}
