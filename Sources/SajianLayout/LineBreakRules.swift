import Foundation
import SajianModel
import SajianScene

/// Where a line of Sajian's text may not break, though a space stands there (the spaces act as non-breaking ones):
/// between a figure's kind and its number ("Grafik 2.1", "Tabel 1", "Angka kunci 1"), between a number and its unit ("3,42 persen",
/// "139,85 juta orang", "1,1 km", "Rp 4.000"), between a month and its year ("Agustus 2024"), and between a map
/// projection and its name ("proyeksi Mercator", "Mercator projection": the last words of a map's coordinate line, whose
/// "Mercator" stood alone on its last line; proof-reading 14), a datum's name ("WGS 84", broken on the web map's phone
/// variant), and within a legal citation ("PP Nomor 36", "Tahun 2021";
/// chained, "PP Nomor 36 Tahun 2021"), and within a region's name ("Papua Barat Daya", "Kabupaten Bandung Barat"). Lines break only
/// at spaces, never after a slash or hyphen ("Diploma IV/S1/S2/S3"), unless one word is wider than the line.
public enum LineBreakRules {
    private static let vocabularies = [Vocabulary.indonesian, .english]
    /// The words that name a numbered figure, in either language.
    private static let figureWords: Set<String> = Set(vocabularies.flatMap { [$0.table, $0.chart, $0.map, $0.chapter] } + ["Gambar", "Lampiran"]
                                                      + keyFigureWords.compactMap(\.last))
    /// The words of a figure word of two ("Angka kunci", "Key figure"), kept together and with the number after them.
    private static let keyFigureWords: [[String]] = vocabularies.map { $0.keyFigure.split(separator: " ").map(String.init) }
    /// Month names and their abbreviations, in either language.
    private static let months: Set<String> = Set(vocabularies.flatMap { $0.months + $0.monthAbbreviations })
    /// Multipliers that stand between a number and its unit ("juta orang").
    private static let multipliers: Set<String> = ["ribu", "juta", "miliar", "triliun", "thousand", "million", "billion", "trillion"]
    /// Unit words printed after numbers, from the vocabularies' units, lowercased.
    private static let units: Set<String> = {
        let phrases = vocabularies.flatMap { [$0.percent, $0.percentagePoints, $0.persons, $0.thousandPersons, $0.millionPersons, $0.rupiah, $0.rupiahPerMonth] }
        let words = phrases.compactMap { $0.split(separator: " ").first.map { String($0).lowercased() } }
        return Set(words).union(multipliers).union(["%", "km", "m", "km²", "ha", "jiwa", "poin", "points", "pp"])
    }()
    /// Words that lead a unit on to a second word ("persen poin", "juta orang").
    private static let unitLeads: Set<String> = multipliers.union(["persen", "percent", "percentage"])
    private static let currencies: Set<String> = ["Rp", "Rp."]
    /// The words of a legal citation that its number follows ("PP Nomor 36 Tahun 2021").
    private static let citationWords: Set<String> = ["Nomor", "No.", "Tahun"]
    /// The word of a citation that follows its number ("Nomor 36 Tahun 2021").
    private static let citationYear = "Tahun"
    /// The kinds of regulation that "Nomor" follows in a citation ("UU Nomor 13").
    private static let regulationKinds: Set<String> = ["UU", "PP", "Perpres", "Permenaker", "Perppu", "Kepmenaker"]
    /// The last words of Indonesian region names ("Jawa Barat", "Papua Barat Daya", "Nusa Tenggara Timur", "Papua
    /// Pegunungan", "Kabupaten Bandung Barat"), bound to the capitalised word before them.
    private static let regionNameEnds: Set<String> = ["Utara", "Selatan", "Barat", "Timur", "Tengah", "Daya", "Tenggara", "Pegunungan", "Belitung"]
    /// The words that lead a region's name and keep its first word ("Kepulauan Riau", "DKI Jakarta") …
    private static let regionNameLeads: Set<String> = ["Kepulauan", "Kep.", "DKI", "DI"]
    /// … and the words that say what kind of region it is ("Kota Bandung", "Provinsi Aceh"), which a name too long
    /// for its line with them parts from first.
    private static let regionKindWords: Set<String> = ["Kabupaten", "Kab.", "Kota", "Provinsi"]
    /// The word a map projection's name follows ("proyeksi Mercator") or precedes ("Mercator projection").
    private static let projectionBefore = "proyeksi", projectionAfter = "projection"

