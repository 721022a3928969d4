import Foundation

/// Marks pages of a finished PDF `/Rotate 90` by an incremental update (ISO 32000-1, 7.5.6): the changed page
/// objects, a cross-reference section for them and a trailer pointing back at Cairo's are appended, and nothing Cairo
/// wrote is touched.
///
/// Hand-written because Cairo (1.16 to 1.18) has no way to set a page's /Rotate, and the one library that could
/// (libqpdf) would rewrite the whole file and bring a C++ library into the build for one key. It reads only what
/// Cairo writes: the /Pages object's /Kids, page dictionaries without streams, a classic cross-reference table and
/// trailer. On a file of another shape it returns the file unchanged: the page is then still printed right, and a
/// screen shows it turned.
enum PDFPageRotation {
    /// `pages`: 0-based, in page order.
    static func rotating(pages: [Int], of data: Data) -> Data {
        guard !pages.isEmpty else { return data }
        let bytes = [UInt8](data)
        guard let update = incrementalUpdate(rotating: pages, of: bytes) else { return data }
        return data + Data(update)
    }

    /// The bytes to append, or nil when the file is not of the shape Cairo writes.
    static func incrementalUpdate(rotating pages: [Int], of bytes: [UInt8]) -> [UInt8]? {
        guard let kids = pageObjects(in: bytes),
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
            guard page < kids.count, let dictionary = pageDictionary(kids[page], in: bytes), !dictionary.contains("/Rotate") else { return nil }
            entries.append((kids[page], bytes.count + update.count))
            let rotated = "<< /Rotate 90" + dictionary.dropFirst(2)
            update += Array("\(kids[page]) 0 obj\n\(rotated)\nendobj\n".utf8)
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

    /// The page objects' numbers in page order: the /Kids of the one /Pages object (Cairo writes a flat tree).
    private static func pageObjects(in bytes: [UInt8]) -> [Int]? {
        guard let pages = firstIndex(of: "/Type /Pages", in: bytes, from: 0),
              let kids = firstIndex(of: "/Kids [", in: bytes, from: pages),
              let end = firstIndex(of: "]", in: bytes, from: kids) else { return nil }
        let words = text(bytes, from: kids + 7, upTo: end).split(whereSeparator: \.isWhitespace)
        guard words.count % 3 == 0 else { return nil }
        return stride(from: 0, to: words.count, by: 3).compactMap { words[$0 + 2] == "R" ? Int(words[$0]) : nil }
    }

    /// Object `number`'s dictionary, from `<<` to its `>>`, when it is a page without a stream.
    private static func pageDictionary(_ number: Int, in bytes: [UInt8]) -> String? {
        guard let start = firstIndex(of: "\n\(number) 0 obj\n", in: bytes, from: 0),
              let end = firstIndex(of: "endobj", in: bytes, from: start) else { return nil }
        let body = text(bytes, from: start, upTo: end).split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
        let dictionary = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard dictionary.hasPrefix("<< /Type /Page"), dictionary.hasSuffix(">>"), !dictionary.contains("stream") else { return nil }
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
        var index = min(end ?? bytes.count, bytes.count) - needle.count
        while index >= 0 {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
