import Foundation
import SajianLayout
import SajianPublish
import SajianScene
import SajianTestSupport

/// A demo template laid out as `Publisher` does it (fixed-width measurer unless given, the demo's date), for one region if given
/// ("32": a province, "3273": a kabupaten/kota).
func demoScene(_ template: String, region: String? = nil, catalog: String, measurer: any TextMeasuring = FixedWidthMeasurer()) throws -> Scene {
    var options = PublishOptions(datasetsDirectory: TestSupport.path("Datasets"), catalogPath: catalog,
                                 date: Date(timeIntervalSince1970: 1_700_000_000))
    if let region { options.region = try Publisher.regions(region, level: region.count > 2 ? .regency : .province).first }
    return try Publisher().publicationScene(template: TestSupport.path(template), options: options, measurer: measurer).scene
}
