import Foundation

/// A point in points (1/72 inch), y growing downwards as on a page.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

public struct Size: Sendable, Hashable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }
}

public struct Rect: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    /// How far `point` lies from the rectangle: 0 inside or on its edge.
    public func distance(to point: Point) -> Double {
        hypot(max(minX - point.x, 0, point.x - maxX), max(minY - point.y, 0, point.y - maxY))
    }

    /// Whether the two rectangles share any area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies wholly inside, allowing `tolerance` for rounding.
    public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
            && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
    }
}

/// An sRGB colour with alpha, components 0…1.
public struct Color: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// From `0xRRGGBB`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    public static let black = Color(hex: 0x000000)
    public static let white = Color(hex: 0xFFFFFF)

    /// This colour laid over white at `strength` (0: white, 1: the colour), opaque: the pale tint of a box or a row.
    public func tint(_ strength: Double) -> Color {
        Color(red: 1 - (1 - red) * strength, green: 1 - (1 - green) * strength, blue: 1 - (1 - blue) * strength)
    }

    /// WCAG 2's relative luminance: the linear-light components weighted by Rec. 709 (0 black, 1 white).
    public var relativeLuminance: Double {
        func linear(_ level: Double) -> Double { level <= 0.04045 ? level / 12.92 : pow((level + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2's contrast ratio between this colour and `other`, from 1 (the same) to 21 (black on white).
    public func contrastRatio(with other: Color) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// `#rrggbb` (and alpha when not opaque), for dumps.
    public var hexString: String {
        let levels = [red, green, blue] + (alpha < 1 ? [alpha] : [])
        var text: [UInt8] = [UInt8(ascii: "#")]
        for level in levels {
            let byte = Int((level * 255).rounded())
            // Two lower-case hex digits a component (the SVG writes one for every fill and stroke); a level outside
            // 0…1 keeps every digit it has.
            guard (0...255).contains(byte) else { return Self.hexString(levels) }
            text.append(Self.hexDigits[byte >> 4])
            text.append(Self.hexDigits[byte & 15])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `hexString` digit by digit through `String(_:radix:)`, for levels outside 0…1.
    private static func hexString(_ levels: [Double]) -> String {
        "#" + levels.map { level in
            let hex = String(Int((level * 255).rounded()), radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}

/// A 2-D affine transform: x' = a·x + c·y + tx, y' = b·x + d·y + ty.
public struct Transform: Sendable, Hashable {
    public var a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double

    public init(a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.tx = tx; self.ty = ty
    }

    public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)
    public static func translation(x: Double, y: Double) -> Transform { Transform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y) }
    public static func scale(_ s: Double) -> Transform { Transform(a: s, b: 0, c: 0, d: s, tx: 0, ty: 0) }

    public func apply(_ p: Point) -> Point { Point(x: a * p.x + c * p.y + tx, y: b * p.x + d * p.y + ty) }
}
