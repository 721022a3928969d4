import Foundation
import SajianForms
import SajianPublish
import SajianScene
import SajianTestSupport
import XCTest

/// Scene snapshots of publications, from the template file through `Publisher` (template → bind → assemble →
/// layout), laid out with the fixed-width measurer: one body page of each demo publication, and narasi.
/// `make record` rewrites them after an intended change.
final class PublicationSnapshotTests: XCTestCase {
    /// A catalog of the test's own, so that runs never touch the user's.
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    private func publication(_ template: String, region: String? = nil) throws -> Scene {
        var options = PublishOptions(datasetsDirectory: TestSupport.path("Datasets"), catalogPath: catalog,
                                     date: Date(timeIntervalSince1970: 1_700_000_000))
        if let region { options.region = try Publisher.regions(region).first }
        return try Publisher().publicationScene(template: template, options: options, measurer: FixedWidthMeasurer()).scene
    }

    /// The one page holding the figure `id` (a group `figure <id>`), as a scene of its own.
    private func page(holding id: String, of scene: Scene, file: StaticString = #filePath, line: UInt = #line) throws -> Scene {
        func holds(_ items: [SceneItem]) -> Bool {
            items.contains { item in
                guard case .group(let group) = item else { return false }
                return group.role == "figure \(id)" || holds(group.items)
            }
        }
        let pages = scene.pages.filter { holds($0.items) }
        guard pages.count == 1 else {
            XCTFail("figure `\(id)` is on \(pages.count) pages, not one", file: file, line: line)
            throw TestSupport.Failure("figure `\(id)` is on \(pages.count) pages")
        }
        return Scene(info: scene.info, pages: pages)
    }

    /// The bulletin's page with the stacked bar chart of unemployment by age and work experience.
    func testBulletinPageWithFigures() throws {
        let scene = try publication(TestSupport.path("Templates/buletin-triwulanan.yaml"))
        assertSceneSnapshot(try page(holding: "pengangguran-umur-pengalaman", of: scene), named: "buletin-triwulanan-halaman")
    }

    /// Jawa Tengah's booklet (A5): the landscape page with the map highlighting the province.
    func testProvinceBookletPageWithFigures() throws {
        let scene = try publication(TestSupport.path("Templates/buku-saku-provinsi.yaml"), region: "33")
        assertSceneSnapshot(try page(holding: "peta-tpt", of: scene), named: "buku-saku-33-halaman")
    }

    /// The core demo's page with the bar chart by education.
    func testCoreDemoPageWithFigures() throws {
        let scene = try publication(TestSupport.path("Templates/contoh-inti.yaml"))
        assertSceneSnapshot(try page(holding: "tpt-pendidikan", of: scene), named: "contoh-inti-halaman")
    }

    /// Narasi of both genres: placeholders, automatic sentences, two balanced columns, a boxed appeal.
    func testNarasi() throws {
        let template = TestSupport.temporaryDirectory() + "/narasi.yaml"
        try """
            publikasi:
              judul: Uji Narasi
              sampul: tidak
              daftar: []
              keluaran: [publikasi]
            bab:
              - judul: Pengangguran
                isi:
                  - jenis: narasi
                    id: ringkasan
                    judul: Pengangguran menurun
                    kolom: 2
                    nilai:
                      tpt: indikator-nasional.tpt(periode=2024-08)
                    awal: |
                      TPT Indonesia pada {{ periode tpt }} sebesar **{{ tpt }}**, {{ perubahan tpt }}.
                      Angka ini *lebih rendah* dari TPT {{ periode indikator-nasional.tpt(periode=2024-02) }}.
                    tengah:
                      teks: TPT tertinggi di {{ tertinggi tpt-provinsi.tpt(periode=2024-08) }}.
                      otomatis:
                        - tertinggi-terendah: tpt-provinsi.tpt(periode=2024-08)
                        - di-atas-nasional: tpt-provinsi.tpt(periode=2024-08)
                        - perubahan: indikator-nasional.tpak(periode=2024-08)
                        - pangsa: pmi-negara-tujuan.penempatan_pmi(periode=2023)
                    akhir: Jawa Tengah {{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah=33) }}.
                  - jenis: narasi
                    id: ajakan
                    gaya: sugestif
                    awal: Mari manfaatkan layanan pelatihan kerja dan informasi lowongan di Pusat Pasar Kerja.
            """.write(toFile: template, atomically: true, encoding: .utf8)
        assertSceneSnapshot(try publication(template), named: "narasi")
    }
}
