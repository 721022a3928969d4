import Foundation
import SajianModel
import SajianTemplate

/// Reads a dataset's metadata YAML (Satu Data style, Indonesian keys) into `DatasetMetadata`.
public enum DatasetMetadataReader {
    /// The metadata and the data file it names (`berkas`, defaulting to `<id>.csv` beside it).
    public struct Result {
        public var metadata: DatasetMetadata
        public var dataFile: String
        /// The CSV column holding the measure's name, and the one holding the value.
        public var measureColumn: String
        public var valueColumn: String
    }

    public static func read(contentsOf path: String, problems: DiagnosticCollector) -> Result? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            problems.error(at: SourceLocation(file: path), "cannot read the dataset metadata as UTF-8 text")
            return nil
        }
        guard let root = YAMLMapping.document(text, file: path, problems: problems) else { return nil }
        let fallbackID = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let id = root.string("id")?.value ?? fallbackID
        let title = root.string("judul")?.value
        if title == nil {
            problems.error(at: root.location, "dataset `\(id)` has no `judul`", hint: "Add `judul:` saying what the data measures.")
        }
        let group: DataGroup? = root.has("kelompok") ? root.choice("kelompok", default: DataGroup.generalEmployment) : nil
        let classification = root.choice("klasifikasi", default: AccessClassification.publik)
        var dimensions: [String] = root.strings("dimensi")
        if dimensions.isEmpty, let mapping = root.mapping("dimensi") {
            dimensions = mapping.entries.map(\.key.value)
        }
        var measures: [Measure] = []
        if let mapping = root.mapping("ukuran") {
            for entry in mapping.entries {
                let name = entry.key.value
                let measure = YAMLMapping.nested(entry.value, of: mapping)
                let unit = measure?.string("satuan").map { MeasureUnit(name: $0.value) } ?? .other("")
                let additiveDefault = [MeasureUnit.persons, .thousandPersons, .millionPersons].contains(unit)
                measures.append(Measure(name: name, label: measure?.string("nama")?.value, unit: unit, decimals: measure?.integer("desimal", in: 0...6) ?? 0,
                                        definition: measure?.string("definisi")?.value,
                                        isAdditive: measure?.flag("aditif", default: additiveDefault) ?? additiveDefault))
                measure?.rejectUnknownKeys(context: "measure `\(name)`")
            }
        }
        if measures.isEmpty {
            problems.error(at: root.location, "dataset `\(id)` declares no `ukuran` (measures)",
                           hint: "Add `ukuran:` with each measure's `satuan` and `desimal`, e.g. `tpt: { satuan: persen, desimal: 2 }`.")
        }
        let metadata = DatasetMetadata(
            id: id, title: title ?? id, producer: root.string("produsen")?.value, source: root.string("sumber")?.value,
            group: group, classification: classification, isIllustrative: root.flag("ilustratif", default: false),
            dimensions: dimensions, measures: measures, location: root.location)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let dataFile = directory.appendingPathComponent(root.string("berkas")?.value ?? "\(fallbackID).csv").path
        let result = Result(metadata: metadata, dataFile: dataFile,
                            measureColumn: root.string("kolom-ukuran")?.value ?? "indikator",
                            valueColumn: root.string("kolom-nilai")?.value ?? "nilai")
        // Keys recorded for the catalog and for readers of the file, not used in drawing yet.
        for key in ["frekuensi", "periode", "tanggal-rilis", "catatan", "konsep", "definisi", "klasifikasi-data",
                    "kode-referensi", "lisensi", "kontak"] { _ = root.has(key) }
        root.rejectUnknownKeys(context: "the metadata of dataset `\(id)`")
        return result
    }
}

extension YAMLMapping {
    /// A mapping nested as the value of one of `parent`'s entries.
    static func nested(_ node: Yams.Node, of parent: YAMLMapping) -> YAMLMapping? {
        guard node.mapping != nil else { return nil }
        return YAMLMapping(file: parent.file, node: node, problems: parent.collector)
    }
}

import Yams
