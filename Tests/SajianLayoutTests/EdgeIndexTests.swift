@testable import SajianForms
import SajianScene
import XCTest

/// The index of a map's drawn lines answers as a walk over every edge would: its cells and its finer grid of marked
/// cells (which tells at once that a line passes through a box) only make the answer quicker.
final class EdgeIndexTests: XCTestCase {
    /// A fixed sequence of numbers in 0..<1 (SplitMix64), so that a failure can be run again.
    private struct Numbers {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    func testBoxesCrossExactlyTheEdgesAWalkOverEveryEdgeFinds() {
        let frame = Rect(x: 10, y: 20, width: 300, height: 200)
        var numbers = Numbers(state: 14)
        var index = EdgeIndex(cellSize: 16, fineCellSize: 2, frame: frame)
        var edges: [(Point, Point)] = []
        // Rings of short and long edges, some reaching beyond the frame (a neighbour cut by it).
        for _ in 0..<40 {
            let center = Point(x: frame.minX - 20 + numbers.next() * (frame.width + 40), y: frame.minY - 20 + numbers.next() * (frame.height + 40))
            let radius = 1 + numbers.next() * (numbers.next() < 0.2 ? 120 : 15)
            let count = 3 + Int(numbers.next() * 12)
            let ring = (0..<count).map { step -> Point in
                let angle = 2 * Double.pi * Double(step) / Double(count)
                let r = radius * (0.5 + numbers.next())
                return Point(x: center.x + r * cos(angle), y: center.y + r * sin(angle))
            }
            index.insert(ring, owner: edges.count)
            edges += zip(ring, ring.dropFirst() + ring.prefix(1)).map { ($0, $1) }
        }
        index.finishInserting()
        var crossed = 0, clear = 0
        for _ in 0..<4000 {
            let width = 0.5 + numbers.next() * 60, height = 0.5 + numbers.next() * 14
            let box = Rect(x: frame.minX + numbers.next() * (frame.width - width), y: frame.minY + numbers.next() * (frame.height - height),
                           width: width, height: height)
            let expected = edges.contains { EdgeIndex.segment($0.0, $0.1, crosses: box) }
            XCTAssertEqual(index.anyCrossing(box, except: nil), expected, "\(box)")
            if expected { crossed += 1 } else { clear += 1 }
        }
        // Both answers were asked for often enough to count.
        XCTAssertGreaterThan(crossed, 500)
        XCTAssertGreaterThan(clear, 500)
    }
}
