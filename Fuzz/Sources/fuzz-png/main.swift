import CPNGCheck
import CSajianPNG
import Foundation
import FuzzDriver

// The PNG run encoder on pictures made from the input: its size (up to 1024 × 512, so some take the two-thread
// stripes), row padding, a palette of four colours and runs of them (png_check_paint; the unused fourth byte of each
// pixel holds noise the encoder must drop), and iTXt text. The file is decoded with zlib alone (CPNGCheck) and by libpng, and
// both must give back exactly the pixels.
fuzz { data in
    let input = [UInt8](data)
    func byte(_ index: Int) -> Int { index < input.count ? Int(input[index]) : 0 }
    let width = 1 + (byte(0) | byte(1) << 8) % 1024, height = 1 + (byte(2) | byte(3) << 8) % 512
    let stride = 4 * (width + byte(4) % 4)
    let palette = (0..<4).map { UInt32(byte(5 + 3 * $0)) << 16 | UInt32(byte(6 + 3 * $0)) << 8 | UInt32(byte(7 + 3 * $0)) }
    let commands: [UInt8] = input.count > 17 ? Array(input[17...]) : [0xFF]
    var words = [UInt32](repeating: 0, count: stride / 4 * height)
    var expected = [UInt8](repeating: 0, count: 3 * width * height)
    png_check_paint(commands, commands.count, palette, Int32(width), Int32(height), Int32(stride), &words, &expected)
    let text = String(decoding: input.prefix(64).filter { $0 != 0 }, as: UTF8.self)
    var buffer = sajian_png_buffer(bytes: nil, length: 0, capacity: 0)
    defer { sajian_png_buffer_free(&buffer) }
    var message = [CChar](repeating: 0, count: 256)
    let status = words.withUnsafeBytes { pixels in
        "Title".withCString { key in
            text.withCString { value in
                var keys: [UnsafePointer<CChar>?] = [key], texts: [UnsafePointer<CChar>?] = [value]
                return sajian_png_encode_runs(pixels.baseAddress!.assumingMemoryBound(to: UInt8.self), Int32(width), Int32(height),
                                              Int32(stride), &keys, &texts, 1, &buffer, &message)
            }
        }
    }
    guard status == 0 else { fatalError("the encoder refused \(width)×\(height): \(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))") }
    var decoded = [UInt8](repeating: 0, count: 3 * width * height)
    if png_check_decode_rgb(buffer.bytes, buffer.length, Int32(width), Int32(height), &decoded, &message) != 0 {
        fatalError("zlib cannot decode the PNG of \(width)×\(height): \(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))")
    }
    guard decoded == expected else { fatalError("the PNG of \(width)×\(height) decodes to other pixels (zlib)") }
    var rgba: UnsafeMutablePointer<UInt8>?
    var decodedWidth: Int32 = 0, decodedHeight: Int32 = 0
    guard sajian_png_decode_rgba(buffer.bytes, buffer.length, &rgba, &decodedWidth, &decodedHeight, &message) == 0, let rgba else {
        fatalError("libpng cannot decode the PNG of \(width)×\(height)")
    }
    defer { free(rgba) }
    guard decodedWidth == width, decodedHeight == height, png_check_same_colours(rgba, expected, width * height) == 1 else { fatalError("the PNG of \(width)×\(height) decodes to other pixels (libpng)") }
}
