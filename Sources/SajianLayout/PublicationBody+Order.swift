import SajianModel

/// Charts and maps laid out at a width and height, kept while a publication's body is laid out: the flow and its
/// trial copies (which compare orders of figures) share one, so that no map is projected twice.
final class LaidOutFigures {
    struct Key: Hashable {
        var id: String
        var width: Double
        /// nil: the figure's own height.
        var height: Double?
    }

    var figures: [Key: LaidOutFigure] = [:]
}

extension PublicationLayout.BodyFlow {
    /// The order of a chapter's blocks that leaves its pages fullest: each run of figures between two narasi is laid
    /// out in the orders a reader can follow, and the one whose pages fall least short of `minimumFill`, that takes
    /// the fewest pages and keeps each kind's numbers in order (Grafik 1 before Grafik 2) is kept; ties keep the
    /// template's order. A figure never moves before the narasi it follows (the text that cites it), nor more than
    /// `maximumFloats` places later, nor past another of its kind; the float rules of `chapter` still apply to each.
    func fullestOrder(of blocks: [BoundBlock], inTitledChapter titled: Bool) -> [BoundBlock] {
        var runs: [Range<Int>] = []
        var start: Int?
        for index in blocks.indices {
            if case .figure = blocks[index] {
                if start == nil { start = index }
            } else if let first = start {
                runs.append(first..<index)
                start = nil
            }
        }
        if let first = start { runs.append(first..<blocks.count) }
        runs.removeAll { $0.count < 2 || $0.count > measures.maximumReorderedRun }
        guard !runs.isEmpty else { return blocks }

        var best = blocks
        var bestCost = cost(of: best, inTitledChapter: titled)
        for run in runs {
            let current = best
            let figures = current[run].compactMap { block -> BoundFigure? in
                if case .figure(let figure) = block { figure } else { nil }
            }
            for order in Self.orders(of: figures.map(\.components.kind), maximumDelay: measures.maximumFloats).dropFirst() {
                var candidate = current
                candidate.replaceSubrange(run, with: order.map { BoundBlock.figure(figures[$0]) })
                let candidateCost = cost(of: candidate, inTitledChapter: titled)
                if candidateCost < bestCost - 1e-9 {
                    best = candidate
                    bestCost = candidateCost
                }
            }
        }
        return best
    }

    /// What laying `blocks` out from here costs, in pages: the pages closed, how far each falls short of
    /// `minimumFill`, the part of the last page used, and the figures of one kind set out of their numbers' order.
    private func cost(of blocks: [BoundBlock], inTitledChapter titled: Bool) -> Double {
        var trial = self
        let first = trial.pages.count, firstEntry = trial.entries.count
        trial.flow(blocks, inTitledChapter: titled)
        var cost = 0.0
        for page in trial.pages[first...] {
            let fill = page.used / (page.size.height - 2 * layout.setup.margin)
            cost += 1 + max(0, measures.minimumFill - fill) * measures.underfillWeight
        }
        cost += trial.page.used / (trial.page.size.height - 2 * layout.setup.margin)
        let placed = trial.entries[firstEntry...].filter { $0.kind != nil }
        for (index, entry) in placed.enumerated() {
            let passed = placed[(index + 1)...].filter { $0.kind == entry.kind && $0.order < entry.order }.count
            cost += Double(passed) * measures.numberOrderWeight
        }
        return cost
    }

    /// The orders (as indices) of figures of these kinds in which each kind keeps its order and no figure comes more
    /// than `maximumDelay` places after where it was; the template's order first.
    static func orders(of kinds: [FigureKind], maximumDelay: Int) -> [[Int]] {
        var result: [[Int]] = []
        func extend(_ order: [Int], _ left: [Int]) {
            guard !left.isEmpty else {
                result.append(order)
                return
            }
            for candidate in left {
                let position = order.count
                // The next of its kind only, and no figure left waiting more than `maximumDelay` places.
                guard !left.contains(where: { $0 < candidate && kinds[$0] == kinds[candidate] }),
                      !left.contains(where: { $0 != candidate && position - $0 >= maximumDelay }) else { continue }
                extend(order + [candidate], left.filter { $0 != candidate })
            }
        }
        extend([], Array(kinds.indices))
        return result
    }
}
