import SajianModel

/// A record of a CSV file with the line it starts on.
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [String]
}

/// Reads CSV text (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) keeping line numbers.
///
/// Hand-written because the CSV libraries in the toolchain do not report the line a record starts on,
/// and every import error must name file, line and column.
public enum CSVReader {
    /// Splits `text` into records. A UTF-8 byte-order mark is skipped; blank lines are ignored.
    public static func records(in text: String, delimiter: Character = ",", file: String) throws -> [CSVRecord] {
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
        let delimiterScalar = delimiter.unicodeScalars.first!

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
