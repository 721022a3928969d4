import SajianForms
import SajianBind
import SajianCatalog
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

final class ChartBindingTests: XCTestCase {
    private func bind(_ figure: String, datasets: String = TestSupport.path("Datasets")) throws -> BoundFigure {
        let problems = DiagnosticCollector()
        let text = "publikasi: { judul: Uji }\nbab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
        let spec = try XCTUnwrap(TemplateParser.parse(text, file: "t.yaml", problems: problems))
        XCTAssertEqual(problems.errors.map(\.description), [])
        return try FigureBinder(datasets: DatasetDirectory(path: datasets)).bind(spec).figures[0]
    }

    func testNationalFigureBecomesAReferenceLine() throws {
        let figure = try bind("""
            jenis: grafik-batang
            judul: TPT
            data: tpt-provinsi
            saring: { periode: 2024-08 }
            kategori: wilayah
            nilai: tpt
            urut: menurun
            garis-acuan: { kategori: Indonesia }
            sumber: BPS
            """)
        guard case .single(let chart)? = figure.body as? BarChartBody else { return XCTFail() }
        XCTAssertEqual(chart.bars.count, 38, "Indonesia leaves the bars")
        XCTAssertFalse(chart.bars.contains { $0.label == "Indonesia" })
        XCTAssertEqual(chart.reference?.value, 4.91)
        XCTAssertEqual(chart.reference?.label, "Indonesia")
        XCTAssertEqual(chart.bars.first?.label, "Jawa Barat")
        XCTAssertTrue(figure.components.altText.contains("Tertinggi Jawa Barat, 6,75 persen"), figure.components.altText)
    }

    /// Proof-reading 12: the kab/kota booklet typed Jawa Barat's 6,75 as its Grafik 2 line; the province's figure is
    /// read from `tpt-provinsi` (the kab/kota dataset has no province row), a reference parsed once with the template.
    func testAReferenceLineReadsItsValueFromAnotherDataset() throws {
        let figure = try bind("""
            jenis: grafik-batang
            judul: TPT
            data: tpt-kabupaten-kota-jabar
            saring: { periode: 2024 }
            kategori: kode_wilayah
            nilai: tpt
            garis-acuan: { nilai: "tpt-provinsi.tpt(periode=2024-08, kode_wilayah=32)", label: Jawa Barat }
            sumber: BPS
            """)
        guard case .single(let chart)? = figure.body as? BarChartBody else { return XCTFail() }
        XCTAssertEqual(chart.reference?.value, 6.75)
        XCTAssertEqual(chart.reference?.label, "Jawa Barat")
        XCTAssertEqual(chart.bars.count, 27, "no bar leaves: the line is no category of the chart")
    }

    /// A reference that does not parse is an error at its file and line; a mistyped number stays a number's error.
    func testABadReferenceLineValueIsAnErrorAtItsLine() throws {
        func errors(_ nilai: String) -> [String] {
            let problems = DiagnosticCollector()
            let text = """
                publikasi: { judul: Uji }
                bab:
                  - isi:
                      - jenis: grafik-batang
                        judul: TPT
                        data: tpt-provinsi
                        kategori: wilayah
                        nilai: tpt
                        garis-acuan: { nilai: \(nilai), label: Jawa Barat }
                        sumber: BPS

                """
            _ = TemplateParser.parse(text, file: "t.yaml", problems: problems)
            return problems.errors.map(\.description)
        }
        XCTAssertEqual(errors("6.75"), [])
        XCTAssertEqual(errors("\"tpt-provinsi.tpt(periode=2024-08, kode_wilayah=32)\""), [])
        let broken = errors("\"tpt-provinsi.tpt(periode=2024-08\"")
        XCTAssertEqual(broken.count, 1, "\(broken)")
        XCTAssertTrue(broken.first?.contains("t.yaml:9") == true, "\(broken)")
        let comma = errors("\"6,75\"")
        XCTAssertEqual(comma.count, 1, "\(comma)")
        XCTAssertTrue(comma.first?.contains("t.yaml:9") == true && comma.first?.contains("not a number") == true, "\(comma)")
    }

