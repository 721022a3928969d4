/// The icons of pictograms, as SVG path data in a 100 × 100 box (y down): built-ins by name, or a template's own.
public enum IconLibrary {
    /// Built-in icons: simple silhouettes drawn for Sajian.
    public static let builtIn: [String: String] = [
        "orang": person(head: "M38 16 C38 9.4 43.4 4 50 4 C56.6 4 62 9.4 62 16 C62 22.6 56.6 28 50 28 C43.4 28 38 22.6 38 16 Z"),
        "laki-laki": "M38 16 C38 9.4 43.4 4 50 4 C56.6 4 62 9.4 62 16 C62 22.6 56.6 28 50 28 C43.4 28 38 22.6 38 16 Z "
            + "M26 33 L74 33 L76 64 L66 64 L63 97 L54 97 L52 66 L48 66 L46 97 L37 97 L34 64 L24 64 Z",
        "perempuan": "M38 16 C38 9.4 43.4 4 50 4 C56.6 4 62 9.4 62 16 C62 22.6 56.6 28 50 28 C43.4 28 38 22.6 38 16 Z "
            + "M36 33 L64 33 L80 74 L61 74 L59 97 L53 97 L52 74 L48 74 L47 97 L41 97 L39 74 L20 74 Z",
        "pekerja": "M39 22 C39 15.9 43.9 11 50 11 C56.1 11 61 15.9 61 22 C61 28.1 56.1 33 50 33 C43.9 33 39 28.1 39 22 Z "
            + "M35 14 C35 3 65 3 65 14 L70 14 L70 18 L30 18 L30 14 Z "
            + "M30 37 L70 37 L74 64 L64 64 L62 97 L54 97 L52 67 L48 67 L46 97 L38 97 L36 64 L26 64 Z",
        "pabrik": "M6 94 L6 40 L28 54 L28 40 L50 54 L50 40 L72 54 L72 10 L86 10 L86 54 L94 54 L94 94 Z",
        "koper": "M36 26 L36 12 L64 12 L64 26 L58 26 L58 18 L42 18 L42 26 Z M8 28 L92 28 L92 90 L8 90 Z",
        "buku": "M6 20 L46 15 L50 21 L54 15 L94 20 L94 85 L54 80 L50 86 L46 80 L6 85 Z",
        "uang": "M4 26 L96 26 L96 74 L4 74 Z "
            + "M50 37 C43.4 37 39 42.8 39 50 C39 57.2 43.4 63 50 63 C56.6 63 61 57.2 61 50 C61 42.8 56.6 37 50 37 Z",
    ]

    private static func person(head: String) -> String {
        head + " M30 33 L70 33 L74 64 L64 64 L62 97 L54 97 L52 66 L48 66 L46 97 L38 97 L36 64 L26 64 Z"
    }

    public static var names: [String] { builtIn.keys.sorted() }

    /// The path data of a built-in icon, or `icon` itself when it is valid path data.
    public static func pathData(for icon: String) -> String? {
        if let data = builtIn[icon] { return data }
        return SVGPathData.commands(icon) == nil ? nil : icon
    }

    public static func isKnown(_ icon: String) -> Bool { pathData(for: icon) != nil }
}

/// One drawing command of SVG path data, in absolute coordinates.
public enum PathCommand: Sendable, Hashable {
    case move(Double, Double)
    case line(Double, Double)
    case curve(Double, Double, Double, Double, Double, Double)
    case close
}

/// Reads the subset of SVG path data icons need: M, L, H, V, C, Z, absolute and relative.
///
/// Hand-written: no SVG library is in the toolchain, and icons need nothing beyond lines and cubic curves.
public enum SVGPathData {
    public static func commands(_ data: String) -> [PathCommand]? {
        var tokens: [String] = []
        var number = ""
        for character in data {
            if character.isLetter && character != "e" && character != "E" {
                if !number.isEmpty { tokens.append(number); number = "" }
                tokens.append(String(character))
            } else if character == "," || character.isWhitespace {
                if !number.isEmpty { tokens.append(number); number = "" }
            } else if character == "-" && !number.isEmpty && !number.hasSuffix("e") {
                tokens.append(number); number = "-"
            } else {
                number.append(character)
            }
        }
        if !number.isEmpty { tokens.append(number) }
        var result: [PathCommand] = []
        var index = 0, command: Character = "M"
        var x = 0.0, y = 0.0, startX = 0.0, startY = 0.0
        func next() -> Double? {
            guard index < tokens.count, let value = Double(tokens[index]) else { return nil }
            index += 1
            return value
        }
        while index < tokens.count {
            if let letter = tokens[index].first, tokens[index].count == 1, letter.isLetter {
                command = letter
                index += 1
                if command == "Z" || command == "z" { result.append(.close); x = startX; y = startY; continue }
            } else if result.isEmpty {
                return nil
            }
            let relative = command.isLowercase
            let dx = relative ? x : 0, dy = relative ? y : 0
            switch command.uppercased() {
            case "M":
                guard let a = next(), let b = next() else { return nil }
                x = a + dx; y = b + dy; startX = x; startY = y
                result.append(.move(x, y))
                command = relative ? "l" : "L"
            case "L":
                guard let a = next(), let b = next() else { return nil }
                x = a + dx; y = b + dy
                result.append(.line(x, y))
            case "H":
                guard let a = next() else { return nil }
                x = a + dx
                result.append(.line(x, y))
            case "V":
                guard let b = next() else { return nil }
                y = b + dy
                result.append(.line(x, y))
            case "C":
                guard let x1 = next(), let y1 = next(), let x2 = next(), let y2 = next(), let x3 = next(), let y3 = next() else { return nil }
                result.append(.curve(x1 + dx, y1 + dy, x2 + dx, y2 + dy, x3 + dx, y3 + dy))
                x = x3 + dx; y = y3 + dy
            default:
                return nil
            }
        }
        guard case .move? = result.first else { return nil }
        return result
    }
}
