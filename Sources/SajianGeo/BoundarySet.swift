import Foundation
import SajianModel

/// Reads a boundary file by its extension: GeoJSON (.geojson, .json), GeoPackage (.gpkg), Shapefile (.shp).
public enum BoundaryFile {
    /// Reads `path` once per process for as long as its size and modification time stay the same: the 38
    /// provincial booklets, and `sajian check` over every province, bind the same boundaries again and again.
    public static func read(_ path: String, layer: String? = nil) throws -> BoundaryLayer {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let stamp = "\(path)|\(layer ?? "")|\((attributes?[.size] as? NSNumber)?.intValue ?? -1)|\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1)"
        if let cached = cache.layer(stamp) { return cached }
        var layer = try readUncached(path, layer: layer)
        layer.features = SharedBorders.anchored(layer.features)
        cache.store(layer, for: stamp)
        return layer
    }

    private static let cache = LayerCache()

    /// A process-wide cache shared by the threads of a batch.
    private final class LayerCache: @unchecked Sendable {
        private let lock = NSLock()
        private var layers: [String: BoundaryLayer] = [:]

        func layer(_ key: String) -> BoundaryLayer? {
            lock.lock()
            defer { lock.unlock() }
            return layers[key]
        }

        func store(_ layer: BoundaryLayer, for key: String) {
            lock.lock()
            layers[key] = layer
            lock.unlock()
        }
    }

    static func readUncached(_ path: String, layer: String?) throws -> BoundaryLayer {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "geojson", "json": return try GeoJSONReader.read(contentsOf: path)
        case "gpkg": return try GeoPackageReader.read(contentsOf: path, layer: layer)
        case "shp": return try ShapefileReader.read(contentsOf: path)
        default:
            throw geoError(path, "Sajian cannot read boundaries from a `.\(URL(fileURLWithPath: path).pathExtension)` file",
                           hint: "Give a GeoJSON (.geojson), GeoPackage (.gpkg) or Shapefile (.shp) under `batas:`.")
        }
    }

    /// The bundled boundaries' file name in `Datasets/`: Indonesia's 38 provinces and the neighbouring countries.
    public static let bundledName = "batas-provinsi.geojson"
    /// The bundled kabupaten/kota (514, one national file) in `Datasets/`, used by `batas: kabupaten-kota`.
    public static let bundledRegencyName = "batas-kabupaten-kota.geojson"
}

/// What the bundled boundary file's `jenis` attribute says a feature is.
public enum BundledFeatureKind: String, Sendable {
    case province = "provinsi"
    case country = "negara"
    /// A kabupaten or kota (*kabupaten/kota*) of the bundled kabupaten/kota file.
    case regency = "kabupaten-kota"
}

/// A shape of the inset (*inset dan index peta*) and how it is drawn.
public struct InsetShape: Sendable {
    public enum Emphasis: Sendable { case context, indonesia, highlighted }
    public var shape: MultiPolygon
    public var emphasis: Emphasis

    public init(shape: MultiPolygon, emphasis: Emphasis) {
        self.shape = shape
        self.emphasis = emphasis
    }
}

/// A map's boundaries in longitude/latitude: one area per region of the bound figure, the muted context drawn
/// around them (neighbouring countries, surrounding provinces), and the inset.
public struct BoundarySet: Sendable {
    public var origin: String
    /// One area per `MapData.regions` entry, in the same order.
    public var regions: [MultiPolygon] { didSet { projections = Projections() } }
    /// The junctions of each region's rings (`Feature.anchors`), in the same order; empty: none known.
    public var regionAnchors: [[[Int]]] = [] { didSet { projections = Projections() } }
    /// Drawn muted beneath the regions and beyond them.
    public var context: [MultiPolygon] { didSet { projections = Projections() } }
    /// The names a map may print on `context`, in the same order: a surrounding province's; nil for a neighbouring
    /// country (the bundled file names those in English). Empty: none.
    public var contextNames: [String?] = []
    /// The longitude/latitude box the main map shows.
    public var extent: BoundingBox
    /// The inset's shapes and the box it shows.
    public var inset: [InsetShape] { didSet { projections = Projections() } }
    /// The shapes above in Mercator units, simplified once per tolerance and shared by the copies of this set
    /// (renewed whenever a shape changes).
    private var projections = Projections()

