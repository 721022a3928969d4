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
                                ("persen", "poin"), ("Rp", "4.000"), ("7.465.599", "orang,"), ("proyeksi", "Mercator"), ("Mercator", "projection."),
                                ("Nomor", "36"), ("Tahun", "2003"), ("Tahun", "2023)."), ("No.", "13"), ("(UU", "Nomor"), ("PP", "Nomor"),
                                // Proof-reading 10, N-4: "UU Nomor 6 | Tahun 2023" broke between the number and its year.
                                ("6", "Tahun"), ("36", "Tahun"),
                                // Proof-reading 11, P-19: "2024 | dan 2025" in a title.
                                ("2024", "dan"), ("dan", "2025"), ("dan", "2025)."), ("2024", "and"),
                                // Proof-reading 17: "Agustus | 2015–2024" in the kab/kota booklets' Grafik 1 title.
                                ("Agustus", "2015–2024"), ("Februari", "2023-2024,"),
                                // Proof-reading 18, #10: a region's name is one piece ("di Papua | Pegunungan" on a cover).
                                ("Jawa", "Barat"), ("Papua", "Pegunungan"), ("Barat", "Daya,"), ("Nusa", "Tenggara"), ("Bangka", "Belitung"),
                                ("Kepulauan", "Riau"), ("Kabupaten", "Bandung"), ("Provinsi", "Aceh"), ("DKI", "Jakarta"),
                                // Proof-reading 30: "dari 38 | provinsi" in 13 province booklets.
                                ("38", "provinsi"), ("26", "kabupaten/kota"), ("34", "provinsi)."), ("5", "sektor"),
                                // Proof-reading 31: "Di | Jawa Barat", "Februari 2023 – | Februari 2025", "Open | Data Jabar".
                                ("di", "Jawa"), ("Di", "Jawa"), ("di", "bawah"), ("2023", "–"), ("–", "Februari"), ("Open", "Data"),
                                ("Data", "Jabar"), ("BPS", "Provinsi")] {
            XCTAssertTrue(LineBreakRules.binds(Substring(before), Substring(after)), "\(before) \(after)")
        }
        for (before, after) in [("Grafik", "ini"), ("pada", "2024"), ("Agustus", "lalu"), ("orang", "bekerja"), ("bagian", "Barat"), ("Provinsi", "dan"), ("Kabupaten/Kota", "di"), ("Kota", "Kabupaten/Kota"), ("Provinsi,", "Agustus"), ("Kota:", "Bandung"), ("Tahun", "ke"), ("dan", "perempuan"), ("Februari", "lalu"),
                                ("Agustus", "2015–"), ("Agustus", "2015–2024–2025"),
                                ("2024", "provinsi"), ("4,91", "provinsi"), ("38", "dari")] {
            XCTAssertFalse(LineBreakRules.binds(Substring(before), Substring(after)), "\(before) \(after)")
        }
    }

    /// Proof-reading 32 bound "Februari dan Agustus 2024"; a month binds its "dan" only where a month follows it.
    func testAMonthBindsItsAndOnlyBeforeAnotherMonth() {
        XCTAssertEqual(LineBreakRules.units(of: "pada Februari dan Agustus 2024 turun"), ["pada", "Februari dan Agustus 2024", "turun"])
        XCTAssertEqual(LineBreakRules.units(of: "naik sejak Agustus dan turun lagi"), ["naik", "sejak", "Agustus", "dan", "turun", "lagi"])
        XCTAssertTrue(LineBreakRules.binds("Februari", "dan", following: "Agustus"))
        XCTAssertFalse(LineBreakRules.binds("Agustus", "dan", following: "turun"))
        XCTAssertFalse(LineBreakRules.binds("Agustus", "dan"), "no month known to follow")
    }

    /// Proof-reading 18, #10: a region's name wider than the line with the word that leads it is parted from that
    /// word, not broken inside: "Provinsi | Kepulauan Bangka Belitung", never "Provinsi Kepulauan Bangka | Belitung".
    func testARegionsNameIsPartedFromItsLeadBeforeItIsBroken() {
        XCTAssertEqual(typesetter.measurer.lines(of: "Buku Saku Provinsi Kepulauan Bangka Belitung", style: style, maxWidth: chars(30)),
                       ["Buku Saku Provinsi", "Kepulauan Bangka Belitung"])
        // Wider than the line on its own, a name goes word by word, as any text, punctuation or enumerator round it
        // or not (the review: "Belitung, naik" and "(1) Papua | Pegunungan" were handed to the plain measurer).
        XCTAssertEqual(typesetter.measurer.lines(of: "di Kepulauan Bangka Belitung, naik", style: style, maxWidth: chars(14)),
                       ["di Kepulauan", "Bangka", "Belitung, naik"])
        XCTAssertEqual(typesetter.measurer.lines(of: "(1) Papua Pegunungan", style: style, maxWidth: chars(12)),
                       ["(1) Papua", "Pegunungan"])
        // Not across punctuation: "menurut Provinsi, | Agustus 2024", as before.
        XCTAssertEqual(typesetter.measurer.lines(of: "TPT menurut Provinsi, Agustus 2024", style: style, maxWidth: chars(24)),
                       ["TPT menurut Provinsi,", "Agustus 2024"])
        // Justified text does not bind the kind word, and a name wider than the line still gets one of its own.
        let setter = ParagraphSetter(typesetter: typesetter, style: style)
        let paragraph = [InlineText("angka Provinsi Kepulauan Bangka Belitung naik dan Provinsi Papua Pegunungan turun")]
        for width in 18...40 {
            let lines = setter.lines(of: paragraph, width: chars(width), justify: true).map { $0.runs.map(\.text).joined(separator: " ") }
            XCTAssertEqual(lines.joined(separator: " ").split(separator: " "), paragraph[0].text.split(separator: " "), "width \(width): every word, in order")
            if width >= 25 { XCTAssertTrue(lines.contains { $0.contains("Kepulauan Bangka Belitung") }, "width \(width): \(lines)") }
            XCTAssertTrue(lines.contains { $0.contains("Papua Pegunungan") }, "width \(width): \(lines)")
        }
        XCTAssertEqual(typesetter.measurer.lines(of: "angka di Papua Pegunungan naik", style: style, maxWidth: chars(17)),
                       ["angka di", "Papua Pegunungan", "naik"])
    }

    /// Proof-reading 30: "Peta 1)." alone under a paragraph in 7 province booklets, "gubernur." under a note. A last
    /// line of one short piece (under a fifth of the measure) takes a word from the line over it, never at the price
    /// of a line more: always in ragged text; in justified text where that keeps the line over it within `loose`
    /// (at 52–56 characters "dan" pulled down would stretch its line's spaces past twice their width).
    /// A break after a comma, and a value on a line of its own, stay.
    func testAParagraphsLastLineIsNeverOneShortWord() {
        let text = "TPT ini merupakan yang terendah ke-12 dari 38 provinsi dan lebih rendah daripada TPT nasional (Grafik 2 dan Peta 1)."
        let setter = ParagraphSetter(typesetter: typesetter, style: style)
        var justifiedWidows: [Int] = []
        for width in 30...70 {
            let isWidow = { (lines: [String]) in lines.count > 1 && lines.last == "Peta 1)." && self.chars(8) < self.chars(width) * LineBreakRules.shortLastLine }
            let ragged = typesetter.measurer.lines(of: text, style: style, maxWidth: chars(width))
            XCTAssertFalse(isWidow(ragged), "width \(width): \(ragged)")
            for justify in [true, false] {
                let lines = setter.lines(of: [InlineText(text)], width: chars(width), justify: justify).map { $0.runs.map(\.text).joined(separator: " ") }
                XCTAssertEqual(lines.joined(separator: " ").split(separator: " "), text.split(separator: " "), "width \(width): every word, in order")
                XCTAssertLessThanOrEqual(lines.count, ragged.count + (justify ? 1 : 0), "width \(width): no line more than ragged setting takes")
                if isWidow(lines) {
                    XCTAssertTrue(justify, "width \(width), ragged: \(lines)")
                    justifiedWidows.append(width)
                }
            }
        }
        XCTAssertEqual(justifiedWidows, [52, 53, 54, 55, 56])
        XCTAssertEqual(typesetter.measurer.lines(of: "Distribusi Penduduk Bekerja menurut Pendidikan Tertinggi yang Ditamatkan, Agustus 2024",
                                                 style: style, maxWidth: chars(74)),
                       ["Distribusi Penduduk Bekerja menurut Pendidikan Tertinggi yang Ditamatkan,", "Agustus 2024"])
        XCTAssertEqual(typesetter.measurer.lines(of: "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor 18,9 persen", style: style, maxWidth: chars(62)),
                       ["Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor", "18,9 persen"])
        // Ragged paragraphs (`ParagraphSetter`) follow the same rule, the comma's break kept.
        let title = "Distribusi Penduduk Bekerja menurut Pendidikan Tertinggi yang Ditamatkan, Agustus 2024"
        XCTAssertEqual(setter.lines(of: [InlineText(title)], width: chars(74), justify: false).map { $0.runs.map(\.text).joined(separator: " ") },
                       ["Distribusi Penduduk Bekerja menurut Pendidikan Tertinggi yang Ditamatkan,", "Agustus 2024"])
        // A semicolon inside a bracket parts no phrases: "(3,85 persen; | Grafik 1)." takes its first half down.
        let bracket = "angka ini naik 0,32 persen poin dibanding Februari 2024 (3,85 persen; Grafik 1)."
        XCTAssertEqual(typesetter.measurer.lines(of: bracket, style: style, maxWidth: chars(67)),
                       ["angka ini naik 0,32 persen poin dibanding Februari 2024", "(3,85 persen; Grafik 1)."])
        // A piece wider than the line, broken inside, loses nothing to the fix (review of stop 41).
        let long = "sumber https://www.bps.go.id/id/statistics-table/2/NTQzIzI=/ a b c d"
        for width in 12...30 {
            let lines = typesetter.measurer.lines(of: long, style: style, maxWidth: chars(width))
            XCTAssertEqual(lines.joined(separator: " ").filter { !$0.isWhitespace }, long.filter { !$0.isWhitespace }, "width \(width): \(lines)")
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
        XCTAssertEqual(LineBreakRules.units(of: "diubah terakhir dengan UU Nomor 6 Tahun 2023 tentang"),
                       ["diubah", "terakhir", "dengan", "UU Nomor 6 Tahun 2023", "tentang"])
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
        // Proof-reading 10, N-4: in ragged text (the A5 booklets) a citation binds as a chain, "PP Nomor 51 Tahun 2023"
        // whole (kk p. 7 broke "PP Nomor 36 | Tahun 2021": the pair rule saw "PP Nomor 36" joined, not "36", before
        // "Tahun"). Justified text binds pairs only (README, *Publications*).
        let citation = [InlineText("ditetapkan sebagaimana telah diubah dengan PP Nomor 51 Tahun 2023 tentang Pengupahan.")]
        for width in 25...60 {
            let lines = setter.lines(of: citation, width: chars(width), justify: false).map { $0.runs.map(\.text).joined(separator: " ") }
            XCTAssertTrue(lines.contains { $0.contains("PP Nomor 51 Tahun 2023") }, "width \(width): \(lines)")
        }
        // Proof-reading 11, P-1: justified, the bulletin broke "PP Nomor | 51 Tahun 2023": "PP Nomor 51" and "Tahun
        // 2023" each stay whole, the line may break between them.
        for width in 25...60 {
            let lines = setter.lines(of: citation, width: chars(width), justify: true).map { $0.runs.map(\.text).joined(separator: " ") }
            XCTAssertTrue(lines.contains { $0.contains("PP Nomor 51") }, "width \(width): \(lines)")
            XCTAssertTrue(lines.contains { $0.contains("Tahun 2023") }, "width \(width): \(lines)")
        }
    }

    /// Proof-reading 8, N12: justified lines broken one at a time opened gaps of twice a space and more. Broken as a
    /// whole paragraph, the spaces of every line but the last stay within `WordSpacing`'s shrink and loose stretch,
    /// and a line goes loose (past 1,6) only at a width where no breaking avoids it; a line that cannot be kept
    /// within the limits is still justified (proof-reading 10, N-3), never left ragged.
    func testJustifiedLinesKeepTheirSpacesWithinTheLimits() {
        let setter = ParagraphSetter(typesetter: typesetter, style: style)
        let limits = setter.spacing
        let paragraph = [InlineText("Sepanjang Januari–November 2024, Kementerian Ketenagakerjaan mencatat "), InlineText("67.870 orang", emphasis: .bold),
                         InlineText(" yang terkena PHK di 32 provinsi dalam laporan bulanan Ditjen PHI dan Jamsostek. Menurut provinsi, pangsa "
                                    + "tenaga kerja ter-PHK terbesar pada Januari–November 2024 adalah DKI Jakarta (21,4 persen), disusul Jawa "
                                    + "Tengah (19,2 persen) dan Banten (15,8 persen); pengangguran paling tinggi di kalangan muda.")]
        let space = chars(1)
        var widest = 0.0, greedyWidest = 0.0
        for width in 40...110 {
            let lines = setter.lines(of: paragraph, width: chars(width), justify: true)
            for line in lines.dropLast() {
                let words = line.runs.sorted { $0.origin.x < $1.origin.x }
                let gaps = zip(words, words.dropFirst()).map { $1.origin.x - ($0.origin.x + $0.width) }.filter { $0 > 0.01 }
                let right = words.map { $0.origin.x + $0.width }.max()!
                XCTAssertLessThanOrEqual(right, chars(width) + 0.01, "width \(width): nothing past the measure")
                for gap in gaps {
                    XCTAssertTrue(limits.admitsInEmergency(gap / space), "width \(width): a space of \(gap / space) in \(words.map(\.text))")
                    widest = max(widest, gap / space)
                }
                // Every line of more than one word but the last is justified to the margin: none is ragged.
                if line.runs.count > 1 { XCTAssertEqual(right, chars(width), accuracy: 0.01, "width \(width): \(words.map(\.text))") }
            }
            // What breaking one line at a time gives at this width: the case tests something.
            let greedy = FixedWidthMeasurer().lines(of: paragraph.map(\.text).joined(), style: style, maxWidth: chars(width))
            for line in greedy.dropLast() {
                let gaps = Double(line.filter { $0 == " " }.count)
                if gaps > 0 { greedyWidest = max(greedyWidest, 1 + (chars(width) - chars(line.count)) / (gaps * space)) }
            }
        }
        XCTAssertGreaterThan(greedyWidest, limits.loose, "one line at a time would stretch spaces past the limit")
        // Past twice a space only where no breaking avoids it (narrow measures of 40 characters with long words here);
        // such lines were ragged before.
        XCTAssertLessThanOrEqual(widest, 7, "past twice a space only where no breaking avoids it")
    }

    /// Proof-reading 10, N-3: a line that no breaking keeps within `loose` (its next word too long to pull up even
    /// with the spaces at their narrowest) was set at natural spacing, ragged, in the middle of a justified paragraph
    /// (bulletin p. 1, 13 mm short). It is justified now, its spaces 2,5 times their width; only a line of one word
    /// stays at natural spacing.
    func testALineNoBreakingKeepsWithinTheLimitsIsStillJustified() {
        let setter = ParagraphSetter(typesetter: typesetter, style: style)
        let lines = setter.lines(of: [InlineText("aa bb cc dd ee ffffffffffffffffff gg")], width: chars(20), justify: true)
        XCTAssertEqual(lines.map { $0.runs.map(\.text) }, [["aa", "bb", "cc", "dd", "ee"], ["ffffffffffffffffff"], ["gg"]])
        let first = lines[0].runs
        XCTAssertEqual(first.last!.origin.x + first.last!.width, chars(20), accuracy: 0.01, "flush with the right margin, not ragged")
        XCTAssertEqual(first[1].origin.x - (first[0].origin.x + first[0].width), chars(1) * 2.5, accuracy: 0.01)
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
