"""The peer in Sajian's benchmark: the same 38-bar chart drawn by matplotlib.

Reads the bars as `label<TAB>value` lines on stdin, draws a horizontal bar chart at 1600x1000 px with
value labels, title and source line (what Sajian draws), and prints the median milliseconds per
format as JSON. Run by `swift run -c release sajian-bench`; needs matplotlib (pip install matplotlib).
"""
import io
import json
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def draw(labels, values):
    fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
    bars = ax.barh(range(len(values)), values, color="#0072B2")
    ax.set_yticks(range(len(values)), labels, fontsize=7)
    ax.invert_yaxis()
    ax.bar_label(bars, labels=[f"{v:.2f}".replace(".", ",") for v in values], fontsize=7, padding=3)
    ax.set_xlabel("Persen")
    ax.grid(axis="x", color="#dddddd")
    fig.suptitle("Grafik 1  Tingkat Pengangguran Terbuka (TPT) menurut Provinsi, Agustus 2024", x=0.02, ha="left")
    fig.text(0.02, 0.01, "Sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024", fontsize=7)
    return fig


def main():
    rows = [line.rstrip("\n").split("\t") for line in sys.stdin if line.strip()]
    labels = [r[0] for r in rows]
    values = [float(r[1]) for r in rows]
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    result = {}
    for fmt in ("png", "svg", "pdf"):
        times, size = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            fig = draw(labels, values)
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt)
            plt.close(fig)
            times.append((time.perf_counter() - start) * 1000)
            size = buffer.tell()
        result[fmt] = {"median_ms": statistics.median(times), "bytes": size}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
