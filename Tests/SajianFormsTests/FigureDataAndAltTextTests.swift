import Foundation
import SajianForms
import SajianModel
import SajianPublish
import SajianTestSupport
import XCTest

/// Every chart kind, bound from a template and the real `Datasets/`: its CSV records (`dataTable()`) hold every
/// value the body draws, under exact headings, and its alt text reads the right numbers.
final class FigureDataAndAltTextTests: XCTestCase {
    /// The one figure of a template whose only chapter holds `figure` (its keys, one per line), bound.
    private func bind(_ figure: String) throws -> BoundFigure {
        try XCTUnwrap(TemplateBinding.bind(TemplateBinding.template(figure: figure)).figures.first)
    }

    private func body<Body>(_ figure: BoundFigure, as type: Body.Type, file: StaticString = #filePath, line: UInt = #line) throws -> Body {
        guard let body = figure.body as? Body else {
            XCTFail("the body is a \(Swift.type(of: figure.body)), not a \(Body.self)", file: file, line: line)
            throw TestSupport.Failure("wrong body")
        }
        return body
    }

    /// The field of `table` in the record whose field under `key` is the text `label`, under `heading`.
    private func field(_ table: DataTable, _ heading: String, of label: String, keyedBy key: Int = 0,
                       file: StaticString = #filePath, line: UInt = #line) -> DataTable.Field? {
        guard let column = table.headings.firstIndex(of: heading) else {
            XCTFail("no heading `\(heading)` in \(table.headings)", file: file, line: line)
            return nil
        }
        let matching = table.records.filter { $0[key] == .text(label) }
        XCTAssertEqual(matching.count, 1, "one record of `\(label)`", file: file, line: line)
        return matching.first?[column]
    }

    private func alt(_ figure: BoundFigure) -> String { figure.body.altText(title: "Uji", locale: .indonesian) }

    // MARK: Bars

    func testBarChartOfOneSeries() throws {
        let figure = try bind("""
            jenis: grafik-batang
            judul: TPT menurut pendidikan
            data: bekerja-pendidikan
            saring: { periode: 2024-08 }
            kategori: pendidikan
            nilai: tpt
            urut: menurun
            sumber: BPS
            """)
        guard case .single(let chart) = try body(figure, as: BarChartBody.self) else { return XCTFail("one series") }
        let table = figure.body.dataTable()
        XCTAssertEqual(table.headings, ["kategori", "nilai (persen)"])
        XCTAssertEqual(chart.bars.count, 6)
        XCTAssertEqual(table.records.count, chart.bars.count)
        for bar in chart.bars {
            XCTAssertEqual(field(table, "nilai (persen)", of: bar.label), .value(bar.value, decimals: 2), bar.label)
        }
        XCTAssertEqual(table.records.first, [.text("SMK"), .value(.number(9.01), decimals: 2)])
        XCTAssertEqual(table.records.last, [.text("SD ke bawah"), .value(.number(2.32), decimals: 2)])
        XCTAssertEqual(alt(figure), "Grafik batang: Uji. Tertinggi SMK, 9,01 persen; terendah SD ke bawah, 2,32 persen.")
    }

    /// Proof-reading 21: the reference line the chart's note rests on is in its alt text, with the bars past it.
    func testBarChartReadsItsReferenceLine() throws {
        let figure = try bind("""
            jenis: grafik-batang
            judul: TPT menurut provinsi
            data: tpt-provinsi
            saring: { periode: 2024-08 }
            kategori: wilayah
            nilai: tpt
            garis-acuan: { kategori: Indonesia }
            sumber: BPS
            """)
        XCTAssertTrue(alt(figure).hasSuffix(" Garis acuan: Indonesia, 4,91 persen; 12 dari 38 provinsi berada di atas angka Indonesia."), alt(figure))
    }

    /// Unemployment by age group and work experience, Agustus 2024, in the three ways several series share a bar.
    private func seriesBars(_ stacking: String) throws -> (BoundFigure, SeriesBarChartData) {
        let figure = try bind(TemplateBinding.seriesBarChart(stacking: stacking) + "\njudul: Pengangguran\nsumber: BPS")
        guard case .series(let chart) = try body(figure, as: BarChartBody.self) else {
            XCTFail("several series")
            throw TestSupport.Failure("one series")
        }
        return (figure, chart)
    }

