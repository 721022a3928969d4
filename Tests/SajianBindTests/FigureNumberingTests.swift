import SajianBind
import SajianModel
import SajianTemplate
import XCTest

/// Figure numbers: running, or per chapter; a *lampiran* (`lampiran: ya`) is not counted as a chapter, and its
/// figures are "L.1" where figures are numbered per chapter.
final class FigureNumberingTests: XCTestCase {
    private func spec(numbering: String) throws -> PublicationSpec {
        func table(_ id: String) -> String {
            """
                  - jenis: tabel-tunggal
                    id: \(id)
                    judul: Tabel \(id), 2024
                    data: d
                    baris: wilayah
                    nilai: n
                    sumber: BPS
            """
        }
        let text = """
            publikasi: { judul: Uji, penomoran: \(numbering) }
            bab:
              - judul: Satu
                isi:
            \(table("a"))
              - judul: Lampiran
                lampiran: ya
                isi:
            \(table("b"))
              - judul: Dua
                isi:
            \(table("c"))
            """
        let problems = DiagnosticCollector()
        let spec = TemplateParser.parse(text, file: "t.yaml", problems: problems)
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        return try XCTUnwrap(spec)
    }

    func testALampiranIsNumberedApartFromTheChapters() throws {
        XCTAssertEqual(FigureNumbering.numbers(for: try spec(numbering: "per-bab")), ["a": "1.1", "b": "L.1", "c": "2.1"])
        XCTAssertEqual(FigureNumbering.numbers(for: try spec(numbering: "berurutan")), ["a": "1", "b": "2", "c": "3"])
    }
}
