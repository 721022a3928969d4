import Foundation

/// Adds `<title>` and `<desc>` to an SVG document and makes its ids stable from run to run.
enum SVGAccessibility {
    static func annotate(_ svg: Data, title: String, description: String?, provenance: String? = nil) -> Data {
        var text = String(decoding: svg, as: UTF8.self)
        // Cairo names the root group after a process-wide surface counter; name it the same every time.
        text = text.replacingOccurrences(of: #"id="surface\d+""#, with: #"id="figure""#, options: .regularExpression)
        guard let open = text.range(of: "<svg"), let close = text.range(of: ">", range: open.upperBound..<text.endIndex) else {
            return Data(text.utf8)
        }
        var insert = "\n<title>\(escape(title))</title>"
        if let description { insert += "\n<desc>\(escape(description))</desc>" }
        if let provenance { insert += "\n<metadata>\(escape(provenance))</metadata>" }
        if !text[open.lowerBound..<close.lowerBound].contains("role=") {
            text.insert(contentsOf: #" role="img""#, at: close.lowerBound)
        }
        let end = text.range(of: ">", range: open.upperBound..<text.endIndex)!.upperBound
        text.insert(contentsOf: insert, at: end)
        return Data(text.utf8)
    }

    /// XML text escaping: &, <, > and quotes.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
