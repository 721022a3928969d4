import ArgumentParser
import Foundation
import SajianForms
import SajianModel
import SajianCatalog
import SajianPublish
import SajianTemplate

/// `sajian`: labour-statistics publications from templates and datasets.
///
/// Exit status (`ExitStatus`): 0 success, 1 a problem in the user's input (each message names file and line and how
/// to mend it), 2 wrong use of the command, 3 a failure of the machine or of Sajian (an unwritable folder, a full
/// disk, a renderer or database failure).
@main
struct Sajian: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publishes Indonesian labour statistics as tables and charts (PER.03/MEN/II/2009).",
        subcommands: [Publish.self, Check.self, Import.self, Datasets.self, Reclassify.self, Backup.self, Restore.self,
                      StudioCommand.self])

    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withUsageError: error)
        }
        do {
            try command.run()
        } catch let error as DiagnosticError {
            report(error.diagnostics)
            Foundation.exit(ExitStatus(error.fault).rawValue)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch where [.success, .validationFailure].contains(exitCode(for: error)) {
            // `--help` runs as a command of swift-argument-parser's own, which throws its help or usage errors here.
            exit(withUsageError: error)
        } catch {
            FileHandle.standardError.write(Data((ExitStatus.message(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus(running: error).rawValue)
        }
    }

    /// swift-argument-parser's own errors: help and version requests succeed (on standard output), the rest are
    /// wrong usage, told with the command's usage.
    static func exit(withUsageError error: Error) -> Never {
        if exitCode(for: error) == .success {
            print(fullMessage(for: error))
            Foundation.exit(ExitStatus.success.rawValue)
        }
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitStatus.usage.rawValue)
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            FileHandle.standardError.write(Data("\(errors) problem\(errors == 1 ? "" : "s") found; nothing was written.\n".utf8))
        }
    }
}

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Renders a template's figures as PDF, PNG and SVG and prints the paths written.")

    @Argument(help: "The publication template (YAML), e.g. Templates/contoh-inti.yaml.")
    var template: String

    @Option(help: "Formats to write, comma-separated: pdf,png,svg,csv (csv: each figure's data).", transform: Formats.parse)
    var format: [OutputFormat] = OutputFormat.allCases

    @Option(help: "The folder to write into (default: Output/<template name>).")
    var out: String?

    @Option(help: "The folder holding datasets (default: Datasets/ beside the template's folder).")
    var datasets: String?

    @Option(help: "PNG pixel density: 1, or 2 for high-density screens (0.25 to 4; a PNG has at most 40 megapixels).")
    var scale: Double = 1

    @Option(help: "For a per-region template: a BPS province code (33), several (33,34), or `semua` for all 38; for a per-kabupaten/kota template a province (32: its kabupaten/kota), a kabupaten/kota (3273), or `semua` for all 514.")
    var wilayah: String?

    @Option(help: "Threads for `--wilayah` batches (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var catalog: CatalogOption

    func validate() throws {
        guard PublishOptions.scales.contains(scale) else {
            throw ValidationError("--scale must be between \(PublishOptions.scales.lowerBound) and \(Int(PublishOptions.scales.upperBound)) (a PNG has at most 40 megapixels)")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let options = PublishOptions(formats: format, outputDirectory: out, datasetsDirectory: datasets,
                                     catalogPath: catalog.path, scale: scale)
        let report: PublishReport
        if let wilayah {
            let regions = try Publisher.regions(wilayah, level: TemplateParser.regionLevel(template) ?? .province)
            let bar = ProgressBar(total: regions.count)
            report = try Publisher().publish(template: template, regions: regions, options: options, workers: jobs) { done, total, region in
                bar.update(done: done, label: "\(region.code) \(region.name)")
            }
            bar.finish()
        } else {
            report = try Publisher().publish(template: template, options: options)
        }
        Sajian.report(report.warnings)
        // Which data was used, one line per dataset: id, version and where it came from.
        for use in report.datasets {
            FileHandle.standardError.write(Data("data: \(use)\n".utf8))
        }
        report.written.forEach { print($0) }
        if !report.failures.isEmpty {
            for failure in report.failures {
                FileHandle.standardError.write(Data("\nfailed: \(failure.region.code) \(failure.region.name)\n".utf8))
                Sajian.report(failure.problems)
            }
            FileHandle.standardError.write(Data("\(report.failures.count) of the regions failed (listed above); the others were written.\n".utf8))
            let fault: Fault = report.failures.contains { $0.fault == .system } ? .system : .input
            throw ExitCode(ExitStatus(fault).rawValue)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates a template without rendering: components, datasets, fields, confidentiality.")

    @Argument(help: "The publication template (YAML).")
    var template: String

    @Option(help: "The folder holding datasets (default: Datasets/ beside the template's folder).")
    var datasets: String?

    @Option(help: "For a per-region template: the regions to check, as for `publish --wilayah` (default: every region).")
    var wilayah: String?

    @OptionGroup var catalog: CatalogOption

    func run() throws {
        let regions = try wilayah.map { try Publisher.regions($0, level: TemplateParser.regionLevel(template) ?? .province) }
        let warnings = try Publisher().check(template: template, datasetsDirectory: datasets, catalogPath: catalog.path, regions: regions)
        Sajian.report(warnings)
        print("\(template): ok")
    }
}

enum Formats {
    static func parse(_ text: String) throws -> [OutputFormat] {
        try text.split(separator: ",").map { name in
            guard let format = OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("unknown format `\(name)`: choose from pdf, png, svg, csv")
            }
            return format
        }
    }
}

/// `--catalog PATH`, shared by the commands that use the catalog.
struct CatalogOption: ParsableArguments {
    @Option(name: .customLong("catalog"), help: "The catalog (default: $SAJIAN_CATALOG, else ~/.local/share/sajian/katalog.sqlite).")
    var explicitPath: String?

    var path: String { explicitPath ?? Catalog.defaultPath() }
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Imports a CSV or XLSX file as a new version of a dataset in the catalog (all of it or nothing).")

    @Argument(help: "The data file: CSV (comma or semicolon, UTF-8 or as declared) or XLSX.")
    var file: String

    @Option(help: "The dataset's id.")
    var dataset: String

    @Option(help: "The metadata YAML (default: <dataset>.yaml beside the file). Where there is none, a draft is written there and nothing is imported.")
    var metadata: String?

    @Option(help: "For XLSX: the sheet to read (default: the metadata's `lembar`, else the first sheet).")
    var sheet: String?

    @OptionGroup var catalog: CatalogOption

    func validate() throws {
        guard NameRule.allows(dataset) else {
            throw ValidationError("`--dataset \(dataset)` is not a name: use letters, digits, - and _ (at most \(NameRule.longest) characters).")
        }
    }

    func run() throws {
        let metadataPath = metadata ?? ((file as NSString).deletingLastPathComponent.isEmpty ? "" : (file as NSString).deletingLastPathComponent + "/") + "\(dataset).yaml"
        if !FileManager.default.fileExists(atPath: metadataPath) {
            try ImportDraft.write(for: file, dataset: dataset, sheet: sheet, metadataPath: metadataPath,
                                  command: CommandLine.arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " "))
        }
        let problems = DiagnosticCollector()
        guard var source = DatasetMetadataReader.read(contentsOf: metadataPath, problems: problems) else {
            throw DiagnosticError(problems.diagnostics)
        }
        try problems.throwIfErrors()
        if source.metadata.id != dataset {
            throw DiagnosticError(Diagnostic(at: source.metadata.location, "the metadata describes dataset `\(source.metadata.id)`, not `\(dataset)`",
                                             hint: "Pass `--dataset \(source.metadata.id)` or fix `id:` in the metadata."))
        }
        source.dataFile = file
        let catalog = try Catalog(path: self.catalog.path)
        // Content the latest version already holds is recognised from the bytes, before a row is parsed.
        if let hash = DatasetImporter.contentHash(metadata: source, dataFile: file),
           let version = try catalog.latestVersion(of: dataset, ifContentHash: hash) {
            print("unchanged: \(version) already holds this content")
            return
        }
        let imported = try DatasetImporter.read(metadata: source, dataFile: file, sheet: sheet)
        Sajian.report(imported.warnings)
        let previous = ImportChanges.previous(of: dataset, in: catalog)
        let result = try catalog.add(imported)
        print(result.isNewVersion ? "imported \(result.version) (\(imported.dataset.observations.count) rows)"
                                  : "unchanged: \(result.version) already holds this content")
        if result.isNewVersion { ImportChanges.print(from: previous, to: imported.dataset) }
    }
}

struct Reclassify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Changes a dataset's access classification for every version, with its reason kept in the catalog.",
        discussion: """
            A dataset's classification is the strictest any of its versions was imported with (PER.03/MEN/II/2009 \
            Pasal 2(2)): importing it again as publik does not release it. This is the one way to lower it, on a \
            decision that the reason names; versions imported later count again.
            """)

    @Argument(help: "The dataset's id.")
    var dataset: String

    @Option(name: .customLong("klasifikasi"), help: "publik, terbatas or rahasia.")
    var classification: String

    @Option(name: .customLong("alasan"), help: "Why, and on whose decision (kept in the catalog).")
    var reason: String

    @OptionGroup var catalog: CatalogOption

    func validate() throws {
        guard AccessClassification(rawValue: classification) != nil else {
            throw ValidationError("`--klasifikasi \(classification)` is not a classification: write publik, terbatas or rahasia.")
        }
    }

    func run() throws {
        let record = try Catalog(path: catalog.path).reclassify(dataset, as: AccessClassification(rawValue: classification)!, reason: reason)
        print("\(record.datasetID): klasifikasi \(record.classification.rawValue) for every version (decided after v\(record.afterVersion), \(record.madeAt)): \(record.reason)")
    }
}

