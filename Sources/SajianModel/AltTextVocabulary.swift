/// The sentences of a figure's alt text (*teks alternatif*) in the publication's language, written when the template
/// gives none: the kind of figure, its title, and what a reader of the picture would see first.
///
/// Each sentence is built whole per language: the Indonesian text on one line and the English one beside it.
/// Numbers come in already written with their unit ("6,75 persen", "6.75 percent"); names are the data's own.
public struct AltTextVocabulary: Sendable, Hashable {
    public let language: NumberLocale

    public static let indonesian = AltTextVocabulary(language: .indonesian)
    public static let english = AltTextVocabulary(language: .english)

    public static func forLocale(_ locale: NumberLocale) -> AltTextVocabulary { AltTextVocabulary(language: locale) }

    /// "Grafik batang: TPT menurut Provinsi." / "Bar chart: TPT menurut Provinsi."
    public func barChart(_ title: String) -> String {
        switch language {
        case .indonesian: "Grafik batang: \(title)."
        case .english: "Bar chart: \(title)."
        }
    }

    /// "Grafik garis: …." / "Line chart: …."
    public func lineChart(_ title: String) -> String {
        switch language {
        case .indonesian: "Grafik garis: \(title)."
        case .english: "Line chart: \(title)."
        }
    }

    /// "Peta tematik: …." / "Thematic map: …."
    public func map(_ title: String) -> String {
        switch language {
        case .indonesian: "Peta tematik: \(title)."
        case .english: "Thematic map: \(title)."
        }
    }

    /// " Tertinggi Jawa Barat, 6,75 persen; terendah Bali, 1,79 persen." / " Highest Jawa Barat, 6.75 percent; lowest
    /// Bali, 1.79 percent."
    public func extremes(highest: (name: String, value: String), lowest: (name: String, value: String)) -> String {
        switch language {
        case .indonesian: " Tertinggi \(highest.name), \(highest.value); terendah \(lowest.name), \(lowest.value)."
        case .english: " Highest \(highest.name), \(highest.value); lowest \(lowest.name), \(lowest.value)."
        }
    }

    /// A bar chart's reference line and how many bars pass it: " Garis acuan: Indonesia, 4,91 persen; 12 dari 38 nilai
    /// lebih tinggi daripada angka Indonesia." / " Reference line: Indonesia, 4.91 percent; 12 of 38 values above the
    /// figure of Indonesia." ("batang di atasnya" spoke of the drawing, not of what it shows; proof-reading 33.)
    /// Bars that are regions of a code list are counted as such: " …; 12 dari 38 provinsi berada di atas angka
    /// Indonesia." (proof-reading 35: "nilai" where the reader sees provinces).
    public func referenceLine(_ label: String, value: String, above: Int, of count: Int, regions: ReferenceCodeList? = nil) -> String {
        let noun = regions.map { AggregateVocabulary.forLocale(language).regions(of: $0) }
        return switch (language, noun) {
        case (.indonesian, nil): " Garis acuan: \(label), \(value); \(above) dari \(count) nilai lebih tinggi daripada angka \(label)."
        case (.indonesian, let noun?): " Garis acuan: \(label), \(value); \(above) dari \(count) \(noun) berada di atas angka \(label)."
        case (.english, let noun): " Reference line: \(label), \(value); \(above) of \(count) \(noun ?? "values") above the figure of \(label)."
        }
    }

    /// One series of a bar chart of several: " Laki-laki: tertinggi Jawa Barat, 7,20 persen; terendah Bali, 1,50 persen." /
    /// " Male: highest Jawa Barat, 7.20 percent; lowest Bali, 1.50 percent."
    public func seriesExtremes(_ name: String, highest: (name: String, value: String), lowest: (name: String, value: String)) -> String {
        switch language {
        case .indonesian: " \(name): tertinggi \(highest.name), \(highest.value); terendah \(lowest.name), \(lowest.value)."
        case .english: " \(name): highest \(highest.name), \(highest.value); lowest \(lowest.name), \(lowest.value)."
        }
    }

