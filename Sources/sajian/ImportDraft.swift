import ArgumentParser
import Foundation
import SajianCatalog
import SajianModel
import SajianPublish

/// `sajian import FILE --dataset ID` without a metadata file (issue 12): a draft is written where the metadata is
/// looked for, what was guessed is printed, and nothing is imported. An existing file is never overwritten: the
/// draft is written only where no metadata file is, so a second run reads the (checked) draft and imports.
enum ImportDraft {
    /// Writes the draft to `metadataPath` (temp file + rename), prints the guesses and ends with exit status 1
    /// (nothing imported: the metadata was missing).
    static func write(for file: String, dataset: String, sheet: String?, metadataPath: String, command: String) throws -> Never {
        let beside = (metadataPath as NSString).deletingLastPathComponent == (file as NSString).deletingLastPathComponent
        let draft = try MetadataDraft.make(file: file, id: dataset, sheet: sheet,
                                           dataFileName: beside ? (file as NSString).lastPathComponent : nil)
        try AtomicFiles.write([(metadataPath, Data(draft.text.utf8))])
        print("no metadata for `\(dataset)`: wrote a draft to \(metadataPath); nothing was imported.")
        print("guessed:")
        for guess in draft.guesses { print("  - " + guess) }
        print("Check it (the comments say what each key means), then run the same command again:")
        print("  " + command)
        throw ExitCode(ExitStatus.input.rawValue)
    }
}

/// The change report of a re-import, printed after the new version is stored.
enum ImportChanges {
    /// Past this many rows the previous version is not loaded to be compared: a million-row re-import would hold
    /// both versions at once (issue 15's memory target is for the import alone).
    static let largestCompared = 200_000

    /// What a new version is compared with.
    enum Previous {
        case none, tooLarge, version(Dataset)
    }

    /// The latest stored version of `id`, when there is one small enough to compare.
    static func previous(of id: String, in catalog: Catalog) -> Previous {
        guard let rows = (try? catalog.summaries())?.first(where: { $0.id == id })?.rows else { return .none }
        guard rows <= largestCompared else { return .tooLarge }
        return (try? catalog.storedDataset(id).dataset).map(Previous.version) ?? .none
    }

    static func print(from previous: Previous, to imported: Dataset) {
        switch previous {
        case .none: break
        case .tooLarge: Swift.print("(changes against the previous version are not listed: it has more than \(largestCompared) rows)")
        case .version(let dataset): for line in ChangeReport(from: dataset, to: imported).lines { Swift.print(line) }
        }
    }
}