    /// Each segment of each bar is in its series' column of the bar's record.
    private func assertSegmentsHeld(_ chart: SeriesBarChartData, in table: DataTable, unit: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(table.records.count, chart.bars.count, file: file, line: line)
        for bar in chart.bars {
            for (index, name) in chart.seriesNames.enumerated() {
                // A 100 % stack's segments are shares the chart computes (proof-reading 20), the others the data's.
                let expected: DataTable.Field = chart.stacking == .percent ? .computed(bar.segments[index], decimals: chart.format.decimals)
                                                                           : .value(bar.segments[index], decimals: chart.format.decimals)
                XCTAssertEqual(field(table, name + unit, of: bar.label, file: file, line: line), expected, "\(bar.label), \(name)", file: file, line: line)
            }
        }
    }

    func testGroupedBars() throws {
        let (figure, chart) = try seriesBars("kelompok")
        XCTAssertEqual(chart.stacking, .grouped)
        let table = figure.body.dataTable()
        XCTAssertEqual(table.headings, ["kategori", "Pernah bekerja (orang)", "Tidak pernah bekerja (orang)"])
        assertSegmentsHeld(chart, in: table, unit: " (orang)")
        XCTAssertEqual(table.records[1], [.text("20–24"), .value(.number(939_722), decimals: 0), .value(.number(1_558_257), decimals: 0)])
        XCTAssertEqual(alt(figure), "Grafik batang: Uji."
                       + " Pernah bekerja: tertinggi 20–24, 939.722 orang; terendah 15–19, 181.907 orang."
                       + " Tidak pernah bekerja: tertinggi 20–24, 1.558.257 orang; terendah 25–29, 551.709 orang.")
    }

    func testStackedBars() throws {
        let (figure, chart) = try seriesBars("tumpuk")
        XCTAssertEqual(chart.stacking, .stacked)
        let table = figure.body.dataTable()
        XCTAssertEqual(table.headings, ["kategori", "Pernah bekerja (orang)", "Tidak pernah bekerja (orang)", "jumlah (orang)"])
        assertSegmentsHeld(chart, in: table, unit: " (orang)")
        for bar in chart.bars {
            XCTAssertEqual(field(table, "jumlah (orang)", of: bar.label), .value(bar.value, decimals: 0), "the total a stack's end shows")
        }
        XCTAssertEqual(table.records[0], [.text("15–19"), .value(.number(181_907), decimals: 0), .value(.number(1_250_053), decimals: 0),
                                          .value(.number(1_431_960), decimals: 0)])
        // Three totals are read out one by one (review proof 4, finding 24); the series by their ends.
        XCTAssertEqual(alt(figure), "Grafik batang: Uji. 15–19 1.431.960 orang; 20–24 2.497.979 orang; 25–29 1.258.842 orang."
                       + " Pernah bekerja: tertinggi 20–24, 939.722 orang; terendah 15–19, 181.907 orang."
                       + " Tidak pernah bekerja: tertinggi 20–24, 1.558.257 orang; terendah 25–29, 551.709 orang.")
    }

    func testPercentStackedBarsExportAndReadTheShares() throws {
        let (figure, chart) = try seriesBars("persen")
        XCTAssertEqual(chart.stacking, .percent)
        let table = figure.body.dataTable()
        XCTAssertEqual(table.headings, ["kategori", "Pernah bekerja (persen)", "Tidak pernah bekerja (persen)"])
        assertSegmentsHeld(chart, in: table, unit: " (persen)")
        // Shares of the age group's total, 1.431.960: 12,7 % and 87,3 %, with one decimal.
        XCTAssertEqual(table.records[0], [.text("15–19"), .computed(.number(181_907 / 1_431_960 * 100), decimals: 1),
                                          .computed(.number(1_250_053 / 1_431_960 * 100), decimals: 1)])
        let text = alt(figure)
        XCTAssertEqual(text, "Grafik batang: Uji."
                       + " Pernah bekerja: tertinggi 25–29, 56,2 persen; terendah 15–19, 12,7 persen."
                       + " Tidak pernah bekerja: tertinggi 15–19, 87,3 persen; terendah 25–29, 43,8 persen.")
        XCTAssertFalse(text.contains("100"), "a 100 % chart never reads its totals as highest and lowest")
    }

