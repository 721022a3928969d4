import Foundation
import SajianBind
import SajianCatalog
import SajianForms
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// A region's code and name are one dimension with two faces (issue 12, part 3): ranking, extremes and labels work
/// whether the file has the code column, the name column or both. Figures: Open Data Jabar bps-od_17044 (BPS Jawa
/// Barat, Sakernas Agustus 2024), four of the 27 kabupaten/kota.
final class RegionFacesTests: XCTestCase {
    private static let rows = [("3201", "KABUPATEN BOGOR", "7.34"), ("3271", "KOTA BOGOR", "8.13"), ("3273", "KOTA BANDUNG", "7.4"),
                               ("3277", "KOTA CIMAHI", "8.97")]

    /// A datasets folder with dataset `tpt` of `columns` (kode, nama or both) and the metadata lines `dimensions`.
    private func folder(codes: Bool, names: Bool, list: String = "kabkota-bps") throws -> String {
        let folder = TestSupport.temporaryDirectory()
        var dimensions = ""
        if codes { dimensions += "  kode_kabupaten_kota: { kode-referensi: \(list) }\n" }
        if names { dimensions += "  nama_kabupaten_kota: \(codes ? "{}" : "{ kode-referensi: \(list) }")\n" }
        try """
            id: tpt
            judul: TPT menurut Kabupaten/Kota
            sumber: BPS Provinsi Jawa Barat
            klasifikasi: publik
            dimensi:
            \(dimensions)  tahun: { jenis: tahun }
            ukuran:
              tpt: { satuan: persen, desimal: 2 }
            """.write(toFile: folder + "/tpt.yaml", atomically: true, encoding: .utf8)
        let header = [codes ? "kode_kabupaten_kota" : nil, names ? "nama_kabupaten_kota" : nil].compactMap { $0 } + ["tahun", "indikator", "nilai"]
        let lines = Self.rows.map { code, name, value in
            ([codes ? code : nil, names ? name : nil].compactMap { $0 } + ["2024", "tpt", value]).joined(separator: ",")
        }
        try ([header.joined(separator: ",")] + lines).joined(separator: "\n").appending("\n")
            .write(toFile: folder + "/tpt.csv", atomically: true, encoding: .utf8)
        return folder
    }

    private func narasi(_ text: String, in folder: String) throws -> String {
        let template = """
            publikasi: { judul: Uji }
            bab:
              - isi:
                  - jenis: narasi
                    id: n
                    awal: "\(text)"
            """
        let problems = DiagnosticCollector()
        let spec = try XCTUnwrap(TemplateParser.parse(template, file: "uji.yaml", problems: problems))
        try problems.throwIfErrors()
        let bound = try FigureBinder(datasets: DatasetDirectory(path: folder)).bind(spec)
        return try XCTUnwrap(bound.narratives["n"]).paragraphs.flatMap { $0.map(\.text) }.joined()
    }

    func testRankingWorksWithCodeAndNameColumnsTogether() throws {
        let folder = try folder(codes: true, names: true)
        XCTAssertEqual(try narasi("{{ peringkat tpt.tpt(kode_kabupaten_kota=3273, tahun=2024) }}", in: folder),
                       "terendah kedua dari 4 kabupaten/kota")
        XCTAssertEqual(try narasi("{{ tertinggi tpt.tpt(tahun=2024) }}", in: folder), "Kota Cimahi (8,97 persen)",
                       "the code and the name vary together: one dimension, printed by the reference list's name")
    }

    func testCodesAloneArePrintedByTheirNamesInTheList() throws {
        let folder = try folder(codes: true, names: false)
        XCTAssertEqual(try narasi("{{ terendah tpt.tpt(tahun=2024) }}", in: folder), "Kabupaten Bogor (7,34 persen)")
        XCTAssertEqual(try narasi("{{ peringkat tpt.tpt(kode_kabupaten_kota=3277, tahun=2024) }}", in: folder), "tertinggi di antara 4 kabupaten/kota")
    }

    func testNamesAloneRankAsRegions() throws {
        let folder = try folder(codes: false, names: true)
        XCTAssertEqual(try narasi("{{ peringkat tpt.tpt(nama_kabupaten_kota=KOTA BOGOR, tahun=2024) }}", in: folder), "tertinggi kedua dari 4 kabupaten/kota")
        XCTAssertEqual(try narasi("{{ tertinggi tpt.tpt(tahun=2024) }}", in: folder), "Kota Cimahi (8,97 persen)", "names printed as the list has them")
    }

    func testTheMapJoinsKabupatenKotaWhicheverFaceTheFileHas() throws {
        let figure = """
            jenis: peta-tematik
            id: peta
            judul: TPT
            data: tpt
            saring: { tahun: 2024 }
            nilai: tpt
            batas: kabupaten-kota
            klasifikasi: { metode: kuantil, kelas: 2 }
            sumber: BPS
            """
        for (codes, names) in [(true, true), (true, false), (false, true)] {
            let folder = try folder(codes: codes, names: names)
            for file in ["batas-kabupaten-kota.geojson", "batas-provinsi.geojson"] {
                try FileManager.default.copyItem(atPath: TestSupport.path("Datasets/" + file), toPath: folder + "/" + file)
            }
            let bound = try TemplateBinding.bind(TemplateBinding.template(figure: figure), datasets: folder)
            let map = try XCTUnwrap(bound.figures.first?.body as? MapData)
            XCTAssertEqual(map.regions.filter { $0.classIndex != nil }.compactMap(\.code).sorted(), ["3201", "3271", "3273", "3277"],
                           "codes \(codes), names \(names): the four are drawn in their own polygons")
            XCTAssertFalse(map.notes.contains { $0.contains("Tidak tergambar") }, "\(map.notes)")
        }
    }
}
