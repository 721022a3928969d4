import ArgumentParser
import Dispatch
import Foundation
#if canImport(SajianStudio)
import SajianStudio

/// `sajian studio`: the web app and HTTP API over the project folder it is started in (issue 13).
struct StudioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "studio",
        abstract: "Starts Sajian Studio: a local web app (Katalog, Impor, Templat, Unduh) and the HTTP API under /api/v1.",
        discussion: """
            Serves the project folder it is started in (Templates/, Datasets/) and the catalog. It listens on \
            127.0.0.1 unless --host says otherwise; any other address needs --token (or SAJIAN_STUDIO_TOKEN), and \
            then every write and every dataset or publication that is not publik needs `Authorization: Bearer TOKEN`. \
            Ctrl-C stops it.
            """)

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: "The address to listen on (anything but loopback needs --token).")
    var host: String = "127.0.0.1"

    @Option(help: "The bearer token (default: $SAJIAN_STUDIO_TOKEN).")
    var token: String?

    @Option(name: .customLong("batas-unggah"), help: "The largest upload, in MB.")
    var uploadLimit: Int = 50

    @Option(name: .customLong("cache"), help: "Rendered responses kept in memory (0: render every request, for benchmarks).")
    var cacheEntries: Int = 512

    @OptionGroup var catalog: CatalogOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard cacheEntries >= 0 else { throw ValidationError("--cache must be 0 or more") }
        guard uploadLimit >= 1 else { throw ValidationError("--batas-unggah must be at least 1 (MB)") }
    }

    func run() throws {
        let configuration = StudioConfiguration(
            projectDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), catalogPath: catalog.path,
            host: host, port: port, token: token ?? ProcessInfo.processInfo.environment["SAJIAN_STUDIO_TOKEN"],
            uploadLimit: uploadLimit * 1_048_576, cacheEntries: cacheEntries)
        if let refusal = configuration.refusal() {
            FileHandle.standardError.write(Data("sajian studio: \(refusal)\n".utf8))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let server = try StudioServer(configuration: configuration)
        for problem in server.synchroniseDatasets() {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
        }
        let finished = DispatchSemaphore(value: 0)
        let outcome = StudioOutcome()
        let shownHost = host.contains(":") ? "[\(host)]" : host
        Task {
            do {
                try await server.run { port in
                    FileHandle.standardOutput.write(Data("Sajian Studio: open http://\(shownHost):\(port)/ (Ctrl-C stops it)\n".utf8))
                }
            } catch {
                outcome.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error {
            let text = "\(error)"
            if text.contains("Address already in use") || text.contains("EADDRINUSE") {
                FileHandle.standardError.write(Data("sajian studio: port \(port) on \(host) is taken (another studio or program listens there): stop it, or choose another with --port\n".utf8))
            } else {
                FileHandle.standardError.write(Data("sajian studio: \(text)\n".utf8))
            }
            throw ExitCode(ExitStatus.system.rawValue)
        }
        print("Sajian Studio stopped.")
    }
}

/// The server task's error, handed back to the waiting command.
private final class StudioOutcome: @unchecked Sendable {
    var error: (any Error)?
}
#else
/// This build leaves the studio out (`SAJIAN_WITHOUT_STUDIO=1`, as `make sanitize` builds).
struct StudioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "studio", abstract: "Not in this build (built with SAJIAN_WITHOUT_STUDIO).",
                                                    shouldDisplay: false)

    func run() throws {
        FileHandle.standardError.write(Data("sajian studio: this build leaves the studio out (SAJIAN_WITHOUT_STUDIO)\n".utf8))
        throw ExitCode(ExitStatus.usage.rawValue)
    }
}
#endif
