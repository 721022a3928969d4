#!/usr/bin/env python3
"""Builds the wide test files of Tests/Corpus/layouts/ from real official figures, re-laid, never changed:

- jabar-tpt-umk-2023-lebar.csv: the 27 kabupaten/kota of Jawa Barat in 2023 with their TPT (Open Data Jabar
  bps-od_17044) and UMK (Open Data Jabar od_19868) side by side, as Excel writes CSV in Indonesia (semicolons,
  decimal commas), with a title line above the table and the source line below it.
- tpt-provinsi-bulan.xlsx: TPT by province, Februari and Agustus 2023-2025 (BPS table 543, Datasets/tpt-provinsi.csv),
  with a title row and two heading rows (a year over its months), `-` where BPS has no figure.

Run from the repository root: python3 scripts/make-layout-corpus.py (needs openpyxl; the files are committed).
"""
import csv, os
from openpyxl import Workbook

out = "Tests/Corpus/layouts"
tpt = {(r["kode_kabupaten_kota"], r["tahun"]): (r["nama_kabupaten_kota"], r["tingkat_pengangguran_terbuka"])
       for r in csv.DictReader(open(f"{out}/jabar-tpt-kabkota-2007-2024.csv", encoding="utf-8"))}
umk = {(r["kode_kabupaten_kota"], r["tahun"]): r["besaran_upah_minimum"]
       for r in csv.DictReader(open(f"{out}/jabar-umk-kabkota-2017-2023.csv", encoding="utf-8"))}

def comma(text):
    """4520212.25 → 4.520.212,25, as Excel shows it with Indonesian settings."""
    whole, _, fraction = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:]); whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + ("," + fraction if fraction else "")

codes = sorted({code for code, year in tpt if year == "2023"})
with open(f"{out}/jabar-tpt-umk-2023-lebar.csv", "w", encoding="utf-8", newline="") as f:
    f.write("TPT dan UMK menurut Kabupaten/Kota di Jawa Barat, 2023;;;\n")
    f.write("Kode;Kabupaten/Kota;TPT (%);UMK (Rp)\n")
    for code in codes:
        name, rate = tpt[(code, "2023")]
        wage = umk[(code, "2023")]
        wage = wage[:-2] if wage.endswith(".0") else wage
        f.write(f"{code};{name.title().replace('Kabupaten', 'Kab.')};{comma(rate)};{comma(wage)}\n")
    f.write("Sumber: BPS Provinsi Jawa Barat (TPT, Sakernas Agustus) dan Disnakertrans Jawa Barat (UMK), melalui Open Data Jabar;;;\n")

rows = list(csv.DictReader(open("Datasets/tpt-provinsi.csv", encoding="utf-8")))
periods = ["2023-02", "2023-08", "2024-02", "2024-08", "2025-02"]
values = {(r["wilayah"], r["periode"]): r["nilai"] for r in rows}
regions = list(dict.fromkeys(r["wilayah"] for r in rows))
wb = Workbook()
ws = wb.active
ws.title = "TPT"
ws.append(["Tingkat Pengangguran Terbuka menurut Provinsi (Persen)"])
ws.append(["Provinsi", 2023, None, 2024, None, 2025])
ws.append([None, "Februari", "Agustus", "Februari", "Agustus", "Februari"])
ws.merge_cells("B2:C2"); ws.merge_cells("D2:E2"); ws.merge_cells("A2:A3")
for region in regions:
    ws.append([region] + [float(values[(region, p)]) if (region, p) in values else "-" for p in periods])
ws.append([])
ws.append(["Sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas)"])
wb.save(f"{out}/tpt-provinsi-bulan.xlsx")
