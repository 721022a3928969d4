import Foundation
import SajianForms
import SajianModel
import SajianPublish
import SajianTestSupport
import XCTest

/// Issue 15: the CSV export quotes a line feed (it was written bare, splitting the row) and neutralises every
/// formula start in labels, `-` included, while a negative value keeps its minus sign.
final class FigureCSVTests: XCTestCase {
    func testLineFeedsAreQuotedAndFormulaStartsNeutralisedInLabelsOnly() throws {
        var figure = Fixtures.table()
        let format = NumberFormat(decimals: 1)
        figure.body = TableData(stubHead: "=Wilayah", columns: [TableData.Column(heading: "Perubahan", format: format)],
                                rows: [TableData.Row(label: "Jawa\nBarat", cells: [.number(-0.4)]),
                                       TableData.Row(label: "-1 lapangan", cells: [.number(2)]),
                                       TableData.Row(label: "@SUM(A1)", cells: [.withheld]),
                                       TableData.Row(label: "Bali, Nusa", cells: [.notAvailable])])
        let text = String(decoding: FigureCSV.data(for: figure), as: UTF8.self)
        XCTAssertEqual(text, "'=Wilayah,Perubahan\r\n\"Jawa\nBarat\",-0.4\r\n'-1 lapangan,2.0\r\n'@SUM(A1),x\r\n\"Bali, Nusa\",...\r\n")
    }
}

/// Proof-reading 20: the web CSVs gave the chart's rounding ("Taiwan,83.2" for 83.216 ribu orang, "Riau,3294626" for
/// a wage of 3.294.625,56), period labels ("Agu 2015") and no province codes beside a bar chart's provinces.
final class FigureCSVPrecisionTests: XCTestCase {
    private func csv(_ yaml: String) throws -> String {
        let figure = try TemplateBinding.bind(TemplateBinding.template(figure: yaml + "\njudul: Uji\nsumber: Uji")).figures[0]
        return String(decoding: FigureCSV.data(for: figure), as: UTF8.self)
    }

    func testValuesAreTheDatasAndSharesAsPrinted() throws {
        let wages = try csv("jenis: grafik-batang\ndata: ump-provinsi\nsaring: { periode: \"2024\" }\nkategori: wilayah\nnilai: ump")
        XCTAssertTrue(wages.hasPrefix("periode,kode_wilayah,wilayah,nilai (rupiah per bulan)\r\n"), wages)
        XCTAssertTrue(wages.contains("\r\n2024,14,Riau,3294625.56\r\n"), wages)
        // Proof-reading 24: a column's values with its most precise one's decimals, "3460672.00" beside "3294625.56".
        XCTAssertTrue(wages.contains("\r\n2024,11,Aceh,3460672.00\r\n"), wages)
        let migrants = try csv("jenis: grafik-batang\ndata: pmi-negara-tujuan\nsaring: { periode: \"2023\" }\nkategori: negara_tujuan\nnilai: penempatan_pmi\nsatuan: ribu orang")
        // Proof-reading 23: in persons, which no spreadsheet set to Indonesian reads a thousand times too small.
        XCTAssertTrue(migrants.hasPrefix("periode,kategori,nilai (orang)\r\n") && migrants.contains("\r\n2023,Taiwan,83216\r\n"), migrants)
        // A table's spanner keeps "ribu orang" together with a no-break space: read all the same.
        let table = try csv("jenis: tabel-silang\ndata: pengangguran-umur-pengalaman\nsaring: { periode: 2024-08 }\nbaris: golongan_umur\nkolom: pengalaman_kerja\nnilai: pengangguran\nsatuan: ribu orang")
        XCTAssertTrue(table.contains("Pengangguran (orang) - Pernah bekerja") && table.contains("\r\n2024-08,15–19,181907,"), table)
        // Millions of two decimals are no count of persons: 51,49 juta orang stays so.
        let millions = try csv("jenis: grafik-batang\ndata: bekerja-pendidikan\nsaring: { periode: 2023-08 }\nkategori: pendidikan\nnilai: penduduk_bekerja")
        XCTAssertTrue(millions.contains("nilai (juta orang)") && millions.contains(",51.49\r\n"), millions)
        // A share is the pie's arithmetic: as printed.
        let shares = try csv("jenis: grafik-donat\ndata: bekerja-pendidikan\nsaring: { periode: 2023-08 }\nkategori: pendidikan\nnilai: penduduk_bekerja")
        for line in shares.split(separator: "\r\n").dropFirst() {
            let share = String(line.split(separator: ",").last ?? "")
            XCTAssertLessThanOrEqual(share.split(separator: ".").last?.count ?? 0, 2, "\(line)")
        }
        let line = try csv("jenis: grafik-garis\ndata: indikator-nasional\nsaring: { periode: 2015-02 s.d. 2024-08 }\nnilai: tpt")
        XCTAssertTrue(line.hasPrefix("periode,label_periode,Tingkat Pengangguran Terbuka (persen)\r\n2015-02,Feb 2015,5.81\r\n"), line)
    }

