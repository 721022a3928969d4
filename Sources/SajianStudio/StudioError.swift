import Foundation
import SajianCatalog
import SajianModel

/// A request the studio refuses, with its HTTP status and the same diagnostics (file, line, column, message, hint)
/// the command line prints. `kode` is the exit status `sajian` would have ended with: 1 a problem in the input,
/// 3 a failure of the machine.
struct StudioError: Error, Sendable {
    var status: Int
    var message: String
    var diagnostics: [Diagnostic] = []
    var exitStatus = 1

    static func notFound(_ what: String) -> StudioError { StudioError(status: 404, message: what) }

    static func forbidden(_ what: String) -> StudioError { StudioError(status: 403, message: what) }

    /// The error of the engine, with the project's own paths shown relative to the project folder.
    static func from(_ error: any Error, project: Project) -> StudioError {
        switch error {
        case let error as StudioError: return error
        case let error as DiagnosticError:
            let diagnostics = error.diagnostics.map { project.relative($0) }
            let first = diagnostics.first { $0.severity == .error } ?? diagnostics.first
            return StudioError(status: error.fault == .system ? 500 : 400, message: first.map(\.message) ?? "\(error)",
                               diagnostics: diagnostics, exitStatus: error.fault == .system ? 3 : 1)
        case let error as DatasetError:
            return StudioError(status: 404, message: project.relative(error.description))
        default:
            return StudioError(status: 500, message: project.relative("\(error)"), exitStatus: 3)
        }
    }

    /// `{"galat": {"status": 400, "kode": 1, "pesan": "...", "diagnostik": [...]}}`.
    var json: Data {
        let object: [String: Any] = ["galat": [
            "status": status,
            "kode": exitStatus,
            "pesan": message,
            "diagnostik": diagnostics.map(Self.object),
        ] as [String: Any]]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }

    static func object(_ diagnostic: Diagnostic) -> [String: Any] {
        var object: [String: Any] = ["tingkat": diagnostic.severity.rawValue, "berkas": diagnostic.location.file,
                                     "pesan": diagnostic.message, "teks": diagnostic.description]
        if let line = diagnostic.location.line { object["baris"] = line }
        if let column = diagnostic.location.column { object["kolom"] = column }
        if let hint = diagnostic.hint { object["saran"] = hint }
        return object
    }
}

extension Project {
    /// `diagnostic` with its file named relative to the project folder.
    func relative(_ diagnostic: Diagnostic) -> Diagnostic {
        var shown = diagnostic
        shown.location.file = relative(diagnostic.location.file)
        shown.message = relative(diagnostic.message)
        shown.hint = diagnostic.hint.map(relative)
        return shown
    }

    func relative(_ text: String) -> String {
        text.replacingOccurrences(of: directory.path + "/", with: "")
    }
}
