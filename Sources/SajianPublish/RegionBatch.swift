import Dispatch
import Foundation
import SajianForms
import SajianLayout
import SajianCairo
import SajianModel
import SajianTemplate

extension Publisher {
    /// Publishes a per-region template once for each region, on every core: the provincial booklets.
    ///
    /// Datasets are brought into the catalog once and read once; each region is parsed, bound, laid out and
    /// rendered on its own thread with its own text measurer, and its files are written atomically as soon as
    /// it is done. A region that fails is reported in `failures` and does not stop the others.
    /// `progress` is called after each region with the count done, the total and the region.
    public func publish(template path: String, regions: [RegionParameter], options: PublishOptions = PublishOptions(),
                        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                        progress: @escaping @Sendable (Int, Int, RegionParameter) -> Void = { _, _, _ in }) throws -> PublishReport {
        guard !regions.isEmpty else { return PublishReport(written: [], warnings: []) }
        // Every region's datasets (a template may name them per region); a region that does not parse is
        // reported with the others below.
        let specs = regions.compactMap { try? TemplateParser.parse(contentsOf: path, region: $0) }
        let prepared = try prepareDatasets(for: specs, template: path, options: options)
        let datasets = prepared.source
        let results = RegionResults(count: regions.count)
        let queue = DispatchQueue(label: "sajian.regions", attributes: .concurrent)
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: max(1, workers))
        for (index, region) in regions.enumerated() {
            slots.wait()
            queue.async(group: group) {
                defer { slots.signal() }
                var regionOptions = options
                regionOptions.region = region
                do {
                    let spec = try TemplateParser.parse(contentsOf: path, region: region)
                    // With a region on every core, each renders in turn inside (`Concurrently.inTurn`): no placement is
                    // guessed ahead on a core another region is using.
                    let render = { try self.render(spec, template: path, datasets: datasets, options: regionOptions, measurer: PangoTextMeasurer()) }
                    let rendered = try workers > 1 ? Concurrently.inTurn(render) : render()
                    try AtomicFiles.write(rendered.files)
                    results.set(index, .success(rendered.report))
                } catch let error as DiagnosticError {
                    results.set(index, .failure(RegionFailure(region: region, problems: error.diagnostics, fault: error.fault)))
                } catch {
                    let fault = (error as? FaultAttributed)?.fault ?? .system
                    results.set(index, .failure(RegionFailure(region: region, problems: [Diagnostic(at: SourceLocation(file: path), "\(error)")],
                                                              fault: fault)))
                }
                progress(results.done, regions.count, region)
            }
        }
        group.wait()
        var report = PublishReport(written: [], warnings: [], imported: prepared.imported)
        report.datasets = prepared.uses
        for result in results.all {
            switch result {
            case .success(let regionReport):
                report.written += regionReport.written
                report.warnings += regionReport.warnings
            case .failure(let failure):
                report.failures.append(failure)
            case nil:
                break
            }
        }
        report.warnings = Self.unique(report.warnings)
        return report
    }

    /// Regions as `--wilayah` names them: `semua`, a BPS code (`33`), several (`33,34`), or names; for a
    /// kabupaten/kota template a province's code (`32`: its 27 kabupaten/kota), a kabupaten/kota's BPS code (`3273`),
    /// its dotted Kemendagri code (`93.01`, for those without a BPS code) or its name (`Kota Bandung`).
    public static func regions(_ text: String, level: RegionLevel = .province) throws -> [RegionParameter] {
        if text.lowercased() == "semua" { return level.all }
        var regions: [RegionParameter] = []
        for code in text.split(separator: ",") {
            let code = code.trimmingCharacters(in: .whitespaces)
            switch level {
            case .province: regions.append(try province(code))
            case .regency: regions += try regencies(code)
            }
        }
        var seen = Set<String>()
        return regions.filter { seen.insert($0.code).inserted }
    }

    private static func province(_ code: String) throws -> RegionParameter {
        if let province = ProvinceCodes.province(bpsCode: code) { return RegionParameter(code: province.bpsCode, name: province.name) }
        if let named = ReferenceCodeList.provinceBPS.match(code).entry, named.code != ProvinceCodes.national.bpsCode {
            return RegionParameter(code: named.code, name: named.name)
        }
        let nearestName = nearest(code, in: ProvinceCodes.all.map(\.name))
        throw DiagnosticError(Diagnostic(at: SourceLocation(file: "--wilayah"), "`\(code)` is not a province code",
                                         hint: (nearestName.map { "Did you mean \($0)? " } ?? "") + "Give a BPS code (11 Aceh … 97 Papua Pegunungan) or `semua`."))
    }

    private static func regencies(_ code: String) throws -> [RegionParameter] {
        if let province = ProvinceCodes.province(bpsCode: code), province != ProvinceCodes.national {
            return RegencyCodes.regencies(inProvinceBPS: province.bpsCode).map(RegionParameter.init)
        }
        if let regency = RegencyCodes.regency(bpsCode: code) { return [RegionParameter(regency)] }
        if code.contains("."), let regency = RegencyCodes.regency(kemendagriCode: code) { return [RegionParameter(regency)] }
        let usage = "Give a province's BPS code (`32`: its kabupaten/kota), a kabupaten/kota's BPS code (`3273`), its name, or `semua`."
        switch ReferenceCodeList.regencyKemendagri.match(code) {
        case .unit(let entry):
            if let regency = RegencyCodes.regency(kemendagriCode: entry.code) { return [RegionParameter(regency)] }
        case .ambiguous(let entries):
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: "--wilayah"), "`\(code)` names \(entries.count) kabupaten/kota: \(entries.map(\.name).joined(separator: " and "))",
                                             hint: "Write which one (`\(entries.map(\.name).joined(separator: "` or `"))`), or its BPS code."))
        case .unknown(let near):
            if let province = ReferenceCodeList.provinceBPS.match(code).entry, province.code != ProvinceCodes.national.bpsCode {
                return RegencyCodes.regencies(inProvinceBPS: province.code).map(RegionParameter.init)
            }
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: "--wilayah"), "`\(code)` is neither a province nor a kabupaten/kota",
                                             hint: (near.map { "Did you mean \($0.name)? " } ?? "") + usage))
        }
        throw DiagnosticError(Diagnostic(at: SourceLocation(file: "--wilayah"), "`\(code)` is neither a province nor a kabupaten/kota", hint: usage))
    }
}

/// Results of a batch, one slot per region, filled from several threads.
private final class RegionResults: @unchecked Sendable {
    enum Outcome {
        case success(PublishReport)
        case failure(RegionFailure)
    }

    private let lock = NSLock()
    private var slots: [Outcome?]
    private var finished = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Outcome) {
        lock.lock()
        slots[index] = outcome
        finished += 1
        lock.unlock()
    }

    var done: Int {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    var all: [Outcome?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
