import Foundation
import SajianModel
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the cells of an Excel workbook (.xlsx) as records, so that a sheet imports exactly like a CSV.
///
/// An .xlsx file is a zip of XML parts: `xl/workbook.xml` names the sheets, `xl/_rels/workbook.xml.rels` locates
/// them, `xl/sharedStrings.xml` holds the texts, and each sheet lists its rows and cells.
public enum XLSXReader {
    /// The largest workbook file read (bytes): 100 MB. Bigger sheets import as CSV.
    public static let maximumFileSize = 100 * 1_000_000
    /// The largest a part of the workbook may be once inflated (bytes): 100 MB. A zip can hold text compressed a
    /// thousandfold, so a small file could otherwise expand into gigabytes.
    public static let maximumPartSize = 100 * 1_000_000

    /// The sheet names of a workbook, in workbook order.
    public static func sheetNames(in data: Data, file: String) throws -> [String] {
        try Workbook(data: data, file: file).sheets.map(\.name)
    }

    /// The records of `sheet` (the first sheet when nil) within `range` (e.g. `A3:H41`; the used range when nil).
    /// A record's `line` is its spreadsheet row number.
    public static func records(in data: Data, sheet: String?, range: String?, file: String) throws -> [CSVRecord] {
        let workbook = try Workbook(data: data, file: file)
        guard let chosen = sheet.map({ name in workbook.sheets.first { $0.name.lowercased() == name.lowercased() } }) ?? workbook.sheets.first else {
            let names = workbook.sheets.map(\.name)
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook has no sheet `\(sheet ?? "")`",
                                             hint: "Its sheets: \(names.joined(separator: ", ")). Name one with `--sheet` or `lembar:`."))
        }
        let bounds = try range.map { try CellRange(parsing: $0, file: file) }
        let strings = try workbook.sharedStrings()
        let cells = try workbook.cells(of: chosen, sharedStrings: strings)
        let rows = Dictionary(grouping: cells, by: \.row)
        let firstColumn = bounds?.firstColumn ?? 1
        let lastColumn = bounds?.lastColumn ?? (cells.map(\.column).max() ?? 1)
        var records: [CSVRecord] = []
        for row in rows.keys.sorted() {
            if let bounds, row < bounds.firstRow || row > (bounds.lastRow ?? .max) { continue }
            var fields = Array(repeating: "", count: lastColumn - firstColumn + 1)
            var any = false
            for cell in rows[row]! where cell.column >= firstColumn && cell.column <= lastColumn {
                fields[cell.column - firstColumn] = cell.text
                if !cell.text.isEmpty { any = true }
            }
            if any { records.append(CSVRecord(line: row, fields: fields)) }
        }
        return records
    }
}

/// A rectangle of cells written `A3:H41` (or `A:H` for whole columns).
struct CellRange {
    var firstColumn: Int, lastColumn: Int
    var firstRow: Int, lastRow: Int?

    init(parsing text: String, file: String) throws {
        let parts = text.uppercased().replacingOccurrences(of: "$", with: "").split(separator: ":")
        let corners = parts.map(CellRange.reference)
        guard parts.count == 2, let start = corners[0], let end = corners[1], start.column <= end.column,
              (start.row == nil) == (end.row == nil), (start.row ?? 0) <= (end.row ?? 0) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "`\(text)` is not a cell range",
                                             hint: "Write the range as in Excel, e.g. `A3:H41` (or `A:H` for whole columns)."))
        }
        firstColumn = start.column
        lastColumn = end.column
        firstRow = start.row ?? 1
        lastRow = end.row
    }

    /// 28 → "AB".
    static func letters(_ column: Int) -> String {
        var column = column, text = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            text = String(UnicodeScalar(65 + remainder)!) + text
            column = (column - 1) / 26
        }
        return text
    }

    /// `B12` → (column 2, row 12); `B` → (2, nil).
    static func reference(_ text: Substring) -> (column: Int, row: Int?)? {
        let letters = text.prefix { $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard !letters.isEmpty, letters.count <= 3, letters.allSatisfy({ $0.isASCII }), digits.allSatisfy(\.isNumber) else { return nil }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        guard column <= 16_384 else { return nil }
        if digits.isEmpty { return (column, nil) }
        guard let row = Int(digits), row >= 1 else { return nil }
        return (column, row)
    }
}

