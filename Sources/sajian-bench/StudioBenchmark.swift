import Foundation

/// Issue 13: figures on request through Sajian Studio's HTTP API against one `sajian publish` process per chart, in
/// the same run. The release `sajian studio` serves a copy of the project on loopback; wrk (Debian) sends 8 concurrent
/// connections for `seconds` per case after a warm-up and reports the latency percentiles. `sajian-bench --studio
/// [--seconds N] [--sajian PATH]` (another build of `sajian`, e.g. a debug one). Cases: the demo's 38-province bar chart as SVG and as PNG 2x, each served from the response cache
/// (identical requests) and rendered on every request (the studio started with `--cache 0`).
enum StudioBenchmark {
    static func run(root: String, seconds: Int, sajian: String? = nil) throws {
        let sajian = sajian ?? root + "/.build/release/sajian"
        guard FileManager.default.isExecutableFile(atPath: sajian) else {
            print("build the release binary first: swift build -c release --product sajian")
            return
        }
        guard let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first(where: FileManager.default.isExecutableFile) else {
            print("wrk is missing: apt-get install wrk (make setup-studio)")
            return
        }
        let project = NSTemporaryDirectory() + "sajian-bench-studio-\(getpid())"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: project) }
        for folder in ["Templates", "Datasets"] {
            try FileManager.default.copyItem(atPath: root + "/" + folder, toPath: project + "/" + folder)
        }
        let catalog = project + "/katalog.sqlite"
        let figure = "/api/v1/templates/ekspor-web/figures/tpt-provinsi"
        print("Sajian Studio, the demo's 38-province bar chart (ekspor-web, tpt-provinsi, 800x1000) through the API;")
        print("wrk, 2 threads, 8 connections, \(seconds) s per case after a warm-up; \(ProcessInfo.processInfo.activeProcessorCount) cores:")
        print("  case                                   p50        p99     requests/s")
        for cache in [true, false] {
            let port = try freePort()
            let server = Process()
            server.executableURL = URL(fileURLWithPath: sajian)
            server.arguments = ["studio", "--port", String(port), "--catalog", catalog] + (cache ? [] : ["--cache", "0"])
            server.currentDirectoryURL = URL(fileURLWithPath: project)
            server.standardOutput = FileHandle.nullDevice
            try server.run()
            defer {
                server.interrupt()
                server.waitUntilExit()
            }
            let base = "http://127.0.0.1:\(port)"
            try waitUntilListening(base + "/api/v1/datasets")
            for (name, path) in [("SVG", figure + ".svg"), ("PNG 2x", figure + ".png?scale=2")] {
                _ = try fetch(base + path)  // warm: fonts, the bound template, the cache
                _ = try launch(wrk, ["-t2", "-c8", "-d2s", base + path])
                let output = try launch(wrk, ["-t2", "-c8", "-d\(seconds)s", "--latency", base + path])
                let label = "\(name), \(cache ? "from the cache" : "rendered each request")"
                print("  \(label.padding(toLength: 38, withPad: " ", startingAt: 0)) \(percentile("50%", in: output))  \(percentile("99%", in: output))  \(requestsPerSecond(output))")
            }
        }
        // The same chart as one `sajian publish` process per chart: start, catalog, fonts, parse, bind, render, write.
        let template = project + "/satu-grafik.yaml"
        let text = try String(contentsOfFile: root + "/Templates/ekspor-web.yaml", encoding: .utf8)
        let firstFigure = text.components(separatedBy: "      - jenis: peta-tematik")[0].replacingOccurrences(of: "keluaran: [web]", with: "keluaran: [gambar]")
        try firstFigure.write(toFile: template, atomically: true, encoding: .utf8)
        var times: [Double] = []
        for run in 0..<21 {
            let start = Date()
            _ = try launch(sajian, ["publish", template, "--format", "svg", "--out", project + "/out", "--datasets", project + "/Datasets", "--catalog", catalog])
            if run > 0 { times.append(Date().timeIntervalSince(start) * 1000) }
        }
        times.sort()
        print("  \("SVG, one `sajian publish` process".padding(toLength: 38, withPad: " ", startingAt: 0)) \(String(format: "%7.1f ms  %7.1f ms", times[times.count / 2], times[times.count - 1]))  (20 runs, one at a time; p99 = slowest)")
    }

    static func freePort() throws -> Int {
        let output = try launch("/usr/bin/env", ["python3", "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
        return Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 18080
    }

    static func fetch(_ url: String) throws -> String {
        try launch("/usr/bin/env", ["curl", "-sf", "-o", "/dev/null", "-w", "%{http_code}", url])
    }

    static func waitUntilListening(_ url: String) throws {
        for _ in 0..<600 {
            if (try? fetch(url)) == "200" { return }
            usleep(100_000)
        }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the studio did not start"])
    }

    @discardableResult
    static func launch(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// wrk's "    50%  612.00us" as milliseconds.
    static func percentile(_ label: String, in output: String) -> String {
        guard let line = output.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }),
              let value = line.split(separator: " ").last else { return "      ?   " }
        let text = String(value)
        let number = Double(text.filter { $0.isNumber || $0 == "." }) ?? .nan
        let ms = text.hasSuffix("us") ? number / 1000 : text.hasSuffix("ms") ? number : number * 1000
        return String(format: "%7.2f ms", ms)
    }

    static func requestsPerSecond(_ output: String) -> String {
        output.split(separator: "\n").first { $0.hasPrefix("Requests/sec:") }.map { String($0.dropFirst(13)).trimmingCharacters(in: .whitespaces) } ?? "?"
    }
}
