import Foundation

/// Adds `<title>` and `<desc>` (and the language of its text) to an SVG document and makes its ids stable from run to run.
public enum SVGAccessibility {
    static func annotate(_ svg: Data, title: String, description: String?, provenance: String? = nil, language: String? = nil) -> Data {
        var text = String(decoding: svg, as: UTF8.self)
        // Cairo names the root group after a process-wide surface counter; name it the same every time. (Only
        // Cairo's SVG has one: the regular expression over a whole map took an eighth of its SVG's time.)
        if svg.range(of: Data(#"id="surface"#.utf8)) != nil {
            text = text.replacingOccurrences(of: #"id="surface\d+""#, with: #"id="figure""#, options: .regularExpression)
        }
        guard let open = text.range(of: "<svg"), let close = text.range(of: ">", range: open.upperBound..<text.endIndex) else {
            return Data(text.utf8)
        }
        let insert = heading(title: title, description: description, provenance: provenance)
        if !text[open.lowerBound..<close.lowerBound].contains("role=") {
            text.insert(contentsOf: #" role="img""# + languageAttribute(language), at: close.lowerBound)
        }
        let end = text.range(of: ">", range: open.upperBound..<text.endIndex)!.upperBound
        text.insert(contentsOf: insert, at: end)
        return Data(text.utf8)
    }

    /// ` xml:lang="id"` on the root element, so that a screen reader reads the title and text in their language; empty
    /// when the language is not known.
    static func languageAttribute(_ language: String?) -> String {
        language.map { #" xml:lang=""# + escape($0) + #"""# } ?? ""
    }

    /// `<title>`, then `<desc>` and `<metadata>` where given, each on a line of its own, escaped.
    static func heading(title: String, description: String?, provenance: String?) -> String {
        var heading = "\n<title>\(escape(title))</title>"
        if let description { heading += "\n<desc>\(escape(description))</desc>" }
        if let provenance { heading += "\n<metadata>\(escape(provenance))</metadata>" }
        return heading
    }

    /// XML text escaping: &, <, > and quotes; a character XML 1.0 forbids (a control character other than tab,
    /// line feed and carriage return, U+FFFE, U+FFFF) is left out, since no escape can write it and an SVG holding
    /// one is refused by every XML reader (issue 15).
    public static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowedInXML(scalar) {
            switch scalar {
            case "&": result += "&amp;".unicodeScalars
            case "<": result += "&lt;".unicodeScalars
            case ">": result += "&gt;".unicodeScalars
            case "\"": result += "&quot;".unicodeScalars
            case "'": result += "&apos;".unicodeScalars
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// XML 1.0's `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
