import Foundation
import SajianPublish
import SajianTestSupport
import XCTest

/// Issue 15: small cells are protected in every form and every output. One dataset with `ambang-sel-kecil: 100`,
/// counts in `satuan: pekerja` (a unit no list of person units names), and four small counts (47, 73, 38, 91)
/// among larger ones; one figure of each form is published to PDF, PNG, SVG, CSV, the publication PDF with its
/// narasi, and the web export with its manifest, and no output's text holds a small count or a number it could be
/// worked back from.
final class SmallCellFormsByOutputsWalkTests: XCTestCase {
    private let catalogPath = TestSupport.temporaryDirectory() + "/katalog.sqlite"
    private let small = [47.0, 73, 38, 91]

    /// A stacked bar's total less its other segment, for each stack holding a small count: (A, 2024) 1520 + 47 and
    /// (B, 2024) 73 + 1860; and the data's own Jumlah rows less the other regions.
    private let recoverable = [1567.0, 1933]

    private func datasets() throws -> String {
        let folder = TestSupport.temporaryDirectory()
        try """
            id: sel
            judul: Pekerja menurut Wilayah dan Jenis Kelamin
            sumber: Contoh
            klasifikasi: publik
            ambang-sel-kecil: 100
            dimensi:
              wilayah: {}
              jenis_kelamin: {}
              periode: { jenis: tahun }
            ukuran:
              pekerja: { satuan: pekerja, desimal: 0 }
            """.write(toFile: folder + "/sel.yaml", atomically: true, encoding: .utf8)
        let values: [(String, String, String, Int)] = [
            ("A", "L", "2024", 1520), ("A", "P", "2024", 47), ("B", "L", "2024", 73), ("B", "P", "2024", 1860),
            ("C", "L", "2024", 2210), ("C", "P", "2024", 1390), ("D", "L", "2024", 1745), ("D", "P", "2024", 1630),
            ("Jumlah", "L", "2024", 5548), ("Jumlah", "P", "2024", 4927),
            ("A", "L", "2023", 1480), ("A", "P", "2023", 38), ("B", "L", "2023", 91), ("B", "P", "2023", 1790),
            ("C", "L", "2023", 2150), ("C", "P", "2023", 1330), ("D", "L", "2023", 1700), ("D", "P", "2023", 1600),
            ("Jumlah", "L", "2023", 5421), ("Jumlah", "P", "2023", 4758),
        ]
        try ("wilayah,jenis_kelamin,periode,indikator,nilai\n" + values.map { "\($0.0),\($0.1),\($0.2),pekerja,\($0.3)\n" }.joined())
            .write(toFile: folder + "/sel.csv", atomically: true, encoding: .utf8)
        return folder
    }

