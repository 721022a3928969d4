import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SajianTestSupport
import XCTest
@testable import SajianCairo
@testable import SajianStudio

/// The HTTP API, through HummingbirdTesting's router framework: every endpoint, status codes, ETag and 304, the
/// token and classification rules, path traversal, and oversized and malformed uploads.
final class StudioAPITests: XCTestCase {
    func testDatasetsListMetadataAndVersions() async throws {
        try await StudioFixture().test { client in
            try await client.execute(uri: "/api/v1/datasets", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let ids = (response.json["dataset"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
                XCTAssertEqual(ids, ["kecil", "tpt-provinsi", "tpt-terbatas"], "without a token the studio serves its one local user everything")
            }
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let metadata = response.json["metadata"] as? [String: Any]
                XCTAssertEqual(metadata?["judul"] as? String, "Tingkat Pengangguran Terbuka menurut Provinsi")
                XCTAssertEqual(metadata?["klasifikasi"] as? String, "publik")
                XCTAssertEqual((response.json["riwayat"] as? [[String: Any]])?.count, 1)
            }
            try await client.execute(uri: "/api/v1/datasets/tidak-ada", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertTrue(response.errorMessage.contains("tidak-ada"), response.text)
            }
        }
    }

    func testValuesAreFilteredAndShownAsTablesPrintThem() async throws {
        try await StudioFixture().test { client in
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi/values?periode=2024-08&kode_wilayah=32", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let rows = response.json["baris"] as? [[String: Any]] ?? []
                XCTAssertEqual(rows.count, 1, response.text)
                XCTAssertEqual(rows.first?["wilayah"] as? String, "Jawa Barat")
                XCTAssertEqual(rows.first?["nilai"] as? Double, 6.75)
                XCTAssertEqual(rows.first?["tampil"] as? String, "6,75")
            }
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi/values?provinsi=32", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertTrue(response.errorMessage.contains("no dimension `provinsi`"), response.text)
            }
            // Small cells stay withheld in every response: the 3 is never sent, as number or as text.
            try await client.execute(uri: "/api/v1/datasets/kecil/values", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let rows = response.json["baris"] as? [[String: Any]] ?? []
                let b = rows.first { $0["wilayah"] as? String == "B" }
                XCTAssertEqual(b?["tampil"] as? String, "x")
                XCTAssertEqual(b?["simbol"] as? String, "x")
                XCTAssertTrue(b?["nilai"] is NSNull)
                XCTAssertEqual(rows.first { $0["wilayah"] as? String == "A" }?["tampil"] as? String, "1.201")
                XCTAssertFalse(response.text.contains("\"nilai\" : 3,") || response.text.contains("\"nilai\" : 3\n"), response.text)
            }
        }
    }

    func testFigureRendersWithETagAnd304AndCache() async throws {
        try await StudioFixture().test { client in
            let etag = try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg", method: .get) { response -> String in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "image/svg+xml")
                XCTAssertTrue(response.text.contains("<svg"))
                XCTAssertTrue(response.text.contains("Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024"), "the SVG's title")
                return try XCTUnwrap(response.headers[.eTag])
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg", method: .get, headers: [.ifNoneMatch: etag]) { response in
                XCTAssertEqual(response.status, .notModified)
                XCTAssertEqual(response.body.readableBytes, 0)
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg", method: .get) { response in
                XCTAssertEqual(response.headers[.eTag], etag, "identical requests, identical tag")
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.png?scale=2", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Array(response.body.readableBytesView.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
                XCTAssertNotEqual(response.headers[.eTag], etag)
                // 800 pt wide at scale 2: the width in the IHDR chunk.
                let bytes = Array(response.body.readableBytesView)
                XCTAssertEqual(bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, 1600)
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.pdf", method: .get) { response in
                XCTAssertEqual(String(buffer: response.body).prefix(5), "%PDF-")
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.csv", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.text.contains("Jawa Barat,6.75"), response.text)
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg?scale=9", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest)
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tidak-ada.svg", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertTrue(response.errorMessage.contains("tpt-provinsi"), "names the figures there are: \(response.text)")
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.exe", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }

    func testETagFollowsTheTemplateAndTheDatasetVersion() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            let first = try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg", method: .get) { $0.headers[.eTag] }
            let text = try String(contentsOf: fixture.templateFile, encoding: .utf8)
            try text.replacingOccurrences(of: "urut: menurun", with: "urut: menaik").write(to: fixture.templateFile, atomically: true, encoding: .utf8)
            let second = try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg", method: .get) { $0.headers[.eTag] }
            XCTAssertNotEqual(first, second, "the template's bytes are in the tag")
            let csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.csv"), encoding: .utf8)
                .replacingOccurrences(of: "32,Jawa Barat,2024-08,tpt,6.75", with: "32,Jawa Barat,2024-08,tpt,6.74")
            let (body, headers) = multipart([("berkas", "tpt-provinsi.csv", csv)])
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: headers, body: body) { response in
                XCTAssertEqual(response.status, .created, response.text)
                XCTAssertEqual(response.json["versi"] as? Int, 2)
            }
            let third = try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg", method: .get) { $0.headers[.eTag] }
            XCTAssertNotEqual(second, third, "the dataset version is in the tag")
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.csv", method: .get) { response in
                XCTAssertTrue(response.text.contains("Jawa Barat,6.74"), "rendered from the new version: \(response.text)")
            }
        }
    }

    func testManifestPublicationAndWebZip() async throws {
        try await StudioFixture().test { client in
            try await client.execute(uri: "/api/v1/templates/uji/manifest.json", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let figures = response.json["gambar"] as? [[String: Any]]
                XCTAssertEqual(figures?.first?["id"] as? String, "tpt-provinsi")
                XCTAssertEqual(figures?.first?["sumber"] as? String, "BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024")
            }
            try await client.execute(uri: "/api/v1/templates/uji/publication.pdf", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(String(buffer: response.body).prefix(5), "%PDF-")
                XCTAssertEqual(response.headers[HTTPField.Name("Content-Disposition")!], "attachment; filename=\"uji.pdf\"")
            }
            try await client.execute(uri: "/api/v1/templates/uji/web.zip", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Array(response.body.readableBytesView.prefix(2)), [0x50, 0x4B])
                XCTAssertTrue(response.text.contains("uji/web/manifest.json"))
                XCTAssertTrue(response.text.contains("uji/web/tpt-provinsi@2x.png"))
            }
            try await client.execute(uri: "/api/v1/openapi.yaml", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.text.hasPrefix("openapi: 3.0.3"))
                XCTAssertTrue(response.text.contains("/templates/{template}/figures/{file}:"))
            }
        }
    }

    /// A `per-wilayah: kabupaten-kota` template asked for without `?wilayah=` is shown for the first kabupaten/kota its
    /// data holds (Kabupaten Bogor, 32.01, in the Open Data Jabar export), not for the first province.
    func testKabupatenKotaTemplateWithoutWilayahOpensOnTheFirstUnitOfItsData() async throws {
        let fixture = try StudioFixture()
        for file in ["tpt-kabupaten-kota-jabar.csv", "tpt-kabupaten-kota-jabar.yaml"] {
            try FileManager.default.copyItem(atPath: TestSupport.path("Datasets/" + file),
                                             toPath: fixture.directory.appendingPathComponent("Datasets/" + file).path)
        }
        try """
            publikasi:
              judul: TPT {{ wilayah }}
              per-wilayah: kabupaten-kota
              audiens: publik
              sampul: tidak
              daftar: tidak
              keluaran: [gambar]
            bab:
              - isi:
                  - jenis: grafik-garis
                    id: tpt-tren
                    judul: Tingkat Pengangguran Terbuka {{ wilayah }}, 2015–2024
                    data: tpt-kabupaten-kota-jabar
                    saring: { kode_wilayah: "{{ kode-wilayah }}", periode: 2015 s.d. 2024 }
                    seri: kode_wilayah
                    nilai: tpt
                    sumber: BPS Provinsi Jawa Barat, Sakernas Agustus (Open Data Jabar)

            """.write(to: fixture.directory.appendingPathComponent("Templates/kabkota.yaml"), atomically: true, encoding: .utf8)
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/templates/kabkota/figures/tpt-tren.csv", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                XCTAssertTrue(response.text.contains("Kabupaten Bogor"), response.text)
            }
            try await client.execute(uri: "/api/v1/templates/kabkota/figures/tpt-tren.svg", method: .get) { response in
                XCTAssertTrue(response.text.contains("Tingkat Pengangguran Terbuka Kabupaten Bogor, 2015–2024"), String(response.text.prefix(600)))
            }
            // `?wilayah=` is read at the template's level: a kabupaten/kota code here, and a province is several.
            try await client.execute(uri: "/api/v1/templates/kabkota/figures/tpt-tren.csv?wilayah=3273", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                XCTAssertTrue(response.text.contains("Kota Bandung"), response.text)
            }
            try await client.execute(uri: "/api/v1/templates/kabkota/figures/tpt-tren.csv?wilayah=32", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest, response.text)
                XCTAssertTrue(response.text.contains("names 27 regions") && response.text.contains("wilayah=3273"), response.text)
            }
        }
    }

    func testImportRefusesABadFileWithLineAndColumnAndChangesNothing() async throws {
        let fixture = try StudioFixture()
        _ = try fixture.server()  // the catalog, with the project's datasets
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.catalogPath))
        try await fixture.test { client in
            let (body, headers) = multipart([("berkas", "tpt-provinsi.csv", "kode_wilayah,wilayah,periode,indikator,nilai,satuan,catatan\n00,Indonesia,2024-08,tpt,empat,persen,\n")])
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: headers, body: body) { response in
                XCTAssertEqual(response.status, .badRequest)
                let first = response.diagnostics.first
                XCTAssertEqual(first?["berkas"] as? String, "tpt-provinsi.csv", "named by the upload's name, not the temporary folder")
                XCTAssertEqual(first?["baris"] as? Int, 2)
                XCTAssertEqual(first?["kolom"] as? Int, 5)
                XCTAssertEqual((response.json["galat"] as? [String: Any])?["kode"] as? Int, 1, "the exit status `sajian import` gives")
            }
            let (empty, emptyHeaders) = multipart([("berkas", "kosong.csv", "")])
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: emptyHeaders, body: empty) { response in
                XCTAssertEqual(response.status, .badRequest, response.text)
            }
            let (wrongKind, wrongHeaders) = multipart([("berkas", "data.exe", "MZ")])
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: wrongHeaders, body: wrongKind) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertTrue(response.errorMessage.contains("not a CSV or XLSX"), response.text)
            }
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=X"], body: ByteBuffer(string: "--X\r\ngarbage")) { response in
                XCTAssertEqual(response.status, .badRequest, response.text)
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: fixture.catalogPath)), before, "a refused file changes nothing")
    }

    func testImportOfIdenticalContentAddsNoVersion() async throws {
        try await StudioFixture().test { client in
            let csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.csv"), encoding: .utf8)
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi?berkas=tpt-provinsi.csv", method: .post,
                                     headers: [.contentType: "text/csv"], body: ByteBuffer(string: csv)) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                XCTAssertEqual(response.json["baru"] as? Bool, false)
                XCTAssertEqual(response.json["versi"] as? Int, 1)
            }
        }
    }

    func testUploadsOverTheLimitAre413() async throws {
        try await StudioFixture(uploadLimit: 1024).test { client in
            let big = String(repeating: "a", count: 3 * 1_048_576)
            let (body, headers) = multipart([("berkas", "tpt-provinsi.csv", big)])
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: headers, body: body) { response in
                XCTAssertEqual(response.status, .contentTooLarge)
                XCTAssertTrue(response.errorMessage.contains("limit of"), response.text)
            }
            let (small, smallHeaders) = multipart([("berkas", "tpt-provinsi.csv", String(repeating: "b", count: 4096))])
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: smallHeaders, body: small) { response in
                XCTAssertEqual(response.status, .contentTooLarge, "the file itself is over the limit")
            }
        }
    }

    func testConcurrentImportOfTheSameDatasetIs409() async throws {
        let fixture = try StudioFixture()
        let server = try fixture.server()
        try server.engine.imports.reserve("tpt-provinsi")
        let csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.csv"), encoding: .utf8)
        try await server.application().test(.router) { client in
            let (body, headers) = multipart([("berkas", "tpt-provinsi.csv", csv)])
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: headers, body: body) { response in
                XCTAssertEqual(response.status, .conflict, response.text)
            }
        }
        server.engine.imports.release("tpt-provinsi")
    }

    func testPooledMeasurersDoNotShareTheirThreadsFontMap() throws {
        let server = try StudioFixture().server()
        let threadsMap = PangoTextMeasurer().fontMap
        server.engine.withMeasurer { first in
            server.engine.withMeasurer { second in
                XCTAssertNotEqual(first.fontMap, second.fontMap, "two measurers out of the pool at once")
                XCTAssertNotEqual(first.fontMap, threadsMap)
                XCTAssertNotEqual(second.fontMap, threadsMap)
            }
        }
    }

    func testTokenAndClassificationRules() async throws {
        let fixture = try StudioFixture(token: "rahasia-uji-123")
        let bearer: HTTPFields = [.authorization: "Bearer rahasia-uji-123"]
        try await fixture.test(host: "0.0.0.0") { client in
            try await client.execute(uri: "/api/v1/datasets", method: .get) { response in
                let ids = (response.json["dataset"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
                XCTAssertEqual(ids, ["kecil", "tpt-provinsi"], "without the token: publik only (Pasal 2(2))")
            }
            try await client.execute(uri: "/api/v1/datasets", method: .get, headers: bearer) { response in
                let ids = (response.json["dataset"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
                XCTAssertEqual(ids, ["kecil", "tpt-provinsi", "tpt-terbatas"])
            }
            try await client.execute(uri: "/api/v1/datasets/tpt-terbatas/values", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
            try await client.execute(uri: "/api/v1/datasets/tpt-terbatas/values", method: .get, headers: [.authorization: "Bearer salah"]) { response in
                XCTAssertEqual(response.status, .notFound)
            }
            try await client.execute(uri: "/api/v1/datasets/tpt-terbatas/values", method: .get, headers: bearer) { response in
                XCTAssertEqual(response.status, .ok)
            }
            try await client.execute(uri: "/api/v1/templates/internal/figures/terbatas-batang.svg", method: .get) { response in
                XCTAssertEqual(response.status, .notFound, "an internal publication is not served without the token")
            }
            try await client.execute(uri: "/api/v1/templates/internal/figures/terbatas-batang.svg", method: .get, headers: bearer) { response in
                XCTAssertEqual(response.status, .ok)
            }
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg", method: .get) { response in
                XCTAssertEqual(response.status, .ok, "a public publication is")
            }
            let csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.csv"), encoding: .utf8)
            let (body, headers) = multipart([("berkas", "tpt-provinsi.csv", csv)])
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: headers, body: body) { response in
                XCTAssertEqual(response.status, .unauthorized, "every write needs the token")
            }
            var withToken = headers
            withToken[.authorization] = "Bearer rahasia-uji-123"
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: withToken, body: body) { response in
                XCTAssertEqual(response.status, .ok, response.text)
            }
            var crossSite = withToken
            crossSite[.origin] = "http://jahat.example"
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .post, headers: crossSite, body: body) { response in
                XCTAssertEqual(response.status, .forbidden, "another site may not write")
            }
        }
    }

    func testStartingBeyondLoopbackNeedsAToken() throws {
        let fixture = try StudioFixture()
        let open = StudioConfiguration(projectDirectory: fixture.directory, catalogPath: fixture.catalogPath, host: "0.0.0.0")
        XCTAssertTrue(open.refusal()?.contains("--token") ?? false)
        let guarded = StudioConfiguration(projectDirectory: fixture.directory, catalogPath: fixture.catalogPath, host: "0.0.0.0", token: "t")
        XCTAssertNil(guarded.refusal())
        XCTAssertNil(StudioConfiguration(projectDirectory: fixture.directory, catalogPath: fixture.catalogPath).refusal())
        XCTAssertTrue(Access.constantTimeEqual("abc", "abc"))
        XCTAssertFalse(Access.constantTimeEqual("abc", "abd"))
    }

    func testPathTraversalAttemptsFindNothing() async throws {
        try await StudioFixture().test { client in
            for uri in ["/api/v1/templates/..%2F..%2Fetc%2Fpasswd/figures/x.svg", "/api/v1/templates/%2e%2e/figures/tpt-provinsi.svg",
                        "/api/v1/templates/%2Fetc%2Fpasswd/manifest.json", "/api/v1/datasets/..%2F..%2Fetc%2Fpasswd",
                        "/api/v1/datasets/%2e%2e%2fkatalog/values", "/api/v1/templates/uji/figures/..%2F..%2FDatasets%2Fkecil.csv",
                        "/aset/../../etc/passwd", "/templat/..%2F..%2Fetc%2Fpasswd", "/katalog/%2Fetc%2Fpasswd",
                        "/api/v1/templates/%2Fetc%2Fpasswd/publication.pdf"] {
                try await client.execute(uri: uri, method: .get) { response in
                    XCTAssertEqual(response.status, .notFound, uri)
                    XCTAssertFalse(response.text.contains("root:"), uri)
                }
            }
            try await client.execute(uri: "/api/v1/datasets/..%2Fx", method: .post, body: ByteBuffer(string: "a")) { response in
                XCTAssertEqual(response.status, .badRequest)
            }
            try await client.execute(uri: "/api/v1/datasets", method: .delete) { response in
                XCTAssertEqual(response.status, .methodNotAllowed)
            }
        }
    }
}
