import Foundation
import SajianCatalog
import SajianModel
import XCTest
import ZIPFoundation

/// Workbooks built in memory, one XML part at a time, so each test shows exactly the cells it reads.
final class XLSXReaderInMemoryTests: XCTestCase {
    private let file = "upah.xlsx"

    // MARK: Cell values

    func testSharedStringsIncludingRichTextRuns() throws {
        let data = try makeWorkbook(sheets: [("Data", sheet(#"""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>0</v></c></row>
            """#))], sharedStrings: ["wilayah", "<r><t>ni</t></r><r><rPr><b/></rPr><t>lai</t></r>", "Aceh &amp; Sumut"])
        let records = try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)
        XCTAssertEqual(records.map(\.line), [1, 2])
        XCTAssertEqual(records.map(\.fields), [["wilayah", "nilai"], ["Aceh & Sumut", "wilayah"]])
    }

    func testInlineFormulaBooleanAndErrorCells() throws {
        let data = try makeWorkbook(sheets: [("Data", sheet(#"""
            <row r="1"><c r="A1" t="inlineStr"><is><t>Jawa Barat</t></is></c>
            <c r="B1" t="str"><f>A1&amp;"!"</f><v>Jawa Barat!</v></c>
            <c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>
            <c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1" t="e"><v>#N/A</v></c></row>
            """#))])
        let records = try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)
        XCTAssertEqual(records.map(\.fields), [["Jawa Barat", "Jawa Barat!", "TRUE", "FALSE", "", ""]])
    }

    func testNumbersLoseFloatingNoiseAndIntegralDecimals() throws {
        let data = try makeWorkbook(sheets: [("Data", sheet(#"""
            <row r="1"><c r="A1"><v>2507079.2400000002</v></c><c r="B1" t="n"><v>3460672</v></c>
            <c r="C1" s="2"><v>45292</v></c><c r="D1"><v>1.5E-3</v></c><c r="E1"><v>-12.5</v></c></row>
            """#))])
        let records = try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)
        XCTAssertEqual(records.map(\.fields), [["2507079.24", "3460672", "45292", "0.0015", "-12.5"]])
    }

    func testMissingCellsAreEmptyAndEveryRecordHasTheUsedWidth() throws {
        let data = try makeWorkbook(sheets: [("Data", sheet(#"""
            <row r="2"><c r="B2" t="inlineStr"><is><t>b2</t></is></c></row>
            <row r="4"><c r="A4"><v>1</v></c><c r="D4"><v>4</v></c></row>
            <row r="6"></row>
            <row r="7"><c r="C7"><v>7</v></c></row>
            """#))])
        let records = try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)
        XCTAssertEqual(records.map(\.line), [2, 4, 7], "rows 1, 3, 5 and 6 hold no cells")
        XCTAssertEqual(records.map(\.fields), [["", "b2", "", ""], ["1", "", "", "4"], ["", "", "7", ""]])
    }

    // MARK: Ranges and sheets

    func testRangeCutsRowsAndColumnsAndPadsToItsWidth() throws {
        let data = try makeWorkbook(sheets: [("Data", grid(rows: 1...6, columns: 1...4))])
        let records = try XLSXReader.records(in: data, sheet: nil, range: "b3:$E$4", file: file)
        XCTAssertEqual(records.map(\.line), [3, 4])
        XCTAssertEqual(records.map(\.fields), [["B3", "C3", "D3", ""], ["B4", "C4", "D4", ""]])
    }

    func testColumnRangeTakesAllRows() throws {
        let data = try makeWorkbook(sheets: [("Data", grid(rows: 1...3, columns: 1...4))])
        let records = try XLSXReader.records(in: data, sheet: nil, range: "C:D", file: file)
        XCTAssertEqual(records.map(\.line), [1, 2, 3])
        XCTAssertEqual(records.map(\.fields), [["C1", "D1"], ["C2", "D2"], ["C3", "D3"]])
    }

    func testSecondNamedSheetThroughAbsoluteRelationshipTarget() throws {
        let data = try makeWorkbook(sheets: [("STANDAR DATA", grid(rows: 1...1, columns: 1...1)),
                                             ("UMP 2024", grid(rows: 5...5, columns: 1...2))],
                                    absoluteTargets: true)
        XCTAssertEqual(try XLSXReader.sheetNames(in: data, file: file), ["STANDAR DATA", "UMP 2024"])
        let second = try XLSXReader.records(in: data, sheet: "UMP 2024", range: nil, file: file)
        XCTAssertEqual(second.map(\.line), [5])
        XCTAssertEqual(second.map(\.fields), [["A5", "B5"]])
        let first = try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)
        XCTAssertEqual(first.map(\.fields), [["A1"]])
    }

    func testWidestColumnXFD() throws {
        let data = try makeWorkbook(sheets: [("Data", grid(rows: 1...1, columns: 1...1))])
        let records = try XLSXReader.records(in: data, sheet: nil, range: "XFC1:XFD1", file: file)
        XCTAssertEqual(records.map(\.fields), [])
        XCTAssertThrowsError(try XLSXReader.records(in: data, sheet: nil, range: "A1:XFE1", file: file))
    }

    // MARK: Errors

    func testUnknownSheetNamesItAndListsTheWorkbooksSheets() throws {
        let data = try makeWorkbook(sheets: [("STANDAR DATA", grid(rows: 1...1, columns: 1...1)),
                                             ("UMP 2024", grid(rows: 1...1, columns: 1...1))])
        let diagnostic = try firstDiagnostic { try XLSXReader.records(in: data, sheet: "UMP 2025", range: nil, file: file) }
        XCTAssertEqual(diagnostic.location.file, file)
        XCTAssertTrue(diagnostic.message.contains("UMP 2025"), diagnostic.message)
        XCTAssertTrue(diagnostic.hint?.contains("STANDAR DATA, UMP 2024") == true, diagnostic.hint ?? "no hint")
    }

    func testMalformedRangesAreRefusedWithTheA1Form() throws {
        let data = try makeWorkbook(sheets: [("Data", grid(rows: 1...2, columns: 1...2))])
        for range in ["A3-H41", "3A:H41", "A3", "H41:A3", "A3:H", "A0:B2", "", "ÄB1:C2"] {
            let diagnostic = try firstDiagnostic { try XLSXReader.records(in: data, sheet: nil, range: range, file: file) }
            XCTAssertTrue(diagnostic.message.contains("`\(range)`"), "\(range): \(diagnostic.message)")
            XCTAssertTrue(diagnostic.hint?.contains("A3:H41") == true, "\(range): \(diagnostic.hint ?? "no hint")")
        }
    }

    func testDataThatIsNotAWorkbookIsRefused() throws {
        let zipWithoutWorkbook = try makeArchive(["word/document.xml": "<document/>"])
        for data in [Data("kode,nilai\n11,3460672\n".utf8), Data(), zipWithoutWorkbook] {
            let diagnostic = try firstDiagnostic { try XLSXReader.sheetNames(in: data, file: "ump.xlsx") }
            XCTAssertEqual(diagnostic.message, "ump.xlsx is not an Excel .xlsx workbook")
            XCTAssertTrue(diagnostic.hint?.contains("CSV") == true, diagnostic.hint ?? "no hint")
        }
    }

    func testSharedStringIndexOutOfRangeNamesTheCell() throws {
        let data = try makeWorkbook(sheets: [("Data", sheet(#"<row r="7"><c r="C7" t="s"><v>3</v></c></row>"#))],
                                    sharedStrings: ["a"])
        let diagnostic = try firstDiagnostic { try XLSXReader.records(in: data, sheet: nil, range: nil, file: file) }
        XCTAssertEqual(diagnostic.location, SourceLocation(file: file, line: 7, column: 3))
        XCTAssertTrue(diagnostic.message.contains("C7"), diagnostic.message)
    }

    // MARK: A whole sheet (its speed is measured by `sajian-bench`, never here)

    func testFortyByTenSheetReadsEveryCell() throws {
        let data = try makeWorkbook(sheets: [("Data", grid(rows: 1...40, columns: 1...10, numbers: true))])
        let records = try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)
        XCTAssertEqual(records.count, 40)
        XCTAssertEqual(records.map(\.fields.count), Array(repeating: 10, count: 40))
        XCTAssertEqual(records[39].fields[9], "400.25")
    }

    // MARK: Limits

    /// A workbook whose shared-string part holds `size` bytes of one letter (a few hundred KB once deflated),
    /// generated as it is compressed, so the test itself never holds it.
    private func expandingWorkbook(partSize: Int) throws -> Data {
        let archive = try Archive(data: makeWorkbook(sheets: [("Data", sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#))]),
                                  accessMode: .update)
        try archive.addEntry(with: "xl/sharedStrings.xml", type: .file, uncompressedSize: Int64(partSize), compressionMethod: .deflate) {
            _, size in Data(repeating: 0x41, count: size)
        }
        return try XCTUnwrap(archive.data)
    }

    func testPartExpandingBeyondTheLimitIsRefusedBeforeInflating() throws {
        let data = try expandingWorkbook(partSize: XLSXReader.maximumPartSize + 1)
        XCTAssertLessThan(data.count, 1_000_000, "a small file")
        let diagnostic = try firstDiagnostic { try XLSXReader.records(in: data, sheet: nil, range: nil, file: file) }
        XCTAssertEqual(diagnostic.description, """
            upah.xlsx: error: the workbook's part xl/sharedStrings.xml expands to more than 100 MB, the most Sajian inflates
                Save the sheet as CSV (UTF-8) and import that; a workbook that small on disk and that large inside is not one Excel writes.
            """)
    }

    func testPartWhoseHeaderUnderstatesItsSizeIsStoppedWhileInflating() throws {
        var data = try expandingWorkbook(partSize: XLSXReader.maximumPartSize + 1)
        // The central directory's record of the part declares 1,000 bytes instead (its uncompressed size, at +24).
        let name = Array("xl/sharedStrings.xml".utf8), bytes = Array(data)
        let record = try XCTUnwrap((0..<(bytes.count - 46)).first { start in
            bytes[start..<start + 4] == [0x50, 0x4B, 0x01, 0x02] && Array(bytes[start + 46..<min(bytes.count, start + 46 + name.count)]) == name
        })
        data.replaceSubrange(record + 24..<record + 28, with: [0xE8, 0x03, 0, 0])
        let diagnostic = try firstDiagnostic { try XLSXReader.records(in: data, sheet: nil, range: nil, file: file) }
        XCTAssertEqual(diagnostic.message, "the workbook's part xl/sharedStrings.xml expands to more than 100 MB, the most Sajian inflates")
    }

    func testFileBeyondTheLimitIsRefusedUnread() throws {
        let diagnostic = try firstDiagnostic { try XLSXReader.records(in: Data(count: XLSXReader.maximumFileSize + 1), sheet: nil, range: nil, file: file) }
        XCTAssertEqual(diagnostic.message, "the workbook is 101 MB; Sajian reads workbooks of at most 100 MB")
        XCTAssertEqual(diagnostic.hint, "Save the sheet as CSV (UTF-8) and import that, or split the workbook.")
    }

    // MARK: Building workbooks

    // MARK: Formulas without values and dates (issue 15)

    /// A workbook written by a program (not Excel) can hold formulas whose values were never calculated: they read
    /// as blank, "...", where the data has a number.
    func testFormulaWithoutItsValueIsRefusedAtItsCell() throws {
        let data = try makeWorkbook(sheets: [("Data", sheet(#"""
            <row r="1"><c r="A1"><v>481</v></c><c r="B1"><v>638</v></c></row>
            <row r="2"><c r="A2"><f>SUM(A1:B1)</f></c><c r="B2"><f>A1*2</f><v>962</v></c></row>
            """#))])
        XCTAssertThrowsError(try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)) { error in
            XCTAssertEqual("\(error)", "upah.xlsx:2:1: error: cell A2 holds the formula `=SUM(A1:B1)` without its value: the workbook was saved without calculated values\n"
                + "    Open the workbook in Excel or LibreOffice and save it, so that each formula's value is saved with it, or copy the cells and paste them as values.")
        }
    }

    /// A month typed `Agu-24` is kept as the day number 45505 with a date format: it is read as the month 2024-08,
    /// not as the period "45505"; a format of years reads the year, a day other than the first reads the day (which
    /// the period check then refuses), and numbers in other styles stay numbers.
    func testDateFormattedCellsReadAsDates() throws {
        let styles = #"<numFmts count="2"><numFmt numFmtId="164" formatCode="mmm\-yy"/><numFmt numFmtId="165" formatCode="&quot;Tahun &quot;yyyy"/></numFmts>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>"#
            + #"<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="3"/></cellXfs>"#
        let data = try makeWorkbook(sheets: [("Data", sheet(#"""
            <row r="1"><c r="A1" s="1"><v>45505</v></c><c r="B1" s="2"><v>45519</v></c><c r="C1" s="3"><v>45292</v></c>
            <c r="D1" s="4"><v>45505</v></c><c r="E1" s="2"><v>45505.75</v></c><c r="F1"><v>45505</v></c></row>
            """#))], styles: styles)
        let records = try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)
        XCTAssertEqual(records.map(\.fields), [["2024-08", "2024-08-15", "2024", "45505", "2024-08", "45505"]])

        let mac = try makeWorkbook(sheets: [("Data", sheet(#"<row r="1"><c r="A1" s="1"><v>44043</v></c></row>"#))],
                                   styles: styles, workbookProperties: #"<workbookPr date1904="1"/>"#)
        XCTAssertEqual(try XLSXReader.records(in: mac, sheet: nil, range: nil, file: file).map(\.fields), [["2024-08"]])
    }

    /// 1E+308 and 1E-400 became infinity ("NaN" on the page) and 0: their digits now reach the value check.
    func testExponentsExpandDigitForDigit() throws {
        let data = try makeWorkbook(sheets: [("Data", sheet(#"<row r="1"><c r="A1"><v>1E+20</v></c><c r="B1"><v>-2.5E-3</v></c><c r="C1"><v>1E-400</v></c></row>"#))])
        let fields = try XCTUnwrap(XLSXReader.records(in: data, sheet: nil, range: nil, file: file).first?.fields)
        XCTAssertEqual(fields[0], "100000000000000000000")
        XCTAssertEqual(fields[1], "-0.0025")
        XCTAssertEqual(fields[2], "0." + String(repeating: "0", count: 399) + "1")
    }

    /// A sheet cut short (a copy that stopped early) parsed without an error and was "the data file is empty".
    func testSheetCutShortIsNamedAsSuch() throws {
        let whole = sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>kode_wilayah</t></is></c></row><row r="2"><c r="A2"><v>11</v></c></row>"#)
        let cut = String(whole.prefix(whole.range(of: "kode_")!.upperBound.utf16Offset(in: whole)))
        let data = try makeWorkbook(sheets: [("Data", cut)])
        XCTAssertThrowsError(try XLSXReader.records(in: data, sheet: nil, range: nil, file: file)) { error in
            XCTAssertEqual("\(error)", "upah.xlsx: error: the workbook's part xl/worksheets/sheet1.xml is cut short: its XML ends inside `<t>`\n"
                + "    Copy the workbook again from where it was made (a copy or download may have stopped early), or open and save it in Excel or LibreOffice.")
        }
    }

    /// A minimal .xlsx: workbook, its relationships, optional shared strings and one part per sheet.
    func testExponentNumbersPrefixedNamespacesAndCellsWithoutReferences() throws {
        let xml = #"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>"#
            + #"<x:row r="2"><x:c><x:v>0.00005</x:v></x:c><x:c><x:v>1E+16</x:v></x:c><x:c r="D2"><x:v>7</x:v></x:c></x:row>"#
            + "</x:sheetData></x:worksheet>"
        let records = try XLSXReader.records(in: makeWorkbook(sheets: [("Data", xml)]), sheet: "data", range: nil, file: "n.xlsx")
        XCTAssertEqual(records.map(\.line), [2])
        XCTAssertEqual(records[0].fields, ["0.00005", "10000000000000000", "", "7"])
    }

    private func makeWorkbook(sheets: [(name: String, xml: String)], sharedStrings: [String] = [],
                              absoluteTargets: Bool = false, styles: String? = nil, workbookProperties: String = "") throws -> Data {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var parts: [String: String] = [:]
        let sheetList = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        parts["xl/workbook.xml"] = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)">\#(workbookProperties)<sheets>\#(sheetList.joined())</sheets></workbook>"#
        let relationList = sheets.indices.map { index in
            let target = (absoluteTargets ? "/xl/" : "") + "worksheets/sheet\(index + 1).xml"
            return #"<Relationship Id="rId\#(index + 1)" Type="\#(relationships)/worksheet" Target="\#(target)"/>"#
        }
        parts["xl/_rels/workbook.xml.rels"] = #"<?xml version="1.0" encoding="UTF-8"?>"#
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relationList.joined())</Relationships>"#
        for (index, sheet) in sheets.enumerated() { parts["xl/worksheets/sheet\(index + 1).xml"] = sheet.xml }
        if !sharedStrings.isEmpty {
            let items = sharedStrings.map { $0.hasPrefix("<r>") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }
            parts["xl/sharedStrings.xml"] = #"<sst xmlns="\#(main)" count="\#(items.count)">\#(items.joined())</sst>"#
        }
        if let styles { parts["xl/styles.xml"] = #"<styleSheet xmlns="\#(main)">\#(styles)</styleSheet>"# }
        return try makeArchive(parts)
    }

    private func makeArchive(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// A worksheet part around `rows`.
    private func sheet(_ rows: String) -> String {
        #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\#(rows)</sheetData></worksheet>"#
    }

    /// A full block of cells, each holding its own reference (`B3`) or, with `numbers`, row × column + 0.25.
    private func grid(rows: ClosedRange<Int>, columns: ClosedRange<Int>, numbers: Bool = false) -> String {
        sheet(rows.map { row in
            let cells = columns.map { column in
                let reference = "\(columnLetters(column))\(row)"
                return numbers ? #"<c r="\#(reference)"><v>\#(Double(row * column) + 0.25)</v></c>"#
                    : #"<c r="\#(reference)" t="inlineStr"><is><t>\#(reference)</t></is></c>"#
            }
            return #"<row r="\#(row)">\#(cells.joined())</row>"#
        }.joined())
    }

    private func columnLetters(_ column: Int) -> String {
        var column = column, letters = ""
        while column > 0 {
            column -= 1
            letters = String(UnicodeScalar(UInt8(65 + column % 26))) + letters
            column /= 26
        }
        return letters
    }

    private func firstDiagnostic(_ body: () throws -> Any) throws -> Diagnostic {
        do {
            _ = try body()
        } catch let error as DiagnosticError {
            return try XCTUnwrap(error.diagnostics.first)
        }
        XCTFail("expected a DiagnosticError")
        return Diagnostic(at: SourceLocation(file: ""), "")
    }
}
