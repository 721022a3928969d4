import SajianModel

/// A record of a CSV file with the line it starts on.
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [String]
    /// For a record reshaped from a wide table (``TableLayout``): each field's column in the file (1-based), nil
    /// where no column holds it (a dimension's `nilai:`). Nil for a record read as it is.
    public var sourceColumns: [Int?]?

    public init(line: Int, fields: [String], sourceColumns: [Int?]? = nil) {
        self.line = line
        self.fields = fields
        self.sourceColumns = sourceColumns
    }

    /// The file's column (1-based) of field `index`, for messages.
    public func column(ofField index: Int) -> Int? {
        guard let sourceColumns else { return index + 1 }
        return index < sourceColumns.count ? sourceColumns[index] : nil
    }
}

/// Reads CSV text (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) keeping line numbers.
///
/// Hand-written because the CSV libraries in the toolchain do not report the line a record starts on,
/// and every import error must name file, line and column.
///
/// Records are handed over one at a time (``forEachRecord(in:delimiter:file:_:)``), so that a million-row file is
/// never held as a million arrays of fields (issue 15); ``records(in:delimiter:file:)`` collects them.
public enum CSVReader {
    /// Splits `text` into records. A UTF-8 byte-order mark is skipped; blank lines are ignored.
    public static func records(in text: String, delimiter: Character = ",", file: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord(in: text, delimiter: delimiter, file: file) { records.append($0) }
        return records
    }

    /// Calls `body` with each record of `text` in order, as ``records(in:delimiter:file:)`` would return them.
    ///
    /// The file is refused as a whole file is: when `body` throws for a record and the text further on is not valid
    /// CSV (a quoted field never closed, text after a closing quote), that error is thrown rather than `body`'s, as
    /// it would be had every record been read first.
    public static func forEachRecord(in text: String, delimiter: Character = ",", file: String,
                                     _ body: (CSVRecord) throws -> Void) throws {
        let delimiterScalar = delimiter.unicodeScalars.first!
        guard delimiterScalar.isASCII else {
            // A delimiter of more than one byte (never one of `;`, `,`, tab): the scalar reader, all records first.
            for record in try scalarRecords(in: text, delimiter: delimiterScalar, file: file) { try body(record) }
            return
        }
        var text = text
        text.makeContiguousUTF8()
        let byte = UInt8(delimiterScalar.value)
        try text.utf8.withContiguousStorageIfAvailable { bytes in
            do {
                try scan(bytes, delimiter: byte, file: file, makesFields: true, body: body)
            } catch let syntax as SyntaxError {
                throw syntax.error
            } catch {
                // `body` refused a record: a syntax error anywhere in the file comes first.
                do { try scan(bytes, delimiter: byte, file: file, makesFields: false) { _ in } } catch let syntax as SyntaxError { throw syntax.error }
                throw error
            }
        }!
    }

    /// The number of line feeds in `text`: an upper bound of its records, to reserve storage.
    static func lineFeeds(in text: String) -> Int {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } } ?? 0
    }

    /// A syntax error of the text, kept apart from the errors of the records' consumer.
    private struct SyntaxError: Error {
        var error: DiagnosticError
    }

    /// The byte reader: the same states as the scalar reader, on UTF-8 bytes (quote, delimiter, CR and LF are ASCII,
    /// and a byte below 0x80 is never part of a longer character, so fields are cut at the same places). With no
    /// `makesFields` false, only the syntax is checked: no field is made and `body` is not called.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String, makesFields: Bool,
                             body: (CSVRecord) throws -> Void) throws {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let count = bytes.count
        var position = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        var fields: [String] = []
        var fieldCount = 0  // fields of the current record so far (fields.count when they are made)
        var quoted: [UInt8] = []
        var fieldStart = position  // start of the current unquoted field's bytes
        var fieldIsQuoted = false  // the current field was quoted (its text is in `quoted`)
        var fieldEmpty = true
        var inQuotes = false
        var afterQuote = false
        var line = 1, recordLine = 1, quoteLine = 1

        func makeField(end: Int) -> String {
            if fieldIsQuoted { return String(decoding: quoted, as: UTF8.self) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self)
        }
        func endField(at end: Int) {
            if makesFields { fields.append(makeField(end: end)) }
            fieldCount += 1
            fieldIsQuoted = false
            fieldEmpty = true
            quoted.removeAll(keepingCapacity: true)
        }
        func endRecord(at end: Int) throws {
            // A record of one empty field is a blank line (or "" alone).
            let blank = fieldCount == 0 && fieldEmpty
            endField(at: end)
            if makesFields, !blank { try body(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
            fieldCount = 0
        }

        while position < count {
            let byte = bytes[position]
            position += 1
            if inQuotes {
                if byte == quote {
                    if position < count, bytes[position] == quote {
                        if makesFields { quoted.append(quote) }
                        fieldEmpty = false
                        position += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if byte == lf { line += 1 }
                    if makesFields { quoted.append(byte) }
                    fieldEmpty = false
                }
                continue
            }
            if byte == quote && fieldEmpty && !afterQuote {
                inQuotes = true
                fieldIsQuoted = true
                quoteLine = line
            } else if byte == delimiter {
                endField(at: position - 1)
                fieldStart = position
                afterQuote = false
            } else if byte == cr || byte == lf {
                // CR LF ends one record: the CR is no part of the field, the line feed is consumed with it.
                try endRecord(at: position - 1)
                if byte == cr, position < count, bytes[position] == lf { position += 1 }
                fieldStart = position
                afterQuote = false
                line += 1
                recordLine = line
            } else {
                if afterQuote {
                    throw SyntaxError(error: DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: line, column: fieldCount + 1),
                                                     "text follows a closing quote in field \(fieldCount + 1)",
                                                     hint: "Inside quotes, write a quote as two quotes (\"\").")))
                }
                fieldEmpty = false
            }
        }
        if inQuotes {
            throw SyntaxError(error: DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: quoteLine, column: fieldCount + 1),
                                             "a quoted field is never closed",
                                             hint: "Add the closing quote (\") at the end of the field.")))
        }
        if !fieldEmpty || fieldCount > 0 { try endRecord(at: count) }
    }

    /// The reader on Unicode scalars, for a delimiter outside ASCII.
    private static func scalarRecords(in text: String, delimiter delimiterScalar: Unicode.Scalar, file: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var afterQuote = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        if pending == "\u{FEFF}" { pending = iterator.next() }

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
            field = ""
        }

        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() }
                    else { inQuotes = false; afterQuote = true }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            case delimiterScalar:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r":
                if pending == "\n" { continue }
                fallthrough
            case "\n":
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            default:
                if afterQuote {
                    throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: line, column: fields.count + 1),
                                                     "text follows a closing quote in field \(fields.count + 1)",
                                                     hint: "Inside quotes, write a quote as two quotes (\"\")."))
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: quoteLine, column: fields.count + 1),
                                             "a quoted field is never closed",
                                             hint: "Add the closing quote (\") at the end of the field."))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