/// The parts of a workbook that reading cells needs.
private struct Workbook {
    struct Sheet { var name: String; var path: String }

    let archive: Archive
    let file: String
    let sheets: [Sheet]

    init(data: Data, file: String) throws {
        self.file = file
        guard data.count <= XLSXReader.maximumFileSize else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file),
                                             "the workbook is \(Self.megabytes(data.count)) MB; Sajian reads workbooks of at most \(Self.megabytes(XLSXReader.maximumFileSize)) MB",
                                             hint: "Save the sheet as CSV (UTF-8) and import that, or split the workbook."))
        }
        let notWorkbook = DiagnosticError(Diagnostic(at: SourceLocation(file: file), "\(file) is not an Excel .xlsx workbook",
                                                     hint: "Save it from Excel as \"Excel Workbook (.xlsx)\", or export the sheet as CSV."))
        let opened: Archive
        do { opened = try Self.archive(reading: data) } catch { throw notWorkbook }
        guard opened["xl/workbook.xml"] != nil else { throw notWorkbook }
        let archive = opened
        self.archive = archive
        let book = try XMLElements.read(Self.part("xl/workbook.xml", in: archive, file: file), file: file)
        let relations = try XMLElements.read(Self.part("xl/_rels/workbook.xml.rels", in: archive, file: file), file: file)
        var targets: [String: String] = [:]
        for element in relations.elements where element.localName == "Relationship" {
            guard let id = element.attributes["Id"], var target = element.attributes["Target"] else { continue }
            if target.hasPrefix("./") { target.removeFirst(2) }
            target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            targets[id] = target
        }
        sheets = book.elements.filter { $0.localName == "sheet" }.compactMap { element in
            guard let name = element.attributes["name"], let id = element.attributes["r:id"], let path = targets[id] else { return nil }
            return Sheet(name: name, path: path)
        }
        if sheets.isEmpty { throw notWorkbook }
    }

    /// The zip, read through a file rather than ZIPFoundation's in-memory archive: that one traps (a negative count
    /// in `MemoryFile.readData`) when an offset in a damaged or hostile zip points past the end of the bytes, and
    /// keeps the bytes alive when they are not a zip; through a file such a read only comes up short. The file is
    /// removed at once (the archive keeps it open).
    static func archive(reading data: Data) throws -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sajian-xlsx-\(UUID().uuidString).zip")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Archive(url: url, accessMode: .read)
    }

    static func part(_ path: String, in archive: Archive, file: String) throws -> Data {
        guard let entry = archive[path] else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook lacks its part \(path)",
                                             hint: "Open and save the file in Excel or LibreOffice to repair it."))
        }
        let limit = XLSXReader.maximumPartSize
        let tooLarge = DiagnosticError(Diagnostic(at: SourceLocation(file: file),
                                                  "the workbook's part \(path) expands to more than \(megabytes(limit)) MB, the most Sajian inflates",
                                                  hint: "Save the sheet as CSV (UTF-8) and import that; a workbook that small on disk and that large inside is not one Excel writes."))
        // The size the zip declares, before inflating; then the bytes as they come, which a forged header cannot hide.
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw tooLarge }
                data.append(chunk)
            }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook's part \(path) is damaged (\(error))",
                                             hint: "Open and save the file in Excel or LibreOffice to repair it, or export the sheet as CSV."))
        }
        return data
    }

    /// `count` bytes in whole megabytes (10^6), rounded up: "318".
    static func megabytes(_ count: Int) -> Int { (count + 999_999) / 1_000_000 }

    /// The shared-string table: the text of each `<si>`, rich-text runs joined.
    func sharedStrings() throws -> [String] {
        guard archive["xl/sharedStrings.xml"] != nil else { return [] }
        let xml = try XMLElements.read(Self.part("xl/sharedStrings.xml", in: archive, file: file), file: file, collectText: true)
        return xml.items
    }

    struct Cell { var row: Int; var column: Int; var text: String }

    func cells(of sheet: Sheet, sharedStrings: [String]) throws -> [Cell] {
        let xml = try XMLElements.read(Self.part(sheet.path, in: archive, file: file), file: file, collectText: true)
        return try xml.cells.map { cell in
            guard let reference = CellRange.reference(Substring(cell.reference)), let row = reference.row else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "a cell has the malformed reference `\(cell.reference)`"))
            }
            var text = cell.value
            switch cell.type {
            case "s":
                guard let index = Int(text), sharedStrings.indices.contains(index) else {
                    throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: row, column: reference.column),
                                                     "cell \(cell.reference) points to a missing shared string",
                                                     hint: "Open and save the file in Excel or LibreOffice to repair it."))
                }
                text = sharedStrings[index]
            case "inlineStr", "str": break
            case "b": text = text == "1" ? "TRUE" : "FALSE"
            case "e": text = ""
            default: text = Self.plainNumber(text)
            }
            return Cell(row: row, column: reference.column, text: text)
        }
    }

    /// Excel stores 2507079.24 as 2507079.2400000002; the shortest form that reads back the same is shown.
    static func plainNumber(_ text: String) -> String {
        guard let value = Double(text), value.isFinite else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let shortest = "\(value)"
        // Swift writes 5e-05; data files want plain digits.
        guard shortest.contains("e") else { return shortest }
        return Decimal(string: shortest).map { "\($0)" } ?? shortest
    }
}