    /// Proof-reading 24: a value printed 3,70 was written "3.7" beside a class limit of "4.20"; a chart's reference
    /// line (the national 4,91) and a table's row notes (Papua's 2023 not comparable) were missing from the CSV.
    func testValuesKeepTheirPrintedDecimalsWithTheReferenceLineAndRowNotes() throws {
        let bars = try csv("jenis: grafik-batang\ndata: tpt-provinsi\nsaring: { periode: 2024-08 }\nkategori: wilayah\nnilai: tpt\ngaris-acuan: { kategori: Indonesia }")
        XCTAssertTrue(bars.hasPrefix("periode,kode_wilayah,wilayah,nilai (persen),label_acuan,nilai_acuan (persen)\r\n"), bars)
        XCTAssertTrue(bars.contains("\r\n2024-08,14,Riau,3.70,Indonesia,4.91\r\n"), bars)
        XCTAssertTrue(bars.contains("\r\n2024-08,12,Sumatera Utara,5.60,Indonesia,4.91\r\n"), bars)
        let note = "Angka 2023 tidak sebanding dengan angka 2024."
        let table = try csv("""
            jenis: tabel-silang
            data: tpt-provinsi
            saring: { periode: 2023-08 s.d. 2024-08 }
            baris: wilayah
            kolom: periode
            nilai: tpt
            catatan:
              - Catatan pada seluruh tabel.
              - { teks: "\(note)", baris: Papua }
              - { teks: "\(note)", baris: Papua Barat }
            """)
        let lines = table.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasSuffix(",catatan"), lines[0])
        XCTAssertTrue(lines.contains { $0.hasPrefix("Papua,") && $0.hasSuffix(",\(note)") }, table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Papua Barat,") && $0.hasSuffix(",\(note)") }, table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Aceh,") && $0.hasSuffix(",") }, table)
        XCTAssertFalse(table.contains("Catatan pada seluruh tabel"), table)
        // Proof-reading 24: a figure of one period says which in every row, a period the data codes as a span too
        // (the bulletin's destinations, Januari–Juni 2024); one of several periods has them in its columns.
        let half = try csv("jenis: grafik-batang\ndata: pmi-negara-tujuan\nsaring: { periode: 2024-01 s.d. 2024-06 }\nkategori: negara_tujuan\nnilai: penempatan_pmi")
        XCTAssertTrue(half.hasPrefix("periode,kategori,nilai (orang)\r\n2024-01 s.d. 2024-06,Hong Kong,53608\r\n"), half)
        XCTAssertFalse(table.hasPrefix("periode"), table)
    }

    /// Proof-reading 21: the bulletin's Tabel 2.2 CSV listed "Laki-laki", "Perkotaan" and "15–24 tahun" with their
    /// group headings dropped; each record now names its group.
    func testGroupedRowsKeepTheirGroup() throws {
        let table = try csv("jenis: tabel-silang\ndata: tpt-jenis-kelamin-daerah\nbaris: [dimensi, kategori]\nkolom: periode\nnilai: tpt\njudul-baris: Karakteristik")
        let lines = table.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("kelompok,Karakteristik,"), lines[0])
        XCTAssertTrue(lines.contains { $0.hasPrefix("Jenis kelamin,Laki-laki,") }, table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Daerah,Perkotaan,") }, table)
        // Proof-reading 24: the alt text counts the rows with cells and reads each small group out.
        let grouped = try TemplateBinding.bind(TemplateBinding.template(figure: "jenis: tabel-silang\ndata: tpt-jenis-kelamin-daerah\nbaris: [dimensi, kategori]\n"
            + "kolom: periode\nnilai: tpt\njudul-baris: Karakteristik\nsaring: { periode: [2023-08, 2024-08] }\njudul: Uji\nsumber: Uji")).figures[0]
        XCTAssertTrue(grouped.components.altText.contains("6 baris menurut karakteristik"), grouped.components.altText)
        XCTAssertTrue(grouped.components.altText.contains("Kolom Tingkat Pengangguran Terbuka (persen), Agustus 2024, jenis kelamin: Laki-laki 4,90; Perempuan 4,92."), grouped.components.altText)
        // A note on a group's heading is on each of the group's rows.
        let noted = try csv("jenis: tabel-silang\ndata: tpt-jenis-kelamin-daerah\nbaris: [dimensi, kategori]\nkolom: periode\nnilai: tpt\n"
                            + "judul-baris: Karakteristik\ncatatan:\n  - { teks: Catatan kelompok., baris: Daerah }")
        let notedLines = noted.components(separatedBy: "\r\n")
        XCTAssertTrue(notedLines[0].hasSuffix(",catatan"), notedLines[0])
        XCTAssertTrue(notedLines.contains { $0.hasPrefix("Daerah,Perkotaan,") && $0.hasSuffix(",Catatan kelompok.") }, noted)
        XCTAssertTrue(notedLines.contains { $0.hasPrefix("Jenis kelamin,Laki-laki,") && $0.hasSuffix(",") }, noted)
        // A table without groups has no such column.
        let plain = try csv("jenis: tabel-tunggal\ndata: ump-provinsi\nsaring: { periode: \"2025\" }\nbaris: wilayah\nnilai: ump")
        XCTAssertFalse(plain.hasPrefix("kelompok"), plain)
    }
}

