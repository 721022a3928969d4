import SajianScene

/// A ring's edges sorted into horizontal bands, for the crossing-number test at many points: only the edges whose
/// heights span the point's band are tried, and they are tried exactly as `MapLabelPlacer.inside(_:_:)` tries them,
/// so the answer is the same (a ring's edges that straddle the point's line all lie in its band).
struct RingBands {
    private let ring: [Point]
    private let minX: Double, minY: Double, maxX: Double, maxY: Double
    private let bandHeight: Double
    private let bandCount: Int
    /// Band `b`'s edges are `edges[starts[b]..<starts[b + 1]]`; edge `i` runs from the point before `ring[i]`
    /// (the last for `i == 0`) to `ring[i]`.
    private let starts: [Int32]
    private let edges: [Int32]

    init(_ ring: [Point]) {
        self.ring = ring
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for point in ring {
            minX = min(minX, point.x); maxX = max(maxX, point.x); minY = min(minY, point.y); maxY = max(maxY, point.y)
        }
        (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
        // About four edges a band on average, at most 256 bands; a small ring keeps one.
        let count = ring.count < 16 || !(maxY > minY) ? 1 : min(256, ring.count / 4)
        bandCount = count
        let height = count == 1 ? 1 : (maxY - minY) / Double(count)
        bandHeight = height
        guard count > 1 else {
            starts = [0, Int32(ring.count)]
            edges = ring.indices.map { Int32($0) }
            return
        }
        func band(_ y: Double) -> Int { min(count - 1, max(0, Int(((y - minY) / height).rounded(.down)))) }
        var counts = [Int32](repeating: 0, count: count + 1)
        var previous = ring[ring.count - 1]
        for current in ring {
            for b in band(min(previous.y, current.y))...band(max(previous.y, current.y)) { counts[b + 1] += 1 }
            previous = current
        }
        for b in 0..<count { counts[b + 1] += counts[b] }
        var next = counts
        var sorted = [Int32](repeating: 0, count: Int(counts[count]))
        previous = ring[ring.count - 1]
        for (index, current) in ring.enumerated() {
            for b in band(min(previous.y, current.y))...band(max(previous.y, current.y)) {
                sorted[Int(next[b])] = Int32(index)
                next[b] += 1
            }
            previous = current
        }
        starts = counts
        edges = sorted
    }

    /// Whether `point` lies inside the ring: `MapLabelPlacer.inside(_:_:)`'s answer. A point above or below the ring
    /// has no edge straddling its line; one left or right of the ring (by more than the crossing's rounding) crosses
    /// the ring an even number of times.
    func contains(_ point: Point) -> Bool {
        guard !ring.isEmpty, point.y >= minY, point.y <= maxY, point.x >= minX - 1e-6, point.x <= maxX + 1e-6 else { return false }
        let b = bandCount == 1 ? 0 : min(bandCount - 1, max(0, Int(((point.y - minY) / bandHeight).rounded(.down))))
        var result = false
        ring.withUnsafeBufferPointer { ring in
            edges.withUnsafeBufferPointer { edges in
                for slot in Int(starts[b])..<Int(starts[b + 1]) {
                    let index = Int(edges[slot])
                    let current = ring[index], previous = ring[index == 0 ? ring.count - 1 : index - 1]
                    if (current.y > point.y) != (previous.y > point.y),
                       point.x < (previous.x - current.x) * (point.y - current.y) / (previous.y - current.y) + current.x {
                        result.toggle()
                    }
                }
            }
        }
        return result
    }

    /// Whether `point` lies inside rings filled even-odd: `MapLabelPlacer.evenOdd(_:_:)`'s answer.
    static func evenOdd(_ rings: [RingBands], _ point: Point) -> Bool {
        var result = false
        for ring in rings where ring.contains(point) { result.toggle() }
        return result
    }
}
