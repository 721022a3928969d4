/// The fixed words of a thematic map (*peta tematik*) in the publication's language: the compass and graticule
/// letters, the legend's *tidak ada data*, the *sistem koordinat* line, the inset's caption and the notes a map adds.
public struct MapVocabulary: Sendable, Hashable {
    /// *Bujur timur*, *bujur barat*, *lintang utara*, *lintang selatan*: "BT", "BB", "LU", "LS".
    public var east: String
    public var west: String
    public var north: String
    public var south: String
    /// The north arrow's letter: "U" (*utara*).
    public var northArrow: String
    /// The legend's entry for regions left without a class: "Tidak ada data".
    public var noData: String
    /// The same entry's parts for a withdrawn doubtful value and a withheld one, each with its symbol, so that the
    /// legend says what the footer's symbols say: "belum dapat disajikan (d)", "dirahasiakan (x)".
    public var notPresentable: String
    public var withheld: String
    /// What a part says on its own when no region simply lacks data: "Data" ("Data dirahasiakan (x)").
    public var dataPrefix: String
    /// "atau", joining the entry's parts.
    public var orWord: String
    /// "Proyeksi Mercator, datum %@": the map's coordinate system (*sistem koordinat*) in one clause. "Sistem koordinat
    /// geografis, datum WGS 84; proyeksi Mercator" read as a contradiction, and took a second line under a post's map
    /// (proof-reading 48, W8).
    public var coordinateSystem: @Sendable (String) -> String
    public var insetRegion: String
    /// "Peta indeks: Indonesia di Asia Tenggara".
    public var insetNational: String
    /// "Peta indeks: %@ di Indonesia" (without "letak", which a break after it parted from its place, proof-reading 28).
    public var insetLocating: @Sendable (String) -> String
    /// The note listing regions of the data that have no boundary of their own, so are not drawn: "Tidak tergambar …: ".
    public var notDrawn: String
    /// "Warna biru untuk nilai sampai dengan %@, jingga untuk nilai di atasnya.", naming "jingga hingga cokelat" where
    /// the darkest class above prints brown (proof-reading 17) and saying that the darker
    /// a class, the farther from the turn where either side has more than one class.
    /// `darkestAboveIsBrown`: whether the darkest class above the turn prints brown rather than orange (with fewer
    /// classes above than below it stops at a mid orange, and "hingga cokelat" named a colour not on the map,
    /// proof-reading 26).
    public var diverging: @Sendable (_ turn: String, _ classesBelow: Int, _ classesAbove: Int, _ darkestAboveIsBrown: Bool) -> String
    /// "angka nasional (%@)".
    public var nationalFigure: @Sendable (String) -> String
    /// "dan", joining the last two items of a list.
    public var and: String
    /// The note naming a boundary file that says nothing of its own history: "batas wilayah dari %@".
    public var boundaryFile: @Sendable (String) -> String
    /// The heading of the key to the regions numbered on a map because their names do not fit: "Nomor pada peta".
    public var numberedRegions: String = "Nomor pada peta"
    /// The heading of such a key whose marks are letters (`keyHeading(for:)`): "Huruf pada peta".
    public var letteredRegions: String = "Huruf pada peta"
    /// After the legend's class that ends at the national figure a diverging ramp turns at: "3,92 – 4,91 (nasional)".
    public var nationalMark: String = "nasional"
    /// The note on a class ending at a `nilai-acuan`: "Batas atas kelas 4,01 – 6,75 adalah angka Jawa Barat (6,75
    /// persen)." (proof-reading 32: "Kelas bertanda (Jawa Barat) berakhir pada angka Jawa Barat, 6,75 persen" read
    /// as generated).
    public var referenceClass: @Sendable (_ label: String, _ range: String, _ value: String) -> String = { label, range, value in
        "Batas atas kelas \(range) adalah angka \(label) (\(value))."
    }
    /// How the classes were made, printed after the coordinate system (a reader of a choropleth asks whether its classes are
    /// natural groups, equal counts, equal widths or chosen limits): "kelas: jeda alami (Jenks)", "kelas: kuantil",
    /// "kelas: interval sama", "batas kelas ditetapkan penyusun". Short: under a small map's scale bar a longer
    /// wording took a third line, and the map's height with it. A method's name is never broken at its first space
    /// ("jeda / alami" read as two things, proof-reading 39).
    public var naturalBreaksClasses = "kelas: jeda\u{00A0}alami (Jenks)"
    public var quantileClasses = "kelas: kuantil"
    public var equalIntervalClasses = "kelas: interval\u{00A0}sama"
    public var manualClasses = "batas kelas ditetapkan\u{00A0}penyusun"
    /// The figure a diverging ramp turns at where it is the map's `nilai-acuan`: "angka Jawa Barat (6,75 persen)".
    public var referenceFigure: @Sendable (_ label: String, _ value: String) -> String = { label, value in "angka \(label) (\(value))" }
    /// A sea's name as the map prints it, from its Indonesian name ("Laut Jawa"): itself, or its English name.
    public var seaName: @Sendable (String) -> String = { $0 }
    /// The name of the national figure in a CSV's `label_acuan`.
    public var nationalLabel: String = "Indonesia"
    /// The short forms a region's name may take on a map, as (long, short) parts of a name, tried in order; region
    /// names are the data's, so the same in both languages. "DKI Jakarta" and "DI Yogyakarta" stay whole (a map
    /// saying "Jakarta" here and "DKI Jakarta" there reads as two places).
    public var regionShortNames: [(long: String, short: String)] = MapVocabulary.shortNames
    /// The note a map with numbered regions adds for those it leaves with neither a name nor a number: "Kota Bogor
    /// dan Kota Cirebon tidak diberi nama atau nomor karena tidak ada tempat untuknya pada skala peta ini." (Not "too
    /// small": a smaller city may be named where a larger one finds no room, proof-reading 6.)
    public var unnamedRegions: @Sendable ([String]) -> String = { names in
        "\(NarrativeVocabulary.list(names, and: "dan")) tidak diberi nama atau nomor karena tidak ada tempat untuknya pada skala peta ini."
    }