/// Proof-reading 21: the web export shipped its 38-row table only as a picture. A table now comes as HTML too: its
/// caption, headings as `<th>` spanning the columns they head, each row's label a row heading, a group a row group,
/// numbers as printed, the source and notes under it, and text escaped.
final class FigureHTMLTests: XCTestCase {
    private func html(_ yaml: String, title: String = "Uji") throws -> String {
        let figure = try TemplateBinding.bind(TemplateBinding.template(figure: yaml + "\njudul: \"\(title)\"\nsumber: BPS <Sakernas>")).figures[0]
        return String(decoding: try XCTUnwrap(FigureHTML.table(for: figure, locale: .indonesian)), as: UTF8.self)
    }

    func testATableIsWrittenWithItsHeadingsGroupsAndSource() throws {
        let text = try html("jenis: tabel-silang\ndata: tpt-jenis-kelamin-daerah\nbaris: [dimensi, kategori]\nkolom: periode\nnilai: tpt\njudul-baris: Karakteristik",
                            title: "TPT & daerah")
        XCTAssertTrue(text.hasPrefix("<figure class=\"sajian-tabel\""), text)
        XCTAssertTrue(text.contains("<caption><span class=\"nomor\">Tabel 1</span> TPT &amp; daerah</caption>"), text)
        XCTAssertTrue(text.contains("<th scope=\"col\" rowspan=\"2\">Karakteristik</th><th scope=\"colgroup\" colspan=\"2\">Tingkat Pengangguran Terbuka (persen)</th>"), text)
        XCTAssertTrue(text.contains("<tr class=\"kelompok\"><th scope=\"rowgroup\" colspan=\"3\">Jenis kelamin</th></tr>"), text)
        // Proof-reading 40: a number column's own heading over its figures' right edge.
        XCTAssertTrue(text.contains("<th scope=\"col\" style=\"text-align:right\">"), text)
        XCTAssertFalse(text.contains("<th scope=\"col\">"), "no column heading set otherwise: \(text)")
        // The columns' numbers under the headings, as the printed table has them.
        XCTAssertTrue(text.contains("<tr class=\"nomor-kolom\" aria-hidden=\"true\"><td>(1)</td><td style=\"text-align:right\">(2)</td><td style=\"text-align:right\">(3)</td></tr>\n</thead>"), text)
        XCTAssertTrue(text.contains("<th scope=\"row\" style=\"padding-left:1em\">Laki-laki</th><td class=\"angka\" style=\"text-align:right\">5,42</td>"), text)
        XCTAssertTrue(text.contains("<p class=\"sumber\">Sumber: BPS &lt;Sakernas&gt;</p>"), text)
        XCTAssertTrue(text.contains("<p class=\"catatan\">Keterangan: ... = data tidak tersedia</p>"), text)
        // Each group its own <tbody>, so that a group heading's `rowgroup` scope covers its own rows only.
        XCTAssertEqual(text.components(separatedBy: "<tbody>").count - 1, 3, text)
        XCTAssertTrue(text.contains("</tbody>\n<tbody>\n<tr class=\"kelompok\"><th scope=\"rowgroup\" colspan=\"3\">Daerah</th></tr>"), text)
    }

    func testAChartHasNoHTML() throws {
        let figure = try TemplateBinding.bind(TemplateBinding.template(figure: "jenis: grafik-batang\ndata: ump-provinsi\nsaring: { periode: \"2024\" }\nkategori: wilayah\nnilai: ump\njudul: Uji\nsumber: Uji")).figures[0]
        XCTAssertNil(FigureHTML.table(for: figure, locale: .indonesian))
    }
}
