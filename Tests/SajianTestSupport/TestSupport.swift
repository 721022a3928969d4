import Foundation

/// Paths and processes the tests share.
public enum TestSupport {
    /// The repository's root folder (this file is Tests/SajianTestSupport/TestSupport.swift).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

    /// A fresh empty temporary folder, inside ``runDirectory``: gone when the test run ends.
    public static func temporaryDirectory(_ name: String = "sajian-test") -> String {
        let path = runDirectory + "/\(name)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The one folder this test process keeps its temporary folders in (`$TMPDIR/sajian-tests-<pid>`), removed when
    /// the process exits (XCTest ends with `exit`), so a run leaves nothing behind in the temporary folder.
    public static let runDirectory: String = {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("sajian-tests-\(getpid())")
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { TestSupport.removeRunDirectory() }
        return path
    }()

    private static func removeRunDirectory() {
        try? FileManager.default.removeItem(atPath: runDirectory)
    }

    /// The output of a finished process.
    public struct ProcessResult {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs a program and waits for it.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           in directory: String? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                             stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A program found on PATH (e.g. pdftotext from poppler-utils).
    public static func tool(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The `sajian` executable built beside the test bundle.
    public static var sajianExecutable: String {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sajian").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/sajian").path
    }

    /// The text of a PDF as pdftotext -layout extracts it.
    public static func pdfText(_ path: String) throws -> String {
        guard let pdftotext = tool("pdftotext") else { throw ToolMissing(name: "pdftotext (poppler-utils)") }
        return try run(pdftotext, ["-layout", path, "-"]).stdout
    }

    /// Thrown by a helper after it has reported a failure (`XCTFail`), to stop the test there; never a skip.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    public struct ToolMissing: Error, CustomStringConvertible {
        public var name: String
        public var description: String { "\(name) is not installed; run `make setup`" }
    }
}

extension TestSupport {
    /// `text` (pdftotext's, or a scene's lines joined by newlines) with the words a justified line broke with a
    /// hyphen joined again ("Kehu-" + newline + "tanan" → "Kehutanan"), as a reader reads them. Sajian breaks words
    /// only between letters of a plain word (`Hyphenator`) and never at a hyphen of the word's own ("laki-laki"
    /// breaks only at spaces), so a letter, a hyphen, a line's end and a lower-case letter are always such a break.
    public static func dehyphenated(_ text: String) -> String {
        text.replacingOccurrences(of: #"(\p{L})-[ \t]*\n[ \t]*(\p{Ll})"#, with: "$1$2", options: .regularExpression)
    }
}
