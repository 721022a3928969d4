import Foundation
import SajianCatalog
import SajianModel

/// `sajian-bench --import-wide [--runs N]`: a wide 514 × 24 XLSX (the 514 kabupaten/kota by 24 months, a title row,
/// illustrative values made by `wide_xlsx.py` for timing only) read into the long shape, in process, and stored in
/// a fresh catalog; the median wall clock of N runs (issue 12: under 1 s).
enum ImportBenchmark {
    static func run(root: String, runs: Int) throws {
        let folder = NSTemporaryDirectory() + "sajian-bench-import-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workbook = folder + "/lebar-514x24.xlsx"
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", root + "/Sources/sajian-bench/wide_xlsx.py", root, workbook]
        try python.run()
        python.waitUntilExit()
        let metadata = """
            id: bench-lebar
            judul: Nilai ilustratif (uji kecepatan)
            klasifikasi: rahasia
            ilustratif: ya
            tata-letak: lebar
            baris-judul: 1
            kolom-periode: nilai
            dimensi:
              kode_wilayah: { kolom: Kode }
              wilayah: { kolom: Kabupaten/Kota }
              periode: { jenis: bulan }
            ukuran:
              nilai: { satuan: persen, desimal: 2 }
            """
        let problems = DiagnosticCollector()
        guard let source = DatasetMetadataReader.read(metadata, file: folder + "/bench-lebar.yaml", problems: problems) else {
            throw DiagnosticError(problems.diagnostics)
        }
        try problems.throwIfErrors()
        var read: [Double] = [], total: [Double] = []
        var rows = 0
        for run in 0..<runs {
            let start = Date()
            let imported = try DatasetImporter.read(metadata: source, dataFile: workbook)
            let afterRead = Date()
            try Catalog(path: folder + "/katalog-\(run).sqlite").add(imported)
            read.append(afterRead.timeIntervalSince(start))
            total.append(Date().timeIntervalSince(start))
            rows = imported.dataset.observations.count
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        print("wide XLSX 514 x 24 (\(rows) rows long), median of \(runs) runs:")
        print(String(format: "  read and reshape   %7.1f ms", median(read) * 1000))
        print(String(format: "  + catalog insert   %7.1f ms   (target: under 1 s)", median(total) * 1000))
    }
}
