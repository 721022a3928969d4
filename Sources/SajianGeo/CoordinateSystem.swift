import Foundation

/// The coordinate reference systems (*sistem koordinat*) Sajian reads boundaries in. Every one rests on the
/// WGS 84 ellipsoid (DGN95, Indonesia's geodetic datum, uses it too), so converting to longitude/latitude needs
/// no datum shift. Anything else is refused with a message naming the file.
public enum CoordinateSystem: Sendable, Hashable, CustomStringConvertible {
    /// Longitude and latitude in degrees (EPSG:4326; DGN95 geographic is EPSG:4755).
    case geographic(datum: String)
    /// Universal Transverse Mercator: a zone (1–60) north or south of the equator, in metres.
    case utm(zone: Int, south: Bool, datum: String)
    /// Web Mercator (EPSG:3857), as web maps export.
    case webMercator

    public static let wgs84 = CoordinateSystem.geographic(datum: "WGS 84")

    /// "Sistem koordinat geografis, datum WGS 84": the line a map prints.
    public var description: String {
        switch self {
        case .geographic(let datum): "Sistem koordinat geografis, datum \(datum)"
        case .utm(let zone, let south, let datum): "UTM zona \(zone)\(south ? "S" : "N"), datum \(datum)"
        case .webMercator: "Web Mercator (EPSG:3857), datum WGS 84"
        }
    }

    // MARK: Recognising a declared system

    /// The system with an EPSG code, or nil for a code Sajian does not convert.
    public static func epsg(_ code: Int) -> CoordinateSystem? {
        switch code {
        case 4326, 4979: .wgs84
        case 4755: .geographic(datum: "DGN95")
        case 3857, 900913, 3785: .webMercator
        case 32601...32660: .utm(zone: code - 32600, south: false, datum: "WGS 84")
        case 32701...32760: .utm(zone: code - 32700, south: true, datum: "WGS 84")
        // DGN95 / UTM zones 46N–52N (EPSG:23866–23872) and 47S–54S (EPSG:23877–23884).
        case 23866...23872: .utm(zone: code - 23820, south: false, datum: "DGN95")
        case 23877...23884: .utm(zone: code - 23830, south: true, datum: "DGN95")
        default: nil
        }
    }

    /// The system a WKT text declares (a Shapefile's .prj, a GeoPackage's `gpkg_spatial_ref_sys`), in the OGC,
    /// ESRI or WKT2 dialect; nil when it is not one Sajian converts.
    public static func wkt(_ text: String) -> CoordinateSystem? {
        let upper = text.uppercased().replacingOccurrences(of: "_", with: " ")
        if let range = upper.range(of: #"AUTHORITY\["EPSG","?(\d+)"?\]\s*\]\s*$"#, options: .regularExpression),
           let code = Int(upper[range].filter(\.isNumber)), let known = epsg(code) {
            return known
        }
        let datum: String
        if upper.contains("DGN95") || upper.contains("DGN 1995") || upper.contains("GEODESI NASIONAL 1995") {
            datum = "DGN95"
        } else if upper.contains("WGS 84") || upper.contains("WGS 1984") || upper.contains("WGS84") {
            datum = "WGS 84"
        } else {
            return nil
        }
        if upper.contains("PSEUDO-MERCATOR") || upper.contains("PSEUDO MERCATOR") || upper.contains("AUXILIARY SPHERE")
            || upper.contains("POPULAR VISUALISATION") {
            return .webMercator
        }
        if let range = upper.range(of: #"UTM ZONE (\d{1,2}) ?([NS])"#, options: .regularExpression) {
            let match = upper[range]
            let zone = Int(match.filter(\.isNumber)) ?? 0
            guard (1...60).contains(zone) else { return nil }
            return .utm(zone: zone, south: match.last == "S", datum: datum)
        }
        let isProjected = upper.hasPrefix("PROJCS") || upper.hasPrefix("PROJCRS") || upper.contains("PROJECTION[")
        return isProjected ? nil : .geographic(datum: datum)
    }

    /// The name a WKT gives its system (the first quoted string), for messages.
    public static func name(inWKT text: String) -> String {
        guard let start = text.firstIndex(of: "\"") else { return String(text.prefix(60)) }
        let rest = text[text.index(after: start)...]
        return String(rest.prefix { $0 != "\"" })
    }

    // MARK: Converting to longitude/latitude

    /// Longitude and latitude (degrees, WGS 84) of a position in this system.
    public func geographic(_ point: GeoPoint) -> GeoPoint {
        switch self {
        case .geographic: point
        case .webMercator:
            GeoPoint(longitude: point.x / Ellipsoid.wgs84.a * 180 / .pi,
                     latitude: atan(sinh(point.y / Ellipsoid.wgs84.a)) * 180 / .pi)
        case .utm(let zone, let south, _):
            TransverseMercator.utm(zone: zone).inverse(easting: point.x, northing: point.y - (south ? 10_000_000 : 0))
        }
    }

    public var isGeographic: Bool { if case .geographic = self { true } else { false } }
}

/// An ellipsoid: semi-major axis in metres and flattening.
public struct Ellipsoid: Sendable {
    public var a: Double
    public var f: Double

