import Foundation
import SajianModel

/// libFuzzer's driver, entered from a Swift `main`. SwiftPM makes an executable's `main` its own (`--defsym`), which
/// wins over the `main` of libFuzzer's runtime, so each target's main.swift calls `fuzz { … }`, which runs libFuzzer
/// (`LLVMFuzzerRunDriver`, in the runtime `-sanitize=fuzzer` links). The runtime's unused `main` still names
/// `LLVMFuzzerTestOneInput`, defined below.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                       _ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

nonisolated(unsafe) private var target: (Data) -> Void = { _ in }

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    target(start.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

/// Runs libFuzzer with the command line's options over `body`, then exits with libFuzzer's status.
/// `body` gets each input; it returns when the reader accepted or refused the input as it should, and traps
/// (`fatalError`, a failed precondition, a sanitizer report) when not: libFuzzer then keeps the input as `crash-…`.
public func fuzz(_ body: @escaping (Data) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runDriver(&argc, &argv, testOneInput))
}

/// Runs a reader: a refusal must be a `DiagnosticError` whose message names `file` (the contract every reader
/// keeps, so that the user is told where); any other error is a finding.
public func expectAcceptedOrRefused(naming file: String, _ read: () throws -> Void) {
    do {
        try read()
    } catch let error as DiagnosticError {
        guard error.diagnostics.allSatisfy({ $0.location.file.hasPrefix(file) }) else { fatalError("the refusal does not name \(file): \(error)") }
    } catch {
        fatalError("refused with \(type(of: error)), not a DiagnosticError: \(error)")
    }
}

/// A folder of this process's own, for readers that take a path.
public let scratchFolder: String = {
    let path = NSTemporaryDirectory() + "sajian-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()
