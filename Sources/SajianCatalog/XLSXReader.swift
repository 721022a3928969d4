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
    /// The chunk a part is inflated from and into, in bytes.
    static let inflateChunk = 64 * 1024

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
        let cells = try workbook.cells(of: chosen, sharedStrings: strings, dateStyles: workbook.dateStyles())
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
    /// The workbook's bytes, indexed from 0, from which each part's compressed bytes are read (``part(_:in:bytes:file:)``).
    let bytes: Data
    let file: String
    let sheets: [Sheet]

    init(data: Data, file: String) throws {
        self.file = file
        let data = data.startIndex == 0 ? data : Data(data)
        self.bytes = data
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
        let book = try XMLElements.read(Self.part("xl/workbook.xml", in: archive, bytes: data, file: file), part: "xl/workbook.xml", file: file)
        let relations = try XMLElements.read(Self.part("xl/_rels/workbook.xml.rels", in: archive, bytes: data, file: file), part: "xl/_rels/workbook.xml.rels", file: file)
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
        usesDate1904 = book.elements.contains { $0.localName == "workbookPr" && ["1", "true"].contains($0.attributes["date1904"] ?? "") }
    }

    /// Whether the workbook counts days from 1904 (old Mac Excel) rather than 1900.
    private(set) var usesDate1904 = false

    /// The date formats of the cell styles (`s="3"` → the fourth `xf` of `cellXfs` in `xl/styles.xml`).
    func dateStyles() throws -> [Int: ExcelDate.Precision] {
        guard archive["xl/styles.xml"] != nil else { return [:] }
        let styles = try StyleSheet.read(Self.part("xl/styles.xml", in: archive, bytes: bytes, file: file), file: file)
        var result: [Int: ExcelDate.Precision] = [:]
        for (index, format) in styles.cellFormats.enumerated() {
            if let precision = ExcelDate.precision(ofFormat: format, code: styles.customFormats[format]) { result[index] = precision }
        }
        return result
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

    /// The inflated bytes of the part at `path`, at most ``XLSXReader/maximumPartSize``.
    ///
    /// ZIPFoundation 0.9.20 on Linux inflates a part by reading the archive file on until the deflate stream ends,
    /// past the part's own bytes; where it does not end before the file does, it reads empty chunks there forever
    /// (`make fuzz` in CI found a 1.2 KB file that hung: `Tests/Corpus/xlsx/fuzz-endless-deflate.xlsx`). So the part's
    /// compressed bytes are found here, at its local header, and inflated through ZIPFoundation's `Data.decompress`
    /// from a provider that refuses to read past them; the checksum is then compared as `extract` compares it.
    /// That `decode` also tells zlib every chunk is `bufferSize` long, so zlib read on past a short last chunk into
    /// whatever memory followed it (the corpus file ended as a bad checksum in a debug build and as an endless stream
    /// under AddressSanitizer); the provider therefore pads the last chunk with zeros to the length asked for, which a
    /// deflate stream that has not ended reads as an invalid block.
    static func part(_ path: String, in archive: Archive, bytes: Data, file: String) throws -> Data {
        guard let entry = archive[path] else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook lacks its part \(path)",
                                             hint: "Open and save the file in Excel or LibreOffice to repair it."))
        }
        let limit = XLSXReader.maximumPartSize
        let tooLarge = DiagnosticError(Diagnostic(at: SourceLocation(file: file),
                                                  "the workbook's part \(path) expands to more than \(Self.megabytes(limit)) MB, the most Sajian inflates",
                                                  hint: "Save the sheet as CSV (UTF-8) and import that; a workbook that small on disk and that large inside is not one Excel writes."))
        let damaged = { (why: String) in
            DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook's part \(path) is damaged (\(why))",
                                       hint: "Open and save the file in Excel or LibreOffice to repair it, or export the sheet as CSV."))
        }
        // The size the zip declares, before inflating; then the bytes as they come, which a forged header cannot hide.
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge }
        guard let start = compressedStart(of: path, in: bytes), entry.compressedSize <= UInt64(bytes.count - start) else {
            throw damaged("its compressed bytes are not where the zip says")
        }
        let end = start + Int(entry.compressedSize)
        guard entry.isCompressed else {
            guard end - start <= limit else { throw tooLarge }
            return bytes.subdata(in: start..<end)
        }
        var data = Data(), position = start
        let checksum: CRC32
        do {
            checksum = try Data.decompress(size: Int64(end - start), bufferSize: XLSXReader.inflateChunk, skipCRC32: false,
                                           provider: { _, size in
                                               guard position < end else { throw damaged("its deflate stream does not end") }
                                               let next = min(end, position + size)
                                               defer { position = next }
                                               // Exactly `size` bytes, zeros after the part's own: decode hands zlib
                                               // `size` bytes however short the chunk is.
                                               var chunk = bytes.subdata(in: position..<next)
                                               chunk.append(Data(count: size - chunk.count))
                                               return chunk
                                           }, consumer: { chunk in
                                               guard data.count + chunk.count <= limit else { throw tooLarge }
                                               data.append(chunk)
                                           })
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw damaged("\(error)")
        }
        guard checksum == entry.checksum else { throw damaged("its checksum does not match") }
        return data
    }

    /// Where the compressed bytes of the part at `path` start in `bytes` (indexed from 0): after its local file header
    /// (signature `PK\u{3}\u{4}`, 30 bytes, then the name and the extra field), the first whose name is `path`.
    private static func compressedStart(of path: String, in bytes: Data) -> Int? {
        let name = Array(path.utf8), signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        func word(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        var offset = 0
        while offset + 30 + name.count <= bytes.count {
            if bytes[offset..<offset + 4].elementsEqual(signature), word(offset + 26) == name.count,
               bytes[offset + 30..<offset + 30 + name.count].elementsEqual(name) {
                let start = offset + 30 + name.count + word(offset + 28)
                return start <= bytes.count ? start : nil
            }
            offset += 1
        }
        return nil
    }

    /// `count` bytes in whole megabytes (10^6), rounded up: "318".
    static func megabytes(_ count: Int) -> Int { (count + 999_999) / 1_000_000 }

    /// The shared-string table: the text of each `<si>`, rich-text runs joined.
    func sharedStrings() throws -> [String] {
        guard archive["xl/sharedStrings.xml"] != nil else { return [] }
        let xml = try XMLElements.read(Self.part("xl/sharedStrings.xml", in: archive, bytes: bytes, file: file), part: "xl/sharedStrings.xml", file: file, collectText: true)
        return xml.items
    }

    struct Cell { var row: Int; var column: Int; var text: String }

    func cells(of sheet: Sheet, sharedStrings: [String], dateStyles: [Int: ExcelDate.Precision]) throws -> [Cell] {
        let xml = try XMLElements.read(Self.part(sheet.path, in: archive, bytes: bytes, file: file), part: sheet.path, file: file, collectText: true)
        return try xml.cells.map { cell in
            guard let reference = CellRange.reference(Substring(cell.reference)), let row = reference.row else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "a cell has the malformed reference `\(cell.reference)`"))
            }
            // A formula whose result was never saved (a workbook written by a program, not by Excel) has no value
            // to read: taking it as blank would print "..." where the data has a number (issue 15).
            if let formula = cell.formula, !cell.hasValue {
                let shown = formula.isEmpty ? "a shared formula" : "the formula `=\(formula.count > 40 ? formula.prefix(40) + "…" : Substring(formula))`"
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: row, column: reference.column),
                                                 "cell \(cell.reference) holds \(shown) without its value: the workbook was saved without calculated values",
                                                 hint: "Open the workbook in Excel or LibreOffice and save it, so that each formula's value is saved with it, or copy the cells and paste them as values."))
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
            default:
                // A number shown as a date (Excel keeps `Agu-24` as the day number 45505) is read as the date.
                if let style = cell.style, let precision = dateStyles[style], let serial = Double(text),
                   let date = ExcelDate(serial: serial, since1904: usesDate1904) {
                    text = date.code(precision)
                } else {
                    text = Self.plainNumber(text)
                }
            }
            return Cell(row: row, column: reference.column, text: text)
        }
    }

    /// Excel stores 2507079.24 as 2507079.2400000002; the shortest form that reads back the same is shown.
    static func plainNumber(_ text: String) -> String {
        // Written with an exponent: expanded digit for digit, so that 1E+308 or 1E-400 reach the value check as the
        // numbers they are, not as infinity, zero or "NaN".
        if text.contains(where: { $0 == "e" || $0 == "E" }), let plain = expandingExponent(text) { return plain }
        guard let value = Double(text), value.isFinite else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let shortest = "\(value)"
        // Swift writes 5e-05; data files want plain digits.
        guard shortest.contains("e") else { return shortest }
        return Decimal(string: shortest).map { "\($0)" } ?? shortest
    }
}