    func testStackedAndPercentBarsCarryTheirSeries() throws {
        let base = """
            jenis: grafik-batang
            judul: Pengangguran
            data: pengangguran-umur-pengalaman
            saring: { periode: 2024-08, pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], golongan_umur: [15-19, 20-24] }
            kategori: golongan_umur
            seri: pengalaman_kerja
            nilai: pengangguran
            sumber: BPS
            """
        guard case .series(let stacked)? = try bind(base + "\nsusun: tumpuk").body as? BarChartBody else { return XCTFail() }
        XCTAssertEqual(stacked.seriesNames, ["Pernah bekerja", "Tidak pernah bekerja"])
        XCTAssertEqual(stacked.stacking, .stacked)
        for bar in stacked.bars {
            XCTAssertEqual(bar.value.number, bar.segments.compactMap(\.number).reduce(0, +))
        }
        guard case .series(let percent)? = try bind(base + "\nsusun: persen").body as? BarChartBody else { return XCTFail() }
        for bar in percent.bars {
            XCTAssertEqual(bar.segments.compactMap(\.number).reduce(0, +), 100, accuracy: 1e-9)
        }
        XCTAssertEqual(percent.unit, .percent)
    }

    func testLineChartOrdersPeriodsAndKeepsSpans() throws {
        let figure = try bind("""
            jenis: grafik-garis
            judul: TPT
            data: indikator-nasional
            saring: { periode: 2023-02 s.d. 2024-08 }
            nilai: tpt
            sumber: BPS
            """)
        guard let chart = figure.body as? LineChartData else { return XCTFail() }
        XCTAssertEqual(chart.periods, ["Feb 2023", "Agu 2023", "Feb 2024", "Agu 2024"])
        XCTAssertEqual(chart.series.first?.values, [.number(5.45), .number(5.32), .number(4.82), .number(4.91)])
    }

    /// A year missing from a yearly run stands on the axis, labelled, with no value: Kota Cimahi's TPT has no 2016,
    /// and its axis read 2015, 2017 … (a reader could not tell which year the gap was).
    func testAYearMissingFromARunOfYearsKeepsItsPlaceAndLabel() throws {
        let figure = try bind("""
            jenis: grafik-garis
            judul: TPT Kota Cimahi
            data: tpt-kabupaten-kota-jabar
            saring: { kode_wilayah: "3277", periode: 2015 s.d. 2024 }
            seri: kode_wilayah
            nilai: tpt
            sumber: BPS Provinsi Jawa Barat
            """)
        guard let chart = figure.body as? LineChartData else { return XCTFail() }
        XCTAssertEqual(chart.periods, (2015...2024).map(String.init))
        let values = try XCTUnwrap(chart.series.first?.values)
        XCTAssertEqual(values[1], .notAvailable, "2016: no figure")
        XCTAssertEqual(values[0], .number(9.0))
        XCTAssertEqual(values.filter { $0.number != nil }.count, 9)
        XCTAssertEqual(chart.timeScale?.positions.count, 10)
    }

    func testPieRefusesNegativeValuesAndAnEmptyWhole() throws {
        let folder = TestSupport.temporaryDirectory()
        try "id: d\njudul: D\nsumber: Uji\nklasifikasi: publik\ndimensi: [k]\nukuran:\n  n: { satuan: orang }\n".write(toFile: folder + "/d.yaml", atomically: true, encoding: .utf8)
        for (values, message) in [("5,-2", "is negative"), ("0,0", "zero or missing")] {
            let parts = values.split(separator: ",")
            try "k,indikator,nilai\nA,n,\(parts[0])\nB,n,\(parts[1])\n".write(toFile: folder + "/d.csv", atomically: true, encoding: .utf8)
            let directory = DatasetDirectory(path: folder)
            let problems = DiagnosticCollector()
            let spec = try XCTUnwrap(TemplateParser.parse("publikasi: { judul: U }\nbab:\n  - isi:\n      - { jenis: grafik-lingkaran, judul: P, data: d, kategori: k, nilai: n, sumber: Uji }\n",
                                                          file: "t.yaml", problems: problems))
            XCTAssertThrowsError(try FigureBinder(datasets: directory).bind(spec)) { error in
                XCTAssertTrue("\(error)".contains(message), "\(error)")
            }
        }
    }

    func testPieOfPercentagesListedInPartKeepsTheRestAsLainnya() throws {
        // BPS lists the three largest sectors only: their shares are of all workers, not of the three.
        let figure = try bind("""
            jenis: grafik-lingkaran
            judul: Lapangan usaha
            data: bekerja-lapangan-usaha
            saring: { periode: 2024-08 }
            kategori: lapangan_usaha
            nilai: distribusi_penduduk_bekerja
            sumber: BPS
            """)
        guard let chart = figure.body as? PieChartData else { return XCTFail() }
        XCTAssertEqual(chart.slices.map(\.label).last, "Lainnya")
        XCTAssertEqual(chart.slices.map(\.percent), [28.2, 18.9, 13.8, 39.1])
    }
}