    public static let wgs84 = Ellipsoid(a: 6_378_137, f: 1 / 298.257223563)

    /// First eccentricity squared.
    public var e2: Double { f * (2 - f) }
    public var e: Double { e2.squareRoot() }
}

/// The transverse Mercator projection, inverse only (Snyder, *Map Projections: A Working Manual*, 1987, eq. 8-12 ff.),
/// accurate to well under a metre within a UTM zone.
struct TransverseMercator {
    var centralMeridian: Double
    var scale: Double
    var falseEasting: Double
    var ellipsoid = Ellipsoid.wgs84

    static func utm(zone: Int) -> TransverseMercator {
        TransverseMercator(centralMeridian: Double(zone * 6 - 183), scale: 0.9996, falseEasting: 500_000)
    }

    /// Longitude and latitude in degrees of a position in metres (northing measured from the equator).
    func inverse(easting: Double, northing: Double) -> GeoPoint {
        let a = ellipsoid.a, e2 = ellipsoid.e2
        let ep2 = e2 / (1 - e2)
        let x = easting - falseEasting
        let m = northing / scale
        let mu = m / (a * (1 - e2 / 4 - 3 * e2 * e2 / 64 - 5 * e2 * e2 * e2 / 256))
        let e1 = (1 - (1 - e2).squareRoot()) / (1 + (1 - e2).squareRoot())
        let phi1 = mu + (3 * e1 / 2 - 27 * pow(e1, 3) / 32) * sin(2 * mu)
            + (21 * e1 * e1 / 16 - 55 * pow(e1, 4) / 32) * sin(4 * mu)
            + (151 * pow(e1, 3) / 96) * sin(6 * mu)
            + (1097 * pow(e1, 4) / 512) * sin(8 * mu)
        let sinPhi = sin(phi1), cosPhi = cos(phi1), tanPhi = tan(phi1)
        let c1 = ep2 * cosPhi * cosPhi
        let t1 = tanPhi * tanPhi
        let n1 = a / (1 - e2 * sinPhi * sinPhi).squareRoot()
        let r1 = a * (1 - e2) / pow(1 - e2 * sinPhi * sinPhi, 1.5)
        let d = x / (n1 * scale)
        let latitude = phi1 - (n1 * tanPhi / r1) * (d * d / 2
            - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * ep2) * pow(d, 4) / 24
            + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * ep2 - 3 * c1 * c1) * pow(d, 6) / 720)
        let longitude = (d - (1 + 2 * t1 + c1) * pow(d, 3) / 6
            + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * ep2 + 24 * t1 * t1) * pow(d, 5) / 120) / cosPhi
        return GeoPoint(longitude: centralMeridian + longitude * 180 / .pi, latitude: latitude * 180 / .pi)
    }
}
