import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// Proof-reading 12, Q-5 and Q-6 (the bulletin's Konsep dan Definisi and Catatan Redaksi): a line ended on the
/// enumerator "(2)" with its item on the next; "Keem-/pat" broke a 7-letter word and "nasi-/onal" left a first part
/// that reads as a word; the bound spaces of "UU Nomor 6 Tahun 2023" kept their natural width while the line's other
/// spaces stretched; and once "Keempat" was whole, a line whose next word fits at 0,78 times a space was left at 2,66.
final class JustifiedFinishTests: XCTestCase {
    private let style = TextStyle(family: "Noto Sans", size: 10)  // 5 pt a character with the fixed-width measurer
    private let typesetter = Typesetter(measurer: FixedWidthMeasurer())

    private func chars(_ count: Int) -> Double { Double(count) * 5 }

    /// The spaces between a line's runs, in characters.
    private func gaps(_ line: SetLine) -> [Double] {
        let runs = line.runs.sorted { $0.origin.x < $1.origin.x }
        return zip(runs, runs.dropFirst()).map { ($1.origin.x - ($0.origin.x + $0.width)) / chars(1) }.filter { $0 > 0.001 }
    }

    func testNoShortWordAndNoMisleadingFirstPartIsBroken() throws {
        let hyphenator = try XCTUnwrap(Hyphenator.forLocale(.indonesian), "the Indonesian patterns (Debian hyphen-id) are installed by make setup")
        XCTAssertEqual(hyphenator.breakOffsets(in: "Keempat"), [], "a word of 7 letters stays whole")
        XCTAssertEqual(hyphenator.breakOffsets(in: "bekerja"), [])
        let nasional = hyphenator.breakOffsets(in: "nasional")
        XCTAssertFalse(nasional.contains(4), "never \"nasi-\": \(nasional)")
        XCTAssertEqual(nasional, [5], "\"nasio-nal\" is still a break")
        XCTAssertFalse(hyphenator.breakOffsets(in: "pengangguran").isEmpty, "long words still break")
        XCTAssertGreaterThanOrEqual(hyphenator.minimumLength, 8)
    }

    func testAnEnumeratorNeverEndsALine() {
        XCTAssertTrue(LineBreakRules.binds("(2)", "mereka"))
        XCTAssertTrue(LineBreakRules.binds("(12)", "mereka"))
        XCTAssertTrue(LineBreakRules.binds("(a)", "mereka"))
        XCTAssertFalse(LineBreakRules.binds("(TPAK)", "adalah"))
        XCTAssertFalse(LineBreakRules.binds("2)", "mereka"), "only an enumerator in parentheses")
        let setter = ParagraphSetter(typesetter: typesetter, style: style)
        let paragraph = [InlineText("Pengangguran terbuka", emphasis: .bold),
                         InlineText(" terdiri atas: (1) mereka yang tak punya pekerjaan dan mencari pekerjaan; (2) mereka yang tak punya "
                                    + "pekerjaan dan mempersiapkan usaha; (3) mereka yang tak punya pekerjaan dan tidak mencari pekerjaan; "
                                    + "(4) mereka yang sudah punya pekerjaan tetapi belum mulai bekerja.")]
        var endedOnOne = false
        for width in 30...100 {
            for justify in [true, false] {
                for line in setter.lines(of: paragraph, width: chars(width), justify: justify) {
                    let last = line.runs.sorted { $0.origin.x < $1.origin.x }.last!.text
                    let lastWord = last.split(separator: " ").last.map(String.init) ?? last
                    XCTAssertFalse(LineBreakRules.isEnumeratorForTests(lastWord), "width \(width), justified \(justify): a line ends on \(lastWord)")
                }
            }
            // Without the rule some width ends a line on one: the case tests something.
            let plain = FixedWidthMeasurer().lines(of: paragraph.map(\.text).joined(), style: style, maxWidth: chars(width))
            if plain.dropLast().contains(where: { $0.hasSuffix(")") && LineBreakRules.isEnumeratorForTests(String($0.split(separator: " ").last!)) }) {
                endedOnOne = true
            }
        }
        XCTAssertTrue(endedOnOne)
    }

    func testABoundSpaceStretchesAsTheLinesOtherSpaces() {
        let setter = ParagraphSetter(typesetter: typesetter, style: style)
        let paragraph = [InlineText("Definisi ini mengikuti UU Nomor 13 Tahun 2003 sebagaimana telah diubah terakhir dengan UU Nomor 6 Tahun 2023 "
                                    + "tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja.")]
        var stretchedWithBoundSpace = 0
        for width in 30...90 {
            let lines = setter.lines(of: paragraph, width: chars(width), justify: true)
            for line in lines.dropLast() {
                let spaces = gaps(line)
                guard let widest = spaces.max(), let narrowest = spaces.min() else { continue }
                // A bound pair is one word of the breaking but two runs, its space as wide as the others.
                XCTAssertEqual(widest, narrowest, accuracy: 0.001, "width \(width): \(line.runs.map(\.text)) \(spaces)")
                // A space inside a run keeps its natural width: a stretched line has none.
                if widest > 1.001 {
                    XCTAssertFalse(line.runs.contains { $0.text.contains(" ") }, "width \(width): \(line.runs.map(\.text)) \(spaces)")
                }
                let text = line.runs.map(\.text).joined(separator: " ")
                if widest > 1.001, ["Nomor 13", "Tahun 2003", "Nomor 6", "Tahun 2023", "Nomor 2", "Tahun 2022"].contains(where: text.contains) {
                    stretchedWithBoundSpace += 1
                }
                // Every line but the last is flush with the right margin.
                let right = line.runs.map { $0.origin.x + $0.width }.max()!
                if line.runs.count > 1 { XCTAssertEqual(right, chars(width), accuracy: 0.01, "width \(width)") }
            }
            // The words read back whole: nothing lost or doubled.
            XCTAssertEqual(lines.flatMap { $0.runs.map(\.text) }.joined(separator: " "), paragraph[0].text, "width \(width)")
        }
        XCTAssertGreaterThan(stretchedWithBoundSpace, 20, "stretched lines hold bound pairs")
    }

    /// 11 words of 2 letters on a line of 44, then a word of 14: left behind, it leaves the first line at 2,2 times a
    /// space; pulled up, 0,73. A slightly tight line reads better than one past the loose stretch.
    func testATightLineIsSetRatherThanOnePastTheLooseStretch() {
        let setter = ParagraphSetter(typesetter: typesetter, style: style)
        let text = Array(repeating: "aa", count: 11).joined(separator: " ") + " bbbbbbbbbbbbbb cc"
        let lines = setter.lines(of: [InlineText(text)], width: chars(44), justify: true)
        XCTAssertEqual(lines.map { $0.runs.map(\.text).last! }, ["bbbbbbbbbbbbbb", "cc"])
        let first = gaps(lines[0])
        XCTAssertEqual(first.min()!, 8.0 / 11, accuracy: 0.001)
        XCTAssertTrue(setter.spacing.admits(first.min()!) && first.min()! < setter.spacing.shrink)
        // Not past `tight`: at 40 characters "bbbbbbbbbbbbbb" would need 0,36 and stays on the second line.
        let narrow = setter.lines(of: [InlineText(text)], width: chars(40), justify: true)
        XCTAssertEqual(narrow.first?.runs.last?.text, "aa")
    }
}