    /// A map's classes: " Kelas: 1,32–3,00; 3,00–4,91." / " Classes: 1.32–3.00; 3.00–4.91."
    public func classes(_ labels: [String]) -> String {
        switch language {
        case .indonesian: " Kelas: " + labels.joined(separator: "; ") + "."
        case .english: " Classes: " + labels.joined(separator: "; ") + "."
        }
    }

    /// The regions of a map's highest or lowest class, from the class's far end: " Kelas tertinggi, 5,15 – 6,75: Aceh,
    /// Sumatera Utara dan Jawa Barat." / " Highest class, 5.15 – 6.75: Aceh, Sumatera Utara and Jawa Barat." (proof-reading
    /// 35: the classes alone did not say where the high and low values lie).
    public func classMembers(_ label: String, regions: [String], highest: Bool) -> String {
        switch language {
        case .indonesian: " Kelas \(highest ? "tertinggi" : "terendah"), \(label): \(NarrativeVocabulary.list(regions, and: "dan"))."
        case .english: " \(highest ? "Highest" : "Lowest") class, \(label): \(NarrativeVocabulary.list(regions, and: "and"))."
        }
    }

    /// How many regions of a map whose colours turn at a figure lie above it: " 12 dari 38 provinsi berada di atas angka
    /// Indonesia (4,91 persen)." / " 12 of 38 provinces above the figure of Indonesia (4.91 percent)." The map's point,
    /// which its classes alone did not say (proof-reading 44; the bar chart's alt text says it of its reference line,
    /// with the same noun, proof-reading 45).
    public func regionsAbove(_ label: String, value: String, above: Int, of count: Int, regions: String) -> String {
        switch language {
        case .indonesian: " \(above) dari \(count) \(regions) berada di atas angka \(label) (\(value))."
        case .english: " \(above) of \(count) \(regions) above the figure of \(label) (\(value))."
        }
    }

    /// One line of a line chart: " Indonesia: 5,23 persen pada Agustus 2019, 4,91 persen pada Agustus 2024." /
    /// " Indonesia: 5.23 percent in August 2019, 4.91 percent in August 2024."
    public func series(_ name: String, first: (value: String, period: String), last: (value: String, period: String)) -> String {
        switch language {
        case .indonesian: " \(name): \(first.value) pada \(first.period), \(last.value) pada \(last.period)."
        case .english: " \(name): \(first.value) in \(first.period), \(last.value) in \(last.period)."
        }
    }

    /// A line's peak, when it is neither its first nor its last point: " Tertinggi 7,07 persen pada Agustus 2020." /
    /// " Highest 7.07 percent in August 2020."
    public func peak(_ value: String, period: String) -> String {
        switch language {
        case .indonesian: " Tertinggi \(value) pada \(period)."
        case .english: " Highest \(value) in \(period)."
        }
    }

    /// A line's low, when it is neither its first nor its last point: " Terendah 4,82 persen pada Februari 2024." /
    /// " Lowest 4.82 percent in February 2024."
    public func trough(_ value: String, period: String) -> String {
        switch language {
        case .indonesian: " Terendah \(value) pada \(period)."
        case .english: " Lowest \(value) in \(period)."
        }
    }

    /// A period label of an axis written out for a listener: "Agu 2024" → "Agustus 2024", "Feb 2015" → "Februari 2015";
    /// any other label as it is.
    public func spelledOut(_ period: String) -> String {
        let words = Vocabulary.forLocale(language)
        guard let space = period.firstIndex(of: " "), let month = words.monthAbbreviations.firstIndex(of: String(period[..<space])) else { return period }
        return words.months[month] + period[space...]
    }

