import Foundation

/// Golden PNGs under Tests/…/Golden: compared with a per-channel tolerance, recorded when missing or when
/// `SAJIAN_RECORD=1`.
public enum GoldenImage {
    public enum Outcome {
        /// The share of pixels that differ beyond the tolerance (nil: the sizes differ).
        case compared(share: Double?)
        /// The golden was written; under CI (`CI` set) a missing golden is a failure.
        case recorded(missingUnderCI: Bool)
    }

    public static func compare(_ png: Data, golden relativePath: String, tolerance: UInt8 = 2) throws -> Outcome {
        let path = TestSupport.path(relativePath)
        let environment = ProcessInfo.processInfo.environment
        if environment["SAJIAN_RECORD"] == "1" || !FileManager.default.fileExists(atPath: path) {
            let wasMissing = !FileManager.default.fileExists(atPath: path)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try png.write(to: URL(fileURLWithPath: path))
            return .recorded(missingUnderCI: wasMissing && environment["CI"] != nil)
        }
        let golden = try RGBAImage(png: Data(contentsOf: URL(fileURLWithPath: path)))
        return .compared(share: try RGBAImage(png: png).differingShare(from: golden, tolerance: tolerance))
    }
}
