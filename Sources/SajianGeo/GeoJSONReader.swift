import Foundation

/// Reads GeoJSON (RFC 7946) boundaries: a FeatureCollection of Polygon and MultiPolygon features. Positions are
/// WGS 84 longitude/latitude unless the file carries an old-style (2008) `crs` member naming another system
/// Sajian converts (`urn:ogc:def:crs:EPSG::32749`, `EPSG:3857` …).
public enum GeoJSONReader {
    public static func read(contentsOf path: String) throws -> BoundaryLayer {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw geoError(path, "cannot read the boundary file", hint: "Check the path under `batas:`.")
        }
        return try read(data, file: path)
    }

    public static func read(_ data: Data, file: String) throws -> BoundaryLayer {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw geoError(file, "the boundary file is not valid JSON (\(error.localizedDescription))",
                           hint: "Export it again as GeoJSON from your GIS.")
        }
        guard let root = object as? [String: Any], let type = root["type"] as? String else {
            throw geoError(file, "the boundary file is not GeoJSON: it has no `type`", hint: "A GeoJSON file is an object with \"type\": \"FeatureCollection\".")
        }
        let system = try coordinateSystem(of: root, file: file)
        let featureObjects: [[String: Any]]
        switch type {
        case "FeatureCollection":
            guard let features = root["features"] as? [[String: Any]] else {
                throw geoError(file, "the FeatureCollection has no `features` list")
            }
            featureObjects = features
        case "Feature": featureObjects = [root]
        default:
            throw geoError(file, "the boundary file holds a GeoJSON `\(type)`, not features with attributes",
                           hint: "Boundaries need a FeatureCollection whose features carry the region's code or name in `properties`.")
        }
        var features: [Feature] = []
        for (index, object) in featureObjects.enumerated() {
            let properties = (object["properties"] as? [String: Any] ?? [:]).compactMapValues(Self.text)
            guard let geometry = object["geometry"] as? [String: Any] else { continue }  // a feature without an area draws nothing
            let shape = try multiPolygon(geometry, file: file, feature: index)
            features.append(Feature(properties: properties, geometry: try system.geographicShape(shape, file: file, feature: "feature \(index + 1)")))
        }
        let sajian = root["sajian"] as? [String: Any]
        var layer = BoundaryLayer(file: file, name: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
                                  sourceSystem: system, features: features, history: sajian?["riwayat"] as? String)
        layer.englishHistory = sajian?["riwayat_en"] as? String
        return layer
    }

    private static func coordinateSystem(of root: [String: Any], file: String) throws -> CoordinateSystem {
        guard let crs = root["crs"] as? [String: Any], let properties = crs["properties"] as? [String: Any],
              let name = properties["name"] as? String else { return .wgs84 }
        if name.hasSuffix("CRS84") { return .wgs84 }
        let digits = name.reversed().prefix { $0.isNumber }.reversed()
        if let code = Int(String(digits)), let system = CoordinateSystem.epsg(code) { return system }
        throw geoError(file, "the boundary file declares the coordinate system `\(name)`, which Sajian cannot convert",
                       hint: "Reproject it to WGS 84 (EPSG:4326), a WGS 84 or DGN95 UTM zone, or Web Mercator.")
    }

    private static func multiPolygon(_ geometry: [String: Any], file: String, feature: Int) throws -> MultiPolygon {
        let type = geometry["type"] as? String ?? "?"
        func rings(_ value: Any?) throws -> [Ring] {
            guard let rings = value as? [[[Any]]] else {
                throw geoError(file, "feature \(feature + 1): the \(type) has malformed coordinates",
                               hint: "Each ring is a list of [longitude, latitude] positions.")
            }
            return try rings.map { ring in
                Geometry.open(try ring.map { position in
                    guard position.count >= 2, let x = Self.number(position[0]), let y = Self.number(position[1]) else {
                        throw geoError(file, "feature \(feature + 1): a position is not a pair of numbers")
                    }
                    return GeoPoint(x: x, y: y)
                })
            }
        }
        switch type {
        case "Polygon":
            let all = try rings(geometry["coordinates"])
            guard let exterior = all.first else { return MultiPolygon([]) }
            return MultiPolygon([Polygon(exterior: exterior, holes: Array(all.dropFirst()))])
        case "MultiPolygon":
            guard let polygons = geometry["coordinates"] as? [Any] else {
                throw geoError(file, "feature \(feature + 1): the MultiPolygon has no coordinates")
            }
            return MultiPolygon(try polygons.compactMap { polygon in
                let all = try rings(polygon)
                return all.first.map { Polygon(exterior: $0, holes: Array(all.dropFirst())) }
            })
        default:
            throw geoError(file, "feature \(feature + 1) is a \(type); a thematic map needs areas (Polygon or MultiPolygon)",
                           hint: "Use the file of administrative areas, not of points or lines.")
        }
    }

    private static func number(_ value: Any) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    static func text(_ value: Any) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber:
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : "\(double)"
        default: return nil
        }
    }
}

/// Writes boundaries as compact GeoJSON: coordinates rounded to `decimals`, one feature a line.
public enum GeoJSONWriter {
    public static func data(_ features: [Feature], decimals: Int, metadata: [String: String] = [:]) -> Data {
        let scale = pow(10, Double(decimals))
        func number(_ value: Double) -> String {
            let rounded = (value * scale).rounded() / scale
            var text = String(format: "%.\(decimals)f", rounded)
            while text.contains(".") && (text.hasSuffix("0") || text.hasSuffix(".")) { text.removeLast() }
            return text == "-0" ? "0" : text
        }
        func ring(_ ring: Ring) -> String {
            "[" + (ring + [ring[0]]).map { "[\(number($0.x)),\(number($0.y))]" }.joined(separator: ",") + "]"
        }
        func string(_ text: String) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes]), as: UTF8.self)
        }
        var lines: [String] = []
        for feature in features {
            let properties = feature.properties.keys.sorted().map { "\(string($0)):\(string(feature.properties[$0]!))" }.joined(separator: ",")
            let polygons = feature.geometry.polygons.map { "[" + $0.rings.map(ring).joined(separator: ",") + "]" }.joined(separator: ",")
            lines.append("{\"type\":\"Feature\",\"properties\":{\(properties)},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[\(polygons)]}}")
        }
        let meta = metadata.keys.sorted().map { "\(string($0)):\(string(metadata[$0]!))" }.joined(separator: ",")
        let text = "{\"type\":\"FeatureCollection\",\n\"sajian\":{\(meta)},\n\"features\":[\n" + lines.joined(separator: ",\n") + "\n]}\n"
        return Data(text.utf8)
    }
}