    /// One figure of each form, each on the small-cell dataset.
    private let figures = """
              - jenis: grafik-batang
                id: batang
                judul: Pekerja Perempuan menurut Wilayah, 2024
                data: sel
                saring: { periode: "2024", jenis_kelamin: P }
                kategori: wilayah
                nilai: pekerja
                sumber: Contoh
              - jenis: grafik-batang
                id: kelompok
                judul: Pekerja menurut Wilayah dan Jenis Kelamin, 2024
                data: sel
                saring: { periode: "2024", wilayah: [A, B, C, D] }
                kategori: wilayah
                seri: jenis_kelamin
                nilai: pekerja
                sumber: Contoh
              - jenis: grafik-batang
                id: tumpuk
                judul: Pekerja menurut Wilayah dan Jenis Kelamin (tumpuk), 2024
                data: sel
                saring: { periode: "2024", wilayah: [A, B, C, D] }
                kategori: wilayah
                seri: jenis_kelamin
                susun: tumpuk
                nilai: pekerja
                sumber: Contoh
              - jenis: grafik-batang
                id: persen
                judul: Pekerja menurut Wilayah dan Jenis Kelamin (100 persen), 2024
                data: sel
                saring: { periode: "2024", wilayah: [A, B, C, D] }
                kategori: wilayah
                seri: jenis_kelamin
                susun: persen
                nilai: pekerja
                sumber: Contoh
              - jenis: grafik-garis
                id: garis
                judul: Pekerja Perempuan menurut Wilayah, 2023-2024
                data: sel
                saring: { jenis_kelamin: P, wilayah: [A, B, C] }
                seri: wilayah
                nilai: pekerja
                sumber: Contoh
              - jenis: grafik-piktogram
                id: piktogram
                judul: Pekerja Laki-laki menurut Wilayah, 2023
                data: sel
                saring: { periode: "2023", jenis_kelamin: L, wilayah: [A, B, C, D] }
                kategori: wilayah
                nilai: pekerja
                sumber: Contoh
              - jenis: tabel-tunggal
                id: tunggal
                judul: Pekerja Perempuan menurut Wilayah, 2024
                data: sel
                saring: { periode: "2024", jenis_kelamin: P, wilayah: [A, B, C, D] }
                baris: wilayah
                nilai: pekerja
                jumlah: ya
                sumber: Contoh
              - jenis: tabel-silang
                id: silang
                judul: Pekerja menurut Wilayah dan Jenis Kelamin, 2024
                data: sel
                saring: { periode: "2024", wilayah: [A, B, C, D] }
                baris: wilayah
                kolom: jenis_kelamin
                nilai: pekerja
                jumlah: ya
                sumber: Contoh
              - jenis: tabel-silang
                id: silang-data
                judul: Pekerja menurut Wilayah dan Jenis Kelamin, 2023
                data: sel
                saring: { periode: "2023" }
                baris: wilayah
                kolom: jenis_kelamin
                nilai: pekerja
                sumber: Contoh
              - jenis: tabel-silang
                id: pangsa
                judul: Distribusi Pekerja menurut Wilayah dan Jenis Kelamin, 2024
                data: sel
                saring: { periode: "2024", wilayah: [A, B, C, D] }
                baris: wilayah
                kolom: jenis_kelamin
                nilai: pekerja
                persentase: kolom
                sumber: Contoh
              - jenis: piramida-penduduk
                id: piramida
                judul: Pekerja menurut Wilayah dan Jenis Kelamin (piramida), 2024
                data: sel
                saring: { periode: "2024", wilayah: [A, B, C, D] }
                kategori: wilayah
                seri: jenis_kelamin
                nilai: pekerja
                sumber: Contoh
              - jenis: narasi
                awal: "Pekerja perempuan di A {{ angka sel.pekerja(wilayah=A, jenis_kelamin=P, periode=2024) }} orang, {{ perubahan sel.pekerja(wilayah=A, jenis_kelamin=P, periode=2024) }}; laki-laki di B {{ sel.pekerja(wilayah=B, jenis_kelamin=L, periode=2024) }}, {{ perubahan sel.pekerja(wilayah=B, jenis_kelamin=L, periode=2024) }}, pangsa {{ pangsa sel.pekerja(wilayah=B, jenis_kelamin=L, periode=2024) sel.pekerja(wilayah=Jumlah, jenis_kelamin=L, periode=2024) }}. Di C {{ perubahan sel.pekerja(wilayah=C, jenis_kelamin=L, periode=2024) }}."
                tengah:
                  otomatis:
                    - perubahan: sel.pekerja(wilayah=B, jenis_kelamin=L, periode=2024)
    """

    private func template(_ items: String) throws -> String {
        let path = TestSupport.temporaryDirectory() + "/sel.yaml"
        try "publikasi: { judul: Uji Sel Kecil, keluaran: [publikasi, gambar, web] }\nbab:\n  - judul: Sel kecil\n    isi:\n\(items)"
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every number written in `text` in Indonesian or machine form (47, 47,0, 47.0, 1.567, 1,567, 1567.0),
    /// as values.
    private func numbers(in text: String) -> Set<Double> {
        var found = Set<Double>()
        let pattern = try! NSRegularExpression(pattern: "\\d[\\d.,]*")
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            var token = String(text[Range(match.range, in: text)!])
            while let last = token.last, last == "." || last == "," { token.removeLast() }
            // Indonesian (1.567,5) and machine (1567.5, 1,567.5) forms.
            for candidate in [token.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."),
                              token.replacingOccurrences(of: ",", with: ""), token] {
                if let value = Double(candidate) { found.insert(value) }
            }
        }
        return found
    }

