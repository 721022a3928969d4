import Foundation
import SajianForms
import SajianBind
import SajianCairo
import SajianCatalog
import SajianLayout
import SajianModel
import SajianScene
import SajianTemplate

// Sajian's benchmark: median milliseconds per render of the demo's 38-province bar chart
// (TPT Agustus 2024, BPS) at 1600x1000 PNG (800x500 px at 2x, encoding included), SVG and PDF,
// the files' sizes, a sweep of PNG encoder settings, peak memory, and matplotlib on the same chart.
// Run: swift run -c release sajian-bench [--runs N] [--sweep] [--floor] [--map (the choropleth only)] [--profile KIND [N] (KIND: bar, line, pie, pictogram, map, map-svg, map-pdf, map-layout, map-layout-kabupaten, map-regency)] [--write-png DIR] [--print-tolerance T (the map PDF's, points)]
// Whole publications (bulletin, 38 booklets, web export) as processes: sajian-bench --publications [--runs N]
// A wide 514 x 24 XLSX imported (issue 12): sajian-bench --import-wide [--runs N]
// Figures through Sajian Studio's API against a process per chart (wrk): sajian-bench --studio [--seconds N]

let arguments = CommandLine.arguments
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 41
/// The print (PDF) tolerance of the map cases, points: `--print-tolerance T` measures another than the house style's.
let printMapTolerance = arguments.firstIndex(of: "--print-tolerance").flatMap { Double(arguments[$0 + 1]) } ?? HouseStyle.printMapTolerance

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
// The bundled boundaries are found from the working folder (`Datasets/batas-provinsi.geojson`, as `sajian` run in a
// project): from the project's root, so that `perf record … .build/release/sajian-bench --profile map` works from anywhere.
FileManager.default.changeCurrentDirectoryPath(root)

if arguments.contains("--import-wide") {
    try ImportBenchmark.run(root: root, runs: arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 9)
    exit(0)
}

