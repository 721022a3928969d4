import Foundation
import HTTPTypes
import Hummingbird

/// Responses the studio sends, each with its content type.
enum Reply {
    static func data(_ data: Data, type: String, status: HTTPResponse.Status = .ok, etag: String? = nil,
                     headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = type
        if let etag {
            headers[.eTag] = etag
            headers[.cacheControl] = "no-cache"
        }
        headers[.studioContentTypeOptions] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer(data)))
    }

    /// `data` in a ByteBuffer, copied in one piece.
    static func buffer(_ data: Data) -> ByteBuffer {
        data.withUnsafeBytes { ByteBuffer(bytes: $0) }
    }

    static func json(_ object: Any, status: HTTPResponse.Status = .ok, etag: String? = nil) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return self.data(data + Data("\n".utf8), type: "application/json; charset=utf-8", status: status, etag: etag)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.studioContentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        return data(Data(text.utf8), type: "text/html; charset=utf-8", status: status, headers: headers)
    }

    static func error(_ error: StudioError) -> Response {
        data(error.json + Data("\n".utf8), type: "application/json; charset=utf-8", status: HTTPResponse.Status(code: error.status))
    }

    static func notModified(_ etag: String) -> Response {
        Response(status: .notModified, headers: [.eTag: etag, .cacheControl: "no-cache"])
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// Whether the request's `If-None-Match` names `etag` (or `*`).
    static func matches(_ request: Request, _ etag: String) -> Bool {
        guard let header = request.headers[.ifNoneMatch] else { return false }
        return header.split(separator: ",").contains { tag in
            let trimmed = tag.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == etag || trimmed == "W/" + etag
        }
    }

    static func contentType(of format: String) -> String {
        switch format {
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "pdf": "application/pdf"
        case "csv": "text/csv; charset=utf-8"
        case "zip": "application/zip"
        case "json": "application/json; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}

extension Request {
    /// The body, refused with 413 past `limit` bytes (by its declared length before a byte is read, and while reading).
    func collect(limit: Int) async throws -> [UInt8] {
        if let declared = headers[.contentLength].flatMap(Int.init), declared > limit {
            throw StudioError(status: 413, message: ImportDesk.tooLarge(limit))
        }
        var bytes: [UInt8] = []
        for try await buffer in body {
            guard bytes.count + buffer.readableBytes <= limit else { throw StudioError(status: 413, message: ImportDesk.tooLarge(limit)) }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        return bytes
    }
}

extension HTTPField.Name {
    static let studioContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let studioContentSecurityPolicy = HTTPField.Name("Content-Security-Policy")!
    static let studioContentDisposition = HTTPField.Name("Content-Disposition")!
    static let studioFetchSite = HTTPField.Name("Sec-Fetch-Site")!
}
