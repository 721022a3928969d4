/// The words of an *angka kunci* (key-figure tile) and of an *infografis*, in the publication's language: the
/// direction of a change (its arrow and its word, so that colour is never the only sign), the comparison, and the
/// infographic's own lines.
public struct KeyFigureVocabulary: Sendable, Hashable {
    public let language: NumberLocale

    public static func forLocale(_ locale: NumberLocale) -> KeyFigureVocabulary { KeyFigureVocabulary(language: locale) }

    private func say(_ indonesian: String, _ english: String) -> String { language == .indonesian ? indonesian : english }

    /// The word of a rise: "naik" / "up".
    public var up: String { say("naik", "up") }
    /// The word of a fall: "turun" / "down".
    public var down: String { say("turun", "down") }
    /// The word when the two values print the same: "tetap" / "unchanged".
    public var unchanged: String { say("tetap", "unchanged") }

    /// "dibanding Agustus 2023" / "from August 2023".
    public func compared(with period: String) -> String { say("dibanding \(period)", "from \(period)") }

    /// "Agustus 2023 (5,32 persen)" / "August 2023 (5.32 percent)": the period compared with and its value, as the
    /// tile and its alt text both say it (one wording on every canvas).
    public func earlier(_ period: String, value: String) -> String { "\(period) (\(value))" }

    /// When the data has no earlier period: "belum ada pembanding" / "no earlier period".
    public var notComparable: String { say("belum ada pembanding", "no earlier period") }

    /// When a break in comparability parts the period from the one it would be compared with: "tidak dapat
    /// dibandingkan dengan Agustus 2023" / "not comparable with August 2023".
    public func notComparable(with period: String) -> String {
        say("tidak dapat dibandingkan dengan \(period)", "not comparable with \(period)")
    }

    /// The alt text of a tile: "Tingkat Pengangguran Terbuka Agustus 2024: 4,91 persen, turun 0,41 persen poin
    /// dibanding Agustus 2023 (5,32 persen)."
    public func altText(label: String, period: String, value: String, change: String?) -> String {
        "\(label) \(period): \(value)" + (change.map { ", \($0)" } ?? "") + "."
    }

    /// The sparkline's part of the alt text: " Garis kecil: Februari 2015 sampai Agustus 2024, terendah 4,82 persen,
    /// tertinggi 7,07 persen."
    public func sparkline(from first: String, to last: String, lowest: String, highest: String) -> String {
        say(" Garis kecil: \(first) sampai \(last); terendah \(lowest); tertinggi \(highest).",
            " Sparkline: \(first) to \(last), lowest \(lowest), highest \(highest).")
    }

    /// The names of a tall sparkline's extremes at their points: "tertinggi 7,07" / "highest 7.07", "terendah 4,82" /
    /// "lowest 4.82" (a bare number beside the line's last dot would read as the tile's own value).
    public func highest(_ value: String) -> String { say("tertinggi \(value)", "highest \(value)") }
    public func lowest(_ value: String) -> String { say("terendah \(value)", "lowest \(value)") }
    /// Both extremes on one line: "tertinggi 7,07; terendah 4,82" (a comma after a decimal comma reads as one more
    /// digit, proof-reading 21) / "highest 7.07, lowest 4.82".
    public func extremes(highest high: String, lowest low: String) -> String {
        say("\(highest(high)); \(lowest(low))", "\(highest(high)), \(lowest(low))")
    }
    /// A low sparkline's range after its span, where its extremes by name do not fit: "antara 4,82 dan 7,07" /
    /// "between 4.82 and 7.07".
    public func range(from low: String, to high: String) -> String { say("antara \(low) dan \(high)", "between \(low) and \(high)") }

    // MARK: Infografis

    /// "Sumber" lines of an infographic gather every figure's source under one label.
    public var sources: String { say("Sumber", "Sources") }
    /// The line under an infographic's sources: who published it.
    public func publishedBy(_ publisher: String) -> String { say("Diterbitkan oleh \(publisher)", "Published by \(publisher)") }
}