if arguments.contains("--studio") {
    try StudioBenchmark.run(root: root, seconds: arguments.firstIndex(of: "--seconds").flatMap { Int(arguments[$0 + 1]) } ?? 10,
                            sajian: arguments.firstIndex(of: "--sajian").map { arguments[$0 + 1] })
    exit(0)
}
if arguments.contains("--publications") {
    try PublicationBenchmark.run(root: root, runs: arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 9)
    exit(0)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func measure(_ body: () throws -> Data) rethrows -> (ms: Double, bytes: Int) {
    _ = try body()  // warm-up: fonts and caches
    var times: [Double] = []
    var bytes = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        bytes = try body().count
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return (median(times), bytes)
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

// The chart, bound from the real dataset as `sajian publish` binds it.
let templateText = """
    publikasi: { judul: Benchmark }
    bab:
      - isi:
          - jenis: grafik-batang
            id: tpt-provinsi
            judul: Tingkat Pengangguran Terbuka (TPT) menurut Provinsi, Agustus 2024
            data: tpt-provinsi
            saring: { periode: 2024-08 }
            kategori: wilayah
            nilai: tpt
            arah: horizontal
            urut: menurun
            sorot: Indonesia
            sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024
    """
let problems = DiagnosticCollector()
let spec = TemplateParser.parse(templateText, file: "benchmark.yaml", problems: problems)!
let figure = try FigureBinder(datasets: DatasetDirectory(path: root + "/Datasets")).bind(spec).figures[0]
guard case .single(let chart)? = figure.body as? BarChartBody else { fatalError("expected a bar chart of one series") }
let measurer = PangoTextMeasurer()
let documents = DocumentLayout(figureLayout: FigureLayout(measurer: measurer))
func scene() -> Scene { documents.standalone(figure, width: 600, height: 375).scene }
let date = Date(timeIntervalSince1970: 1_700_000_000)
/// Issue 14: a kabupaten/kota map of one province (Jawa Barat's 27, bundled kabupaten/kota).
let regencyMapYAML = "jenis: peta-tematik\njudul: TPT menurut Kabupaten/Kota di Jawa Barat, 2024\ndata: tpt-kabupaten-kota-jabar\nsaring: { periode: 2024 }\nnilai: tpt\nbatas: kabupaten-kota\nsumber: BPS Provinsi Jawa Barat"
/// The national choropleth of the map benchmark (region names on, the default).
let nationalMapYAML = "jenis: peta-tematik\njudul: Tingkat Pengangguran Terbuka (TPT) menurut Provinsi, Agustus 2024\ndata: tpt-provinsi\nsaring: { periode: 2024-08 }\nnilai: tpt\nklasifikasi: { metode: jenks, kelas: 5 }\nsumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024"

if arguments.contains("--map") {
    try mapBenchmark()
    exit(0)
}

func bound(_ figure: String) throws -> BoundFigure {
    let text = "publikasi: { judul: Benchmark }\nbab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
    let spec = TemplateParser.parse(text, file: "benchmark.yaml", problems: DiagnosticCollector())!
    return try FigureBinder(datasets: DatasetDirectory(path: root + "/Datasets")).bind(spec).figures[0]
}
let line = try bound("jenis: grafik-garis\njudul: TPT\ndata: indikator-nasional\nsaring: { periode: 2015-02 s.d. 2024-08 }\nnilai: tpt\nsumber: BPS")
let pie = try bound("jenis: grafik-donat\njudul: Pendidikan\ndata: bekerja-pendidikan\nsaring: { periode: 2024-08 }\nkategori: pendidikan\nnilai: distribusi_penduduk_bekerja\nsumber: BPS")
let pictogram = try bound("jenis: grafik-piktogram\njudul: PMI\ndata: pmi-negara-tujuan\nsaring: { periode: \"2023\", negara_tujuan: [Taiwan, Malaysia, Hong Kong, Korea Selatan, Jepang] }\nkategori: negara_tujuan\nnilai: penempatan_pmi\nikon: koper\nsatuan: ribu orang\ndesimal: 1\nsatu-ikon: 5\nsumber: BP2MI")

// Issue 4's table: 38 provinces × (3 measures × 2 periods), two heading levels. The province names and the
// TPT of Agustus 2024 are real; the other cells are generated for timing only and never published.
let provinces = chart.bars.map(\.label).filter { $0 != "Indonesia" }
let measureNames = ["TPT (persen)", "TPAK (persen)", "Setengah pengangguran (persen)"]
let tableColumns = measureNames.flatMap { measure in
    ["Februari 2024", "Agustus 2024"].map { TableData.Column(groups: [measure], heading: $0, format: NumberFormat(decimals: 2)) }
}
let tableRows = provinces.enumerated().map { index, name in
    TableData.Row(label: name, cells: (0..<6).map { column in .number(Double(index * 7 + column * 13 % 97) / 7.3 + 1) })
}
let tableFigure = BoundFigure(
    id: "bench-table", location: SourceLocation(file: "benchmark"),
    components: FigureComponents(kind: .table, number: "1", title: "Indikator Ketenagakerjaan menurut Provinsi (uji waktu)",
                                 source: "Angka buatan untuk mengukur waktu", altText: "Tabel uji"),
    body: TableData(stubHead: "Provinsi", columns: tableColumns, rows: tableRows), locale: .indonesian)
func tableScene() -> Scene { documents.standalone(tableFigure, width: 600, height: nil).scene }

// For profilers: `--profile KIND [N]` renders that chart's 1600x1000 PNG N times (default 500) and exits.
if let index = arguments.firstIndex(of: "--profile") {
    let kind = arguments[index + 1]
    let count = arguments.count > index + 2 ? Int(arguments[index + 2]) ?? 500 : 500
    if kind.hasPrefix("map") {
        // The national choropleth: its layout alone, its 1600x1000 PNG, its SVG, or its PDF at print detail; Jawa
        // Barat's kabupaten/kota map: its layout alone (`map-layout-kabupaten`) or its PNG (`map-regency`).
        let map = try bound(kind == "map-layout-kabupaten" || kind == "map-regency" ? regencyMapYAML : nationalMapYAML)
        var printStyle = HouseStyle.standard
        printStyle.mapTolerance = printMapTolerance
        let printDocuments = DocumentLayout(figureLayout: FigureLayout(style: printStyle, measurer: measurer))
        for _ in 0..<count {
            switch kind {
            case "map", "map-regency": _ = try CairoExport.png(documents.standalone(map, width: 600, height: 375).scene, options: PNGOptions(scale: 2))
            case "map-svg": _ = try CairoExport.svg(documents.standalone(map, width: 600, height: 375).scene)
            case "map-pdf": _ = try CairoExport.pdf(printDocuments.standalone(map, width: 600, height: 375).scene, date: date)
            default: _ = documents.standalone(map, width: 600, height: 375).scene
            }
        }
        exit(0)
    }
    // A chart's PNG (`bar`), or its PDF (`bar-pdf`).
    let chart = kind.hasSuffix("-pdf") ? String(kind.dropLast(4)) : kind
    guard let chosen = ["bar": figure, "line": line, "pie": pie, "pictogram": pictogram][chart] else {
        fatalError("--profile bar|line|pie|pictogram[-pdf]|map|map-svg|map-pdf|map-layout|map-layout-kabupaten|map-regency")
    }
    for _ in 0..<count {
        let scene = documents.standalone(chosen, width: 600, height: 375).scene
        _ = try kind.hasSuffix("-pdf") ? CairoExport.pdf(scene, date: date) : CairoExport.png(scene, options: PNGOptions(scale: 2))
    }
    exit(0)
}

// For checking encoders: `--write-png DIR` writes each chart type's 1600x1000 PNG and the table's at 2x into DIR,
// the national map as PNG, SVG and PDF (print detail), and Jawa Barat's kabupaten/kota map as PNG, and exits.
if let index = arguments.firstIndex(of: "--write-png") {
    for (kind, chosen) in [("bar", figure), ("line", line), ("pie", pie), ("pictogram", pictogram), ("table", tableFigure)] {
        let height: Double? = kind == "table" ? nil : 375
        let png = try CairoExport.png(documents.standalone(chosen, width: 600, height: height).scene, options: PNGOptions(scale: 2))
        try png.write(to: URL(fileURLWithPath: arguments[index + 1] + "/\(kind).png"))
    }
    // The national choropleth as the map benchmark renders it: PNG 1600x1000, SVG, PDF at print detail.
    let map = try bound(nationalMapYAML)
    var printStyle = HouseStyle.standard
    printStyle.mapTolerance = printMapTolerance
    let printDocuments = DocumentLayout(figureLayout: FigureLayout(style: printStyle, measurer: measurer))
    try CairoExport.png(documents.standalone(map, width: 600, height: 375).scene, options: PNGOptions(scale: 2))
        .write(to: URL(fileURLWithPath: arguments[index + 1] + "/map.png"))
    try CairoExport.svg(documents.standalone(map, width: 600, height: 375).scene).write(to: URL(fileURLWithPath: arguments[index + 1] + "/map.svg"))
    try CairoExport.pdf(printDocuments.standalone(map, width: 600, height: 375).scene, date: date)
        .write(to: URL(fileURLWithPath: arguments[index + 1] + "/map.pdf"))
    // Jawa Barat's kabupaten/kota map as the map benchmark renders it: PNG 1600x1000.
    try CairoExport.png(documents.standalone(try bound(regencyMapYAML), width: 600, height: 375).scene, options: PNGOptions(scale: 2))
        .write(to: URL(fileURLWithPath: arguments[index + 1] + "/regency.png"))
    exit(0)
}

print("Sajian benchmark: \(chart.bars.count)-bar chart, 1600x1000 PNG (2x), median of \(runs) runs, release build")
print("")
let layoutOnly = measure { _ = scene(); return Data() }
let pngRuns = try measure { try CairoExport.png(scene(), options: PNGOptions(scale: 2)) }
let pngLib = try measure { try CairoExport.png(scene(), options: PNGOptions(scale: 2, encoder: .libpng)) }
let pngCairo = try measure { try CairoExport.png(scene(), options: PNGOptions(scale: 2, encoder: .cairo)) }
let svg = try measure { try CairoExport.svg(scene()) }
let pdf = try measure { try CairoExport.pdf(scene(), date: date) }
func padded(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
print(padded("render (layout + draw + encode)", 36) + "median ms      bytes")
for (name, result) in [("layout only", layoutOnly), ("PNG, run encoder (default)", pngRuns), ("PNG, libpng level 1", pngLib), ("PNG, cairo_surface_write_to_png", pngCairo),
                       ("SVG", svg), ("PDF", pdf)] {
    print(padded(name, 36) + String(format: "%9.2f %10d", result.ms, result.bytes))
}
print(String(format: "PNG size vs libpng level 1: %.2fx, vs Cairo's own: %.2fx", Double(pngRuns.bytes) / Double(pngLib.bytes),
             Double(pngRuns.bytes) / Double(pngCairo.bytes)))

if arguments.contains("--sweep") {
    print("\nPNG encoder settings (level, filter, strategy): median ms and bytes")
    let filters: [(String, Int32)] = [("none", 0x08), ("sub", 0x10), ("up", 0x20), ("paeth", 0x80), ("all", 0xF8)]
    let strategies: [(String, Int32)] = [("default", 0), ("filtered", 1), ("rle", 3)]
    for level: Int32 in [1, 3, 6, 9] {
        for (filterName, filter) in filters {
            for (strategyName, strategy) in strategies {
                let result = try measure {
                    try CairoExport.png(scene(), options: PNGOptions(scale: 2, compressionLevel: level, filters: filter, strategy: strategy,
                                                                     encoder: .libpng))
                }
                print("  level \(level)  " + padded(filterName, 6) + padded(strategyName, 9) + String(format: "%8.2f ms %9d B", result.ms, result.bytes))
            }
        }
    }
}
let tableLayout = measure { _ = tableScene(); return Data() }
let tablePNG1x = try measure { try CairoExport.png(tableScene(), options: PNGOptions(scale: 1)) }
let tablePDF = try measure { try CairoExport.pdf(tableScene(), date: date) }
let tablePNG = try measure { try CairoExport.png(tableScene(), options: PNGOptions(scale: 2)) }
let tableSize = tableScene().pages[0].size
print("")
print(String(format: "table 38 x (3 x 2), two heading levels (%.0fx%.0f pt):", tableSize.width, tableSize.height))
print(padded("  layout only", 36) + String(format: "%9.2f", tableLayout.ms))
print(padded("  PDF", 36) + String(format: "%9.2f %10d", tablePDF.ms, tablePDF.bytes))
print(padded("  PNG 1x", 36) + String(format: "%9.2f %10d", tablePNG1x.ms, tablePNG1x.bytes))
print(padded("  PNG 2x", 36) + String(format: "%9.2f %10d", tablePNG.ms, tablePNG.bytes))

print(String(format: "\npeak memory: %.1f MB", peakMemoryMB()))

// Every chart type at 800x500 px (1600x1000 PNG at 2x), SVG and PDF, against matplotlib drawing the same data in
// the same run. The charts are the demo's, bound from the real datasets.
func peer(kind: String, labels: [String], values: [Any], extra: [String: Any] = [:]) -> [String: Double]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", root + "/Sources/sajian-bench/matplotlib_peer.py", String(min(runs, 11))]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let request = try! JSONSerialization.data(withJSONObject: ["kind": kind, "labels": labels, "values": values].merging(extra) { $1 })
    input.fileHandleForWriting.write(request)
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let json = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Double]] else { return nil }
    return json.mapValues { $0["median_ms"] ?? .nan }
}

