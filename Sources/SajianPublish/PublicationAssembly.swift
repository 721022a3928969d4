import Foundation
import SajianForms
import SajianBind
import SajianLayout
import SajianModel
import SajianScene
import SajianTemplate

/// Puts a publication together from its spec and its bound content: cover words, foreword, chapters of
/// figures and narasi in the template's order, the lists at the front, the back page.
enum PublicationAssembly {
    static func content(of spec: PublicationSpec, bound: BoundPublication, stem: String) -> PublicationContent {
        let figures = Dictionary(uniqueKeysWithValues: bound.figures.map { ($0.id, $0) })
        let chapters = spec.chapters.map { chapter in
            BoundChapter(title: chapter.title, blocks: chapter.blocks.compactMap { block -> BoundBlock? in
                switch block {
                case .figure(let figure): figures[figure.id].map(BoundBlock.figure)
                case .narrative(let narrative): bound.narratives[narrative.id].map(BoundBlock.narrative)
                }
            }, isAppendix: chapter.isAppendix)
        }
        var info = DocumentInfo(title: spec.title?.value ?? stem, author: spec.author, subject: spec.subject, language: spec.locale.rawValue)
        info.provenance = Publisher.provenance(bound.figures.flatMap(\.datasetVersions) + bound.narrativeVersions)
        var content = PublicationContent(info: info, chapters: chapters)
        content.subtitle = spec.subtitle
        content.period = spec.period
        content.publisher = spec.publisher
        content.hasCover = spec.hasCover
        content.coverFigures = bound.coverFigures
        content.foreword = bound.foreword
        if let foreword = spec.foreword {
            content.signature = Signature(placeAndDate: foreword.placeAndDate, signatory: foreword.signatory, position: foreword.position)
        }
        content.lists = spec.frontLists.map { list in
            switch list {
            case .contents: .contents
            case .tables: .tables
            case .charts: .charts
            case .maps: .maps
            }
        }
        content.backPage = spec.backPage
        content.locale = spec.locale
        return content
    }

    static func pageSetup(_ page: PageSpec) -> PageSetup {
        let paper: PaperSize = switch page.sheet {
        case .a4: .a4
        case .a5: .a5
        case .f4: .f4
        }
        var setup = PageSetup(paper: paper, landscape: page.orientation == .landscape, marginMillimetres: page.marginMillimetres,
                              columns: page.columns)
        setup.isCompact = page.density == .compact
        setup.pageMultiple = page.pageMultiple
        setup.extraPagesForNotes = page.extraPages == .notes
        return setup
    }
}
