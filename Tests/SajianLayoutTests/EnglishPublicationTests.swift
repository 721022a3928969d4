import Foundation
import SajianBind
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// `bahasa: en`: a publication with every form (tables, the four charts, a map, narasi with every placeholder and
/// automatic sentence) bound to the Indonesian datasets and laid out has no Indonesian word Sajian writes itself,
/// on its pages, in its alt text or in its narasi. Only the data's own names (provinces, categories, measures) and
/// the template's words stay as they were written.
final class EnglishPublicationTests: XCTestCase {
    /// The Indonesian words Sajian writes (frame, units, notes, alt text, narasi, maps, front matter, months).
    private let indonesianWords: Set<String> = [
        "Tabel", "Grafik", "Peta", "Sumber", "Catatan", "Keterangan", "Daftar", "Isi", "Bab", "Halaman", "Kata", "Pengantar",
        "persen", "poin", "orang", "ribu", "juta", "bulan", "Lainnya", "lanjutan", "Jumlah", "ilustratif", "resmi", "contoh",
        "tata", "letak", "bukan", "Angka", "dibulatkan", "pembulatan", "rincian", "nihil", "tersedia", "dirahasiakan",
        "tertinggi", "terendah", "terbesar", "naik", "turun", "dibanding", "sebesar", "sama", "belum", "dapat", "dibandingkan",
        "sebelumnya", "dari", "pada", "menurut", "nasional", "provinsi", "kategori", "Sebanyak", "mencatat", "atas",
        "merupakan", "yang", "dengan", "seluruh", "diikuti", "dan", "di", "ke", "batang", "garis", "lingkaran", "piktogram",
        "tematik", "ikon", "Satu", "Kelas", "Bagian", "baris", "kolom", "nilai", "Tidak", "ada", "atau", "Sistem",
        "koordinat", "geografis", "proyeksi", "Warna", "biru", "jingga", "untuk", "sampai", "atasnya", "digambarkan",
        "batas", "warnanya", "mengikuti", "induk", "tergambar", "indeks", "letak", "wilayah",
        "Januari", "Februari", "Maret", "Mei", "Juni", "Juli", "Agustus", "Oktober", "Desember", "Agu", "Okt", "Des",
        "Triwulan", "BT", "BB", "LU", "LS", "U", "s.d.",
    ]

    /// Names in the data that contain such words; they are the data's, not Sajian's. (The map's history note is the
    /// bundled boundary file's own metadata, which has it in English too: `sajian.riwayat_en`.)
    private let writtenByTheUser = [
        "Pertanian, Kehutanan dan Perikanan", "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor",
        "SD ke bawah", "Tidak pernah bekerja", "DI Yogyakarta", "Upah Minimum Provinsi",
        "cahyadsn/wilayah_boundaries",  // the boundaries' source repository, named in the English history note
    ]

    private let template = """
        publikasi: { judul: Labour Bulletin, bahasa: en, penomoran: per-bab, kertas: A5 }
        bab:
          - judul: Unemployment
            isi:
              - jenis: narasi
                id: summary
                judul: Summary
                nilai:
                  tpt: indikator-nasional.tpt(periode=2024-08)
                  unemployed: indikator-nasional.pengangguran(periode=2024-08)
                awal: |
                  The open unemployment rate (TPT) was {{ tpt }} ({{ angka tpt }}) in {{ periode tpt }}; it {{ perubahan tpt }}.
                  Central Java ranked {{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah=33) }}; the highest was
                  {{ tertinggi tpt-provinsi.tpt(periode=2024-08) }}, the lowest {{ terendah tpt-provinsi.tpt(periode=2024-08) }}.
                  The {{ unemployed }} unemployed were {{ pangsa unemployed indikator-nasional.angkatan_kerja(periode=2024-08) }} of
                  the labour force; their number {{ perubahan unemployed }}. See {{ ref tpt-provinsi }}.
                tengah:
                  otomatis:
                    - perubahan: indikator-nasional.pengangguran(periode=2024-08)
                    - tertinggi-terendah: tpt-provinsi.tpt(periode=2024-08)
                    - di-atas-nasional: tpt-provinsi.tpt(periode=2024-08)
                    - pangsa: pmi-negara-tujuan.penempatan_pmi(periode=2023)
                    - tertinggi-terendah: bekerja-pendidikan.tpt(periode=2024-08)
              - jenis: grafik-batang
                id: tpt-provinsi
                judul: Open Unemployment Rate by Province, August 2024
                data: tpt-provinsi
                saring: { periode: 2024-08 }
                kategori: wilayah
                nilai: tpt
                urut: menurun
                garis-acuan: { kategori: Indonesia }
                sumber: BPS, Sakernas August 2024
              - jenis: grafik-batang
                id: unemployed-age
                judul: Unemployed by Age Group and Work Experience, August 2024
                data: pengangguran-umur-pengalaman
                saring: { periode: 2024-08, pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], golongan_umur: [15-19, 20-24, 25-29, 60+] }
                kategori: golongan_umur
                seri: pengalaman_kerja
                susun: tumpuk
                nilai: pengangguran
                satuan: ribu orang
                sumber: BPS, Sakernas August 2024
              - jenis: grafik-garis
                id: tpt-national
                judul: Open Unemployment Rate, February 2015 to August 2024
                data: indikator-nasional
                saring: { periode: 2015-02 s.d. 2024-08 }
                nilai: tpt
                sumber: BPS, Sakernas
              - jenis: grafik-donat
                id: sectors
                judul: Employed Persons in the Three Largest Sectors, August 2024
                data: bekerja-lapangan-usaha
                saring: { periode: 2024-08 }
                kategori: lapangan_usaha
                nilai: distribusi_penduduk_bekerja
                sumber: BPS
              - jenis: grafik-piktogram
                id: migrants
                judul: Migrant Worker Placements, 2023
                data: pmi-negara-tujuan
                saring: { periode: "2023", negara_tujuan: [Taiwan, Malaysia, Jepang] }
                kategori: negara_tujuan
                nilai: penempatan_pmi
                satuan: ribu orang
                desimal: 1
                satu-ikon: 5
                sumber: BP2MI
              - jenis: peta-tematik
                id: tpt-map
                judul: Open Unemployment Rate by Province, August 2024
                data: tpt-provinsi
                saring: { periode: 2024-08 }
                nilai: tpt
                warna: divergen
                titik-tengah: nasional
                sumber: BPS, Sakernas August 2024
          - judul: Employment and Wages
            isi:
              - jenis: tabel-tunggal
                id: education
                judul: Employed Persons by Education, August 2023
                data: bekerja-pendidikan
                saring: { periode: 2023-08 }
                baris: pendidikan
                judul-baris: Education
                nilai: penduduk_bekerja
                urut: menurun
                teratas: 3
                jumlah: ya
                sumber: BPS
              - jenis: tabel-tunggal
                id: education-shares
                judul: Employed Persons by Education, August 2023
                data: bekerja-pendidikan
                saring: { periode: 2023-08 }
                baris: pendidikan
                judul-baris: Education
                nilai: penduduk_bekerja
                persentase: kolom
                sumber: BPS
              - jenis: tabel-silang
                id: unemployed-shares
                judul: Unemployed by Age Group and Work Experience, August 2024
                data: pengangguran-umur-pengalaman
                saring: { periode: 2024-08, pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], golongan_umur: [15-19, 20-24, 25-29] }
                baris: golongan_umur
                judul-baris: Age group
                kolom: pengalaman_kerja
                nilai: pengangguran
                persentase: baris
                sumber: BPS
              - jenis: tabel-silang
                id: wages
                judul: Provincial Minimum Wage, 2024 and 2025
                data: ump-provinsi
                baris: wilayah
                judul-baris: Province
                kolom: periode
                nilai: ump
                sumber: Ministry of Manpower
        """

