"""Writes the wide workbook of `sajian-bench --import-wide`: the 514 kabupaten/kota (codes and names from
Datasets/batas-kabupaten-kota.geojson) by 24 months (2023-01 … 2024-12), a title row and a heading row. The values are
ILLUSTRATIVE (a fixed formula of the row and column, for timing only; never imported into a publication).
Written with the standard library's zipfile: a minimal SpreadsheetML package with inline strings.
Usage: python3 wide_xlsx.py ROOT OUT.xlsx"""
import json, sys, zipfile
from xml.sax.saxutils import escape

root, out = sys.argv[1], sys.argv[2]
features = json.load(open(f"{root}/Datasets/batas-kabupaten-kota.geojson", encoding="utf-8"))["features"]
regions = sorted((f["properties"].get("kode_bps") or f["properties"]["kode_kemendagri"], f["properties"]["nama"]) for f in features)
months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
headings = ["Kode", "Kabupaten/Kota"] + [f"{m} {y}" for y in (2023, 2024) for m in months]

def column(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def text(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

rows = [f'<row r="1">{text("A1", "Nilai ilustratif untuk uji kecepatan (bukan data resmi)")}</row>']
rows.append('<row r="2">' + "".join(text(f"{column(i + 1)}2", h) for i, h in enumerate(headings)) + "</row>")
for r, (code, name) in enumerate(regions, start=3):
    cells = [text(f"A{r}", code), text(f"B{r}", name)]
    cells += [f'<c r="{column(c + 3)}{r}"><v>{(r * 7 + c * 13) % 1000 / 100:.2f}</v></c>' for c in range(24)]
    rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         "<sheetData>" + "".join(rows) + "</sheetData></worksheet>")
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": sheet,
}
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
