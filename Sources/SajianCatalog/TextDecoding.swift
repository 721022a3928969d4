import Foundation
import SajianModel

/// Turns a data file's bytes into text in its declared encoding, naming the line and column of a bad byte.
enum TextDecoding {
    static func decode(_ data: Data, as encoding: DataFileFormat.Encoding, file: String) throws -> String {
        switch encoding {
        case .windows1252:
            guard let text = String(data: data, encoding: .windowsCP1252) else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the file cannot be read as Windows-1252 text"))
            }
            return text
        case .utf8:
            if let text = String(validating: data, as: UTF8.self) { return text }
            let (line, column) = positionOfInvalidUTF8(in: data)
            throw DiagnosticError(Diagnostic(
                at: SourceLocation(file: file, line: line, column: column), "the file is not valid UTF-8 text here",
                hint: "Save the file as \"CSV UTF-8\" in Excel, or declare `pengodean: windows-1252` in the metadata if it came from an older Excel."))
        }
    }

    /// The 1-based line and column (in characters) of the first byte that is not valid UTF-8.
    private static func positionOfInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }

    /// The delimiter of a CSV: the most frequent of ';', ',' and tab in the first line, outside quotes.
    static func detectDelimiter(in text: Substring) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var inQuotes = false
        for character in text {
            if character == "\n" || character == "\r\n" { break }
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, counts[character] != nil { counts[character]! += 1 }
        }
        return [";", "\t", ","].max { counts[$0]! < counts[$1]! }.flatMap { counts[$0]! > 0 ? $0 : nil } ?? ","
    }
}
