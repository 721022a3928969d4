import ArgumentParser
import Foundation
import SajianModel
import SajianPublish

/// `sajian`: labour-statistics publications from templates and datasets.
///
/// Exit status: 0 success, 1 a problem in the user's input (each message names file and line and how to
/// mend it), 2 wrong usage of the command.
@main
struct Sajian: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publishes Indonesian labour statistics as tables and charts (PER.03/MEN/II/2009).",
        subcommands: [Publish.self, Check.self])

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as DiagnosticError {
            report(error.diagnostics)
            Foundation.exit(1)
        } catch let error as CocoaError {
            FileHandle.standardError.write(Data("error: cannot write output: \(error.localizedDescription)\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
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

    @Option(help: "Formats to write, comma-separated: pdf,png,svg.", transform: Formats.parse)
    var format: [OutputFormat] = OutputFormat.allCases

    @Option(help: "The folder to write into (default: Output/<template name>).")
    var out: String?

    @Option(help: "The folder holding datasets (default: Datasets/ beside the template's folder).")
    var datasets: String?

    @Option(help: "PNG pixel density: 1, or 2 for high-density screens.")
    var scale: Double = 1

    func validate() throws {
        guard (0.25...8).contains(scale) else { throw ValidationError("--scale must be between 0.25 and 8") }
    }

    func run() throws {
        let options = PublishOptions(formats: format, outputDirectory: out, datasetsDirectory: datasets, scale: scale)
        let report = try Publisher().publish(template: template, options: options)
        Sajian.report(report.warnings)
        report.written.forEach { print($0) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates a template without rendering: components, datasets, fields, confidentiality.")

    @Argument(help: "The publication template (YAML).")
    var template: String

    @Option(help: "The folder holding datasets (default: Datasets/ beside the template's folder).")
    var datasets: String?

    func run() throws {
        let warnings = try Publisher().check(template: template, datasetsDirectory: datasets)
        Sajian.report(warnings)
        print("\(template): ok")
    }
}

enum Formats {
    static func parse(_ text: String) throws -> [OutputFormat] {
        try text.split(separator: ",").map { name in
            guard let format = OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("unknown format `\(name)`: choose from pdf, png, svg")
            }
            return format
        }
    }
}
