import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// Proof-reading 10, N-3 and 11, P-2: without breaking words, a justified line whose next word is long took its slack
/// in its spaces (the kata pengantar's first lines, three times a space). Words are broken by libhyphen's Indonesian
/// patterns, only plain words, never a number, an acronym or a code.
final class HyphenationTests: XCTestCase {
    private let style = TextStyle(family: "Noto Sans", size: 10)  // 5 pt a character with the fixed-width measurer
    private let typesetter = Typesetter(measurer: FixedWidthMeasurer())

    private func indonesian() throws -> Hyphenator {
        try XCTUnwrap(Hyphenator.forLocale(.indonesian), "the Indonesian patterns (Debian hyphen-id) are installed by make setup")
    }

    func testBreaksIndonesianWordsBetweenSyllablesAndLeavesCodesAlone() throws {
        let hyphenator = try indonesian()
        func parts(_ word: String) -> [String] {
            var parts: [String] = [], start = word.startIndex
            for offset in hyphenator.breakOffsets(in: word) {
                let end = word.index(word.startIndex, offsetBy: offset)
                parts.append(String(word[start..<end]))
                start = end
            }
            return parts + [String(word[start...])]
        }
        XCTAssertEqual(parts("ketenagakerjaan"), ["kete", "na", "ga", "ker", "ja", "an"].joinedKeeping(minimum: 3))
        XCTAssertEqual(parts("pengangguran").joined(), "pengangguran")
        XCTAssertGreaterThan(parts("pengangguran").count, 1)
        XCTAssertTrue(parts("pengangguran").first!.count >= 3 && parts("pengangguran").last!.count >= 3,
                      "at least three letters either side of a break: \(parts("pengangguran"))")
        // Capitalised names may be broken; acronyms, numbers, codes and words with their own hyphen or slash not.
        XCTAssertGreaterThan(parts("Kalimantan").count, 1)
        for word in ["TPAK", "PER.03/MEN/II/2009", "kabupaten/kota", "laki-laki", "7.465.599", "15–24", "Sakernas2024", "bekerja"] {
            XCTAssertEqual(hyphenator.breakOffsets(in: word), [], word)
        }
    }

    func testAJustifiedParagraphBreaksAWordWithAHyphenRatherThanOpenItsSpaces() throws {
        var setter = ParagraphSetter(typesetter: typesetter, style: style)
        let text = "Buletin ini menyajikan data ketenagakerjaan terbaru dalam bentuk tabel, grafik, peta dan narasi sebagaimana diatur dalam Peraturan Menteri."
        let paragraph = [InlineText(text)]
        func widest(_ lines: [SetLine]) -> Double {
            lines.dropLast().map { line in
                zip(line.runs, line.runs.dropFirst()).map { $1.origin.x - ($0.origin.x + $0.width) }.max() ?? 0
            }.max() ?? 0
        }
        var hyphenatedSomewhere = false
        var widestPlain = 0.0, widestBroken = 0.0
        for width in 30...60 {
            let plain = setter.lines(of: paragraph, width: Double(width) * 5, justify: true)
            setter.hyphenator = try indonesian()
            let broken = setter.lines(of: paragraph, width: Double(width) * 5, justify: true)
            setter.hyphenator = nil
            let words = broken.flatMap { $0.runs.map(\.text) }
            // Read back, the words are the paragraph's: a part ending in "-" joins the next line's first.
            var rejoined: [String] = []
            var carried = ""
            for (index, line) in broken.enumerated() {
                for (position, run) in line.runs.enumerated() {
                    var word = run.text
                    if position == 0 { word = carried + word; carried = "" }
                    if position == line.runs.count - 1, index < broken.count - 1, word.hasSuffix("-"), word.last != " " {
                        carried = String(word.dropLast())
                        continue
                    }
                    rejoined.append(word)
                }
            }
            XCTAssertEqual(rejoined.joined(separator: " "), text, "width \(width): \(words)")
            if broken.dropLast().contains(where: { $0.runs.last?.text.hasSuffix("-") == true }) { hyphenatedSomewhere = true }
            widestPlain = max(widestPlain, widest(plain))
            widestBroken = max(widestBroken, widest(broken))
            XCTAssertFalse(broken.last?.runs.last?.text.hasSuffix("-") ?? true, "the last line never ends in a hyphen")
        }
        XCTAssertTrue(hyphenatedSomewhere, "some width breaks a word")
        XCTAssertLessThan(widestBroken, widestPlain * 0.8, "over the widths, the widest space is narrower with words broken")
    }
}

private extension Array where Element == String {
    /// Syllables joined so that no part is shorter than `minimum` letters at the word's ends, as the hyphenator's
    /// left and right minimums join them.
    func joinedKeeping(minimum: Int) -> [String] {
        var parts = self
        while parts.count > 1, parts[0].count < minimum { parts[1] = parts[0] + parts[1]; parts.removeFirst() }
        while parts.count > 1, parts[parts.count - 1].count < minimum {
            parts[parts.count - 2] += parts[parts.count - 1]
            parts.removeLast()
        }
        return parts
    }
}
