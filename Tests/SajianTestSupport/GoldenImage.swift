import Foundation
import XCTest

/// Golden PNGs under Tests/…/Golden: compared with a per-channel tolerance. A missing golden fails the test;
/// `make record` (`SAJIAN_RECORD=1`) writes them.
public enum GoldenImage {
    /// Asserts that `png` matches the golden at `relativePath` (from the repository root): at most
    /// `maxDifferingShare` of its pixels may differ by more than `tolerance` in a channel, and the sizes must agree.
    public static func assertMatches(_ png: Data, golden relativePath: String, tolerance: UInt8 = 2, maxDifferingShare: Double = 0.002,
                                     file: StaticString = #filePath, line: UInt = #line) throws {
        let path = TestSupport.path(relativePath)
        if Recording.isOn {
            try Recording.write(png, to: path)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            XCTFail("the golden image \(relativePath) is missing: run `make record` to write it, then look at it and commit it",
                    file: file, line: line)
            return
        }
        let golden = try RGBAImage(png: data), image = try RGBAImage(png: png)
        guard let share = image.differingShare(from: golden, tolerance: tolerance) else {
            XCTFail("\(relativePath): the image is \(image.width)x\(image.height) px, the golden \(golden.width)x\(golden.height) px",
                    file: file, line: line)
            return
        }
        XCTAssertLessThan(share, maxDifferingShare, "\(relativePath): \(share * 100) % of pixels differ from the golden image",
                          file: file, line: line)
    }
}
