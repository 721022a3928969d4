import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// The editor's review, finding 10: numbers were split from their label or unit at line ends — "(Grafik ⏎ 1)",
/// "Grafik ⏎ 2.1", "(3,42 ⏎ persen)", "139,85 juta ⏎ orang", "1,1 ⏎ km", "Agustus ⏎ 2024" — and a category label broke
/// after a slash ("Diploma IV/S1/S2/ ⏎ S3"). Lines are broken by one set of rules, for every measurer.
final class LineBreakRulesTests: XCTestCase {
    private let style = TextStyle(family: "Noto Sans", size: 10)  // 5 pt a character with the fixed-width measurer
    private let typesetter = Typesetter(measurer: FixedWidthMeasurer())

    /// The width of `count` characters.
    private func chars(_ count: Int) -> Double { Double(count) * 5 }

    func testBindsFigureNumbersUnitsAndDates() {
        for (before, after) in [("(Grafik", "1)."), ("Grafik", "2.1"), ("Tabel", "4.1,"), ("Peta", "1"), ("Figure", "3"), ("(3,42", "persen)"),
                                ("139,85", "juta"), ("juta", "orang"), ("1,1", "km)."), ("Agustus", "2024"), ("Agu", "2024"), ("4,91", "persen"),
                                ("persen", "poin"), ("Rp", "4.000"), ("7.465.599", "orang,"), ("proyeksi", "Mercator"), ("Mercator", "projection.")] {
            XCTAssertTrue(LineBreakRules.binds(Substring(before), Substring(after)), "\(before) \(after)")
        }
        for (before, after) in [("Grafik", "ini"), ("pada", "2024"), ("Agustus", "lalu"), ("orang", "bekerja"), ("Jawa", "Barat")] {
            XCTAssertFalse(LineBreakRules.binds(Substring(before), Substring(after)), "\(before) \(after)")
        }
    }

    func testLinesNeverBreakInsideABoundPair() {
        let cases: [(String, Int, [String])] = [
            ("Perkembangan disajikan pada (Grafik 1).", 36, ["Perkembangan disajikan pada", "(Grafik 1)."]),
            ("TPT pada Agustus 2024 turun menjadi (3,42 persen) dari", 41, ["TPT pada Agustus 2024 turun menjadi", "(3,42 persen) dari"]),
            ("Penduduk bekerja sebanyak 139,85 juta orang", 37, ["Penduduk bekerja sebanyak", "139,85 juta orang"]),
            ("Grafik 3.1 Penduduk Bekerja menurut Pendidikan, Agustus 2024", 55, ["Grafik 3.1 Penduduk Bekerja menurut Pendidikan,", "Agustus 2024"]),
            ("Lihat Grafik 2.1", 13, ["Lihat", "Grafik 2.1"]),
            // Proof-reading 14: the web Peta 1's coordinate line left "Mercator" alone on its last line.
            ("Sistem koordinat geografis, datum WGS 84; proyeksi Mercator", 53,
             ["Sistem koordinat geografis, datum WGS 84;", "proyeksi Mercator"]),
        ]
        for (text, width, expected) in cases {
            let plain = FixedWidthMeasurer().lines(of: text, style: style, maxWidth: chars(width))
            XCTAssertNotEqual(plain, expected, "the plain measurer would break the pair: the case tests something")
            XCTAssertEqual(typesetter.measurer.lines(of: text, style: style, maxWidth: chars(width)), expected)
            XCTAssertEqual(typesetter.paragraph(text, style: style, in: (x: 0, top: 0, width: chars(width))).runs.map(\.text), expected)
        }
    }

    func testJustifiedParagraphsKeepBoundPairsOnOneLine() {
        let setter = ParagraphSetter(typesetter: typesetter, style: style)
        let paragraph = [InlineText("TPT turun menjadi "), InlineText("4,91", emphasis: .bold), InlineText(" persen pada Agustus 2024 (Grafik 2.1).")]
        for width in 20...60 {
            let lines = setter.lines(of: paragraph, width: chars(width)).map { $0.runs.map(\.text).joined(separator: " ") }
            for line in lines {
                for bad in ["Grafik", "(Grafik", "Agustus", "4,91"] where line.hasSuffix(bad) {
                    XCTFail("width \(width): a line ends with \"\(bad)\", its partner on the next: \(lines)")
                }
                XCTAssertFalse(line.hasPrefix("persen") || line.hasPrefix("2024") || line.hasPrefix("2.1"), "width \(width): \(lines)")
            }
        }
    }

    /// Category labels break at spaces, not after a slash, unless one word is wider than the line.
    func testCategoryLabelsBreakAtSpacesNotSlashes() {
        let typesetter = Typesetter(measurer: SlashBreakingMeasurer())
        XCTAssertEqual(SlashBreakingMeasurer().lines(of: "Diploma IV/S1/S2/S3", style: style, maxWidth: chars(18)), ["Diploma IV/S1/S2/", "S3"],
                       "a measurer like Pango's breaks after the slash")
        XCTAssertEqual(typesetter.measurer.lines(of: "Diploma IV/S1/S2/S3", style: style, maxWidth: chars(18)), ["Diploma", "IV/S1/S2/S3"])
        XCTAssertEqual(typesetter.measurer.lines(of: "Diploma IV/S1/S2/S3", style: style, maxWidth: chars(8)), ["Diploma", "IV/S1/", "S2/S3"],
                       "a word wider than the line still breaks where it can")
    }
}

/// A measurer that, like Pango, may break after a slash as well as at a space (5 pt a character).
private struct SlashBreakingMeasurer: TextMeasuring {
    func metrics(for style: TextStyle) -> FontMetrics { FixedWidthMeasurer().metrics(for: style) }
    func width(of text: String, style: TextStyle) -> Double { FixedWidthMeasurer().width(of: text, style: style) }
    func lines(of text: String, style: TextStyle, maxWidth: Double) -> [String] {
        var pieces: [String] = [], current = ""
        for character in text {
            current.append(character)
            if character == " " || character == "/" { pieces.append(current); current = "" }
        }
        if !current.isEmpty { pieces.append(current) }
        var lines: [String] = [], line = ""
        for piece in pieces {
            if !line.isEmpty && width(of: (line + piece).trimmingCharacters(in: .whitespaces), style: style) > maxWidth {
                lines.append(line.trimmingCharacters(in: .whitespaces)); line = ""
            }
            line += piece
        }
        if !line.isEmpty { lines.append(line.trimmingCharacters(in: .whitespaces)) }
        return lines
    }
}
