import CSajianPNG
import Foundation

/// Decoded RGBA pixels of a PNG, for golden-image tests.
public struct RGBAImage {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    public init(png: Data) throws {
        var buffer: UnsafeMutablePointer<UInt8>?
        var width: Int32 = 0, height: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let status = png.withUnsafeBytes { bytes in
            sajian_png_decode_rgba(bytes.bindMemory(to: UInt8.self).baseAddress, png.count, &buffer, &width, &height, &message)
        }
        guard status == 0, let buffer else { throw DecodeError(message: String(cString: message)) }
        defer { free(buffer) }
        self.width = Int(width)
        self.height = Int(height)
        pixels = Array(UnsafeBufferPointer(start: buffer, count: Int(width * height * 4)))
    }

    /// The RGBA of one pixel.
    public func pixel(x: Int, y: Int) -> [UInt8] {
        let offset = (y * width + x) * 4
        return Array(pixels[offset..<offset + 4])
    }

    /// The share of pixels whose channels differ by more than `tolerance`, or nil when sizes differ.
    public func differingShare(from other: RGBAImage, tolerance: UInt8) -> Double? {
        guard width == other.width, height == other.height else { return nil }
        var differing = 0
        for index in stride(from: 0, to: pixels.count, by: 4) {
            for channel in 0..<4 {
                let a = pixels[index + channel], b = other.pixels[index + channel]
                if (a > b ? a - b : b - a) > tolerance { differing += 1; break }
            }
        }
        return Double(differing) / Double(width * height)
    }

    public struct DecodeError: Error { public var message: String }
}
