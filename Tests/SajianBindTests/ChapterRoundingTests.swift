import SajianForms
import SajianBind
import SajianModel
import SajianTestSupport
import XCTest

/// One rounding per measure in a chapter (proof-reading 6): the bulletin's Bab 3 gave the share of Pertanian as
/// "28,18" beside the donut's "35,8" for SD ke bawah, both shares of the employed (`distribusi_penduduk_bekerja`).
final class ChapterRoundingTests: XCTestCase {
    private let narasi = [
        "      - jenis: narasi",
        "        id: bekerja",
        "        awal: |",
        "          Terbesar {{ tertinggi bekerja-lapangan-usaha.distribusi_penduduk_bekerja(periode=2024-08) }} ({{ ref lapangan }}).",
        "          Menurut pendidikan {{ tertinggi bekerja-pendidikan.distribusi_penduduk_bekerja(periode=2024-08) }} ({{ ref pendidikan }}).",
    ].joined(separator: "\n")

    private func figure(_ id: String, _ keys: String) -> String {
        "      - id: \(id)\n" + keys.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n")
    }

    private var bar: String {
        figure("lapangan", """
            jenis: grafik-batang
            judul: Persentase Penduduk Bekerja menurut Lapangan Usaha, Agustus 2024
            data: bekerja-lapangan-usaha
            saring: { periode: 2024-08 }
            kategori: lapangan_usaha
            nilai: distribusi_penduduk_bekerja
            sumber: BPS
            """)
    }

    private var donut: String { figure("pendidikan", TemplateBinding.employedByEducationDonut) }

    private func barDecimals(_ publication: BoundPublication) throws -> Int {
        guard case .single(let chart)? = publication.figures.first(where: { $0.id == "lapangan" })?.body as? BarChartBody else {
            throw XCTSkip("no bar chart")
        }
        return chart.format.decimals
    }

    func testASharePrintedWithFewerDecimalsInTheChapterSetsTheRoundingOfTheOthersAndOfTheNarasi() throws {
        let bound = try TemplateBinding.bind("publikasi: { judul: Uji }\nbab:\n  - isi:\n\(narasi)\n\(bar)\n\(donut)\n")
        XCTAssertEqual(try barDecimals(bound), 1, "the bar chart takes the donut's one decimal")
        let text = try XCTUnwrap(bound.narratives["bekerja"]).plainText
        XCTAssertTrue(text.contains("Pertanian, Kehutanan dan Perikanan (28,2 persen; Grafik 1)"), text)
        XCTAssertTrue(text.contains("SD ke bawah (35,8 persen; Grafik 2)"), text)
    }

    /// Bulletin Bab 2 printed pengangguran in Grafik 2.4 with 0 decimals ("149") beside Tabel 2.3's 1 ("148,7"), both
    /// by `desimal:`: the template's choice to mend, so a warning names both.
    func testTwoRoundingsOfOneMeasureSetByTheTemplateAreWarnedOf() throws {
        let chart = figure("umur", "jenis: grafik-batang\njudul: Pengangguran, Agustus 2024\nsusun: tumpuk\n"
                           + TemplateBinding.unemploymentByAgeAndExperience)
        let table = figure("tabel", """
            jenis: tabel-silang
            judul: Pengangguran, Agustus 2024
            data: pengangguran-umur-pengalaman
            saring: { periode: 2024-08, pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], golongan_umur: [15-19, 20-24] }
            baris: golongan_umur
            kolom: pengalaman_kerja
            nilai: pengangguran
            satuan: ribu orang
            desimal: 1
            sumber: BPS
            """)
        let mixed = try TemplateBinding.bind("publikasi: { judul: Uji }\nbab:\n  - isi:\n\(chart)\n\(table)\n")
        XCTAssertEqual(mixed.warnings.map(\.message).filter { $0.contains("same chapter") },
                       ["`tabel` prints pengangguran (ribu orang) with 1 decimal, `umur` in the same chapter with 0 decimals"])
        let apart = try TemplateBinding.bind("publikasi: { judul: Uji }\nbab:\n  - isi:\n\(chart)\n  - isi:\n\(table)\n")
        XCTAssertFalse(apart.warnings.contains { $0.message.contains("same chapter") })
    }

    func testTheRoundingHoldsWithinAChapterAndYieldsToDesimal() throws {
        let apart = try TemplateBinding.bind("publikasi: { judul: Uji }\nbab:\n  - isi:\n\(bar)\n  - isi:\n\(donut)\n")
        XCTAssertEqual(try barDecimals(apart), 2, "another chapter keeps the measure's own decimals")
        let fixed = try TemplateBinding.bind("publikasi: { judul: Uji }\nbab:\n  - isi:\n\(bar)\n        desimal: 2\n\(donut)\n")
        XCTAssertEqual(try barDecimals(fixed), 2, "`desimal:` is the template's choice")
    }
}