print("\nEvery chart type, 800x500 px (PNG 1600x1000), median ms; matplotlib on the same data, same run:")
print(padded("chart", 14) + padded("format", 8) + "   Sajian  matplotlib   ratio")
var worst = Double.infinity
for (kind, figure) in [("bar", figure), ("line", line), ("pie", pie), ("pictogram", pictogram)] {
    func scene() -> Scene { documents.standalone(figure, width: 600, height: 375).scene }
    let png = try measure { try CairoExport.png(scene(), options: PNGOptions(scale: 2)) }
    let svg = try measure { try CairoExport.svg(scene()) }
    let pdf = try measure { try CairoExport.pdf(scene(), date: date) }
    // The peer draws the same numbers: each chart's first series, or the pie's shares.
    var labels: [String] = [], values: [Double] = []
    if case .single(let c)? = figure.body as? BarChartBody { labels = c.bars.map(\.label); values = c.bars.map { $0.value.number ?? 0 } }
    if let c = figure.body as? LineChartData { labels = c.periods; values = c.series[0].values.map { $0.number ?? .nan } }
    if let c = figure.body as? PieChartData { labels = c.slices.map(\.label); values = c.slices.map(\.percent) }
    if let c = figure.body as? PictogramData { labels = c.rows.map(\.label); values = c.rows.map { $0.value.number ?? 0 } }
    let theirs = peer(kind: kind, labels: labels, values: values)
    for (format, ours) in [("png", png), ("svg", svg), ("pdf", pdf)] {
        let other = theirs?[format]
        let ratio = other.map { $0 / ours.ms }
        if let ratio { worst = min(worst, ratio) }
        print(padded(kind, 14) + padded(format.uppercased(), 8) + String(format: "%9.2f", ours.ms)
              + (other.map { String(format: "%12.2f %6.1fx", $0, ratio!) } ?? "   (matplotlib not available)"))
    }
}
if worst.isFinite { print(String(format: "slowest ratio: %.1fx", worst)) }

