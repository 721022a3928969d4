import Foundation
@testable import SajianCatalog
import SajianModel
import XCTest

/// Issue 15, import at scale: records reach the importer's checks one at a time and repeated keys are found in a
/// table of indices; what a file is refused for must be what it was when every record was read first.
final class StreamingImportTests: XCTestCase {
    private func firstLine(of error: Error) -> String { "\(error)".components(separatedBy: "\n")[0] }

    /// A row refused by the consumer does not hide a syntax error further on: the file is refused for that.
    func testASyntaxErrorLaterInTheFileWinsOverAnEarlierRowsError() {
        struct Refused: Error {}
        for (text, message) in [("a,b\n1,2\n3,4\n\"5,6\n", "f.csv:4:1: error: a quoted field is never closed"),
                                ("a,b\n1,2\n3,4\n\"5\"x,6\n", "f.csv:4:1: error: text follows a closing quote in field 1")] {
            var seen: [Int] = []
            XCTAssertThrowsError(try CSVReader.forEachRecord(in: text, file: "f.csv") { record in
                seen.append(record.line)
                if record.line == 2 { throw Refused() }
            }) { error in XCTAssertEqual(firstLine(of: error), message) }
            XCTAssertEqual(seen, [1, 2], "records are handed over as they are read")
        }
        XCTAssertThrowsError(try CSVReader.forEachRecord(in: "a,b\n1,2\n", file: "f.csv") { _ in throw Refused() }) { error in
            XCTAssertTrue(error is Refused, "with no syntax error, the consumer's own error")
        }
    }

    /// The byte reader cuts records as the scalar reader did: BOM, CR LF, CR alone, blank lines, quotes.
    func testRecordsAndTheirLines() throws {
        let text = "\u{FEFF}a,b\r\n\r\n\"x\"\"y\",\"multi\nline\"\r1, é \n\"\"\n,\nlast,\"q\""
        let records = try CSVReader.records(in: text, file: "f.csv")
        XCTAssertEqual(records.map(\.line), [1, 3, 5, 7, 8])
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["x\"y", "multi\nline"], ["1", " é "], ["", ""], ["last", "q"]])
    }

    /// Two values Swift holds equal (K and U+212A KELVIN SIGN) are a repeated key, named with the first line.
    func testRepeatedKeysAreFoundAsStringsCompare() {
        var table = DatasetImporter.IdentityTable()
        table.reserve(1)
        var observations: [Observation] = []
        // More values than the table first holds, so that it grows on the way.
        for (index, value) in (["K", "k", "L", "M", "N"] + (0..<20).map { "v\($0)" }).enumerated() {
            XCTAssertNil(table.insert(["11", value], "jumlah", index: index, among: observations))
            observations.append(Observation(coordinates: ["11", value], measure: "jumlah", value: .number(1)))
        }
        XCTAssertEqual(table.insert(["11", "\u{212A}"], "jumlah", index: 25, among: observations), 0)
        XCTAssertEqual(table.insert(["11", "N"], "jumlah", index: 25, among: observations), 4)
        XCTAssertEqual(table.insert(["11", "v19"], "jumlah", index: 25, among: observations), 24)
        XCTAssertNil(table.insert(["11", "N"], "lain", index: 25, among: observations))
    }
}
