/// The fixed words Sajian writes on a page in the publication's language (`bahasa: id` or `en`): the figure's frame
/// ("Tabel", "Sumber", …), front matter, months, the units printed with numbers, and the rows and notes Sajian adds.
/// Sentences have their own vocabularies: ``NarrativeVocabulary`` (narasi), ``AltTextVocabulary`` (alt text) and
/// ``MapVocabulary`` (a map's notes and furniture).
///
/// Every word is given as a pair, Indonesian first and English beside it, so that no word exists in one language only.
public struct Vocabulary: Sendable, Hashable {
    public var table: String
    public var chart: String
    public var map: String
    /// The word before a key-figure tile's number: "Angka kunci" (issue 14's name for the form), never "Grafik".
    public var keyFigure: String
    public var source: String
    public var note: String
    public var legendOfSymbols: String
    /// The note under a chart whose names are written short: "Singkatan: Babel = Kepulauan Bangka Belitung; …".
    public var abbreviations: String
    public var symbolNone: String
    public var symbolNotAvailable: String
    /// What 'd' means: a doubtful figure withdrawn (`diragukan:`): it exists, but cannot be given yet.
    public var symbolNotPresentable: String
    public var symbolWithheld: String
    public var months: [String]
    public var monthAbbreviations: [String]
    public var through: String
    public var total: String
    /// Front matter: kata pengantar, daftar isi, daftar tabel, daftar grafik, daftar peta; and "Bab".
    public var foreword: String
    public var contents: String
    public var listOfTables: String
    public var listOfCharts: String
    public var listOfMaps: String
    public var chapter: String
    public var page: String
    /// After the title of a figure split over pages, on the pages it continues on: "(lanjutan)".
    public var continued: String
    /// On the empty page that puts the back page on an even page.
    public var intentionallyBlank: String
    /// The heading of a page left for the reader's notes (`halaman-tambahan: catatan`): "Catatan".
    public var notesPage: String
    /// The row or slice that gathers what is not listed (`teratas:`, `gabung-di-bawah:`, a partial list of shares).
    public var other: String
    /// The note under a figure of illustrative data (`ilustratif: ya` in the dataset's metadata).
    public var illustrativeData: String
    /// The note under a table whose rounded parts do not add up to its rounded total.
    public var rounding: String
    /// The note under a pictogram that rounded a row's last icon away or up to a whole one.
    public var roundedIcons: String
    /// The note under a stacked bar chart that gives the values of segments too short to hold them: "Angka pada bagian
    /// batang yang terlalu pendek untuk dicantumkan: Pernah bekerja 149 (55–59)."
    public var valuesOfShortSegments: String
    /// The note under a line chart whose lines are not joined across a break in comparability (*tidak sebanding*):
    /// "Garis Papua dan Papua Barat tidak disambung antara Agustus 2023 dan Februari 2024 karena …".
    public var brokenLines: String
    public var notJoinedBetween: String
    /// … ending "titik sebelumnya digambar berongga": the points before the break are drawn hollow on a paler line.
    public var earlierPointsHollow: String
    /// The note under a line chart whose line starts later than the axis: "Angka Papua Pegunungan tersedia mulai
    /// Februari 2024." (a province formed in 2022): `figuresOf` names, `availableFrom` period.
    public var figuresOf: String
    public var availableFrom: String
    public var and: String
    public var because: String
    /// Units (*satuan*) as printed after numbers and in headings; see ``MeasureUnit/name(in:)``.
    public var percent: String
    public var percentagePoints: String
    public var persons: String
    public var thousandPersons: String
    public var millionPersons: String
    public var rupiah: String
    public var rupiahPerMonth: String

    /// The words of Indonesian publications (PER.03/MEN/II/2009).
    public static let indonesian = Vocabulary(language: .indonesian)
    /// English words, for publications with `bahasa: en`.
    public static let english = Vocabulary(language: .english)

    public static func forLocale(_ locale: NumberLocale) -> Vocabulary {
        locale == .indonesian ? .indonesian : .english
    }

    private init(language: NumberLocale) {
        func say<Word>(_ indonesian: Word, _ english: Word) -> Word { language == .indonesian ? indonesian : english }
        table = say("Tabel", "Table")
        chart = say("Grafik", "Figure")
        map = say("Peta", "Map")
        keyFigure = say("Angka kunci", "Key figure")
        source = say("Sumber", "Source")
        note = say("Catatan", "Note")
        legendOfSymbols = say("Keterangan", "Symbols")
        abbreviations = say("Singkatan", "Abbreviations")
        symbolNone = say("nihil", "nil")
        symbolNotAvailable = say("data tidak tersedia", "not available")
        symbolNotPresentable = say("data belum dapat disajikan", "not shown (doubtful)")
        symbolWithheld = say("dirahasiakan", "withheld")
        months = say(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
                     ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
        monthAbbreviations = say(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
                                 ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        through = say("s.d.", "to")
        total = say("Jumlah", "Total")
        foreword = say("Kata Pengantar", "Foreword")
        contents = say("Daftar Isi", "Contents")
        listOfTables = say("Daftar Tabel", "List of Tables")
        listOfCharts = say("Daftar Grafik", "List of Figures")
        listOfMaps = say("Daftar Peta", "List of Maps")
        chapter = say("Bab", "Chapter")
        page = say("Halaman", "Page")
        continued = say("(lanjutan)", "(continued)")
        other = say("Lainnya", "Other")
        illustrativeData = say("Data ilustratif untuk contoh tata letak, bukan angka resmi.",
                               "Illustrative data for a layout example, not official figures.")
        brokenLines = say("Garis", "The lines of")
        notJoinedBetween = say("tidak disambung antara", "are not joined between")
        earlierPointsHollow = say("titik sebelumnya digambar berongga", "the earlier points are drawn hollow")
        figuresOf = say("Angka", "Figures for")
        availableFrom = say("tersedia mulai", "start in")
        and = say("dan", "and")
        because = say("karena", "because")
        intentionallyBlank = say("Halaman ini sengaja dikosongkan.", "This page is intentionally left blank.")
        notesPage = say("Catatan", "Notes")
        rounding = say("Angka dibulatkan; jumlah rincian dapat berbeda dengan angka jumlah karena pembulatan.",
                       "Figures are rounded; the parts may not add up to the total because of rounding.")
        // Proof-reading 36: "sisa kurang dari seperlima ikon tidak digambar dan lebih dari empat perlima digambar utuh"
        // read hard. Proof-reading 47, W8: the rule in brackets still took four lines on a phone; the reader needs only
        // that the last icon is a part and that the number is exact.
        roundedIcons = say("Ikon terakhir suatu baris digambar sebagian menurut sisanya; angka di ujung baris adalah nilai sebenarnya.",
                           "A row's last icon is drawn in part, as its remainder; the number at the end of each row is the exact value.")
        valuesOfShortSegments = say("Angka pada bagian batang yang terlalu pendek untuk dicantumkan",
                                    "Values of the segments too short to hold them")
        percent = say("persen", "percent")
        percentagePoints = say("persen poin", "percentage points")
        persons = say("orang", "persons")
        thousandPersons = say("ribu orang", "thousand persons")
        millionPersons = say("juta orang", "million persons")
        rupiah = say("rupiah", "rupiah")
        rupiahPerMonth = say("rupiah per bulan", "rupiah per month")
    }
}