// Issue 6: the national province choropleth (TPT Agustus 2024 on the bundled 38-province boundaries) at 800x500 px
// (PNG 1600x1000 at 2x), SVG and PDF (print detail), against matplotlib filling the same polygons from the GeoJSON.
try mapBenchmark()

// The floor of a 1600x1000 PNG: an empty white page, drawn and encoded.
if arguments.contains("--floor") {
    let empty = Scene(info: DocumentInfo(title: "empty"), pages: [Page(size: Size(width: 600, height: 375), items: [])])
    let floor = try measure { try CairoExport.png(empty, options: PNGOptions(scale: 2)) }
    print(String(format: "\nempty 1600x1000 PNG: %.2f ms, %d bytes", floor.ms, floor.bytes))
}

/// The map section alone: `sajian-bench --map`.
func mapBenchmark() throws {
    let mapFigure = try bound(nationalMapYAML)
    var printStyle = HouseStyle.standard
    printStyle.mapTolerance = printMapTolerance
    let printDocuments = DocumentLayout(figureLayout: FigureLayout(style: printStyle, measurer: measurer))
    func mapScene() -> Scene { documents.standalone(mapFigure, width: 600, height: 375).scene }
    let mapLayout = measure { _ = mapScene(); return Data() }
    let mapPNG = try measure { try CairoExport.png(mapScene(), options: PNGOptions(scale: 2)) }
    let mapSVG = try measure { try CairoExport.svg(mapScene()) }
    let mapPDF = try measure { try CairoExport.pdf(printDocuments.standalone(mapFigure, width: 600, height: 375).scene, date: date) }
    var mapPeer: [String: Double]?
    if let map = mapFigure.body as? MapData {
        let colours = MapColors.ramp(map.ramp, count: map.classes.count).map(\.hexString)
        let drawn = map.regions.filter { $0.code != nil }
        mapPeer = peer(kind: "map", labels: drawn.map { $0.code! }, values: drawn.map { $0.classIndex.map { colours[$0] } ?? "#ffffff" },
                       extra: ["geojson": root + "/Datasets/batas-provinsi.geojson"])
    }
    // Issue 14: a kabupaten/kota map of one province (Jawa Barat's 27, bundled kabupaten/kota) at 800x500 px.
    let regencyFigure = try bound(regencyMapYAML)
    func regencyScene() -> Scene { documents.standalone(regencyFigure, width: 600, height: 375).scene }
    let regencyLayout = measure { _ = regencyScene(); return Data() }
    let regencyPNG = try measure { try CairoExport.png(regencyScene(), options: PNGOptions(scale: 2)) }
    // Cairo's share: the same scenes laid out once, then only drawn and written. What is left of a target's budget
    // (matplotlib's time over the ratio asked) once Cairo has drawn and written the file is all the layout may take.
    let laidOut = mapScene(), laidOutForPrint = printDocuments.standalone(mapFigure, width: 600, height: 375).scene
    let drawnPNG = try measure { try CairoExport.png(laidOut, options: PNGOptions(scale: 2)) }
    let drawnOnly = try measure { Data(count: try CairoExport.drawnPixels(laidOut, options: PNGOptions(scale: 2)) > 0 ? 1 : 0) }
    let drawnPDF = try measure { try CairoExport.pdf(laidOutForPrint, date: date) }
    print("\nnational province choropleth (38 provinces, neighbours, inset), 800x500 px; median ms, bytes; matplotlib same run:")
    for (name, result, format) in [("layout only", mapLayout, ""), ("PNG 1600x1000", mapPNG, "png"), ("SVG (screen detail)", mapSVG, "svg"),
                                   ("PDF (print detail)", mapPDF, "pdf")] {
        let other = mapPeer?[format]
        print(padded("  " + name, 36) + String(format: "%9.2f %10d", result.ms, result.bytes)
              + (other.map { String(format: "   matplotlib %8.2f ms  %5.1fx", $0, $0 / result.ms) } ?? ""))
    }
    for (name, result, format, target) in [("PNG, scene laid out before", drawnPNG, "png", 20.0),
                                           ("  of which Cairo's drawing", drawnOnly, "png", 20.0),
                                           ("PDF, scene laid out before", drawnPDF, "pdf", 10.0)] {
        let budget = mapPeer?[format].map { $0 / target }
        print(padded("  " + name, 36) + String(format: "%9.2f %10d", result.ms, result.bytes)
              + (budget.map { String(format: "   budget at %.0fx %6.2f ms: ", target, $0)
                                  + (result.ms > $0 ? "over it by " : "within it by ") + String(format: "%.2f ms", abs(result.ms - $0)) } ?? ""))
    }
    print("kabupaten/kota map of Jawa Barat (27 units), 800x500 px:")
    for (name, result) in [("layout only", regencyLayout), ("PNG 1600x1000", regencyPNG)] {
        print(padded("  " + name, 36) + String(format: "%9.2f %10d", result.ms, result.bytes))
    }
}
