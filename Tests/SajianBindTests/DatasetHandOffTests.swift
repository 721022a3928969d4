import SajianBind
import SajianCatalog
import SajianForms
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// What binding takes from the dataset stage as types, not names: the period dimension by its declared kind, and a
/// failure to read a dataset classified by whose fault it is.
final class DatasetHandOffTests: XCTestCase {
    /// A dataset source that fails every read with `error`, as a catalog whose SQLite file fails would.
    private struct FailingSource: DatasetSource {
        var error: any Error
        func dataset(_ id: String, version: Int?) throws -> (dataset: Dataset, version: DatasetVersion?) { throw error }
        var location: String { "the catalog uji.sqlite" }
    }

    /// An error no type of Sajian's states a fault for, like GRDB's `DatabaseError` (SQLITE_IOERR).
    private struct DiskReadFailure: Error, Equatable {}

    private func spec(_ figure: String) throws -> PublicationSpec {
        let problems = DiagnosticCollector()
        let spec = try XCTUnwrap(TemplateParser.parse(TemplateBinding.template(figure: figure), file: "uji.yaml", problems: problems))
        XCTAssertEqual(problems.errors.map(\.description), [])
        return spec
    }

    private let barChart = "jenis: grafik-batang\njudul: TPT, 2024\ndata: tpt-provinsi\nkategori: wilayah\nnilai: tpt\nsumber: BPS"

    // MARK: Whose fault a failed read is

    func testAFailureOfTheCatalogIsThrownAsTheMachines() throws {
        XCTAssertThrowsError(try FigureBinder(datasets: FailingSource(error: DiskReadFailure())).bind(spec(barChart))) { error in
            XCTAssertEqual(error as? DiskReadFailure, DiskReadFailure(), "the failure itself, not a template diagnostic: \(error)")
            XCTAssertEqual(Fault(of: error), .system)
        }
        let unwritable = DiagnosticError(Diagnostic(at: SourceLocation(file: "uji.sqlite"), "the catalog cannot be read"), fault: .system)
        XCTAssertThrowsError(try FigureBinder(datasets: FailingSource(error: unwritable)).bind(spec(barChart))) { error in
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics, unwritable.diagnostics)
            XCTAssertEqual(Fault(of: error), .system)
        }
    }

    func testAFailureOfTheCatalogInANarasiIsThrownAsTheMachines() throws {
        let narasi = try spec("jenis: narasi\nawal: \"TPT {{ indikator-nasional.tpt(periode=2024-08) }}\"")
        XCTAssertThrowsError(try FigureBinder(datasets: FailingSource(error: DiskReadFailure())).bind(narasi)) { error in
            XCTAssertEqual(error as? DiskReadFailure, DiskReadFailure(), "\(error)")
        }
    }

    func testAnUnknownDatasetStaysTheUsersProblem() throws {
        let unknown = DatasetError.unknown(id: "tpt-provinsi", known: ["tpt-provinsi-lama"])
        XCTAssertThrowsError(try FigureBinder(datasets: FailingSource(error: unknown)).bind(spec(barChart))) { error in
            XCTAssertEqual(Fault(of: error), .input)
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics.map(\.description), ["""
                uji.yaml:6:15: error: there is no dataset `tpt-provinsi` in the catalog uji.sqlite
                    Datasets: tpt-provinsi-lama.
                """])
        }
    }

    // MARK: The period dimension by its kind

    /// A folder with dataset `uji`: a period dimension `bulan_data` declared `jenis: bulan`, periods out of order.
    private func monthlyDataset(declared: Bool = true) throws -> String {
        let folder = TestSupport.temporaryDirectory()
        try """
            id: uji
            judul: Uji
            sumber: Uji
            klasifikasi: publik
            dimensi:
              bulan_data: { jenis: \(declared ? "bulan" : "lainnya") }
              wilayah: {}
            ukuran:
              tpt: { satuan: persen, desimal: 2 }
            """.write(toFile: folder + "/uji.yaml", atomically: true, encoding: .utf8)
        try "bulan_data,wilayah,indikator,nilai\n2024-08,Indonesia,tpt,4.91\n2024-02,Indonesia,tpt,4.82\n2023-08,Indonesia,tpt,5.32\n"
            .write(toFile: folder + "/uji.csv", atomically: true, encoding: .utf8)
        return folder
    }

    func testALineChartRunsAlongTheDeclaredPeriodDimensionByDefault() throws {
        let bound = try FigureBinder(datasets: DatasetDirectory(path: monthlyDataset()))
            .bind(spec("jenis: grafik-garis\njudul: TPT, 2024\ndata: uji\nnilai: tpt\nsumber: BPS"))
        let chart = try XCTUnwrap(bound.figures.first?.body as? LineChartData)
        XCTAssertEqual(chart.periods, ["Agu 2023", "Feb 2024", "Agu 2024"])
        XCTAssertEqual(chart.series.map(\.values), [[.number(5.32), .number(4.82), .number(4.91)]])
    }

    func testATableLabelsTheDeclaredPeriodDimensionsValuesAsPeriods() throws {
        let bound = try FigureBinder(datasets: DatasetDirectory(path: monthlyDataset()))
            .bind(spec("jenis: tabel-silang\njudul: TPT, 2024\ndata: uji\nbaris: wilayah\nkolom: bulan_data\nnilai: tpt\nsumber: BPS"))
        let table = try XCTUnwrap(bound.figures.first?.body as? TableData)
        XCTAssertEqual(table.columns.map(\.heading), ["Agustus 2023", "Februari 2024", "Agustus 2024"])
    }

    func testALineChartWithoutAPeriodDimensionAsksForItsAxis() throws {
        let problems = try spec("jenis: grafik-garis\njudul: TPT, 2024\ndata: uji\nnilai: tpt\nsumber: BPS")
        XCTAssertThrowsError(try FigureBinder(datasets: DatasetDirectory(path: monthlyDataset(declared: false))).bind(problems)) { error in
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics.map(\.description), ["""
                uji.yaml:4:9: error: dataset `uji` has no period dimension for the line chart's axis
                    Name the axis with `sumbu-x:` (its dimensions: bulan_data, wilayah), or declare the period dimension in the metadata with `jenis: periode`.
                """])
        }
    }
}
