import SajianForms
import SajianModel

/// Bound figures built by hand, for layout and backend tests that need no datasets.
public enum Fixtures {
    /// Five provinces' TPT, Agustus 2024 (BPS, Sakernas), with the national figure highlighted.
    public static func barChart(orientation: BarChartData.Orientation = .horizontal, locale: NumberLocale = .indonesian) -> BoundFigure {
        let bars = [("Jawa Barat", 6.75), ("Banten", 6.68), ("Indonesia", 4.91), ("Bali", 1.79), ("Papua Pegunungan", 1.32)]
            .map { BarChartData.Bar(label: $0.0, value: .number($0.1), isHighlighted: $0.0 == "Indonesia") }
        let chart = BarChartData(bars: bars, orientation: orientation, unit: .percent, format: NumberFormat(locale: locale, decimals: 2))
        return BoundFigure(
            id: "tpt", location: SourceLocation(file: "fixture"), components: FigureComponents(kind: .chart, number: "1", title: "Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024",
                                                    source: "BPS, Sakernas Agustus 2024", altText: "Grafik batang TPT"),
            body: BarChartBody.single(chart), locale: locale)
    }

    /// Penduduk bekerja menurut pendidikan, Agustus 2023 (juta orang), with a withheld cell to test symbols.
    public static func table(withheld: Bool = false) -> BoundFigure {
        let rows: [(String, StatisticalValue)] = [
            ("SD ke bawah", .number(51.49)), ("SMP", .number(24.85)), ("SMA", withheld ? .withheld : .number(28.33)),
            ("SMK", .number(17.33)), ("Diploma I/II/III", .number(3.41)), ("Diploma IV/S1/S2/S3", .number(14.44)),
        ]
        let table = TableData(stubHead: "Pendidikan", columns: [TableData.Column(heading: "Penduduk bekerja (juta orang)",
                                                                                   format: NumberFormat(decimals: 2))],
                              rows: rows.map { TableData.Row(label: $0.0, cells: [$0.1]) }
                                  + [TableData.Row(label: "Jumlah", cells: [withheld ? .withheld : .number(139.85)], isTotal: true)])
        return BoundFigure(
            id: "pendidikan", location: SourceLocation(file: "fixture"), components: FigureComponents(kind: .table, number: "1", title: "Penduduk Bekerja menurut Pendidikan, Agustus 2023",
                                                           source: "BPS, Sakernas Agustus 2023", altText: "Tabel penduduk bekerja"),
            body: table, locale: .indonesian)
    }

    /// A table of `rows` × `columns` counts with a total row: for page splits and landscape pages.
    /// The numbers are made up for layout tests and never published.
    public static func largeTable(rows: Int, columns: Int) -> BoundFigure {
        let format = NumberFormat(decimals: 0)
        let body = (0..<rows).map { row in
            TableData.Row(label: "Baris \(row + 1)", cells: (0..<columns).map { .number(Double((row + 1) * 1000 + $0)) })
        }
        let total = TableData.Row(label: "Jumlah", cells: (0..<columns).map { column in
            .number(body.map { $0.cells[column].number! }.reduce(0, +))
        }, kind: .total)
        let table = TableData(stubHead: "Wilayah", spanner: "Jumlah (orang)",
                              columns: (0..<columns).map { TableData.Column(groups: ["Kelompok \($0 / 3 + 1)"], heading: "Kolom \($0 + 1)", format: format) },
                              rows: body + [total])
        return BoundFigure(id: "besar", location: SourceLocation(file: "fixture"), components: FigureComponents(kind: .table, number: "3", title: "Tabel Besar untuk Uji Tata Letak",
                                                                     source: "Uji", altText: "Tabel uji"),
                           body: table, locale: .indonesian)
    }

    /// TPT Indonesia, Agustus 2019–2024 (BPS), with 2021 left out to test the gap.
    public static func lineChart(withGap: Bool = true) -> BoundFigure {
        let values: [StatisticalValue] = [.number(5.23), .number(7.07), withGap ? .notAvailable : .number(6.49), .number(5.86), .number(5.32), .number(4.91)]
        let chart = LineChartData(periods: ["Agu 2019", "Agu 2020", "Agu 2021", "Agu 2022", "Agu 2023", "Agu 2024"],
                                  series: [LineChartData.Series(name: "Indonesia", values: values),
                                           LineChartData.Series(name: "Indonesia (salinan)", values: values.map { $0.number.map { .number($0 - 0.1) } ?? $0 })],
                                  unit: .percent, format: NumberFormat(decimals: 2))
        return BoundFigure(id: "garis", location: SourceLocation(file: "fixture"), components: FigureComponents(kind: .chart, number: "2", title: "TPT Agustus 2019–2024",
                                                                     source: "BPS, Sakernas", altText: "Grafik garis"),
                           body: chart, locale: .indonesian)
    }

    /// Penduduk bekerja menurut pendidikan, Agustus 2024 (BPS, persen).
    public static func pieChart() -> BoundFigure {
        let shares = [("SD ke bawah", 35.80), ("SMP", 17.62), ("SMA", 20.90), ("SMK", 12.86), ("Diploma I/II/III", 2.32), ("Diploma IV/S1/S2/S3", 10.50)]
        let chart = PieChartData(slices: shares.map { PieChartData.Slice(label: $0.0, value: $0.1, percent: ($0.1 * 10).rounded() / 10) },
                                 isDonut: true, percentFormat: NumberFormat(decimals: 1))
        return BoundFigure(id: "lingkaran", location: SourceLocation(file: "fixture"), components: FigureComponents(kind: .chart, number: "3", title: "Penduduk Bekerja menurut Pendidikan",
                                                                         source: "BPS", altText: "Grafik lingkaran"),
                           body: chart, locale: .indonesian)
    }

    /// PMI placements, 2023 (BP2MI via databoks), in thousands; one icon = 5 thousand.
    public static func pictogram() -> BoundFigure {
        let rows = [("Taiwan", 83.216), ("Malaysia", 72.26), ("Jepang", 9.673)].map { PictogramData.Row(label: $0.0, value: .number($0.1)) }
        let chart = PictogramData(rows: rows, quantityPerIcon: 5, icon: "koper", unit: .thousandPersons, format: NumberFormat(decimals: 1))
        return BoundFigure(id: "piktogram", location: SourceLocation(file: "fixture"), components: FigureComponents(kind: .chart, number: "4", title: "Penempatan PMI, 2023",
                                                                         source: "BP2MI", altText: "Grafik piktogram"),
                           body: chart, locale: .indonesian)
    }
}