    /// A short column read out row by row: " Kolom Tingkat Pengangguran Terbuka (persen): Agustus 2023 5,32; Agustus
    /// 2024 4,91." / " Column …: …."
    public func tableValues(column: String, _ items: [(name: String, value: String)]) -> String {
        let read = items.map { "\($0.name) \($0.value)" }.joined(separator: "; ")
        return switch language {
        case .indonesian: " Kolom \(column): \(read)."
        case .english: " Column \(column): \(read)."
        }
    }

    /// A table's highest and lowest value in its last column: " Kolom 2025: tertinggi DKI Jakarta, 5.396.761; terendah
    /// Jawa Tengah, 2.169.349." / " Column 2025: highest DKI Jakarta, 5,396,761; lowest Jawa Tengah, 2,169,349."
    public func tableExtremes(column: String, highest: (name: String, value: String), lowest: (name: String, value: String)) -> String {
        switch language {
        case .indonesian: " Kolom \(column): tertinggi \(highest.name), \(highest.value); terendah \(lowest.name), \(lowest.value)."
        case .english: " Column \(column): highest \(highest.name), \(highest.value); lowest \(lowest.name), \(lowest.value)."
        }
    }

    /// "Grafik lingkaran: …. Bagian terbesar: SD ke bawah 35,8 persen; SMA 20,9 persen." / "Pie chart: …. Largest
    /// parts: …."
    public func pieChart(_ title: String, largest parts: [String], isDonut: Bool = false) -> String {
        switch language {
        case .indonesian: "\(pieKind(isDonut)): \(title). Bagian terbesar: \(parts.joined(separator: "; "))."
        case .english: "\(pieKind(isDonut)): \(title). Largest parts: \(parts.joined(separator: "; "))."
        }
    }

    /// "Grafik lingkaran", or "Grafik donat" for a ring (proof-reading 35: the web's donut read out as a pie).
    private func pieKind(_ isDonut: Bool) -> String {
        switch language {
        case .indonesian: isDonut ? "Grafik donat" : "Grafik lingkaran"
        case .english: isDonut ? "Donut chart" : "Pie chart"
        }
    }

    /// Every part of a pie of few parts, largest first: "Grafik lingkaran: …. Bagiannya, dari yang terbesar: SD ke
    /// bawah 35,8 persen; …; Diploma I/II/III 2,3 persen."
    public func pieChart(_ title: String, allParts parts: [String], isDonut: Bool = false) -> String {
        switch language {
        case .indonesian: "\(pieKind(isDonut)): \(title). Bagiannya, dari yang terbesar: \(parts.joined(separator: "; "))."
        case .english: "\(pieKind(isDonut)): \(title). Its parts, largest first: \(parts.joined(separator: "; "))."
        }
    }

    /// "Grafik piktogram: …. Satu ikon = 5 ribu orang. Taiwan 83,2 ribu orang; …." / "Pictogram: …. One icon = 5
    /// thousand persons. Taiwan 83.2 thousand persons; …."
    public func pictogram(_ title: String, perIcon: String, rows: [String]) -> String {
        switch language {
        case .indonesian: "Grafik piktogram: \(title). Satu ikon = \(perIcon). " + rows.joined(separator: "; ") + "."
        case .english: "Pictogram: \(title). One icon = \(perIcon). " + rows.joined(separator: "; ") + "."
        }
    }

    /// "Tabel: …. 6 baris menurut pendidikan, 1 kolom nilai." / "Table: …. 6 rows by pendidikan, 1 value column."
    /// - Parameter stubHead: the heading of the row labels, as it reads inside a sentence.
    public func table(_ title: String, rows: Int, by stubHead: String, columns: Int) -> String {
        let count = NumberFormat(locale: language)
        let rowCount = count.string(from: Double(rows)), columnCount = count.string(from: Double(columns))
        return switch language {
        case .indonesian: "Tabel: \(title). \(rowCount) baris menurut \(stubHead), \(columnCount) kolom nilai."
        case .english: "Table: \(title). \(rowCount) \(rows == 1 ? "row" : "rows") by \(stubHead), \(columnCount) value \(columns == 1 ? "column" : "columns")."
        }
    }
}
