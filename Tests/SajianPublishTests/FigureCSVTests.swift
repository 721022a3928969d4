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