    /// Whether the space between `before` and `after` (neighbouring words, punctuation included) must not break.
    /// `citationYears`: whether a citation's number binds the "Tahun" after it, so that "Nomor 6 Tahun 2023" is one
    /// piece; justified text binds "PP Nomor 6" and "Tahun 2023" but lets the line break between them.
    /// `regionKinds`: whether a region's name keeps the word that says its kind ("Provinsi Kepulauan Bangka Belitung" as
    /// one piece): ragged text, whose `RuleBreakingMeasurer` parts the two first where the piece is wider than its line;
    /// justified text does not bind them.
    /// `following`: the word after `after`, where there is one (a month binds "dan" only where a month follows it).
    public static func binds(_ before: Substring, _ after: Substring, following: Substring? = nil, citationYears: Bool = true,
                             regionKinds: Bool = true) -> Bool {
        // An enumerator keeps the item it numbers: "(2) mereka", never "(2)" at a line's end (proof-reading 12, Q-5).
        if isEnumerator(before) { return true }
        let (left, right) = words(before, after)
        guard !left.isEmpty, !right.isEmpty else { return false }
        let rightIsNumber = isNumber(right)
        if figureWords.contains(left) && right.first!.isNumber { return true }
        // Phrases kept whole: a figure word of two ("Angka kunci") and a few sources' names ("Open Data Jabar", "BPS
        // Provinsi Jawa Barat"; proof-reading 31).
        if boundPhrases.contains(where: { zip($0, $0.dropFirst()).contains { $0.0 == left && $0.1 == right } }) { return true }
        if currencies.contains(left) && rightIsNumber { return true }
        // A month keeps its year, or the years it spans: "Agustus 2024", "Agustus 2015–2024" (proof-reading 17: the kab/kota
        // booklets' Grafik 1 title broke as "…, Agustus | 2015–2024").
        if months.contains(left) && isYearOrSpan(right) { return true }
        // A legal citation keeps its number with its word: "Nomor 36", "Tahun 2021" (proof-reading 9, S2: "UU Nomor 13
        // Tahun | 2003" broke over two lines).
        if citationWords.contains(left) && right.first!.isNumber || regulationKinds.contains(left) && right == "Nomor" { return true }
        // … and the number with the year after it, so that "Nomor 6 Tahun 2023" is one piece where pieces chain
        // (`units(of:)`, ragged text; proof-reading 10, N-4: "PP Nomor 36 | Tahun 2021" in the kab/kota booklet).
        if citationYears && isNumber(left) && right == citationYear { return true }
        // Two years joined are one period: "2024 dan 2025" (proof-reading 11, P-19: "…Belitung, 2024 | dan 2025" in a
        // table title, "2024 dan | 2025" in a list of tables).
        if isYear(left) && yearJoiners.contains(right) || yearJoiners.contains(left) && isYear(right) { return true }
        // … and so are two months of one year: "Februari dan Agustus 2024" (proof-reading 32: "…, Februari | dan
        // Agustus 2024" in Tabel 2.3's title and its entry in the list of tables).
        // Only where a month follows the "dan": "Agustus dan | turun" is free to break.
        if months.contains(left) && yearJoiners.contains(right) && following.map({ months.contains(words(after, $0).right) }) == true
            || yearJoiners.contains(left) && months.contains(right) { return true }
        // A year keeps the word that names it ("tahun 2023"; proof-reading 32: "… Bandung Barat tahun | 2023 sebesar"),
        // and a rate its period ("rupiah per bulan"; "rupiah per | bulan" 32 times in the kab/kota booklets).
        if left == "tahun" && isYearOrSpan(right) || left == "per" && perPeriods.contains(right) { return true }
        if left.lowercased() == projectionBefore || right.lowercased() == projectionAfter { return true }
        // A region's name is one piece: "Papua Pegunungan", "Nusa Tenggara Barat", "Kepulauan Bangka Belitung", and
        // with the word that leads it, "Kabupaten Bandung Barat", "Provinsi Aceh" (proof-reading 18, #10: "di Papua |
        // Pegunungan" on a cover, "Kabupaten Bandung | Barat" in a list of tables). Only after a capitalised word, so
        // that "menurut Provinsi dan Kabupaten/Kota" still breaks where it must.
        // Not across punctuation: "menurut Provinsi, Agustus 2024" breaks after the comma as before.
        if before.last?.isLetter == true || before.last == ".", bindsWithinRegionName(left, right, kinds: regionKinds) { return true }
        let unit = right.lowercased()
        if units.contains(unit) && (isNumber(left) || unitLeads.contains(left.lowercased())) { return true }
        // A count keeps what it counts: "38 provinsi", "26 kabupaten/kota" (proof-reading 30: "dari 38 | provinsi" in
        // 13 province booklets).
        if left.utf8.count <= 3, left.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), countedNouns.contains(right) { return true }
        // "di" keeps the word it places: "di Jawa Barat", never "Di | Jawa Barat" at a line's end (proof-reading 31,
        // 24 kab/kota booklets and 31 province covers); in ragged text only, and parted first where the piece is wider
        // than its line, as a region's kind word is (`regionKinds`).
        if regionKinds && (left == "di" || left == "Di") { return true }
        // A range of periods is one piece: "Februari 2023 – Februari 2025" (proof-reading 31: "… Februari 2023 – |
        // Februari 2025" in a chart's title).
        if before == "–" && right.first?.isLetter == true || after == "–" && left.last?.isNumber == true { return true }
        return false
    }

    /// Two neighbouring words without the punctuation round them: an opening bracket or quote and a closing comma or
    /// colon before the space, the closing punctuation after it ("(Grafik" "2.1)." → "Grafik" "2.1").
    /// Trimmed in Swift, not by Foundation's `trimmingCharacters(in:)`, which bridged every pair of words through
    /// `NSString` (2 % of the national map's layout).
    private static func words(_ before: Substring, _ after: Substring) -> (left: String, right: String) {
        (String(trimmed(before.drop(while: { openers.contains($0) }), of: leftClosers)), String(trimmed(after, of: rightClosers)))
    }

    private static let openers: Set<Character> = ["(", "[", "\"", "'", "“", "‘"]
    private static let leftClosers: Set<Character> = [",", ";", ":"]
    private static let rightClosers: Set<Character> = [".", ",", ";", ":", ")", "]", "\"", "'", "”", "’"]

    /// `text` without the characters of `set` at either end.
    private static func trimmed(_ text: Substring, of set: Set<Character>) -> Substring {
        var start = text.startIndex, end = text.endIndex
        while start < end, set.contains(text[start]) { start = text.index(after: start) }
        while end > start, set.contains(text[text.index(before: end)]) { end = text.index(before: end) }
        return text[start..<end]
    }

    /// An enumerator of a list run into a sentence: "(1)", "(12)", "(a)".
    static func isEnumerator(_ word: Substring) -> Bool {
        guard word.count >= 3, word.first == "(", word.last == ")" else { return false }
        let inner = word.dropFirst().dropLast()
        return inner.allSatisfy(\.isNumber) || inner.count == 1 && inner.allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// ``isEnumerator(_:)`` for tests.
    public static func isEnumeratorForTests(_ word: String) -> Bool { isEnumerator(Substring(word)) }

    /// A paragraph's last line narrower than this share of its measure is a widow that the line breaking avoids where
    /// it can ("Peta 1)." or "gubernur." alone under a paragraph, proof-reading 30; 'ditandai "...".' under a table's
    /// note, proof-reading 33).
    public static let shortLastLine = 0.2

    /// Whether a paragraph's last line, starting with the piece `last` and `width` wide, takes `pulled`, the last of the
    /// `piecesOver` pieces of the line over it, ragged text's widow fix: a word alone under a paragraph ("gubernur.",
    /// "Peta 1).") reads as a fault (proof-reading 30). Only where the line over keeps two or more; never after a
    /// comma or colon, where the break parts two phrases ("… yang Ditamatkan, | Agustus 2024"; a semicolon inside a
    /// bracket, "(3,85 persen; | Grafik 1).", parts none); nor a value
    /// with its unit, which a label sets on a line of its own ("… Sepeda Motor | 18,9 persen"). The caller checks that
    /// the two fit the line.
    static func pullsDown(_ pulled: String, over last: String, width: Double, piecesOver: Int, measure: Double) -> Bool {
        piecesOver >= 3 && !(pulled.last.map { [",", ":"].contains($0) } ?? false) && last.first?.isNumber == false
            && width < measure * shortLastLine
    }

    /// Phrases whose words a line does not part: the figure words of two and the names of a few sources.
    private static let boundPhrases: [[String]] = keyFigureWords + [["Open", "Data", "Jabar"], ["BPS", "Provinsi"], ["Satu", "Data"],
                                                                    ["WGS", "84"]]

    /// The nouns a count keeps beside it ("38 provinsi"), lowercase as in running text.
    private static let countedNouns: Set<String> = ["provinsi", "kabupaten/kota", "kabupaten", "kota", "negara", "sektor", "kelompok",
                                                    "kategori", "wilayah", "daerah", "provinces", "regencies", "countries", "sectors"]

    /// The words that join two years into one period.
    private static let yearJoiners: Set<String> = ["dan", "and"]
    /// The periods a rate is given per ("per bulan").
    private static let perPeriods: Set<String> = ["bulan", "tahun", "jam", "hari", "minggu", "month", "year", "hour", "day", "week"]

    /// A year: four digits.
    static func isYear(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy(\.isNumber)
    }

    /// A year, or two years joined by a dash: "2024", "2015–2024", "2015-2024".
    static func isYearOrSpan(_ text: String) -> Bool {
        let years = text.split(omittingEmptySubsequences: false) { $0 == "–" || $0 == "-" }
        return (1...2).contains(years.count) && years.allSatisfy { isYear(String($0)) }
    }

    /// A number as Sajian writes it: 4,91, 7.465.599, −0,41, 2.1.
    static func isNumber(_ text: String) -> Bool {
        let body = text.drop(while: { $0 == "−" || $0 == "-" || $0 == "+" })
        return body.first?.isNumber == true && body.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }

    /// Whether `left right` lies within a region's name ("Papua Pegunungan", "Kepulauan Riau"), or, given `kinds`, joins
    /// the word that says its kind to it ("Provinsi Aceh").
    private static func bindsWithinRegionName(_ left: String, _ right: String, kinds: Bool) -> Bool {
        guard right.first?.isUppercase == true, left.first?.isUppercase == true else { return false }
        if regionNameEnds.contains(right) || regionNameLeads.contains(left) { return true }
        return kinds && regionKindWords.contains(left) && !right.contains("/")
    }

    /// Whether every space of `piece` is bound as within a region's name ("Kepulauan Bangka Belitung", "(Papua Barat
    /// Daya),"), or by an enumerator before one ("(1) Papua Pegunungan").
    static func isRegionName(_ piece: String) -> Bool {
        let words = piece.split(separator: " ")
        return words.count > 1 && zip(words, words.dropFirst()).allSatisfy { before, after in
            guard !isEnumerator(before) else { return true }
            let (left, right) = self.words(before, after)
            return bindsWithinRegionName(left, right, kinds: true)
        }
    }

    /// `text`'s words joined into the pieces a line may not break inside ("Grafik 2.1", "Agustus 2024").
    public static func units(of text: String, regionKinds: Bool = true) -> [String] {
        var pieces: [String] = []
        var last: Substring?
        let words = text.split(separator: " ")
        for (index, word) in words.enumerated() {
            if let previous = last, !pieces.isEmpty,
               binds(previous, word, following: index + 1 < words.count ? words[index + 1] : nil, regionKinds: regionKinds) {
                pieces[pieces.count - 1] += " " + word
            } else {
                pieces.append(String(word))
            }
            last = word
        }
        return pieces
    }
}

