import Foundation
import SajianModel
import XCTest
import Yams

/// The hostile-input corpus of one kind: `Tests/Corpus/<kind>/corpus.yaml` lists every file of the folder with what
/// is hostile in it and the exact answer of the reader it targets: `accepted:` (a short summary of what was read)
/// or `refused:` (each error as `file:line:column: error: message`, paths relative to the folder, without the
/// hint). `make record` (SAJIAN_RECORD=1) rewrites the answers from today's readers; review them with `git diff`.
public enum CorpusManifest {
    public struct Entry: Sendable {
        public var file: String
        public var what: String
        public var answer: Answer
    }

    public enum Answer: Equatable, Sendable {
        case accepted(String)
        case refused([String])
    }

    public static func folder(_ kind: String) -> String { TestSupport.path("Tests/Corpus/\(kind)") }

    public static func entries(_ kind: String) throws -> [Entry] {
        let text = try String(contentsOfFile: folder(kind) + "/corpus.yaml", encoding: .utf8)
        guard let list = try Yams.load(yaml: text) as? [[String: Any]] else { throw CocoaError(.fileReadCorruptFile) }
        return list.map { item in
            let answer: Answer = (item["refused"] as? [String]).map(Answer.refused) ?? .accepted(item["accepted"] as? String ?? "")
            return Entry(file: item["file"] as? String ?? "", what: item["what"] as? String ?? "", answer: answer)
        }
    }

    /// Runs each file of `kind` through `read` (the path in, a summary out, a refusal thrown) and checks its answer.
    /// Every file of the folder has an entry, but the manifest, the files in `companions` and files whose extension
    /// is in `sidecars` (a Shapefile's .shx, .dbf and .prj are read with its .shp).
    public static func check(_ kind: String, companions: Set<String> = [], sidecars: Set<String> = [],
                             file: StaticString = #filePath, line: UInt = #line, read: (String) throws -> String) throws {
        let folder = folder(kind)
        let entries = try entries(kind)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0 != "corpus.yaml" && !companions.contains($0) && !sidecars.contains(URL(fileURLWithPath: $0).pathExtension)
        }
        XCTAssertEqual(Set(entries.map(\.file)).symmetricDifference(files).sorted(), [], "files without an entry, or entries without a file",
                       file: file, line: line)
        var answers: [Answer] = []
        for entry in entries {
            let answer = self.answer(folder: folder) { try read(folder + "/" + entry.file) }
            answers.append(answer)
            XCTAssertEqual(answer, entry.answer, "\(kind)/\(entry.file) (\(entry.what))", file: file, line: line)
        }
        if ProcessInfo.processInfo.environment["SAJIAN_RECORD"] != nil {
            try record(kind, entries: zip(entries, answers).map { Entry(file: $0.file, what: $0.what, answer: $1) })
        }
    }

    private static func answer(folder: String, _ read: () throws -> String) -> Answer {
        do {
            return .accepted(try read())
        } catch let error as DiagnosticError {
            return .refused(error.diagnostics.map { diagnostic in
                var location = diagnostic.location
                if location.file.hasPrefix(folder + "/") { location.file.removeFirst(folder.count + 1) }
                let message = diagnostic.message.replacingOccurrences(of: folder + "/", with: "")
                return "\(location): \(diagnostic.severity.rawValue): \(message)"
            })
        } catch {
            return .refused(["\(type(of: error)): \(error)"])
        }
    }

    /// Writes the manifest again with `entries`, keeping its opening comment.
    private static func record(_ kind: String, entries: [Entry]) throws {
        let path = folder(kind) + "/corpus.yaml"
        let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var text = old.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }.map { $0 + "\n" }.joined()
        for entry in entries {
            text += "- file: \(quoted(entry.file))\n  what: \(quoted(entry.what))\n"
            switch entry.answer {
            case .accepted(let summary): text += "  accepted: \(quoted(summary))\n"
            case .refused(let errors): text += "  refused:\n" + errors.map { "    - \(quoted($0))\n" }.joined()
            }
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A YAML double-quoted scalar: control, format and separator characters escaped, the rest as it is.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case " "..."~": out.unicodeScalars.append(scalar)
            default:
                let category = scalar.properties.generalCategory
                if scalar.value >= 0xA0, ![.control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned].contains(category) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + String(format: "%04X", scalar.value)
                } else {
                    out += "\\U" + String(format: "%08X", scalar.value)
                }
            }
        }
        return out + "\""
    }
}