    /// The text an SVG carries (title, desc, metadata; what is drawn is outlines), without its tags and coordinates.
    private func svgText(_ path: String) throws -> String {
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        return svg.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    /// The text of a PNG's iTXt chunks (title, description, source), which are written uncompressed.
    private func pngText(_ path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var offset = 8, text = ""
        while offset + 8 <= data.count {
            let length = data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: data[offset + 4..<offset + 8], as: UTF8.self)
            if type == "iTXt" || type == "tEXt" {
                let body = data[offset + 8..<offset + 8 + length]
                if type == "iTXt" { XCTAssertEqual(body[body.firstIndex(of: 0)! + 1], 0, "\(path): iTXt uncompressed") }
                text += String(decoding: body.map { $0 == 0 ? 32 : $0 }, as: UTF8.self) + "\n"
            }
            offset += 12 + length
        }
        return text
    }

    func testEveryFormTimesEveryOutputWithholdsSmallCountsAndWhatGivesThemBack() throws {
        let folder = try datasets()
        let out = TestSupport.temporaryDirectory()
        try Publisher().publish(template: try template(figures),
                                options: PublishOptions(outputDirectory: out, datasetsDirectory: folder, catalogPath: catalogPath))
        let ids = ["batang", "kelompok", "tumpuk", "persen", "garis", "piktogram", "tunggal", "silang", "silang-data", "pangsa", "piramida"]
        var outputs: [(name: String, text: String)] = []
        for id in ids {
            outputs.append(("\(id).pdf", try TestSupport.pdfText("\(out)/\(id).pdf")))
            outputs.append(("\(id).png", try pngText("\(out)/\(id).png")))
            outputs.append(("\(id).svg", try svgText("\(out)/\(id).svg")))
            outputs.append(("\(id).csv", try String(contentsOfFile: "\(out)/\(id).csv", encoding: .utf8)))
            outputs.append(("web/\(id).csv", try String(contentsOfFile: "\(out)/web/\(id).csv", encoding: .utf8)))
            outputs.append(("web/\(id).svg", try svgText("\(out)/web/\(id).svg")))
            outputs.append(("web/\(id).png", try pngText("\(out)/web/\(id).png")))
        }
        // The manifest without its SHA-256 digests, whose hex digits are no numbers of the data.
        outputs.append(("web/manifest.json", try String(contentsOfFile: "\(out)/web/manifest.json", encoding: .utf8)
            .replacingOccurrences(of: "[0-9a-f]{64}", with: "", options: .regularExpression)))
        let publication = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".pdf") && !ids.contains(String($0.dropLast(4))) }
        XCTAssertEqual(publication.count, 1, "the publication PDF: \(publication)")
        let book = try TestSupport.pdfText("\(out)/\(publication[0])")
        outputs.append((publication[0], book))
        XCTAssertEqual(outputs.count, ids.count * 7 + 2)
        for output in outputs {
            let found = numbers(in: output.text)
            XCTAssertEqual(found.intersection(small + recoverable), [], "\(output.name): \(output.text)")
        }
        // Each form, as its CSV records it: a withheld count is x, and so is what would give it back. With every
        // margin of this small table printed somewhere (the data's Jumlah rows, the stacks' ends, the shares' wholes),
        // protecting B's 73 and A's 47 takes C's counts too, in every figure alike: no figure shows what another hides.
        func csv(_ id: String) throws -> String { try String(contentsOfFile: "\(out)/\(id).csv", encoding: .utf8) }
        // The data's Jumlah is no bar among its parts (issue 12: totals stay totals).
        XCTAssertEqual(try csv("batang"), "periode,kategori,nilai (pekerja)\r\n2024,A,x\r\n2024,B,x\r\n2024,C,x\r\n2024,D,1630\r\n")
        XCTAssertEqual(try csv("tumpuk"), "periode,kategori,L (pekerja),P (pekerja),jumlah (pekerja)\r\n2024,A,x,x,x\r\n2024,B,x,x,x\r\n2024,C,x,x,x\r\n2024,D,1745,1630,3375\r\n")
        XCTAssertEqual(try csv("persen"), "periode,kategori,L (persen),P (persen)\r\n2024,A,x,x\r\n2024,B,x,x\r\n2024,C,x,x\r\n2024,D,51.7,48.3\r\n")
        XCTAssertEqual(try csv("garis"), "periode,label_periode,A (pekerja),B (pekerja),C (pekerja)\r\n2023,2023,x,x,x\r\n2024,2024,x,x,x\r\n")
        XCTAssertEqual(try csv("piktogram"), "periode,kategori,nilai (pekerja)\r\n2023,A,x\r\n2023,B,x\r\n2023,C,x\r\n2023,D,1700\r\n")
        XCTAssertEqual(try csv("tunggal"), "periode,Wilayah,Pekerja (pekerja)\r\n2024,A,x\r\n2024,B,x\r\n2024,C,x\r\n2024,D,1630\r\n2024,Jumlah,4927\r\n")
        XCTAssertEqual(try csv("silang"), "periode,Wilayah,Pekerja (pekerja) - L,Pekerja (pekerja) - P\r\n2024,A,x,x\r\n2024,B,x,x\r\n2024,C,x,x\r\n2024,D,1745,1630\r\n2024,Jumlah,5548,4927\r\n")
        XCTAssertEqual(try csv("silang-data"), "periode,Wilayah,Pekerja (pekerja) - L,Pekerja (pekerja) - P\r\n2023,A,x,x\r\n2023,B,x,x\r\n2023,C,x,x\r\n2023,D,1700,1600\r\n2023,Jumlah,5421,4758\r\n")
        XCTAssertEqual(try csv("pangsa"), "periode,Wilayah,Pekerja (persen) - L,Pekerja (persen) - P\r\n2024,A,x,x\r\n2024,B,x,x\r\n2024,C,x,x\r\n2024,D,31.45,33.08\r\n")
        XCTAssertEqual(try csv("piramida"), "periode,kategori,L (pekerja),P (pekerja)\r\n2024,A,x,x\r\n2024,B,x,x\r\n2024,C,x,x\r\n2024,D,1745,1630\r\n")
        let narasi = book.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: " ")
        XCTAssertTrue(narasi.contains("Pekerja perempuan di A x orang, x; laki-laki di B x, x, pangsa x. Di C x. Pekerja B pada 2024 sebesar x, x."),
                      "narasi writes x for a withheld count and for any change or share from one: \(narasi)")
    }

    /// A pie cannot withhold a slice (its share is 100 less the others'): it is refused, naming the dataset's
    /// threshold and the slices, and nothing is written.
    func testPieWithASmallSliceIsRefusedNamingTheThresholdAndWritesNothing() throws {
        let folder = try datasets()
        let out = TestSupport.temporaryDirectory() + "/keluaran"
        let pie = """
                  - jenis: grafik-donat
                    id: donat
                    judul: Pekerja Perempuan menurut Wilayah, 2024
                    data: sel
                    saring: { periode: "2024", jenis_kelamin: P, wilayah: [A, B, C, D] }
                    kategori: wilayah
                    nilai: pekerja
                    sumber: Contoh

            """
        XCTAssertThrowsError(try Publisher().publish(template: try template(pie),
                                                     options: PublishOptions(outputDirectory: out, datasetsDirectory: folder, catalogPath: catalogPath))) { error in
            XCTAssertTrue("\(error)".contains("`A`, `B`, `C` of `pekerja` are withheld by the small-cell protection of `sel` (`ambang-sel-kecil: 100`), and a pie cannot withhold a slice"),
                          "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }
}