/// A streaming XML read of the few things workbook parts hold.
private final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var localName: String { name.split(separator: ":").last.map(String.init) ?? name }
    }
    struct CellValue { var reference: String; var type: String; var value: String }

    var elements: [Element] = []
    /// The texts of `<si>` items (shared strings).
    var items: [String] = []
    var cells: [CellValue] = []
    private let collectText: Bool
    private var text = ""
    private var inText = false
    private var item: String?
    private var cell: CellValue?
    private var row = 0
    private var column = 0

    private init(collectText: Bool) { self.collectText = collectText }

    static func read(_ data: Data, file: String, collectText: Bool = false) throws -> XMLElements {
        let reader = XMLElements(collectText: collectText)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook's XML is damaged (line \(parser.lineNumber))",
                                             hint: "Open and save the file in Excel or LibreOffice to repair it."))
        }
        return reader
    }

    /// `x:row` → `row`: some tools write the spreadsheet namespace with a prefix.
    private func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }

    func parser(_ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let name = local(qualified)
        if !collectText { elements.append(Element(name: name, attributes: attributes)); return }
        switch name {
        case "si": item = ""
        case "row":
            row = Int(attributes["r"] ?? "") ?? (row + 1)
            column = 0
        case "c":
            column += 1
            // A cell may omit its reference; it then follows the previous one in its row.
            let reference = attributes["r"] ?? "\(CellRange.letters(column))\(row)"
            if let parsed = CellRange.reference(Substring(reference)) { column = parsed.column }
            cell = CellValue(reference: reference, type: attributes["t"] ?? "n", value: "")
        case "t", "v": inText = true; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?, qualifiedName: String?) {
        guard collectText else { return }
        let name = local(qualified)
        switch name {
        case "t", "v":
            inText = false
            if item != nil { item! += text } else if cell != nil { cell!.value += text }
        case "si":
            items.append(item ?? "")
            item = nil
        case "c":
            if let cell { cells.append(cell) }
            cell = nil
        default: break
        }
    }
}
