import Foundation

/// How a thematic map groups values into classes (*klasifikasi*).
public enum ClassificationMethod: Sendable, Hashable {
    /// Kuantil: about as many regions in each class.
    case quantile
    /// Interval sama: classes of equal width between the lowest and highest value.
    case equalInterval
    /// Natural breaks (Jenks), computed exactly by Fisher's dynamic programme: the breaks that minimise the sum of
    /// squared deviations from the class means.
    case naturalBreaks
    /// Manual: the upper limits the user gives; the highest value closes the last class when above them.
    case manual([Double])
}

/// Class breaks as upper limits, as PySAL's mapclassify reports them: class i holds the values in
/// (breaks[i−1], breaks[i]], the first class everything up to breaks[0].
public enum Classification {
    public static func breaks(_ values: [Double], method: ClassificationMethod, classes: Int) -> [Double] {
        let sorted = values.filter(\.isFinite).sorted()
        guard let low = sorted.first, let high = sorted.last else { return [] }
        let k = max(1, classes)
        switch method {
        case .equalInterval:
            let width = (high - low) / Double(k)
            return (1...k).map { $0 == k ? high : low + width * Double($0) }
        case .quantile:
            // Linear interpolation between order statistics (numpy.percentile's default), duplicates removed.
            var result: [Double] = []
            for index in 1...k {
                let position = Double(sorted.count - 1) * Double(index) / Double(k)
                let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
                let value = sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
                if result.last != value { result.append(value) }
            }
            return result
        case .naturalBreaks:
            return fisherJenks(sorted, classes: min(k, Set(sorted).count))
        case .manual(let limits):
            var result = limits.sorted()
            if high > (result.last ?? -.infinity) { result.append(high) }
            return result
        }
    }

    /// The class of `value` under `breaks` (upper limits): the first limit it does not exceed.
    public static func classIndex(of value: Double, breaks: [Double]) -> Int? {
        guard !breaks.isEmpty else { return nil }
        return breaks.firstIndex { value <= $0 } ?? breaks.count - 1
    }

    /// Fisher (1958) exact optimal partition of sorted values into `k` classes; returns each class's maximum.
    static func fisherJenks(_ values: [Double], classes k: Int) -> [Double] {
        let n = values.count
        guard k > 1, n > k else { return Array(Set(values)).sorted() }
        // Prefix sums give the within-class sum of squares of values[i...j] in constant time.
        var sum = [0.0], squares = [0.0]
        for value in values { sum.append(sum.last! + value); squares.append(squares.last! + value * value) }
        func cost(_ i: Int, _ j: Int) -> Double {
            let count = Double(j - i + 1), s = sum[j + 1] - sum[i]
            return squares[j + 1] - squares[i] - s * s / count
        }
        // best[c][j]: least cost of values[0...j] in c+1 classes; start[c][j]: where its last class starts.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: k)
        var start = [[Int]](repeating: [Int](repeating: 0, count: n), count: k)
        for j in 0..<n { best[0][j] = cost(0, j) }
        for c in 1..<k {
            for j in c..<n {
                for i in c...j {
                    let candidate = best[c - 1][i - 1] + cost(i, j)
                    if candidate < best[c][j] { best[c][j] = candidate; start[c][j] = i }
                }
            }
        }
        var limits: [Double] = []
        var end = n - 1
        for c in stride(from: k - 1, through: 0, by: -1) {
            limits.append(values[end])
            if c > 0 { end = start[c][end] - 1 }
        }
        return limits.reversed()
    }
}
