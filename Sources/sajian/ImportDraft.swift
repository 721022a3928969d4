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
    static func print(from previous: Dataset?, to imported: Dataset) {
        guard let previous else { return }
        for line in ChangeReport(from: previous, to: imported).lines { Swift.print(line) }
    }
}
