import Foundation

/// Axis ticks at round numbers (1, 2 and 5 times a power of ten, and 2,5 times one of 1 or more) covering a range.
public struct NiceScale: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    public var step: Double

    /// A scale covering `minimum…maximum` with about `targetTicks` ticks; zero is included unless
    /// `includesZero` is false (trend lines need not start at zero; bars must).
    public init(minimum: Double, maximum: Double, targetTicks: Int = 5, includesZero: Bool = true) {
        let low = includesZero ? min(0, minimum) : minimum, high = includesZero ? max(0, maximum) : maximum
        let span = high - low
        guard span > 0, span.isFinite else {
            lower = 0; upper = 1; step = 0.2
            return
        }
        let rough = span / Double(max(1, targetTicks))
        let magnitude = pow(10, floor(log10(rough)))
        // 2,5 times a power of ten only from 2,5 up: steps of 0,25 ("4,75 5,00 5,25") read as fussier than 0,5, and four
        // province booklets' Grafik 1 had them while the rest had 0,5 or 1 (proof-reading 36).
        let multiples: [Double] = magnitude >= 1 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10]
        let step = multiples.map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// The scale a step higher where `top` comes closer to its upper end than `headroom` (a fraction of its span):
    /// a labelled column reaching the top gridline had its value above the plot, level with the top tick
    /// (proof-reading 24).
    public func clearing(_ top: Double, headroom: Double) -> NiceScale {
        guard top > 0, upper - top < headroom * (upper - lower) else { return self }
        var scale = self
        scale.upper += step
        return scale
    }

    /// The scale ending at `top` instead of the round number over it, where `top` is positive, under its upper end and
    /// at most half a step past the round number under it: its last tick is then that round number. Further past it,
    /// the scale keeps its round end: Grafik 6.1's DKI Jakarta ran to 14.501 over a last gridline of 12.500, four
    /// fifths of a step with no line to read it by (proof-reading 54).
    public func ending(at top: Double) -> NiceScale {
        guard top > 0, top < upper, top > lower else { return self }
        let lastTick = lower + ((top - lower) / step + 1e-9).rounded(.down) * step
        guard top - lastTick <= step / 2 + 1e-9 else { return self }
        var scale = self
        scale.upper = top
        return scale
    }

    /// The tick values from lower to upper (to the last step under it, on a scale that ends between two).
    public var ticks: [Double] {
        let count = Int(((upper - lower) / step + 1e-9).rounded(.down))
        return (0...count).map { lower + Double($0) * step }
    }

    /// Decimals needed to print every tick exactly (2,5 needs one).
    public var decimals: Int {
        var decimals = 0
        while decimals < 6 {
            let scaled = step * pow(10, Double(decimals))
            if abs(scaled - scaled.rounded()) < 1e-9 { break }
            decimals += 1
        }
        return decimals
    }

    /// The position of `value` between `start` (lower) and `end` (upper).
    public func position(of value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }
}