extension Workbook {
    /// `1.5E-3` → `0.0015`, `-2E+3` → `-2000`; nil when `text` is not a number with an exponent of at most 1000.
    static func expandingExponent(_ text: String) -> String? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "e" || $0 == "E" })
        guard parts.count == 2, let exponent = Int(parts[1]), abs(exponent) <= 1000 else { return nil }
        var mantissa = parts[0]
        let negative = mantissa.first == "-"
        if negative || mantissa.first == "+" { mantissa = mantissa.dropFirst() }
        let halves = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(halves.count), !halves[0].isEmpty || halves.count == 2,
              halves.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
        let digits: [Character] = Array(halves.joined())
        guard !digits.isEmpty else { return nil }
        let point = halves[0].count + exponent
        var integer: String, fraction: String
        if point <= 0 {
            integer = "0"; fraction = String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            integer = String(digits) + String(repeating: "0", count: point - digits.count); fraction = ""
        } else {
            integer = String(digits[..<point]); fraction = String(digits[point...])
        }
        while integer.count > 1, integer.first == "0" { integer.removeFirst() }
        while fraction.last == "0" { fraction.removeLast() }
        let plain = fraction.isEmpty ? integer : integer + "." + fraction
        return negative && plain != "0" ? "-" + plain : plain
    }
}

