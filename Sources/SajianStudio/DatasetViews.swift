import Foundation
import SajianBind
import SajianCatalog
import SajianModel

/// What the studio shows of datasets, for the pages and the API alike: summaries, metadata, values with every
/// withheld cell as `x` (as the tables print them), and the history of versions with what changed.
struct DatasetViews {
    let engine: StudioEngine

    /// The datasets a request may see: all when authorised, else only those classified *publik*.
    func summaries(authorised: Bool) throws -> [DatasetSummary] {
        try engine.catalog.summaries().filter { authorised || $0.classification == AccessClassification.publik.rawValue }
    }

    /// The dataset, when it exists and the request may see it (a dataset it may not see is as unknown: 404).
    func dataset(_ id: String, version: Int? = nil, authorised: Bool) throws -> (dataset: Dataset, version: DatasetVersion) {
        guard NameRule.allows(id) else { throw StudioError.notFound("`\(id)` is not a dataset id") }
        let stored: (dataset: Dataset, version: DatasetVersion)
        do { stored = try engine.catalog.storedDataset(id, version: version) } catch let error as DatasetError {
            throw StudioError.notFound(engine.project.relative(error.description))
        }
        guard authorised || stored.dataset.metadata.classification == .publik else {
            throw StudioError.notFound("dataset `\(id)` is not in the catalog (or is not publik: send the studio's token)")
        }
        return stored
    }

    func summaryObject(_ summary: DatasetSummary) -> [String: Any] {
        ["id": summary.id, "judul": summary.title, "versi": summary.latest.number, "jumlah_versi": summary.versions,
         "baris": summary.rows, "periode_awal": summary.firstPeriod ?? NSNull(), "periode_akhir": summary.lastPeriod ?? NSNull(),
         "klasifikasi": summary.classification, "sha256": summary.latest.contentHash]
    }

    func metadataObject(_ metadata: DatasetMetadata) -> [String: Any] {
        ["id": metadata.id, "judul": metadata.title, "produsen": metadata.producer ?? NSNull(), "sumber": metadata.source ?? NSNull(),
         "klasifikasi": metadata.classification.rawValue, "dimensi": metadata.dimensions,
         "periode": metadata.periodDimension ?? NSNull(), "ambang_sel_kecil": metadata.smallCellThreshold ?? NSNull(),
         "catatan": metadata.notes ?? NSNull(),
         "ukuran": metadata.measures.map { ["nama": $0.name, "label": $0.label, "satuan": $0.unit.name, "desimal": $0.decimals] as [String: Any] }]
    }

    /// One row of values as shown: the coordinates, the measure and the value formatted as a table prints it.
    struct ValueRow {
        var coordinates: [String]
        var measure: String
        var value: StatisticalValue
        var shown: String
    }

    /// The observations that match every `filters` entry (dimension name → code), measure `measure` if given, with
    /// the cells the dataset withholds as `x`.
    func values(of dataset: Dataset, filters: [String: String], measure: String?) throws -> [ValueRow] {
        var indices: [(Int, String)] = []
        for (name, value) in filters.sorted(by: { $0.key < $1.key }) {
            guard let index = dataset.dimensionIndex(name) else {
                throw StudioError(status: 400, message: "dataset `\(dataset.metadata.id)` has no dimension `\(name)`: its dimensions are \(dataset.metadata.dimensions.joined(separator: ", "))")
            }
            indices.append((index, value))
        }
        if let measure, dataset.metadata.measure(named: measure) == nil {
            throw StudioError(status: 400, message: "dataset `\(dataset.metadata.id)` has no measure `\(measure)`: its measures are \(dataset.metadata.measures.map(\.name).joined(separator: ", "))")
        }
        var withheld: [String: Set<[String]>] = [:]
        var formats: [String: NumberFormat] = [:]
        for item in dataset.metadata.measures {
            withheld[item.name] = SmallCellSuppression.withheldObservations(of: item, in: dataset)
            formats[item.name] = NumberFormat(locale: .indonesian, decimals: item.decimals)
        }
        return dataset.observations.compactMap { observation in
            guard measure == nil || observation.measure == measure,
                  indices.allSatisfy({ observation.coordinates[$0.0] == $0.1 }) else { return nil }
            let value: StatisticalValue = withheld[observation.measure]?.contains(observation.coordinates) == true ? .withheld : observation.value
            let format = formats[observation.measure] ?? NumberFormat()
            return ValueRow(coordinates: observation.coordinates, measure: observation.measure, value: value, shown: format.string(from: value))
        }
    }

    /// What changed from one version to the next: rows added, removed and changed.
    func changes(from old: Dataset, to new: Dataset) -> (added: Int, removed: Int, changed: Int) {
        let before = Dictionary(old.observations.map { ($0.identity, $0.value) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.observations.map { ($0.identity, $0.value) }, uniquingKeysWith: { first, _ in first })
        let added = after.keys.filter { before[$0] == nil }.count
        let removed = before.keys.filter { after[$0] == nil }.count
        let changed = after.filter { key, value in before[key].map { $0 != value } ?? false }.count
        return (added, removed, changed)
    }

    /// The versions of `id`, newest first, each with its change against the one before (the last five compared).
    func history(of id: String) throws -> [[String: Any]] {
        let records = try engine.catalog.versions(of: id)
        var rows: [[String: Any]] = []
        var previous: Dataset?
        for (index, record) in records.enumerated() {
            var row: [String: Any] = ["versi": record.version.number, "diimpor": record.importedAt,
                                      "berkas": (record.sourceFile as NSString).lastPathComponent, "baris": record.rows,
                                      "periode": [record.firstPeriod, record.lastPeriod].compactMap { $0 }.joined(separator: " – "),
                                      "klasifikasi": record.classification, "sha256": record.version.contentHash,
                                      "sha256_pendek": String(record.version.contentHash.prefix(12))]
            if index >= records.count - 6 {
                let current = try engine.catalog.storedDataset(id, version: record.version.number).dataset
                if let previous {
                    let change = changes(from: previous, to: current)
                    row["perubahan"] = ["ditambah": change.added, "dihapus": change.removed, "diubah": change.changed]
                    row["perubahan_teks"] = "+\(change.added) baris, −\(change.removed) baris, \(change.changed) nilai berubah"
                } else if index == 0 {
                    row["perubahan_teks"] = "versi pertama"
                }
                previous = current
            }
            rows.append(row)
        }
        return rows.reversed()
    }
}