    /// The repository's datasets with the minimum wages marked illustrative, so that the note saying so is written.
    private func datasets() throws -> String {
        let folder = TestSupport.temporaryDirectory("sajian-english")
        for file in try FileManager.default.contentsOfDirectory(atPath: TestSupport.path("Datasets")) {
            try FileManager.default.copyItem(atPath: TestSupport.path("Datasets/\(file)"), toPath: "\(folder)/\(file)")
        }
        let metadata = "\(folder)/ump-provinsi.yaml"
        try (String(contentsOfFile: metadata, encoding: .utf8) + "ilustratif: ya\n").write(toFile: metadata, atomically: true, encoding: .utf8)
        return folder
    }

    /// The words of `texts` that Sajian writes in Indonesian, each with the text it was found in.
    private func indonesian(in texts: [String]) -> [String] {
        texts.flatMap { text in
            var cleaned = text
            for name in writtenByTheUser { cleaned = cleaned.replacingOccurrences(of: name, with: " ") }
            let words = cleaned.split(whereSeparator: { !$0.isLetter }).map(String.init) + (cleaned.contains("s.d.") ? ["s.d."] : [])
            return words.filter { indonesianWords.contains($0) || indonesianWords.contains($0.capitalized) || indonesianWords.contains($0.lowercased()) }
                .map { "\($0) in \"\(text)\"" }
        }
    }

    func testAnEnglishPublicationOfEveryFormHasNoIndonesianWordOfSajians() throws {
        let bound = try TemplateBinding.bind(template, datasets: datasets())
        XCTAssertEqual(bound.figures.map(\.id), ["tpt-provinsi", "unemployed-age", "tpt-national", "sectors", "migrants", "tpt-map",
                                                 "education", "education-shares", "unemployed-shares", "wages"])
        var content = PublicationContent(info: DocumentInfo(title: "Labour Bulletin"), chapters: [
            BoundChapter(title: "Labour", blocks: bound.narratives.values.map(BoundBlock.narrative) + bound.figures.map(BoundBlock.figure)),
        ])
        content.locale = .english
        let scene = PublicationLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()), setup: PageSetup(paper: .a5))
            .layout(content).scene
        // The runs of each page in order, as one text: names set word by word or over two lines read whole.
        let pageText = scene.pages.indices.map { index in scene.textRuns.filter { $0.page == index }.map(\.run.text).joined(separator: " ") }
        let altTexts = bound.figures.map(\.components.altText)
        let narrasi = bound.narratives.values.map(\.plainText)

        // What the words below are checked against is really there: the English words of each kind.
        let page = pageText.joined(separator: " ")
        for english in ["Figure 1.1", "Table 2.1", "Map 1.1", "Source:", "Note:", "Contents", "List of Tables", "Percent",
                        "Thousand persons", "Other", "Total", "(million\u{00A0}persons)", "(percent)", "(continued)",
                        "Illustrative data for a layout example, not official figures.", "Feb 2015", "Blue for values up to",
                        "fell by 0.41 percentage points from August 2023 (5.32 percent)", "14th highest of 38 provinces"] {
            XCTAssertTrue(page.contains(english), "\(english) is not on the pages")
        }
        XCTAssertEqual(altTexts.map { String($0.prefix { $0 != ":" }) },
                       ["Bar chart", "Bar chart", "Line chart", "Donut chart", "Pictogram", "Thematic map", "Table", "Table", "Table", "Table"])
        XCTAssertEqual(indonesian(in: pageText + altTexts + narrasi), [])
    }
}
