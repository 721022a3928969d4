#!/usr/bin/env bash
# The dependency table of Sajian's targets: each target may import only the modules listed for it, so that the data
# flows one way (dataset → spec → bound figure → layout → scene → backend) and each stage stays replaceable.
# SwiftPM lets a target import whatever its dependencies import, so this check (run by `make test`) is what holds it.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A allowed=(
  # The value types every stage shares: datasets, periods, codes, number formatting, bound-figure protocols, diagnostics.
  [SajianModel]="Foundation"
  # The display list and the text-measuring interface the backend implements.
  [SajianScene]="Foundation"
  # YAML read into typed values with their lines: templates and dataset metadata (CYaml, Yams's libyaml, to count
  # aliases before composing).
  [SajianYAML]="Foundation SajianModel Yams CYaml"
  # Templates → typed PublicationSpec; forms are reached through FigureFormParser.
  [SajianTemplate]="Foundation SajianModel SajianYAML Yams"
  # The SQLite catalog and the importers.
  [SajianCatalog]="Foundation FoundationXML SajianModel SajianYAML Yams GRDB ZIPFoundation Crypto"
  # Boundaries, projections, classification.
  [SajianGeo]="Foundation SajianModel CShapelib GRDB"
  # Spec + catalog → bound figures; forms are reached through FigureFormBinding.
  [SajianBind]="Foundation SajianModel SajianTemplate SajianCatalog"
  # Bound figures → scene: the figure's frame and the pages; forms are reached through FigureFormLayouts. CHyphen:
  # libhyphen, where a justified line may break a word, is line breaking (layout's), a pure algorithm over pattern
  # files that draws and measures nothing; measuring stays behind TextMeasuring (Pango, in SajianCairo).
  [SajianLayout]="Foundation SajianModel SajianScene CHyphen"
  # One folder per form, spanning the stages it plugs into.
  [SajianForms]="Foundation SajianModel SajianYAML SajianTemplate SajianCatalog SajianBind SajianLayout SajianScene SajianGeo"
  # Scene → PNG, PDF, SVG: the only target that touches Cairo.
  [SajianCairo]="Foundation SajianScene CCairo CSajianPNG"
  # Runs the stages in order and writes files.
  [SajianPublish]="Foundation Dispatch Crypto SajianModel SajianTemplate SajianCatalog SajianBind SajianForms SajianLayout SajianScene SajianCairo"
  [sajian]="Foundation Dispatch ArgumentParser SajianModel SajianTemplate SajianCatalog SajianForms SajianPublish SajianStudio"
  # Sajian Studio: HTTP concerns only (routes, pages, caching, access, uploads) over Publish, the catalog and the exporters.
  [SajianStudio]="Foundation HTTPTypes Hummingbird Logging Mustache MultipartKit Crypto ZIPFoundation SajianModel SajianTemplate SajianCatalog SajianBind SajianScene SajianCairo SajianPublish"
  [sajian-bench]="Foundation SajianModel SajianTemplate SajianCatalog SajianBind SajianForms SajianLayout SajianScene SajianCairo SajianPublish"
  [sajian-batas]="Foundation SajianModel SajianGeo"
)

status=0
for dir in Sources/*/; do
  target=$(basename "$dir")
  files=$(find "$dir" -name '*.swift')
  [ -z "$files" ] && continue
  if [ -z "${allowed[$target]+set}" ]; then
    echo "lint-deps: $target is not in the dependency table of scripts/lint-deps.sh: add it with the modules it may import"
    status=1; continue
  fi
  while IFS=: read -r file line module; do
    if ! [[ " ${allowed[$target]} " == *" $module "* ]]; then
      echo "lint-deps: $file:$line: $target imports $module, which it may not (allowed: ${allowed[$target]})"
      status=1
    fi
  done < <(grep -Hn -E '^(@[A-Za-z_]+ )*import ' $files | sed -E 's/^([^:]+):([0-9]+):(@[A-Za-z_]+ )*import ([A-Za-z_]+).*/\1:\2:\4/')
done
# Forms are reached only through the protocols: no shared stage names a form's types.
forms=$(grep -ho -E '^(public )?(enum|struct) [A-Za-z]+(Form|Spec|Data|Body)\b' -r Sources/SajianForms --include=*.swift | awk '{print $NF}' | sort -u)
for type in $forms; do
  if hits=$(grep -rn -w "$type" Sources/SajianModel Sources/SajianTemplate Sources/SajianBind Sources/SajianLayout Sources/SajianPublish Sources/SajianCairo --include=*.swift); then
    echo "lint-deps: a shared stage names the form type $type:"; echo "$hits"; status=1
  fi
done
[ $status = 0 ] && echo "Dependencies flow one way (scripts/lint-deps.sh)"
exit $status
