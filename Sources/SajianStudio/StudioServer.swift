import Foundation
import Hummingbird
import Logging

/// Sajian Studio: a long-running Sajian with a web face over one project folder and its catalog.
public struct StudioServer: Sendable {
    public let configuration: StudioConfiguration
    let engine: StudioEngine

    public init(configuration: StudioConfiguration) throws {
        self.configuration = configuration
        engine = try StudioEngine(configuration: configuration)
    }

    /// Imports the dataset files of `Datasets/` that changed since the catalog's latest versions (as `sajian publish`
    /// does), returning the problems of the files that were refused.
    public func synchroniseDatasets() -> [String] {
        engine.synchroniseDatasets().map { engine.project.relative($0).description }
    }

    /// The routes: the pages and the API, behind the host and access checks.
    func router() throws -> Router<BasicRequestContext> {
        let access = Access(token: configuration.token, host: configuration.host)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: GuardMiddleware(access: access))
        APIRoutes(engine: engine, access: access).register(on: router)
        try PageRoutes(engine: engine, access: access).register(on: router)
        return router
    }

    /// The application, e.g. for tests (HummingbirdTesting) or `run()`.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) throws -> some ApplicationProtocol {
        var logger = Logger(label: "sajian-studio")
        logger.logLevel = .warning
        return Application(router: try router(),
                           configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                                   serverName: "Sajian Studio", reuseAddress: false),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
                           logger: logger)
    }
}

/// Before any route: the `Host` must be the studio's own (no DNS rebinding on loopback), and only GET, HEAD and
/// POST are served.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let access: Access

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard access.isKnownHost(request) else {
            return Reply.error(StudioError.forbidden("the studio answers only to its own address (Host: 127.0.0.1 or localhost)"))
        }
        guard [.get, .head, .post].contains(request.method) else {
            return Reply.error(StudioError(status: 405, message: "method \(request.method) is not served: use GET to read and POST to change"))
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return Reply.error(StudioError.notFound("\(request.uri.path) is not a page or an API address of the studio: see /api/v1/openapi.yaml"))
        }
    }
}

extension StudioServer {
    /// Runs until SIGINT or SIGTERM (Ctrl-C), calling `onRunning` with the port once it listens.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        defer { try? FileManager.default.removeItem(at: engine.imports.staging) }
        try await application(onRunning: onRunning).runService()
    }
}
