@testable import SajianForms
import SajianModel
import SajianTestSupport
import XCTest

/// Limits of the forms: a pictogram's icons, and a map graticule bounded whatever the boundaries' box.
final class FormLimitTests: XCTestCase {
    private func pictogram(_ perIcon: String) -> String {
        """
        publikasi: { judul: Uji }
        bab:
          - isi:
              - jenis: grafik-piktogram
                judul: Penempatan PMI, 2024
                data: pmi-negara-tujuan
                saring: { periode: "2023", negara_tujuan: [Taiwan, Malaysia, Hong Kong, Korea Selatan, Jepang] }
                kategori: negara_tujuan
                nilai: penempatan_pmi
                satuan: ribu orang
                satu-ikon: \(perIcon)
                sumber: BP2MI
        """
    }

    func testPerIconTooSmallIsRefusedWithTheCountAndTheSmallestThatFits() throws {
        // 243.645 ribu orang in all: at 0.0001 a pictogram would draw 2,436,450 icons (the red team's run took 7.2 GB).
        XCTAssertThrowsError(try TemplateBinding.bind(pictogram("0.0001"))) { error in
            XCTAssertEqual("\(error)", """
                uji.yaml:11:20: error: `satu-ikon: 0.0001` would draw 2436450 icons; a pictogram draws at most 500
                    Make one icon stand for more: the smallest round `satu-ikon:` that fits is 0.5.
                """)
        }
        XCTAssertThrowsError(try TemplateBinding.bind(pictogram("0.2")), "1,221 icons")
        let bound = try TemplateBinding.bind(pictogram("0.5"))
        let chart = try XCTUnwrap(bound.figures[0].body as? PictogramData)
        XCTAssertEqual(PictogramLimits.iconCount(chart.rows.compactMap(\.value.number), perIcon: chart.quantityPerIcon), 490)
    }

    /// Proof-reading 40: `satu-ikon: 2,5`, written as the page prints it, is refused with the point to write instead.
    func testPerIconWithADecimalCommaIsRefusedWithTheDecimalPoint() throws {
        XCTAssertThrowsError(try TemplateBinding.bind(pictogram("2,5"))) { error in
            XCTAssertEqual("\(error)", """
                uji.yaml:11:20: error: `satu-ikon: 2,5` must be a positive number
                    Write the decimal with a point in the template: `satu-ikon: 2.5` (the chart prints it as 2,5).
                """)
        }
        XCTAssertNoThrow(try TemplateBinding.bind(pictogram("2.5")))
    }

    func testSmallestFittingQuantityIsRoundAndNoneForRowsBeyondTheLimit() {
        XCTAssertEqual(NiceQuantity.smallestFitting([83.216, 72.26, 65.916, 12.58, 9.673]), 0.5)
        XCTAssertEqual(NiceQuantity.smallestFitting(Array(repeating: 1, count: 500)), 1)
        XCTAssertNil(NiceQuantity.smallestFitting(Array(repeating: 1, count: 501)), "one icon a row is already too many")
        XCTAssertNil(NiceQuantity.smallestFitting([.infinity]))
    }

    func testGraticuleValuesAreBoundedWhateverTheBox() {
        XCTAssertEqual(MapLayout.multiples(of: 5, from: 94.2, through: 141.7), [95, 100, 105, 110, 115, 120, 125, 130, 135, 140])
        // A box reaching ±1e308: 30 added to -1e308 is -1e308, so the old stride never ended.
        XCTAssertEqual(MapLayout.multiples(of: 30, from: -1e308, through: 1e308).count, 1)
        XCTAssertEqual(MapLayout.multiples(of: 30, from: -.infinity, through: 10), [])
        XCTAssertEqual(MapLayout.multiples(of: 30, from: .nan, through: 10), [])
        XCTAssertEqual(MapLayout.multiples(of: 0.25, from: -1e9, through: 1e9).count, 1441, "at most one line a step around the globe")
    }
}
