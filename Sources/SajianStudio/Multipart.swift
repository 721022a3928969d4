import Foundation
import MultipartKit

/// A `multipart/form-data` body read into its fields: each with its name, its file name for a file, and its bytes.
struct MultipartForm {
    struct Field {
        var name: String
        var fileName: String?
        var data: Data
        var text: String { String(decoding: data, as: UTF8.self) }
    }

    var fields: [Field] = []

    func field(_ name: String) -> Field? { fields.first { $0.name == name } }

    /// The boundary of a `multipart/form-data` content type, nil for any other type.
    static func boundary(of contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    init(body: [UInt8], boundary: String) throws {
        let parser = MultipartParser(boundary: boundary)
        var current = Field(name: "", data: Data())
        var collected: [Field] = []
        parser.onHeader = { name, value in
            guard name.lowercased() == "content-disposition" else { return }
            for parameter in value.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                let unquoted = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if pair[0] == "name" { current.name = unquoted }
                if pair[0] == "filename" { current.fileName = unquoted }
            }
        }
        parser.onBody = { buffer in
            if let bytes = buffer.readBytes(length: buffer.readableBytes) { current.data.append(contentsOf: bytes) }
        }
        parser.onPartComplete = {
            collected.append(current)
            current = Field(name: "", data: Data())
        }
        do { try parser.execute(body) } catch {
            throw StudioError(status: 400, message: "the upload is not a well-formed multipart/form-data body: \(error)")
        }
        fields = collected
    }
}
