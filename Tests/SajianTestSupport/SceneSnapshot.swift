import Foundation
import SajianForms
import SajianScene
import XCTest

/// Scene snapshots: a scene's text dump (`SceneDump`) compared with a file under the calling test target's
/// `Snapshots/` folder, exactly. A missing snapshot fails the test; `make record` (`SAJIAN_RECORD=1`) writes them.
///
/// - Parameters:
///   - scene: the laid-out scene; lay it out with `FixedWidthMeasurer` so that no font of the machine shows.
///   - name: the snapshot's file name without `.txt`, e.g. `grafik-garis-acuan`.
public func assertSceneSnapshot(_ scene: Scene, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let path = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent("\(name).txt").path
    let dump = SceneDump.dump(scene)
    if Recording.isOn {
        do {
            try Recording.write(Data(dump.utf8), to: path)
        } catch {
            XCTFail("cannot record the snapshot \(path): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        XCTFail("the scene snapshot \(path) is missing: run `make record` to write it, then review and commit it",
                file: file, line: line)
        return
    }
    if let difference = LineDifference(expected: expected, actual: dump) {
        XCTFail("scene `\(name)` differs from its snapshot \(path):\n\(difference)\n"
                    + "If the change is intended, run `make record` and commit the snapshot with the change.",
                file: file, line: line)
    }
}

/// Recording of test oracles (scene snapshots, golden images): only when `SAJIAN_RECORD=1`, which `make record` sets;
/// a test run never records by itself.
public enum Recording {
    public static var isOn: Bool { ProcessInfo.processInfo.environment["SAJIAN_RECORD"] == "1" }

    /// Writes an oracle file, creating its folder.
    public static func write(_ data: Data, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// Where two texts differ, line by line: the lines both share at the start and at the end are left out and the
/// differing lines in between are listed with their line numbers (`-` expected, `+` actual), a few of each. When
/// the two stretches in between are as long as each other (items moved, none added), the lines that differ are
/// shown in pairs and the equal ones left out.
public struct LineDifference: CustomStringConvertible {
    public let expected: [Substring]
    public let actual: [Substring]
    /// Lines shared at the start.
    public let prefix: Int
    /// Lines shared at the end (after the prefix).
    public let suffix: Int
    /// How many differing lines of each side are shown.
    public static let shownLines = 12

    /// Nil when the texts are equal.
    public init?(expected: String, actual: String) {
        guard expected != actual else { return nil }
        self.expected = expected.split(separator: "\n", omittingEmptySubsequences: false)
        self.actual = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let shorter = min(self.expected.count, self.actual.count)
        var prefix = 0
        while prefix < shorter && self.expected[prefix] == self.actual[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < shorter - prefix
            && self.expected[self.expected.count - 1 - suffix] == self.actual[self.actual.count - 1 - suffix] { suffix += 1 }
        self.prefix = prefix
        self.suffix = suffix
    }

    public var description: String {
        let removed = expected[prefix..<(expected.count - suffix)]
        let added = actual[prefix..<(actual.count - suffix)]
        var lines = ["first difference at line \(prefix + 1) (snapshot \(expected.count) lines, scene \(actual.count) lines):"]
        if removed.count == added.count {
            let pairs = zip(removed, added).enumerated().filter { $0.element.0 != $0.element.1 }
            for (offset, pair) in pairs.prefix(Self.shownLines) {
                lines += ["- \(prefix + offset + 1): \(pair.0)", "+ \(prefix + offset + 1): \(pair.1)"]
            }
            if pairs.count > Self.shownLines { lines.append("… \(pairs.count - Self.shownLines) more differing lines") }
        } else {
            lines += Self.numbered(removed, sign: "-", start: prefix)
            lines += Self.numbered(added, sign: "+", start: prefix)
        }
        return lines.joined(separator: "\n")
    }

    private static func numbered(_ lines: ArraySlice<Substring>, sign: String, start: Int) -> [String] {
        var shown = lines.prefix(shownLines).enumerated().map { "\(sign) \(start + $0.offset + 1): \($0.element)" }
        if lines.count > shownLines { shown.append("\(sign) … \(lines.count - shownLines) more lines") }
        return shown
    }
}
