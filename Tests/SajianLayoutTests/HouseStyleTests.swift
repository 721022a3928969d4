import Foundation
import SajianLayout
import SajianScene
import XCTest

final class HouseStyleTests: XCTestCase {
    /// One change to every stored field of the house style, by name.
    private let changes: [(field: String, change: (inout HouseStyle) -> Void)] = [
        ("fontFamily", { $0.fontFamily = "DejaVu Sans" }),
        ("labelSize", { $0.labelSize += 1 }),
        ("titleSize", { $0.titleSize += 1 }),
        ("bodySize", { $0.bodySize += 1 }),
        ("smallSize", { $0.smallSize += 1 }),
        ("textColor", { $0.textColor = Color(hex: 0x000001) }),
        ("mutedTextColor", { $0.mutedTextColor = Color(hex: 0x000001) }),
        ("ruleColor", { $0.ruleColor = Color(hex: 0x000001) }),
        ("gridColor", { $0.gridColor = Color(hex: 0x000001) }),
        ("palette", { $0.palette[0] = Color(hex: 0x000001) }),
        ("accent", { $0.accent = Color(hex: 0x000001) }),
        ("gap", { $0.gap += 1 }),
        ("figureMargin", { $0.figureMargin += 1 }),
        ("logo", { $0.logo = HouseStyle.Logo(png: Data([1]), size: Size(width: 2, height: 1)) }),
        ("mapTolerance", { $0.mapTolerance = HouseStyle.printMapTolerance }),
        ("mapLabelTolerance", { $0.mapLabelTolerance = HouseStyle.screenMapTolerance }),
        ("titleIndentRatio", { $0.titleIndentRatio += 0.1 }),
        ("titleBesideNumberLimit", { $0.titleBesideNumberLimit += 0.1 }),
        ("titleMaxLines", { $0.titleMaxLines += 1 }),
        ("footerParagraphSpacing", { $0.footerParagraphSpacing += 0.1 }),
        ("minimumBodyHeight", { $0.minimumBodyHeight += 1 }),
        ("logoGap", { $0.logoGap += 1 }),
        ("minimumRowsPerPart", { $0.minimumRowsPerPart += 1 }),
        ("chartLabelSizeStep", { $0.chartLabelSizeStep += 0.5 }),
        ("labelHalo", { $0.labelHalo = nil }),
        ("gridLineWidth", { $0.gridLineWidth += 0.25 }),
        ("axisLineWidth", { $0.axisLineWidth += 0.25 }),
        ("tickLabelGap", { $0.tickLabelGap += 1 }),
        ("tickLabelDrop", { $0.tickLabelDrop += 1 }),
        ("valueAxisLines", { $0.valueAxisLines += 0.1 }),
        ("unitLineSpacing", { $0.unitLineSpacing += 0.1 }),
        ("unitLines", { $0.unitLines += 0.1 }),
        ("categoryLabelGap", { $0.categoryLabelGap += 1 }),
        ("categoryLabelDrop", { $0.categoryLabelDrop += 1 }),
        ("valueLabelGap", { $0.valueLabelGap += 1 }),
        ("valueLabelRise", { $0.valueLabelRise += 1 }),
        ("valueAxisTicks", { $0.valueAxisTicks += 1 }),
        ("minimumTextSize", { $0.minimumTextSize = 9 }),
        ("leastLineWidth", { $0.leastLineWidth = 0.75 }),
    ]

    /// Issue 14: screens get no type under 12 px at 1x (9 pt), whatever size a form asks for; print keeps its sizes.
    func testScreenProfileRaisesSmallTypeAndPrintKeepsIt() {
        let screen = HouseStyle.standard.forScreen()
        XCTAssertEqual(screen.smallSize, 9)
        XCTAssertEqual(screen.bodySize, 9)
        XCTAssertEqual(screen.titleSize, 12, "16 px at 1x: a step over the 12 px labels (proof-reading 39)")
        XCTAssertEqual(screen.labelSize, screen.titleSize, "the figure's number in its title's size")
        XCTAssertEqual(screen.text(5.5).size, 9, "a map's tiny label is raised too")
        XCTAssertEqual(screen.text(12, weight: .bold).size, 12)
        XCTAssertEqual(HouseStyle.standard.text(5.5).size, 5.5, "print keeps its sizes")
        XCTAssertEqual(HouseStyle.standard.forInfographic().text(5).size, HouseStyle.standard.smallSize)
    }

    func testEveryStoredFieldHasAChangeHere() {
        let stored = Mirror(reflecting: HouseStyle.standard).children.compactMap(\.label)
        XCTAssertEqual(stored, changes.map(\.field), "a field added to HouseStyle needs a change in this list")
    }

    func testStylesDifferingInAnyOneFieldAreNotEqual() {
        for (field, change) in changes {
            var changed = HouseStyle.standard
            change(&changed)
            XCTAssertNotEqual(changed, HouseStyle.standard, "styles differing in \(field) compare equal")
            XCTAssertEqual(changed, changed, field)
        }
    }

    func testEqualStylesHashAlike() {
        var a = HouseStyle.standard, b = HouseStyle.standard
        a.logo = HouseStyle.Logo(png: Data([1, 2, 3]), size: Size(width: 48, height: 24))
        b.logo = HouseStyle.Logo(png: Data([1, 2, 3]), size: Size(width: 48, height: 24))
        XCTAssertEqual(a, b)
        XCTAssertEqual(Set([a, b]).count, 1)
    }
}
