import SajianModel
import XCTest

/// The kabupaten/kota reference list (issue 12, part 3): 514 units, both codes, and names in the forms offices write.
final class RegencyCodesTests: XCTestCase {
    private let bps = ReferenceCodeList.regencyBPS
    private let kemendagri = ReferenceCodeList.regencyKemendagri

    func testTheListHas514UnitsWithBothCodesWhereKnown() {
        XCTAssertEqual(RegencyCodes.all.count, 514)
        XCTAssertEqual(Set(RegencyCodes.all.map(\.kemendagriCode)).count, 514)
        XCTAssertEqual(RegencyCodes.all.filter { $0.bpsCode != nil }.count, 488, "the 26 of the 2022 Papua provinces have no BPS code")
        XCTAssertEqual(RegencyCodes.regencies(inProvinceBPS: "32").count, 27)
        XCTAssertEqual(RegencyCodes.regencies(inProvinceBPS: "35").count, 38)
        XCTAssertEqual(RegencyCodes.all.filter { $0.kind == .kota }.count, 98)
    }

    func testBPSAndKemendagriCodesDifferAndCrosswalkBothWays() {
        XCTAssertEqual(RegencyCodes.regency(bpsCode: "1101")?.name, "Kabupaten Simeulue")
        XCTAssertEqual(RegencyCodes.regency(kemendagriCode: "11.01")?.name, "Kabupaten Aceh Selatan")
        XCTAssertEqual(bps.crosswalk("1101"), "1109")
        XCTAssertEqual(kemendagri.crosswalk("1109"), "1101")
        XCTAssertEqual(kemendagri.crosswalk("31.74"), "3171", "Jakarta Selatan")
        XCTAssertNil(kemendagri.crosswalk("9301"), "Merauke has no current BPS code in the list")
        XCTAssertEqual(RegencyCodes.regency(bpsCode: "3273")?.province?.name, "Jawa Barat")
        XCTAssertEqual(ReferenceCodeList(word: "kabkota-bps"), .regencyBPS)
        XCTAssertEqual(ReferenceCodeList(word: "kabkota-kemendagri"), .regencyKemendagri)
    }

    func testNamesMatchInTheFormsOfficesWrite() {
        for written in ["Kab. Bogor", "Kabupaten Bogor", "KAB. BOGOR", "KABUPATEN BOGOR", "kab bogor", "  Kab.  Bogor ", "Kab Bogor"] {
            XCTAssertEqual(bps.match(written).entry, RegionEntry(code: "3201", name: "Kabupaten Bogor"), written)
        }
        XCTAssertEqual(bps.match("KOTA BOGOR").entry?.code, "3271")
        for written in ["Kota Adm. Jakarta Selatan", "Kota Administrasi Jakarta Selatan", "KOTA ADM. JAKARTA SELATAN", "Jakarta Selatan"] {
            XCTAssertEqual(bps.match(written).entry?.code, "3171", written)
            XCTAssertEqual(kemendagri.match(written).entry?.code, "3174", written)
        }
        XCTAssertEqual(bps.match("Kab. Adm. Kepulauan Seribu").entry?.code, "3101")
        XCTAssertEqual(bps.match("Cimahi").entry?.code, "3277", "a bare name one unit has")
        XCTAssertEqual(bps.match("Toba Samosir").entry?.code, RegencyCodes.bpsCode(forKemendagri: "12.12"), "BPS's older name")
        XCTAssertEqual(bps.match("3201").entry?.name, "Kabupaten Bogor", "a code matches as itself")
        XCTAssertEqual(kemendagri.match("32.01").entry?.code, "3201")
    }

    func testBareNameOfTwoUnitsIsAmbiguousUnlessTheKindIsKnown() {
        guard case .ambiguous(let both) = bps.match("Bogor") else { return XCTFail("Bogor alone names two units") }
        XCTAssertEqual(both.map(\.description), ["3201 Kabupaten Bogor", "3271 Kota Bogor"])
        XCTAssertEqual(bps.match("Bogor", kind: .kota).entry?.code, "3271")
        XCTAssertEqual(bps.match("BOGOR", kind: .kabupaten).entry?.code, "3201")
        XCTAssertEqual(bps.match("Kota Bogor", kind: .kabupaten).entry?.code, "3271", "the name's own kind wins")
    }

    func testUnknownNamesSuggestTheNearest() {
        guard case .unknown(let near) = bps.match("Kabupaten Bogorr") else { return XCTFail() }
        XCTAssertEqual(near?.name, "Kabupaten Bogor")
        XCTAssertEqual(bps.recognised(["3201", "KAB. BOGOR", "Kota Cimahi", "Bogor", "Atlantis"]), 3,
                       "codes and single-unit names count; an ambiguous or unknown name does not")
    }

    func testProvinceListsMatchNamesToo() {
        XCTAssertEqual(ReferenceCodeList.provinceBPS.match("JAWA BARAT").entry?.code, "32")
        XCTAssertEqual(ReferenceCodeList.provinceKemendagri.match("Papua").entry?.code, "91")
        XCTAssertEqual(ReferenceCodeList.provinceBPS.match("Papua").entry?.code, "94")
    }
}
