import Foundation
import Hummingbird
import HummingbirdTesting
import SajianTestSupport
import XCTest
@testable import SajianStudio

/// The web app's pages: Katalog, Impor (read, then confirm), Templat (save, diagnostics at their lines, new preview)
/// and Unduh, in Indonesian, with everything they show escaped.
final class StudioPageTests: XCTestCase {
    func testCatalogPagesShowDatasetsVersionsAndValuesAsPrinted() async throws {
        try await StudioFixture().test { client in
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .seeOther)
                XCTAssertEqual(response.headers[.location], "/katalog")
            }
            try await client.execute(uri: "/katalog", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.text.contains("<h1>Katalog dataset</h1>"))
                XCTAssertTrue(response.text.contains("href=\"/katalog/tpt-provinsi\""))
                XCTAssertTrue(response.text.contains("2023-02 – 2025-02"), "the period range")
            }
            try await client.execute(uri: "/katalog/tpt-provinsi?halaman=2", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.text.contains("Riwayat versi"))
                XCTAssertTrue(response.text.contains("versi pertama"))
                XCTAssertTrue(response.text.contains("Halaman 2 dari 4"), "187 rows, 50 a page")
            }
            try await client.execute(uri: "/katalog/kecil", method: .get) { response in
                XCTAssertTrue(response.text.contains("<td class=\"angka\">1.201</td>"), "Indonesian thousands")
                XCTAssertTrue(response.text.contains("<td class=\"angka\">x</td>"), "withheld")
                XCTAssertFalse(response.text.contains("<td class=\"angka\">3</td>"), "the small cell never shows")
            }
            try await client.execute(uri: "/katalog/tidak-ada", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertTrue(response.text.contains("Tidak ditemukan"))
            }
        }
    }

    func testImportReadsShowsProblemsAndImportsOnlyOnConfirmation() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            let csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.csv"), encoding: .utf8)
                .replacingOccurrences(of: "32,Jawa Barat,2024-08,tpt,6.75", with: "32,Jawa Barat,2024-08,tpt,6.70")
            let (body, headers) = multipart([("dataset", nil, "tpt-provinsi"), ("berkas", "tpt-baru.csv", csv)])
            let token = try await client.execute(uri: "/impor", method: .post, headers: headers, body: body) { response -> String in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.text.contains("Berkas terbaca tanpa masalah: 187 baris"), response.text)
                XCTAssertTrue(response.text.contains("<td class=\"angka\">5,45</td>"), "the preview as tables print it")
                XCTAssertTrue(response.text.contains("id: tpt-provinsi"), "the project's metadata, editable")
                let range = try XCTUnwrap(response.text.range(of: "action=\"/impor/"))
                return String(response.text[range.upperBound...].prefix(36))
            }
            try await client.execute(uri: "/api/v1/datasets/tpt-provinsi", method: .get) { response in
                XCTAssertEqual((response.json["riwayat"] as? [[String: Any]])?.count, 1, "reading imports nothing")
            }
            let metadata = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.yaml"), encoding: .utf8)
            let form = "aksi=impor&metadata=" + metadata.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/impor/\(token)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { response in
                XCTAssertEqual(response.status, .seeOther, response.text)
                XCTAssertEqual(response.headers[.location], "/katalog/tpt-provinsi")
            }
            try await client.execute(uri: "/katalog/tpt-provinsi", method: .get) { response in
                XCTAssertTrue(response.text.contains("+0 baris, −0 baris, 1 nilai berubah"), "the change report")
            }
        }
    }

    /// Issue 12 meets issue 13: a file with no metadata anywhere gets the draft `sajian import` would write, shown for
    /// checking; nothing is imported until it is confirmed, and the draft as it stands imports.
    func testImportOfAFileWithoutMetadataShowsTheDraftAndImportsItOnConfirmation() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            let csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-kabupaten-kota-jabar.csv"), encoding: .utf8)
            let (body, headers) = multipart([("dataset", nil, "tk-jabar"), ("berkas", "jabar.csv", csv)])
            let (token, draft) = try await client.execute(uri: "/impor", method: .post, headers: headers, body: body) { response -> (String, String) in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.text.contains("Metadata disusun otomatis"), response.text)
                XCTAssertTrue(response.text.contains("id: &quot;tk-jabar&quot;"), "the drafted metadata, editable")
                XCTAssertTrue(response.text.contains("Berkas terbaca tanpa masalah"), response.text)
                let range = try XCTUnwrap(response.text.range(of: "action=\"/impor/"))
                let area = try XCTUnwrap(response.text.range(of: "class=\"kode\">"))
                let end = try XCTUnwrap(response.text.range(of: "</textarea>", range: area.upperBound..<response.text.endIndex))
                let shown = String(response.text[area.upperBound..<end.lowerBound])
                let text = shown.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&amp;", with: "&")
                return (String(response.text[range.upperBound...].prefix(36)), text)
            }
            try await client.execute(uri: "/api/v1/datasets/tk-jabar", method: .get) { response in
                XCTAssertEqual(response.status, .notFound, "reading imports nothing")
            }
            let form = "aksi=impor&metadata=" + draft.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/impor/\(token)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { response in
                XCTAssertEqual(response.status, .seeOther, response.text)
                XCTAssertEqual(response.headers[.location], "/katalog/tk-jabar")
            }
        }
    }

    func testImportPageShowsEveryProblemWithLineAndColumn() async throws {
        let fixture = try StudioFixture()
        _ = try fixture.server()  // the catalog, with the project's datasets
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.catalogPath))
        try await fixture.test { client in
            let (body, headers) = multipart([("dataset", nil, "kecil"), ("berkas", "kecil.csv", "wilayah,periode,indikator,nilai\nA,2024,jumlah,12a\n")])
            try await client.execute(uri: "/impor", method: .post, headers: headers, body: body) { response in
                XCTAssertTrue(response.text.contains("Berkas ditolak"), response.text)
                XCTAssertTrue(response.text.contains("<td>kecil.csv</td><td class=\"angka\">2</td><td class=\"angka\">4</td>"), response.text)
                XCTAssertFalse(response.text.contains("id=\"konfirmasi\""), "nothing to confirm")
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: fixture.catalogPath)), before)
    }

    func testTemplateEditorSavesAndAnswersWithDiagnosticsAndNewPreview() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            let firstURL = try await client.execute(uri: "/templat/uji", method: .get) { response -> String in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.text.contains("Tidak ada masalah."))
                XCTAssertTrue(response.text.contains("<textarea name=\"teks\""))
                let range = try XCTUnwrap(response.text.range(of: "/api/v1/templates/uji/figures/tpt-provinsi.svg?v="))
                return String(response.text[range.lowerBound...].prefix(60))
            }
            let edited = StudioFixture.publicTemplate.replacingOccurrences(of: "judul: Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024",
                                                                          with: "judul: TPT Provinsi <Agustus> 2024 & data Sakernas")
            let form = "teks=" + edited.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/templat/uji", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded", .accept: "application/json"],
                                     body: ByteBuffer(string: form)) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                XCTAssertEqual((response.json["diagnostik"] as? [Any])?.count, 0)
                let figure = (response.json["gambar"] as? [[String: Any]])?.first
                XCTAssertEqual(figure?["judul"] as? String, "TPT Provinsi <Agustus> 2024 & data Sakernas")
                XCTAssertNotEqual((figure?["url"] as? String).map { String($0.prefix(60)) }, firstURL, "a new preview address")
            }
            XCTAssertEqual(try String(contentsOf: fixture.templateFile, encoding: .utf8), edited, "saved")
            try await client.execute(uri: "/api/v1/templates/uji/figures/tpt-provinsi.svg", method: .get) { response in
                XCTAssertTrue(response.text.contains("TPT Provinsi &lt;Agustus&gt; 2024 &amp; data Sakernas"), "the new title, escaped in the SVG")
            }
            try await client.execute(uri: "/templat", method: .get) { response in
                XCTAssertTrue(response.text.contains("Uji Sajian Studio"))
            }
            try await client.execute(uri: "/unduh/uji", method: .get) { response in
                XCTAssertTrue(response.text.contains("TPT Provinsi &lt;Agustus&gt; 2024 &amp; data Sakernas"), "escaped in the HTML")
                XCTAssertFalse(response.text.contains("<Agustus>"))
                XCTAssertTrue(response.text.contains("/api/v1/templates/uji/publication.pdf"))
            }
            // A figure without its title: the problem at its line, as `sajian check` reports it.
            let broken = StudioFixture.publicTemplate.replacingOccurrences(of: "        judul: Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024\n", with: "")
            try await client.execute(uri: "/templat/uji", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded", .accept: "application/json"],
                                     body: ByteBuffer(string: "teks=" + broken.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)) { response in
                let diagnostics = response.json["diagnostik"] as? [[String: Any]] ?? []
                XCTAssertEqual(diagnostics.first?["tingkat"] as? String, "error", response.text)
                XCTAssertEqual(diagnostics.first?["baris"] as? Int, 12, "the figure's line: \(response.text)")
                XCTAssertTrue((diagnostics.first?["pesan"] as? String)?.contains("lacks its judul") ?? false, response.text)
                XCTAssertEqual((response.json["gambar"] as? [Any])?.count, 0)
            }
            try await client.execute(uri: "/templat/uji", method: .get) { response in
                XCTAssertTrue(response.text.contains("<span class=\"error\""), "the line is marked in the gutter")
            }
        }
    }

    func testCrossSiteSaveIsRefused() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/templat/uji", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded", .origin: "http://jahat.example"],
                                     body: ByteBuffer(string: "teks=x")) { response in
                XCTAssertEqual(response.status, .forbidden)
            }
        }
        XCTAssertEqual(try String(contentsOf: fixture.templateFile, encoding: .utf8), StudioFixture.publicTemplate)
    }

    func testPageThumbnails() async throws {
        try await StudioFixture().test { client in
            try await client.execute(uri: "/templat/uji/halaman/1", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "image/png")
            }
            try await client.execute(uri: "/templat/uji/halaman/999", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }
}
