import Foundation

/// Sets what Cairo's PDF surface cannot on a finished PDF, by an incremental update (ISO 32000-1, 7.5.6): pages marked
/// `/Rotate 90`, and the document's language (`/Lang` in the catalog, 14.9.2, which a screen reader needs to read the
/// text in the right voice). The changed objects, a cross-reference section for them and a trailer pointing back at
/// Cairo's are appended, and nothing Cairo wrote is touched.
///
/// Hand-written because Cairo (1.16 to 1.18) has no way to set a page's /Rotate or the catalog's /Lang, and the one
/// library that could (libqpdf) would rewrite the whole file and bring a C++ library into the build for two keys. It
/// reads only what Cairo writes: the /Pages object's /Kids, page and catalog dictionaries without streams, a classic
/// cross-reference table and trailer. On a file of another shape it returns the file unchanged: a turned page is then
/// still printed right and a screen shows it turned, and a reader falls back on its own language.
enum PDFIncrementalUpdate {
    /// `pages`: 0-based, in page order, to be marked /Rotate 90; `language`: a BCP 47 tag ("id", "en") for /Lang.
    static func updating(_ data: Data, rotating pages: [Int], language: String?) -> Data {
        guard !pages.isEmpty || language != nil else { return data }
        let bytes = [UInt8](data)
        guard let update = incrementalUpdate(rotating: pages, language: language, of: bytes) else { return data }
        return data + Data(update)
    }

    /// The bytes to append, or nil when the file is not of the shape Cairo writes.
    static func incrementalUpdate(rotating pages: [Int], language: String? = nil, of bytes: [UInt8]) -> [UInt8]? {
        // The page tree only where a page is turned: the language alone needs only the catalog.
        guard let kids = pages.isEmpty ? [] : pageObjects(in: bytes),
              let startXref = lastIndex(of: "startxref", in: bytes),
              let previous = Int(text(bytes, from: startXref + 9, upTo: bytes.count).trimmingCharacters(in: .whitespacesAndNewlines)
                  .prefix { $0.isNumber }),
              let trailerStart = lastIndex(of: "trailer", in: bytes),
              let open = firstIndex(of: "<<", in: bytes, from: trailerStart),
              let close = lastIndex(of: ">>", in: bytes, before: startXref), open < close
        else { return nil }
        var trailer = text(bytes, from: open + 2, upTo: close)
        guard !trailer.contains("/Prev"), trailer.contains("/Root") else { return nil }
        var update = Array("\n".utf8)
        var entries: [(number: Int, offset: Int)] = []
        for page in pages {
            guard page < kids.count, let dictionary = dictionary(of: kids[page], typed: "/Page", in: bytes), !dictionary.contains("/Rotate") else { return nil }
            entries.append((kids[page], bytes.count + update.count))
            let rotated = "<< /Rotate 90" + dictionary.dropFirst(2)
            update += Array("\(kids[page]) 0 obj\n\(rotated)\n\(Self.endObject)".utf8)
        }
        if let language {
            // The tag as a PDF string: letters, digits and hyphens only (BCP 47), so nothing in it needs escaping.
            guard !language.isEmpty, language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
                  let root = rootObject(in: trailer), let catalog = dictionary(of: root, typed: "/Catalog", in: bytes),
                  !catalog.contains("/Lang") else { return nil }
            entries.append((root, bytes.count + update.count))
            update += Array("\(root) 0 obj\n<< /Lang (\(language))\(catalog.dropFirst(2))\n\(Self.endObject)".utf8)
        }
        let xref = bytes.count + update.count
        var section = "xref\n"
        for entry in entries.sorted(by: { $0.number < $1.number }) {
            // Each entry exactly 20 bytes: 10-digit offset, 5-digit generation, "n", space and newline.
            section += "\(entry.number) 1\n" + String(format: "%010d 00000 n \n", entry.offset)
        }
        trailer = trailer.trimmingCharacters(in: .whitespacesAndNewlines)
        section += "trailer\n<< \(trailer)\n   /Prev \(previous)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        return update + Array(section.utf8)
    }

    private static let endObject = "endobj\n"

    /// The catalog's object number: the trailer's `/Root n 0 R`.
    private static func rootObject(in trailer: String) -> Int? {
        guard let range = trailer.range(of: "/Root") else { return nil }
        let words = trailer[range.upperBound...].split(whereSeparator: \.isWhitespace).prefix(3)
        guard words.count == 3, words.last == "R" else { return nil }
        return Int(words.first!)
    }

    /// The page objects' numbers in page order: the /Kids of the one /Pages object (Cairo writes a flat tree).
    private static func pageObjects(in bytes: [UInt8]) -> [Int]? {
        // Searched from the end, where Cairo writes the page tree and the catalog: a search from the start read the
        // whole file (a national map's PDF) for them.
        guard let pages = lastIndex(of: "/Type /Pages", in: bytes),
              let kids = firstIndex(of: "/Kids [", in: bytes, from: pages),
              let end = firstIndex(of: "]", in: bytes, from: kids) else { return nil }
        let words = text(bytes, from: kids + 7, upTo: end).split(whereSeparator: \.isWhitespace)
        guard words.count % 3 == 0 else { return nil }
        return stride(from: 0, to: words.count, by: 3).compactMap { words[$0 + 2] == "R" ? Int(words[$0]) : nil }
    }

    /// Object `number`'s dictionary, from `<<` to its `>>`, when it is of `type` (`/Page`, `/Catalog`) without a stream.
    private static func dictionary(of number: Int, typed type: String, in bytes: [UInt8]) -> String? {
        guard let start = lastIndex(of: "\n\(number) 0 obj\n", in: bytes),
              let end = firstIndex(of: "endobj", in: bytes, from: start) else { return nil }
        let body = text(bytes, from: start, upTo: end).split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
        let dictionary = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard dictionary.hasPrefix("<< /Type \(type)"), dictionary.hasSuffix(">>"), !dictionary.contains("stream") else { return nil }
        return dictionary
    }

    private static func text(_ bytes: [UInt8], from start: Int, upTo end: Int) -> String {
        String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    private static func firstIndex(of pattern: String, in bytes: [UInt8], from start: Int) -> Int? {
        let needle = Array(pattern.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func lastIndex(of pattern: String, in bytes: [UInt8], before end: Int? = nil) -> Int? {
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return nil }
        var index = min(end ?? bytes.count, bytes.count) - needle.count
        while index >= 0 {
            if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
