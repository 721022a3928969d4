import SajianModel
import XCTest

/// Notes marked on a table's rows: one marker per text, however many rows it is on (proof-reading 23: Papua and
/// Papua Barat, whose 2023 figures are not comparable for one reason, share ¹).
final class FigureNoteTests: XCTestCase {
    func testOneTextOnSeveralRowsSharesOneMarkerAndIsListedOnce() {
        let reason = "Angka 2023 tidak sebanding dengan angka 2024."
        let notes = [FigureNote("Catatan umum."), FigureNote(reason, on: .row(4)), FigureNote(reason, on: .row(9)),
                     FigureNote("Lain.", on: .row(9))]
        XCTAssertEqual(FigureNote.markers(of: notes), [4: "¹", 9: "¹,²"])
        let listed = FigureNote.listed(notes)
        XCTAssertEqual(listed.map(\.marker), [nil, "¹", "²"])
        XCTAssertEqual(listed.map(\.text), ["Catatan umum.", reason, "Lain."])
        // A row's markers in their numbers' order, whatever order its notes were written in.
        XCTAssertEqual(FigureNote.markers(of: [FigureNote("A", on: .row(4)), FigureNote("B", on: .row(9)), FigureNote("A", on: .row(9))]),
                       [4: "¹", 9: "¹,²"])
    }
}