/// A measurer that breaks lines by `LineBreakRules`: at spaces between unbound words, greedily; a piece wider than
/// the line is parted from the word that says a region's kind, then a region's name goes word by word, and anything
/// else still wider is left to the underlying measurer, which may break it inside.
struct RuleBreakingMeasurer: TextMeasuring {
    let base: any TextMeasuring

    func metrics(for style: TextStyle) -> FontMetrics { base.metrics(for: style) }
    func width(of text: String, style: TextStyle) -> Double { base.width(of: text, style: style) }

    func lines(of text: String, style: TextStyle, maxWidth: Double) -> [String] {
        if base.width(of: text, style: style) <= maxWidth || !text.contains(" ") && !text.contains("/") {
            return base.lines(of: text, style: style, maxWidth: maxWidth)
        }
        var lines: [String] = []
        var current = ""
        // A piece wider than the line is first parted from the word that leads a region's name, so that the name
        // stays whole: "Provinsi | Kepulauan Bangka Belitung" on a cover, not "Provinsi Kepulauan Bangka | Belitung";
        // a name wider than the line on its own goes word by word.
        let fits = { (piece: String) in base.width(of: piece, style: style) <= maxWidth }
        let pieces = LineBreakRules.units(of: text).flatMap { piece -> [String] in
            guard !fits(piece) else { return [piece] }
            return LineBreakRules.units(of: piece, regionKinds: false).flatMap { part -> [String] in
                fits(part) || !LineBreakRules.isRegionName(part) ? [part] : part.split(separator: " ").map(String.init)
            }
        }
        // The pieces of the line being filled, to tell a last line of one piece.
        var currentPieces: [String] = []
        var previousPieces: [String] = []
        for piece in pieces {
            let candidate = current.isEmpty ? piece : current + " " + piece
            if base.width(of: candidate, style: style) <= maxWidth {
                current = candidate
                currentPieces.append(piece)
                continue
            }
            if !current.isEmpty { lines.append(current) }
            previousPieces = currentPieces
            if base.width(of: piece, style: style) <= maxWidth {
                current = piece
                currentPieces = [piece]
            } else {
                // Wider than the line on its own: the underlying measurer breaks it where it can. Its last part
                // stands on the line being filled; the line over it is a part, never pulled down.
                let broken = base.lines(of: piece, style: style, maxWidth: maxWidth)
                lines += broken.dropLast()
                current = broken.last ?? ""
                currentPieces = broken.last.map { [$0] } ?? []
                previousPieces = []
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count >= 2, let first = currentPieces.first, let pulled = previousPieces.last,
           LineBreakRules.pullsDown(pulled, over: first, width: base.width(of: current, style: style),
                                    piecesOver: previousPieces.count, measure: maxWidth),
           case let moved = pulled + " " + current, base.width(of: moved, style: style) <= maxWidth {
            lines[lines.count - 2] = previousPieces.dropLast().joined(separator: " ")
            lines[lines.count - 1] = moved
        }
        return lines
    }
}
