/// The fixed words a figure carries around its data ("Tabel", "Sumber", …) in the publication's language.
public struct Vocabulary: Sendable, Hashable {
    public var table: String
    public var chart: String
    public var map: String
    public var source: String
    public var note: String
    public var legendOfSymbols: String
    public var symbolNone: String
    public var symbolNotAvailable: String
    public var symbolWithheld: String
    public var months: [String]
    public var monthAbbreviations: [String]
    public var through: String
    public var total: String
    /// Front matter: kata pengantar, daftar isi, daftar tabel, daftar grafik, daftar peta; and "Bab".
    public var foreword = "Kata Pengantar"
    public var contents = "Daftar Isi"
    public var listOfTables = "Daftar Tabel"
    public var listOfCharts = "Daftar Grafik"
    public var listOfMaps = "Daftar Peta"
    public var chapter = "Bab"
    public var page = "Halaman"

    /// The words of Indonesian publications (PER.03/MEN/II/2009).
    public static let indonesian = Vocabulary(
        table: "Tabel", chart: "Grafik", map: "Peta", source: "Sumber", note: "Catatan",
        legendOfSymbols: "Keterangan", symbolNone: "nihil", symbolNotAvailable: "data tidak tersedia",
        symbolWithheld: "dirahasiakan",
        months: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"],
        monthAbbreviations: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
        through: "s.d.", total: "Jumlah")

    /// English words, for publications with `bahasa: en`.
    public static let english = Vocabulary(
        table: "Table", chart: "Figure", map: "Map", source: "Source", note: "Note",
        legendOfSymbols: "Symbols", symbolNone: "nil", symbolNotAvailable: "not available",
        symbolWithheld: "withheld",
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
        monthAbbreviations: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        through: "to", total: "Total", foreword: "Foreword", contents: "Contents", listOfTables: "List of Tables",
        listOfCharts: "List of Figures", listOfMaps: "List of Maps", chapter: "Chapter", page: "Page")

    public static func forLocale(_ locale: NumberLocale) -> Vocabulary {
        locale == .indonesian ? .indonesian : .english
    }
}
