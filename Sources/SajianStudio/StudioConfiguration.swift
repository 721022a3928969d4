import Foundation
import SajianCatalog

/// How a studio runs: which project folder it serves, where, and who may write.
public struct StudioConfiguration: Sendable {
    /// The project folder (holding `Templates/` and `Datasets/`), resolved once at start.
    public var projectDirectory: URL
    /// The catalog file.
    public var catalogPath: String
    public var host: String
    public var port: Int
    /// The bearer token: required when binding beyond the loopback interface. With a token, every write and every
    /// dataset or publication that is not *publik* needs `Authorization: Bearer <token>` (Pasal 2(2)).
    public var token: String?
    /// The largest upload accepted, in bytes (default 50 MB).
    public var uploadLimit: Int
    /// The most rendered responses kept in memory.
    public var cacheEntries: Int

    public init(projectDirectory: URL, catalogPath: String = Catalog.defaultPath(), host: String = "127.0.0.1", port: Int = 8080,
                token: String? = nil, uploadLimit: Int = 50 * 1024 * 1024, cacheEntries: Int = 512) {
        self.projectDirectory = projectDirectory.standardizedFileURL.resolvingSymlinksInPath()
        self.catalogPath = catalogPath
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.uploadLimit = uploadLimit
        self.cacheEntries = cacheEntries
    }

    /// Whether `host` is a loopback address, where the studio may run without a token.
    public static func isLoopback(_ host: String) -> Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }

    /// Why this configuration may not start, if it may not.
    public func refusal() -> String? {
        if !Self.isLoopback(host) && token == nil {
            return "binding to \(host) opens the studio to the network: give a token with `--token` or SAJIAN_STUDIO_TOKEN (every write and every dataset that is not publik then needs it)"
        }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: projectDirectory.appendingPathComponent("Templates").path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return "\(projectDirectory.path) has no Templates/ folder: start `sajian studio` in a project folder (one holding Templates/ and Datasets/)"
        }
        return nil
    }
}
