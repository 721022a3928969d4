import CHyphen
import Foundation
import SajianModel

/// Where a word may be broken at a line's end with a hyphen (*pemenggalan kata*): LibreOffice's hyphenator
/// (libhyphen) with its Indonesian or English patterns, as Debian ships them (`hyphen-id`, `hyphen-en-us`).
///
/// Justified narasi needs it: without breaking words, a line whose next word is long must take its slack in its
/// spaces (proof-reading 10, N-3: up to six bulletin lines with spaces 2–3,2 times their width). Only plain words
/// are broken: letters only, lower case after the first letter (no acronym such as "TPAK", no number, no "15–24",
/// no word with a slash or hyphen of its own), at least `minimumLength` letters, with at least `leftMinimum` letters
/// before the break and `rightMinimum` after it, so that no line ends in "ke-" or starts with "an". A word shorter
/// than 8 letters is never broken, and no break leaves a first part that is a word of its own and misleads the reader
/// (proof-reading 12, Q-5: "Keem-/pat" at a sentence's start, "nasi-/onal" read as "nasi"): `misleadingParts`.
public final class Hyphenator: @unchecked Sendable {
    // @unchecked: the pattern dictionary is read-only once loaded, and every call into libhyphen holds `lock`
    // (provincial booklets and the studio lay out on several threads; libhyphen does not say it is thread-safe).
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private let lock = NSLock()
    /// The breaks of each word asked before, under `lock`: a paragraph is set several times (measured, then placed;
    /// booklets repeat their texts), and the bulletin asked libhyphen 340 times for 112 words (proof-reading 12).
    /// The widths of the parts are cached by the measurer (`PangoTextMeasurer` caches every text's width by style).
    private var known: [String: [Int]] = [:]
    public let leftMinimum: Int
    public let rightMinimum: Int
    public let minimumLength: Int
    /// First parts a word is never broken after, lower case: common words that a line's end would read as the word
    /// ("nasi-" of "nasional": the break after "nasio" is taken instead).
    public let misleadingParts: Set<String>

    /// Common Indonesian words that are also the first syllables of longer words; a line ending in one of them and a
    /// hyphen reads as the word (proof-reading 12, Q-5).
    public static let indonesianMisleadingParts: Set<String> = [
        "nasi", "kali", "para", "lain", "tahu", "baru", "bisa", "kira", "lama", "masa", "mata", "pada", "rata", "sama",
        "tiga", "satu", "anak", "atas", "kita", "kami", "mana", "apa", "ada", "air", "api", "ban", "bulan", "makan",
        "pasar", "tani", "tanah", "kota", "desa", "data", "dana", "harga", "kerja", "laki", "guru", "buru", "jasa", "usaha",
    ]
    /// Where Debian installs the patterns.
    public static let patternsDirectory = "/usr/share/hyphen"

    /// Loads the patterns at `path`; nil when they cannot be read.
    public init?(patterns path: String, leftMinimum: Int = 3, rightMinimum: Int = 3, minimumLength: Int = 8,
                 misleadingParts: Set<String> = []) {
        guard let dictionary = hnj_hyphen_load(path) else { return nil }
        self.dictionary = dictionary
        self.leftMinimum = leftMinimum
        self.rightMinimum = rightMinimum
        self.minimumLength = minimumLength
        self.misleadingParts = misleadingParts
    }

    deinit { hnj_hyphen_free(dictionary) }

    private static let indonesian = Hyphenator(patterns: patternsDirectory + "/hyph_id_ID.dic", misleadingParts: indonesianMisleadingParts)
    private static let english = Hyphenator(patterns: patternsDirectory + "/hyph_en_US.dic")

    /// The hyphenator of a publication's language; nil when its patterns are not installed (`make setup` installs
    /// them), and words are then never broken.
    public static func forLocale(_ locale: NumberLocale) -> Hyphenator? {
        switch locale {
        case .indonesian: indonesian
        case .english: english
        }
    }

    /// The character offsets after which `word` may be broken, ascending; empty when it is not a plain word.
    public func breakOffsets(in word: String) -> [Int] {
        let letters = Array(word.unicodeScalars)
        guard letters.count >= minimumLength, letters.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
              letters.dropFirst().allSatisfy({ $0.properties.isLowercase }) else { return [] }
        if let offsets = lock.withLock({ known[word] }) { return offsets }
        let offsets = hyphenate(word)
        lock.withLock { known[word] = offsets }
        return offsets
    }

    /// ``breakOffsets(in:)`` asked of libhyphen, for a plain word.
    private func hyphenate(_ word: String) -> [Int] {
        let lowered = Array(word.lowercased().utf8).map { CChar(bitPattern: $0) }
        var hyphens = [CChar](repeating: 0, count: lowered.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let failed = lock.withLock {
            hnj_hyphen_hyphenate2(dictionary, lowered, Int32(lowered.count), &hyphens, nil, &replacements, &positions, &cuts)
        }
        // Non-standard breaks (a word spelt differently when broken) are not used: Indonesian has none.
        if let replacements {
            for index in 0..<lowered.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard failed == 0 else { return [] }
        // hyphens[i] odd: a break may follow character i.
        return (0..<lowered.count - 1).compactMap { index in
            let offset = index + 1
            guard hyphens[index] & 1 == 1, offset >= leftMinimum, lowered.count - offset >= rightMinimum,
                  !misleadingParts.contains(String(decoding: lowered[..<offset].map { UInt8(bitPattern: $0) }, as: UTF8.self)) else { return nil }
            return offset
        }
    }
}