struct Datasets: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Lists the catalog's datasets.")

    @OptionGroup var catalog: CatalogOption

    func run() throws {
        let summaries = try Catalog(path: catalog.path).summaries()
        let rows = [["id", "versi", "baris", "periode", "klasifikasi", "sha256"]] + summaries.map { summary in
            [summary.id, "\(summary.latest.number) (\(summary.versions))", NumberFormat().string(from: Double(summary.rows)),
             [summary.firstPeriod, summary.lastPeriod].compactMap { $0 }.joined(separator: " – "), summary.classification,
             String(summary.latest.contentHash.prefix(12))]
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            print(zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  "))
        }
        if summaries.isEmpty { print("(the catalog \(catalog.path) is empty: `sajian import FILE --dataset ID`)") }
    }
}

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Copies the catalog to a file (SQLite online backup).")

    @Argument(help: "The backup file to write.")
    var destination: String

    @OptionGroup var catalog: CatalogOption

    func run() throws {
        try Catalog(path: catalog.path).backup(to: destination)
        print(destination)
    }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replaces the catalog with a backup, after checking that the backup is intact.")

    @Argument(help: "The backup file to restore.")
    var source: String

    @OptionGroup var catalog: CatalogOption

    func run() throws {
        try Catalog.restore(from: source, to: catalog.path)
        print("restored \(catalog.path) from \(source)")
    }
}

/// A one-line progress bar on the terminal (standard error), redrawn in place; silent when not a terminal.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) != 0

    init(total: Int) { self.total = total }

    func update(done: Int, label: String) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let width = 30, filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)  \(label.padding(toLength: 28, withPad: " ", startingAt: 0))".utf8))
    }

    func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