/// A day as Excel stores it: the number of days since 1899-12-30 (or 1904-01-01), shown through a date format.
struct ExcelDate: Equatable {
    /// What a cell's date format shows: the year only, the month, or the day.
    enum Precision { case year, month, day }

    var year: Int, month: Int, day: Int

    /// The date of day number `serial` (its time of day dropped); nil outside 1900-03-01…9999-12-31, where Excel's
    /// 1900 leap-year bug (day 60, "1900-02-29") makes the count unreliable.
    init?(serial: Double, since1904: Bool) {
        guard serial.isFinite, serial >= (since1904 ? 0 : 61), serial < 2_958_466 else { return nil }
        // Days from 1970-01-01: 1899-12-30 is day -25569, 1904-01-01 day -24107.
        let days = Int(serial.rounded(.down)) + (since1904 ? -24_107 : -25_569)
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shifted + 2) / 5 + 1
        month = shifted < 10 ? shifted + 3 : shifted - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The date as a period code: `2024` for a format of years, `2024-08` for months and for the first day of a
    /// month (how Excel keeps a month typed as `Agu-24`), else the day `2024-08-15`, which no period kind takes.
    func code(_ precision: Precision) -> String {
        let yyyy = String(year), mm = month < 10 ? "0\(month)" : "\(month)", dd = day < 10 ? "0\(day)" : "\(day)"
        switch precision {
        case .year: return yyyy
        case .month: return "\(yyyy)-\(mm)"
        case .day: return day == 1 ? "\(yyyy)-\(mm)" : "\(yyyy)-\(mm)-\(dd)"
        }
    }