    /// The key to numbered regions written in the figure's note, when the map has no room for it: "Nomor pada peta:
    /// 1 Sumatera Selatan; 2 Jawa Tengah; 3 Kalimantan Selatan." (or "Huruf pada peta: A Papua Pegunungan 1,32.").
    public func numberedRegionsNote(_ entries: [(number: String, name: String)]) -> String {
        keyHeading(for: entries.map(\.number)) + ": " + entries.map { MapVocabulary.unbroken("\($0.number) \($0.name)") }.joined(separator: "; ") + "."
    }

    /// A compact map's key to the picks it names with their values, each extreme said, a pick too small for its
    /// name marked by its letter before it, as in the key: "Tertinggi: Jawa Barat 6,75. Terendah: Papua Pegunungan (A)
    /// 1,32." The posts leave the map's note off, and "Jawa Barat 6,75" on the map said nowhere that it was the
    /// highest (proof-reading 48, I1). The letter stands in brackets after the name, "Papua Pegunungan (A) 1,32":
    /// before it, "Terendah: A Papua Pegunungan" read as an article (proof-reading 49, F9). `groups`: per extreme, in
    /// order, the names, their printed values and their letters.
    /// One sentence an extreme; a layout with no room for them on one line sets each on its own ("Terendah:" alone at
    /// a line's end read as cut off).
    public func extremesKey(_ groups: [(extreme: String, picks: [(name: String, value: String?, mark: String?)])]) -> [String] {
        groups.map { group in
            group.extreme.prefix(1).uppercased() + group.extreme.dropFirst() + ": "
                + NarrativeVocabulary.list(group.picks.map { pick in
                    MapVocabulary.unbroken([pick.name, pick.mark.map { "(\($0))" }, pick.value].compactMap { $0 }.joined(separator: " "))
                }, and: and) + "."
        }
    }