    func testStackedChartsCSVTextHoldsBothSeries() throws {
        let (figure, _) = try seriesBars("tumpuk")
        let lines = String(decoding: FigureCSV.data(for: figure), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(Array(lines.prefix(4)), [
            "periode,kategori,Pernah bekerja (orang),Tidak pernah bekerja (orang),jumlah (orang)",
            "2024-08,15–19,181907,1250053,1431960",
            "2024-08,20–24,939722,1558257,2497979",
            "2024-08,25–29,707133,551709,1258842",
        ])
    }

    // MARK: Lines, pies, pictograms

    func testLineChart() throws {
        let figure = try bind("""
            jenis: grafik-garis
            judul: TPT
            data: indikator-nasional
            saring: { periode: 2023-02 s.d. 2024-08 }
            nilai: tpt
            sumber: BPS
            """)
        let chart = try body(figure, as: LineChartData.self)
        let table = figure.body.dataTable()
        // Proof-reading 19: the line's column names its unit, as the bar's and the map's do.
        // Proof-reading 20: the period as the data codes it, its label beside it.
        XCTAssertEqual(table.headings, ["periode", "label_periode", "Tingkat Pengangguran Terbuka (persen)"])
        XCTAssertEqual(table.records.count, chart.periods.count)
        for line in chart.series {
            for (period, value) in zip(chart.periods, line.values) {
                XCTAssertEqual(field(table, line.name + " (persen)", of: period, keyedBy: 1), .value(value, decimals: chart.format.decimals), period)
            }
        }
        XCTAssertEqual(table.records.first, [.text("2023-02"), .text("Feb 2023"), .value(.number(5.45), decimals: 2)])
        XCTAssertEqual(table.records.last, [.text("2024-08"), .text("Agu 2024"), .value(.number(4.91), decimals: 2)])
        XCTAssertEqual(alt(figure), "Grafik garis: Uji. Tingkat Pengangguran Terbuka: 5,45 persen pada Februari 2023, 4,91 persen pada Agustus 2024."
                       // The low between the ends (proof-reading 24).
                       + " Terendah 4,82 persen pada Februari 2024.")
    }

    func testDonutChart() throws {
        let figure = try bind("""
            jenis: grafik-donat
            judul: Distribusi
            data: bekerja-pendidikan
            saring: { periode: 2024-08 }
            kategori: pendidikan
            nilai: distribusi_penduduk_bekerja
            sumber: BPS
            """)
        let chart = try body(figure, as: PieChartData.self)
        XCTAssertTrue(chart.isDonut)
        let table = figure.body.dataTable()
        // Proof-reading 19: the value with the measure's unit and decimals (35.80 beside 17.62, not 35.8), the share named.
        XCTAssertEqual(table.headings, ["kategori", "nilai (persen)", "pangsa (persen)"])
        XCTAssertEqual(table.records.count, chart.slices.count)
        for slice in chart.slices {
            XCTAssertEqual(field(table, "nilai (persen)", of: slice.label), .value(.number(slice.value), decimals: 2), slice.label)
            // A share is the pie's arithmetic (proof-reading 20): computed, given as printed.
            XCTAssertEqual(field(table, "pangsa (persen)", of: slice.label), .computed(.number(slice.percent), decimals: chart.percentFormat.decimals), slice.label)
        }
        XCTAssertEqual(table.records.first, [.text("SD ke bawah"), .value(.number(35.8), decimals: 2), .computed(.number(35.8), decimals: 1)])
        // Six parts are read out, every one (proof-reading 24: three had been left out).
        // A ring is read out as one (proof-reading 35: "Grafik lingkaran" for the web's donut).
        XCTAssertEqual(alt(figure), "Grafik donat: Uji. Bagiannya, dari yang terbesar: SD ke bawah 35,8 persen; SMA 20,9 persen; "
                       + "SMP 17,6 persen; SMK 12,9 persen; Diploma IV/S1/S2/S3 10,5 persen; Diploma I/II/III 2,3 persen.")
    }

    func testPictogram() throws {
        let figure = try bind(TemplateBinding.migrantPlacementPictogram.replacingOccurrences(of: "Hong Kong, Korea Selatan, ", with: "")
            + "\njudul: PMI\nsumber: BP2MI")
        let chart = try body(figure, as: PictogramData.self)
        let table = figure.body.dataTable()
        XCTAssertEqual(table.headings, ["kategori", "nilai (ribu orang)"])
        XCTAssertEqual(table.records.count, chart.rows.count)
        for row in chart.rows {
            XCTAssertEqual(field(table, "nilai (ribu orang)", of: row.label), .value(row.value, decimals: 1), row.label)
        }
        XCTAssertEqual(table.records.map { $0.first }, [.text("Taiwan"), .text("Malaysia"), .text("Jepang")])
        guard case .value(let taiwan, 1)? = table.records.first?.last else { return XCTFail("Taiwan's value") }
        XCTAssertEqual(try XCTUnwrap(taiwan.number), 83.216, accuracy: 1e-9, "83.216 orang in thousands")
        XCTAssertEqual(alt(figure), "Grafik piktogram: Uji. Satu ikon = 5 ribu orang. Taiwan 83,2 ribu orang; Malaysia 72,3 ribu orang; Jepang 9,7 ribu orang.")
    }

    // MARK: Tables and maps

    /// Each cell of each row with cells is in the row's record, under its column's headings.
    private func assertCellsHeld(_ table: TableData, in data: DataTable, file: StaticString = #filePath, line: UInt = #line) {
        let rows = table.rows.filter { $0.kind != .groupHeading }
        XCTAssertEqual(data.records.count, rows.count, file: file, line: line)
        for (row, record) in zip(rows, data.records) {
            XCTAssertEqual(record.first, .text(row.label), file: file, line: line)
            XCTAssertEqual(Array(record.dropFirst()), zip(row.cells, table.columns).map { .value($0, decimals: $1.format.decimals) },
                           row.label, file: file, line: line)
        }
    }

    func testTabelTunggal() throws {
        let figure = try bind("""
            jenis: tabel-tunggal
            judul: Penduduk bekerja
            data: bekerja-pendidikan
            saring: { periode: 2023-08 }
            baris: pendidikan
            judul-baris: Pendidikan
            nilai: penduduk_bekerja
            jumlah: ya
            sumber: BPS
            """)
        let table = try body(figure, as: TableData.self)
        let data = figure.body.dataTable()
        XCTAssertEqual(data.headings, ["Pendidikan", "Penduduk bekerja (juta\u{00A0}orang)"])
        assertCellsHeld(table, in: data)
        XCTAssertEqual(data.records.first, [.text("SD ke bawah"), .value(.number(51.49), decimals: 2)])
        XCTAssertEqual(data.records.last?.first, .text("Jumlah"))
        guard case .value(let total, 2)? = data.records.last?.last else { return XCTFail("the total's value") }
        XCTAssertEqual(try XCTUnwrap(total.number), 139.85, accuracy: 1e-9)
        XCTAssertEqual(alt(figure), "Tabel: Uji. 7 baris menurut pendidikan, 1 kolom nilai. Kolom Penduduk bekerja (juta\u{00A0}orang): tertinggi SD ke bawah, 51,49; terendah Diploma I/II/III, 3,41.")
    }

    func testTabelSilang() throws {
        let figure = try bind("""
            jenis: tabel-silang
            judul: Pengangguran
            data: pengangguran-umur-pengalaman
            saring: { periode: [2024-02, 2024-08], pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], golongan_umur: [15-19, 20-24, 25-29] }
            baris: golongan_umur
            judul-baris: Golongan umur
            kolom: [periode, pengalaman_kerja]
            nilai: pengangguran
            jumlah: ya
            sumber: BPS
            """)
        let table = try body(figure, as: TableData.self)
        let data = figure.body.dataTable()
        // Proof-reading 19: the spanner (measure and unit) heads every value column.
        XCTAssertEqual(data.headings, ["Golongan umur", "Pengangguran (orang) - Februari 2024 - Pernah bekerja",
                                       "Pengangguran (orang) - Februari 2024 - Tidak pernah bekerja",
                                       "Pengangguran (orang) - Agustus 2024 - Pernah bekerja", "Pengangguran (orang) - Agustus 2024 - Tidak pernah bekerja"])
        assertCellsHeld(table, in: data)
        XCTAssertEqual(data.records[0], [.text("15–19")] + [123_702, 910_417, 181_907, 1_250_053].map { .value(.number($0), decimals: 0) })
        XCTAssertEqual(data.records[3], [.text("Jumlah")] + [1_556_371, 3_348_641, 1_828_762, 3_360_019].map { .value(.number($0), decimals: 0) })
        XCTAssertEqual(alt(figure), "Tabel: Uji. 4 baris menurut golongan umur, 4 kolom nilai. Kolom Pengangguran (orang), Agustus 2024, Tidak pernah bekerja: 15–19 1.250.053; 20–24 1.558.257; 25–29 551.709.")
    }

    /// Proof-reading 22: Tabel 2.2's alt text ranked "15–24 tahun" over "60 tahun ke atas" across sex, area and age;
    /// rows of different groups are no one ranking.
    func testAGroupedTableRanksNoRowsAcrossItsGroups() throws {
        let figure = try bind("jenis: tabel-silang\njudul: Uji\ndata: tpt-jenis-kelamin-daerah\nbaris: [dimensi, kategori]\nkolom: periode\nnilai: tpt\njudul-baris: Karakteristik\nsumber: BPS")
        XCTAssertFalse(alt(figure).contains("tertinggi"), alt(figure))
        XCTAssertTrue(alt(figure).hasPrefix("Tabel: Uji."), alt(figure))
    }

    func testThematicMap() throws {
        let figure = try bind("""
            jenis: peta-tematik
            judul: TPT
            data: tpt-provinsi
            saring: { periode: 2024-08 }
            nilai: tpt
            klasifikasi: { metode: kuantil, kelas: 4 }
            sumber: BPS
            """)
        let map = try body(figure, as: MapData.self)
        let table = figure.body.dataTable()
        // Proof-reading 19: the class by its bounds in the file's numbers, not "5,72 – 6,75" beside 5.75.
        // Proof-reading 47, W5: the Kemendagri code beside the data's BPS code (the boundary file goes by it).
        XCTAssertEqual(table.headings, ["kode_wilayah", "kode_kemendagri", "wilayah", "nilai (persen)", "kelas_dari", "kelas_sampai"])
        XCTAssertEqual(table.records.count, map.regions.count)
        for region in map.regions {
            XCTAssertEqual(field(table, "nilai (persen)", of: region.name, keyedBy: 2), .value(region.value, decimals: 2), region.name)
        }
        XCTAssertEqual(field(table, "kode_kemendagri", of: "Papua Pegunungan", keyedBy: 2), .text("95"), "BPS 97, Kemendagri 95")
        XCTAssertEqual(field(table, "kode_wilayah", of: "Papua Pegunungan", keyedBy: 2), .text("97"))
        // One record per region drawn: the 38 provinces, each in its own boundary. Quartiles of the 38 values
        // (3,2175 | 4,19 | 5,7125 | 6,75) snapped down to the printed decimals.
        XCTAssertEqual(table.records.count, 38)
        XCTAssertEqual(table.records.first, [.text("11"), .text("11"), .text("Aceh"), .value(.number(5.75), decimals: 2),
                                             .text("5.72"), .text("6.75")])
        XCTAssertEqual(field(table, "nilai (persen)", of: "Jawa Barat", keyedBy: 2), .value(.number(6.75), decimals: 2))
        XCTAssertEqual(field(table, "nilai (persen)", of: "Papua Pegunungan", keyedBy: 2), .value(.number(1.32), decimals: 2))
        XCTAssertEqual(alt(figure), "Peta tematik: Uji. Tertinggi Jawa Barat, 6,75 persen; terendah Papua Pegunungan, 1,32 persen."
                       + " Kelas: 1,32 – 3,21; 3,22 – 4,19; 4,20 – 5,71; 5,72 – 6,75."
                       // Where the high and the low values lie (proof-reading 35: the classes alone did not say).
                       + " Kelas tertinggi, 5,72 – 6,75: Jawa Barat, Banten, Papua Barat Daya, Papua, Kepulauan Riau, DKI Jakarta, Maluku,"
                       + " Sulawesi Utara, Aceh, dan Sumatera Barat. Kelas terendah, 1,32 – 3,21: Papua Pegunungan, Bali, Sulawesi Barat,"
                       + " Nusa Tenggara Barat, Papua Tengah, Sulawesi Tengah, Nusa Tenggara Timur, Sulawesi Tenggara, Bengkulu, dan Gorontalo.")
    }
}