    /// Whether number format `id` (with its `formatCode` when custom) shows a date, and to what precision; nil for
    /// numbers, text and times of day.
    static func precision(ofFormat id: Int, code: String?) -> Precision? {
        switch id {
        case 14, 15, 16, 22, 27...36, 50...58: return .day
        case 17: return .month
        case 45, 46, 47, 18...21: return nil  // times of day
        default: break
        }
        guard let code, id >= 164 else { return nil }
        // The format's letters outside quoted text, escapes, `[…]` colours and locales, and `_x` / `*x` padding.
        var letters = "", quoted = false, bracketed = false, skip = false
        for character in code.split(separator: ";").first ?? "" {
            if skip { skip = false; continue }
            if quoted { quoted = character != "\""; continue }
            if bracketed { bracketed = character != "]"; continue }
            switch character {
            case "\"": quoted = true
            case "[": bracketed = true
            case "\\", "_", "*": skip = true
            default: letters.append(Character(character.lowercased()))
            }
        }
        guard letters.contains("y") || letters.contains("d") else { return nil }
        if letters.contains("d") { return .day }
        return letters.contains("m") ? .month : .year
    }
}

/// The parts of `xl/styles.xml` a date needs: each cell style's number format and the custom formats' codes.
private final class StyleSheet: NSObject, XMLParserDelegate {
    /// The number format of each `xf` in `cellXfs`, in order (a cell's `s` attribute indexes it).
    var cellFormats: [Int] = []
    var customFormats: [Int: String] = [:]
    private var inCellFormats = false

    static func read(_ data: Data, file: String) throws -> StyleSheet {
        let reader = StyleSheet()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook's styles (xl/styles.xml) are damaged (line \(parser.lineNumber))",
                                             hint: "Open and save the file in Excel or LibreOffice to repair it."))
        }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch qualified.split(separator: ":").last.map(String.init) ?? qualified {
        case "numFmt":
            if let id = Int(attributes["numFmtId"] ?? ""), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: cellFormats.append(Int(attributes["numFmtId"] ?? "") ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?, qualifiedName: String?) {
        if (qualified.split(separator: ":").last.map(String.init) ?? qualified) == "cellXfs" { inCellFormats = false }
    }
}

/// A streaming XML read of the few things workbook parts hold.
private final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var localName: String { name.split(separator: ":").last.map(String.init) ?? name }
    }
    struct CellValue {
        var reference: String; var type: String; var value: String
        /// The cell style's index (`s`), nil for the default style.
        var style: Int?
        /// The formula's text when the cell has one (empty for a shared formula's followers).
        var formula: String?
        /// Whether a `<v>` (or inline `<is>`) value was saved.
        var hasValue = false
    }

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

    static func read(_ data: Data, part: String, file: String, collectText: Bool = false) throws -> XMLElements {
        let reader = XMLElements(collectText: collectText)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook's XML is damaged (line \(parser.lineNumber))",
                                             hint: "Open and save the file in Excel or LibreOffice to repair it."))
        }
        // The parser ends a document cut short without an error: a sheet cut inside its first row then read as
        // "the data file is empty" (issue 15). A part is whole when its root element closed.
        guard reader.rootClosed else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the workbook's part \(part) is cut short: its XML ends \(reader.open.last.map { "inside `<\($0)>`" } ?? "before its first element")",
                                             hint: "Copy the workbook again from where it was made (a copy or download may have stopped early), or open and save it in Excel or LibreOffice."))
        }
        return reader
    }

    /// The elements open where the parser stopped, outermost first.
    private var open: [String] = []
    /// Whether the document's root element was closed.
    private var rootClosed = false

    /// `x:row` → `row`: some tools write the spreadsheet namespace with a prefix.
    private func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }

    func parser(_ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let name = local(qualified)
        open.append(name)
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
            cell = CellValue(reference: reference, type: attributes["t"] ?? "n", value: "", style: attributes["s"].flatMap { Int($0) })
        case "f": inText = true; text = ""; cell?.formula = ""
        case "v", "is": inText = true; text = ""; cell?.hasValue = true
        case "t": inText = true; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        if open.isEmpty { rootClosed = true }
        guard collectText else { return }
        let name = local(qualified)
        switch name {
        case "f":
            inText = false
            cell?.formula = text
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