    /// The heading of a key with these marks: `letteredRegions` where they are letters (a map that names only its
    /// picks with their values, where a number on the map reads as a value: "38" in Papua Pegunungan on the
    /// infographic's TPT map, proof-reading 41–46), otherwise `numberedRegions`.
    public func keyHeading(for marks: [String]) -> String {
        !marks.isEmpty && marks.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isLetter) } ? letteredRegions : numberedRegions
    }

    /// "provinsi", "kabupaten/kota": what a map's regions are, in the note of a map that names a few of them.
    public var provinces = "provinsi"
    public var regencies = "kabupaten/kota"
    /// "tertinggi", "terendah": the extremes `sebut:` picks, as the note says them.
    public var highest = "tertinggi"
    public var lowest = "terendah"
    /// The note of a map that names only the regions `sebut:` picks, each with its value (an infographic's story): what
    /// it names, so that no reader takes the others for left out. (names, extremes, region word): "Peta menandai provinsi
    /// tertinggi dan terendah beserta angkanya." The measure is the map's title's. "Menandai", true whether a pick is
    /// named on the map or marked by a letter and keyed (proof-reading 48: "menyebut nama" over a phone map that letters
    /// both). It no longer adds "kelas provinsi lain dibaca dari warnanya (lihat legenda)", which taught how a
    /// choropleth is read (proof-reading 56).
    public var pickedNote: @Sendable ([String], [String], String) -> String = { names, extremes, regions in
        let picked = names + (extremes.isEmpty ? [] : ["\(regions) \(NarrativeVocabulary.list(extremes, and: "dan"))"])
        return "Peta menandai \(NarrativeVocabulary.list(picked, and: "serta")) beserta angkanya."
    }

    /// The legend's entry for the regions a map leaves without a class, naming only what the map has: "Tidak ada
    /// data", "Tidak ada data atau dirahasiakan (x)", "Data belum dapat disajikan (d)" (a doubtful value withdrawn is
    /// not missing data, and a legend saying so would contradict the footer's "d = data belum dapat disajikan").
    public func unclassedLabel(hasMissing: Bool, hasWithdrawn: Bool, hasWithheld: Bool) -> String {
        let symbols = [hasWithdrawn ? notPresentable : nil, hasWithheld ? withheld : nil].compactMap { $0 }
        guard hasMissing || symbols.isEmpty else { return "\(dataPrefix) " + NarrativeVocabulary.list(symbols, and: orWord) }
        return NarrativeVocabulary.list([noData] + symbols, and: orWord)
    }

    /// A key's entry kept on one line ("6 Papua Barat"): its spaces no-break spaces.
    static func unbroken(_ entry: String) -> String { entry.replacingOccurrences(of: " ", with: "\u{00A0}") }

    /// The provinces' short forms as Indonesian readers know them (Sumbar, Kalteng, Sultra, Kepri, Babel), beside NTB
    /// and NTT: "Sum. Barat" and "Kal. Tengah" were Sajian's own (proof-reading 20). Then "Kep." and "Kab." for the
    /// kabupaten/kota.
    static let shortNames: [(long: String, short: String)] = [
        ("Sumatera Utara", "Sumut"), ("Sumatera Barat", "Sumbar"), ("Sumatera Selatan", "Sumsel"),
        ("Kepulauan Bangka Belitung", "Babel"), ("Kepulauan Riau", "Kepri"),
        ("Kalimantan Barat", "Kalbar"), ("Kalimantan Tengah", "Kalteng"), ("Kalimantan Selatan", "Kalsel"),
        ("Kalimantan Timur", "Kaltim"), ("Kalimantan Utara", "Kaltara"),
        ("Sulawesi Utara", "Sulut"), ("Sulawesi Tengah", "Sulteng"), ("Sulawesi Selatan", "Sulsel"),
        ("Sulawesi Tenggara", "Sultra"), ("Sulawesi Barat", "Sulbar"),
        ("Nusa Tenggara Barat", "NTB"), ("Nusa Tenggara Timur", "NTT"), ("Maluku Utara", "Malut"),
        ("Kepulauan ", "Kep. "), ("Kabupaten ", "Kab. "),
    ]

    public static func == (lhs: MapVocabulary, rhs: MapVocabulary) -> Bool { lhs.noData == rhs.noData }
    public func hash(into hasher: inout Hasher) { hasher.combine(noData) }

    public static let indonesian = MapVocabulary(
        east: "BT", west: "BB", north: "LU", south: "LS", northArrow: "U",
        noData: "Tidak ada data", notPresentable: "belum dapat disajikan (d)", withheld: "dirahasiakan (x)", dataPrefix: "Data", orWord: "atau",
        coordinateSystem: { "Proyeksi Mercator, datum \($0)" },
        insetRegion: "wilayah peta", insetNational: "Peta indeks: Indonesia di Asia Tenggara",
        insetLocating: { "Peta indeks: \($0) di Indonesia" },
        notDrawn: "Tidak tergambar karena tidak ada batas wilayahnya: ",
        diverging: { turn, below, above, brown in
            "Warna biru untuk nilai sampai dengan \(turn), \(brown ? "jingga hingga cokelat" : "jingga") untuk nilai di atasnya"
                + (max(below, above) > 1 ? "; di tiap sisi, makin tua warnanya, makin jauh nilainya dari angka itu." : ".")
        },
        nationalFigure: { "angka nasional (\($0))" }, and: "dan", boundaryFile: { "batas wilayah dari \($0)" })

    public static let english: MapVocabulary = {
        var words = MapVocabulary(
        east: "E", west: "W", north: "N", south: "S", northArrow: "N",
        noData: "No data", notPresentable: "withdrawn as doubtful (d)", withheld: "withheld (x)", dataPrefix: "Data", orWord: "or",
        coordinateSystem: { "Mercator projection, datum \($0)" },
        insetRegion: "the mapped area", insetNational: "Index map: Indonesia in Southeast Asia",
        insetLocating: { "Index map: \($0) in Indonesia" },
        notDrawn: "Not shown, having no boundary: ",
        diverging: { turn, below, above, brown in
            "Blue for values up to \(turn), \(brown ? "orange to brown" : "orange") above"
                + (max(below, above) > 1 ? "; on each side, the darker the colour, the farther from it." : ".")
        },
        nationalFigure: { "the national figure (\($0))" }, and: "and", boundaryFile: { "boundaries from \($0)" })
        words.numberedRegions = "Numbers on the map"
        words.letteredRegions = "Letters on the map"
        words.seaName = { ["Laut Jawa": "Java Sea", "Samudra Hindia": "Indian Ocean"][$0] ?? $0 }
        words.nationalMark = "national"
        words.referenceClass = { label, range, value in "The upper limit of the class \(range) is the figure of \(label) (\(value))." }
        words.referenceFigure = { label, value in "the figure of \(label) (\(value))" }
        (words.naturalBreaksClasses, words.quantileClasses, words.equalIntervalClasses, words.manualClasses)
            = ("classes: natural breaks (Jenks)", "classes: quantiles", "classes: equal intervals", "classes: limits set by the editors")
        // An English reader knows no "Kalteng": the parts of the name are shortened instead ("Kal. Tengah").
        words.regionShortNames = [
            ("Kepulauan ", "Kep. "), ("Nusa Tenggara Barat", "NTB"), ("Nusa Tenggara Timur", "NTT"), ("Sulawesi ", "Sul. "),
            ("Kalimantan ", "Kal. "), ("Sumatera ", "Sum. "), ("Kabupaten ", "Kab. "),
        ]
        (words.provinces, words.regencies, words.highest, words.lowest) = ("provinces", "regencies and cities", "highest", "lowest")
        words.pickedNote = { names, extremes, regions in
            let picked = names + (extremes.isEmpty ? [] : ["the \(regions) with the \(NarrativeVocabulary.list(extremes, and: "and")) values"])
            return "The map marks \(NarrativeVocabulary.list(picked, and: "and")) with their values."
        }
        words.unnamedRegions = { names in
            "\(NarrativeVocabulary.list(names, and: "and")) \(names.count == 1 ? "is" : "are") given neither a name nor a number, "
                + "for want of room at this map's scale."
        }
        return words
    }()

    public static func forLocale(_ locale: NumberLocale) -> MapVocabulary {
        locale == .indonesian ? .indonesian : .english
    }
}
