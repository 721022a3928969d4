import Foundation
import SajianGeo
import SajianModel
import SajianTestSupport
import XCTest

/// The hostile-input corpus of boundary files (Tests/Corpus/boundaries/corpus.yaml): each goes to the reader of its
/// extension (.geojson, .gpkg, .shp with its .shx, .dbf and .prj; .wkb bare WKB; .gpkgblob a GeoPackage geometry
/// blob) and is accepted with the summary its entry gives, or refused with exactly the errors it gives.
final class BoundaryCorpusTests: XCTestCase {
    func testBoundaryFilesAreReadAsTheirEntriesSay() throws {
        try CorpusManifest.check("boundaries", sidecars: ["shx", "dbf", "prj"]) { path in
            switch URL(fileURLWithPath: path).pathExtension {
            case "wkb":
                return Self.summary(try WKB.multiPolygon(Self.bytes(path)))
            case "gpkgblob":
                let bytes = try Self.bytes(path)
                guard let header = try GeoPackageBinary.parse(bytes) else { return "an empty geometry" }
                return "SRS \(header.srsID): " + Self.summary(try WKB.multiPolygon(bytes, from: header.wkbOffset))
            default:
                let layer: BoundaryLayer
                switch URL(fileURLWithPath: path).pathExtension {
                case "gpkg": layer = try GeoPackageReader.read(contentsOf: path)
                case "shp": layer = try ShapefileReader.read(contentsOf: path)
                default: layer = try GeoJSONReader.read(contentsOf: path)
                }
                return "\(layer.features.count) features: " + layer.features.map { feature in
                    feature.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + ", " + Self.summary(feature.geometry)
                }.joined(separator: "; ")
            }
        }
    }

    private static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: path))) }

    private static func summary(_ shape: MultiPolygon) -> String {
        "\(shape.polygons.count) polygons, \(shape.pointCount) positions, x \(shape.bounds.minX)…\(shape.bounds.maxX), y \(shape.bounds.minY)…\(shape.bounds.maxY)"
    }
}
