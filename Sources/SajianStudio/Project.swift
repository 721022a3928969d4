import Foundation
import SajianModel

/// The project folder the studio serves: its templates and datasets. Every name a request gives is checked
/// against `NameRule` (letters, digits, `-` and `_`) and looked up in the folder's own listing; no request text is
/// ever joined into a path unchecked, so nothing outside the folder can be read or written.
struct Project: Sendable {
    let directory: URL

    var templatesDirectory: URL { directory.appendingPathComponent("Templates", isDirectory: true) }
    var datasetsDirectory: URL { directory.appendingPathComponent("Datasets", isDirectory: true) }

    /// The names of the templates (`Templates/<name>.yaml`), sorted.
    func templateNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: templatesDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.filter(NameRule.allows).sorted()
    }

    /// The template file of `name`, when `name` is a name and such a template exists as a regular file inside the
    /// folder (a symbolic link that leads out of it is not followed).
    func templateFile(_ name: String) -> URL? {
        guard NameRule.allows(name), templateNames().contains(name) else { return nil }
        let file = templatesDirectory.appendingPathComponent(name + ".yaml")
        let resolved = file.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(templatesDirectory.resolvingSymlinksInPath().path + "/") else { return nil }
        return file
    }

    /// The dataset metadata file `Datasets/<id>.yaml`, if the folder has one.
    func metadataFile(_ id: String) -> URL? {
        guard NameRule.allows(id) else { return nil }
        let file = datasetsDirectory.appendingPathComponent(id + ".yaml")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    /// Writes `data` over `file` through a temporary file beside it and a rename: a failed write leaves the old file.
    static func writeAtomically(_ data: Data, to file: URL) throws {
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
