import Foundation
import FuzzDriver
import SajianGeo

// The GeoJSON reader on any bytes: JSON, features, rings, coordinate systems and the coordinate checks.
fuzz { data in
    expectAcceptedOrRefused(naming: "fuzz.geojson") { _ = try GeoJSONReader.read(data, file: "fuzz.geojson") }
}