    /// `regions` projected and simplified once per tolerance (`ProjectedGeometry`), with their anchors kept.
    public var projectedRegions: ProjectedGeometry { projections.geometry(\.regions) { ProjectedGeometry(shapes: regions, anchors: regionAnchors) } }
    /// `context` projected and simplified once per tolerance.
    public var projectedContext: ProjectedGeometry { projections.geometry(\.context) { ProjectedGeometry(shapes: context) } }
    /// The inset's shapes, in the order of `inset`, projected and simplified once per tolerance.
    public var projectedInset: ProjectedGeometry { projections.geometry(\.inset) { ProjectedGeometry(shapes: inset.map(\.shape)) } }

    /// The three `ProjectedGeometry`s, made when first asked for.
    private final class Projections: @unchecked Sendable {
        private let lock = NSLock()
        var regions: ProjectedGeometry?, context: ProjectedGeometry?, inset: ProjectedGeometry?

        func geometry(_ slot: ReferenceWritableKeyPath<Projections, ProjectedGeometry?>, make: () -> ProjectedGeometry) -> ProjectedGeometry {
            lock.lock()
            defer { lock.unlock() }
            if let made = self[keyPath: slot] { return made }
            let made = make()
            self[keyPath: slot] = made
            return made
        }
    }
    public var insetExtent: BoundingBox
    /// Where the main map lies within the inset, outlined there (regional maps), or nil (national maps).
    public var insetFrame: BoundingBox?
    /// The name of the province highlighted in the inset, if any.
    public var insetHighlightName: String?

    public init(origin: String, regions: [MultiPolygon], context: [MultiPolygon], extent: BoundingBox,
                inset: [InsetShape], insetExtent: BoundingBox, insetFrame: BoundingBox?) {
        self.origin = origin
        self.regions = regions
        self.context = context
        self.extent = extent
        self.inset = inset
        self.insetExtent = insetExtent
        self.insetFrame = insetFrame
    }

    /// Southeast Asia, as a national map's inset shows it.
    public static let southeastAsia = BoundingBox(minX: 90, minY: -14, maxX: 150, maxY: 24)

    /// The boundaries of a map of `layer`'s features, with `bundled` (Indonesia's provinces and its neighbours)
    /// as context and inset. `isBundled`: `layer` is the bundled provinces themselves (a national map).
    /// `highlightedProvince`: the BPS code of the province highlighted in the inset, if any; a national map without
    /// one shows Indonesia in Southeast Asia, any other map shows Indonesia with that province.
    public static func build(layer: BoundaryLayer, isBundled: Bool, bundled: BoundaryLayer?, highlightedProvince: String?) -> BoundarySet {
        let regions = layer.features.map(\.geometry)
        let extent = regions.reduce(BoundingBox.empty) { $0.union($1.bounds) }.expanded(by: 0.02)
        let bundledFeatures = bundled?.features ?? []
        func kind(_ feature: Feature) -> BundledFeatureKind? { feature.properties["jenis"].flatMap(BundledFeatureKind.init(rawValue:)) }
        let countries = bundledFeatures.filter { kind($0) == .country }.map(\.geometry)
        let provinces = bundledFeatures.filter { kind($0) == .province }
        // A national map's regions are the provinces themselves; a regional map shows the provinces around it muted.
        let isNational = isBundled || extent.width > 30
        let context = countries + (isBundled ? [] : provinces.map(\.geometry))
        var inset: [InsetShape] = []
        let insetExtent: BoundingBox
        var insetFrame: BoundingBox?
        if isNational && highlightedProvince == nil {
            insetExtent = southeastAsia
            inset = countries.map { InsetShape(shape: $0, emphasis: .context) }
                + provinces.map { InsetShape(shape: $0.geometry, emphasis: .indonesia) }
        } else {
            let indonesia = provinces.reduce(BoundingBox.empty) { $0.union($1.geometry.bounds) }
            insetExtent = (indonesia.isEmpty ? extent : indonesia).expanded(by: 0.03)
            inset = countries.map { InsetShape(shape: $0, emphasis: .context) }
            inset += provinces.map { province in
                InsetShape(shape: province.geometry, emphasis: province.properties["kode_bps"] == highlightedProvince ? .highlighted : .indonesia)
            }
            if !isNational { insetFrame = extent }
        }
        var set = BoundarySet(origin: layer.file, regions: regions, context: context, extent: extent,
                              inset: inset, insetExtent: insetExtent, insetFrame: insetFrame)
        set.regionAnchors = layer.features.map(\.anchors)
        set.contextNames = countries.map { _ in nil } + (isBundled ? [] : provinces.map { $0.properties["nama"] })
        set.insetHighlightName = provinces.first { $0.properties["kode_bps"] == highlightedProvince }?.properties["nama"]
        return set
    }
}
