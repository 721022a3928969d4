import Foundation

/// Whole publications as a user runs them: the `sajian` release binary started afresh each run
/// (process start, catalog check, parse, bind, layout, render, write), timed by wall clock, with the peak
/// memory of the child process. `sajian-bench --publications [--runs N]`.
enum PublicationBenchmark {
    struct Measurement {
        var name: String
        var medianSeconds: Double
        var minSeconds: Double
        var peakMB: Double
        var pages: String
    }

    static func run(root: String, runs: Int) throws {
        let sajian = root + "/.build/release/sajian"
        guard FileManager.default.isExecutableFile(atPath: sajian) else {
            print("build the release binary first: swift build -c release --product sajian")
            return
        }
        let output = NSTemporaryDirectory() + "sajian-bench-\(getpid())"
        let catalog = output + "/katalog.sqlite"
        let cases: [(String, [String])] = [
            ("buletin triwulanan (A4)", ["publish", root + "/Templates/buletin-triwulanan.yaml", "--out", output + "/buletin"]),
            ("buku saku, 38 provinsi (A5)", ["publish", root + "/Templates/buku-saku-provinsi.yaml", "--wilayah", "semua", "--out", output + "/buku-saku"]),
            ("ekspor web", ["publish", root + "/Templates/ekspor-web.yaml", "--out", output + "/web"]),
            ("buku saku, 27 kab/kota Jawa Barat", ["publish", root + "/Templates/buku-saku-kabupaten-kota-jabar.yaml", "--wilayah", "32",
                                                  "--out", output + "/kabkota-jabar"]),
            ("buku saku, 514 kabupaten/kota", ["publish", try allRegencyTemplate(in: output), "--wilayah", "semua",
                                               "--datasets", root + "/Datasets", "--out", output + "/kabkota"]),
        ]
        print("Whole publications, \(runs) runs each, \(ProcessInfo.processInfo.activeProcessorCount) cores (wall clock, child process):")
        print("  case                              median     min   peak MB  output")
        for (name, arguments) in cases {
            _ = try launch(sajian, arguments, catalog: catalog)  // first run imports the datasets into the new catalog
            var times: [Double] = []
            var peak = 0.0
            for _ in 0..<runs {
                let (seconds, mb) = try launch(sajian, arguments, catalog: catalog)
                times.append(seconds)
                peak = max(peak, mb)
            }
            let pages = try describe(output: arguments[arguments.firstIndex(of: "--out")! + 1])
            print("  \(name.padding(toLength: 32, withPad: " ", startingAt: 0)) \(String(format: "%6.3f s %6.3f s %7.1f", median(times), times.min()!, peak))  \(pages)")
        }
        try? FileManager.default.removeItem(atPath: output)
    }

    /// A per-kabupaten/kota booklet every one of the 514 can have: official figures exist by kabupaten/kota only for
    /// Jawa Barat here, so each booklet shows its province's TPT (narasi with rank, bar chart, trend, map with the
    /// province outlined), as a dinas would before its own figures are in.
    static func allRegencyTemplate(in folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/buku-saku-kabkota-semua.yaml"
        try """
            publikasi:
              judul: Buku Saku Ketenagakerjaan {{ wilayah }}
              subjudul: "{{ provinsi }} dibanding provinsi lain"
              penerbit: Sajian (uji kinerja)
              per-wilayah: kabupaten-kota
              kertas: A5
              tepi: 14mm
              keluaran: [publikasi]
            bab:
              - judul: Pengangguran
                isi:
                  - jenis: narasi
                    nilai:
                      tpt: tpt-provinsi.tpt(periode=2024-08, kode_wilayah={{ kode-provinsi }})
                    awal: TPT {{ provinsi }}, provinsi tempat {{ wilayah }}, pada {{ periode tpt }} sebesar {{ tpt }}, {{ perubahan tpt }}; {{ peringkat tpt }}.
                  - jenis: grafik-batang
                    judul: TPT menurut Provinsi, Agustus 2024
                    data: tpt-provinsi
                    saring: { periode: 2024-08 }
                    kategori: wilayah
                    nilai: tpt
                    arah: horizontal
                    urut: menurun
                    sorot: "{{ provinsi }}"
                    garis-acuan: { kategori: Indonesia }
                    sumber: BPS, Sakernas Agustus 2024
                  - jenis: grafik-garis
                    judul: TPT {{ provinsi }} dan Indonesia
                    data: tpt-provinsi
                    saring: { kode_wilayah: ["{{ kode-provinsi }}", "00"] }
                    seri: wilayah
                    nilai: tpt
                    sumber: BPS, Sakernas
                  - jenis: peta-tematik
                    judul: TPT menurut Provinsi, Agustus 2024
                    data: tpt-provinsi
                    saring: { periode: 2024-08 }
                    nilai: tpt
                    sorot: "{{ kode-provinsi }}"
                    sumber: BPS, Sakernas Agustus 2024
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs the binary, returning wall seconds and the child's peak resident memory. posix_spawn and wait4
    /// rather than Foundation's Process, which reaps the child itself and so loses its resource usage.
    static func launch(_ executable: String, _ arguments: [String], catalog: String) throws -> (Double, Double) {
        var environment = ProcessInfo.processInfo.environment
        environment["SAJIAN_CATALOG"] = catalog
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else {
            throw NSError(domain: "sajian-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable)"])
        }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else {
            throw NSError(domain: "sajian-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "wait4 failed"])
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status == 0 else { throw NSError(domain: "sajian-bench", code: Int(status), userInfo: [NSLocalizedDescriptionKey: "\(arguments) failed"]) }
        return (seconds, Double(usage.ru_maxrss) / 1024)
    }

    /// "20 pages" or "38 files, 304 pages", counted with pdfinfo when it is installed.
    static func describe(output directory: String) throws -> String {
        let files = try FileManager.default.subpathsOfDirectory(atPath: directory)
        let pdfs = files.filter { $0.hasSuffix(".pdf") }
        guard !pdfs.isEmpty else { return "\(files.count) files" }
        var pages = 0, largest = 0
        for pdf in pdfs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
            process.arguments = [directory + "/" + pdf]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return "\(pdfs.count) PDFs" }
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let count = text.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            pages += count
            largest = max(largest, count)
        }
        return "\(files.count) files: \(pdfs.count) PDF\(pdfs.count == 1 ? "" : "s"), \(pages) pages (longest \(largest))"
    }
}
