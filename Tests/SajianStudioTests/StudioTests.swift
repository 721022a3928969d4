import XCTest
import HummingbirdTesting
@testable import SajianStudio
