import Foundation
import Hummingbird
import HummingbirdTesting
import SajianTestSupport
@testable import SajianStudio

/// A project folder of its own for each test: two templates (one public, one internal), the official TPT dataset, a
/// copy of it classified terbatas, and a small illustrative count dataset with a small-cell threshold; its own catalog.
struct StudioFixture {
    let directory: URL
    let catalogPath: String

    /// The public template the browser and load tests use too.
    static let publicTemplate = (try? String(contentsOfFile: TestSupport.path("Tests/SajianStudioTests/studio-uji.yaml"), encoding: .utf8)) ?? ""

    static let internalTemplate = """
        publikasi:
          judul: Uji Internal
          audiens: internal
          keluaran: [gambar]
        bab:
          - isi:
              - jenis: grafik-batang
                id: terbatas-batang
                judul: TPT (salinan terbatas), Agustus 2024
                data: tpt-terbatas
                saring: { periode: 2024-08 }
                kategori: wilayah
                nilai: tpt
                ukuran: 800x1000
                sumber: BPS, Sakernas Agustus 2024

        """

    init(token: String? = nil, uploadLimit: Int = 50 * 1_048_576) throws {
        directory = URL(fileURLWithPath: TestSupport.temporaryDirectory("sajian-studio"))
        catalogPath = directory.appendingPathComponent("katalog.sqlite").path
        let manager = FileManager.default
        let templates = directory.appendingPathComponent("Templates"), datasets = directory.appendingPathComponent("Datasets")
        try manager.createDirectory(at: templates, withIntermediateDirectories: true)
        try manager.createDirectory(at: datasets, withIntermediateDirectories: true)
        try Self.publicTemplate.write(to: templates.appendingPathComponent("uji.yaml"), atomically: true, encoding: .utf8)
        precondition(!Self.publicTemplate.isEmpty, "Tests/SajianStudioTests/studio-uji.yaml")
        try Self.internalTemplate.write(to: templates.appendingPathComponent("internal.yaml"), atomically: true, encoding: .utf8)
        let csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.csv"), encoding: .utf8)
        let yaml = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.yaml"), encoding: .utf8)
        try csv.write(to: datasets.appendingPathComponent("tpt-provinsi.csv"), atomically: true, encoding: .utf8)
        try yaml.write(to: datasets.appendingPathComponent("tpt-provinsi.yaml"), atomically: true, encoding: .utf8)
        try csv.write(to: datasets.appendingPathComponent("tpt-terbatas.csv"), atomically: true, encoding: .utf8)
        try yaml.replacingOccurrences(of: "id: tpt-provinsi", with: "id: tpt-terbatas")
            .replacingOccurrences(of: "berkas: tpt-provinsi.csv", with: "berkas: tpt-terbatas.csv")
            .replacingOccurrences(of: "klasifikasi: publik", with: "klasifikasi: terbatas")
            .write(to: datasets.appendingPathComponent("tpt-terbatas.yaml"), atomically: true, encoding: .utf8)
        try Self.smallMetadata.write(to: datasets.appendingPathComponent("kecil.yaml"), atomically: true, encoding: .utf8)
        try "wilayah,periode,indikator,nilai\nA,2024,jumlah,1201\nB,2024,jumlah,3\nC,2024,jumlah,57\nD,2024,jumlah,940\n"
            .write(to: datasets.appendingPathComponent("kecil.csv"), atomically: true, encoding: .utf8)
        self.token = token
        self.uploadLimit = uploadLimit
    }

    static let smallMetadata = """
        id: kecil
        judul: Contoh ilustratif (uji sel kecil)
        sumber: Contoh
        ilustratif: ya
        ambang-sel-kecil: 5
        klasifikasi: publik
        dimensi: [wilayah, periode]
        ukuran:
          jumlah: { satuan: orang, desimal: 0 }

        """

    let token: String?
    let uploadLimit: Int

    func server(host: String = "127.0.0.1") throws -> StudioServer {
        let server = try StudioServer(configuration: StudioConfiguration(
            projectDirectory: directory, catalogPath: catalogPath, host: host, port: 0, token: token, uploadLimit: uploadLimit))
        let problems = server.synchroniseDatasets()
        precondition(problems.isEmpty, "\(problems)")
        return server
    }

    /// Runs `test` against the studio's routes (HummingbirdTesting's router framework: no socket).
    func test(host: String = "127.0.0.1", _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await server(host: host).application().test(.router, test)
    }

    var templateFile: URL { directory.appendingPathComponent("Templates/uji.yaml") }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// The first diagnostic of a JSON error, and its message.
    var errorMessage: String { ((json["galat"] as? [String: Any])?["pesan"] as? String) ?? "" }
    var diagnostics: [[String: Any]] { ((json["galat"] as? [String: Any])?["diagnostik"] as? [[String: Any]]) ?? [] }
}

/// A multipart/form-data body.
func multipart(_ fields: [(name: String, fileName: String?, content: String)], boundary: String = "SAJIANBATAS") -> (ByteBuffer, HTTPFields) {
    var text = ""
    for field in fields {
        text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\""
        if let fileName = field.fileName { text += "; filename=\"\(fileName)\"" }
        text += "\r\n\r\n\(field.content)\r\n"
    }
    text += "--\(boundary)--\r\n"
    return (ByteBuffer(string: text), [.contentType: "multipart/form-data; boundary=\(boundary)"])
}
