import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// Who a request is, and what it may do.
///
/// Without a token the studio listens on the loopback interface only and serves its one user, on her own machine.
/// With a token (required beyond loopback), a request is *authorised* when it carries `Authorization: Bearer
/// <token>` (or the studio's login cookie), compared in constant time; an unauthorised request sees only *publik*
/// datasets and publications whose `audiens` is *publik* (PER.03/MEN/II/2009 Pasal 2(2)) and can change nothing.
/// Every state-changing request is a POST that comes from the studio's own pages (same origin) or carries the token.
struct Access: Sendable {
    let token: String?
    let host: String

    static let cookieName = "sajian_token"

    func isAuthorised(_ request: Request) -> Bool {
        guard let token else { return true }
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "),
           Self.constantTimeEqual(String(header.dropFirst(7)), token) { return true }
        if let cookie = request.cookies[Self.cookieName]?.value, Self.constantTimeEqual(cookie, Self.cookieValue(for: token)) { return true }
        return false
    }

    /// What the login cookie holds: the token's SHA-256 in hex (a cookie may not hold every character a token may).
    static func cookieValue(for token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares the SHA-256 digests of both strings byte by byte without stopping early, so the time taken tells
    /// nothing about how much of a guess was right.
    static func constantTimeEqual(_ given: String, _ expected: String) -> Bool {
        let left = Array(SHA256.hash(data: Data(given.utf8))), right = Array(SHA256.hash(data: Data(expected.utf8)))
        var difference: UInt8 = 0
        for index in 0..<left.count { difference |= left[index] ^ right[index] }
        return difference == 0
    }

    /// A request from another site (a form or script on a page the studio did not serve) is refused: its `Origin`
    /// must name the studio itself, and a browser's `Sec-Fetch-Site` must not say cross-site.
    func isSameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[.studioFetchSite], site == "cross-site" { return false }
        guard let origin = request.headers[.origin] else { return true }
        guard let authority = request.head.authority else { return false }
        return origin == "http://\(authority)" || origin == "https://\(authority)"
    }

    /// On loopback, the `Host` must be a loopback name: a page elsewhere cannot reach the studio by rebinding its
    /// own host name to 127.0.0.1.
    func isKnownHost(_ request: Request) -> Bool {
        guard StudioConfiguration.isLoopback(host) else { return true }
        guard let authority = request.head.authority else { return true }
        let name: Substring
        if authority.hasPrefix("[") { name = authority.split(separator: "]").first.map { $0.dropFirst() } ?? "" }
        else { name = authority.split(separator: ":").first ?? "" }
        return name == "127.0.0.1" || name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }

    /// Refuses a write that lacks the token, or comes from another site.
    func checkWrite(_ request: Request) throws {
        guard isAuthorised(request) else {
            throw StudioError(status: 401, message: "this studio needs its token to change anything: send `Authorization: Bearer <token>`")
        }
        guard isSameOrigin(request) else {
            throw StudioError.forbidden("a request from another site may not change the studio's data")
        }
    }
}
