"""The peer in Sajian's benchmark: the same charts drawn by matplotlib.

Reads a JSON object on stdin: {"kind": "bar" | "line" | "pie" | "pictogram", "labels": [...], "values": [...]},
draws that chart at 1600x1000 px with title and source line (what Sajian draws), and prints the median
milliseconds per format as JSON. Run by `swift run -c release sajian-bench`; needs matplotlib.
"""
import io
import json
import math
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402


def label(value):
    return f"{value:.2f}".replace(".", ",")


def draw(kind, labels, values):
    fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
    if kind == "bar":
        bars = ax.barh(range(len(values)), values, color="#0072B2")
        ax.set_yticks(range(len(values)), labels, fontsize=7)
        ax.invert_yaxis()
        ax.bar_label(bars, labels=[label(v) for v in values], fontsize=7, padding=3)
        ax.grid(axis="x", color="#dddddd")
    elif kind == "line":
        ax.plot(range(len(values)), values, marker="o", color="#0072B2")
        ax.set_xticks(range(0, len(values), 2), labels[::2], fontsize=7)
        ax.grid(axis="y", color="#dddddd")
    elif kind == "pie":
        ax.pie(values, labels=[f"{l} {label(v)}%" for l, v in zip(labels, values)], wedgeprops={"width": 0.45},
               startangle=90, counterclock=False)
    else:  # pictogram: one square per icon, a partial one cut to size
        for row, value in enumerate(values):
            count = value / 5
            for i in range(math.ceil(count)):
                width = min(1, count - i)
                ax.add_patch(Rectangle((i * 1.15, -row), 0.9 * width, 0.8, color="#0072B2"))
            ax.text(math.ceil(count) * 1.15 + 0.2, -row + 0.3, label(value), fontsize=7)
        ax.set_yticks([-r + 0.4 for r in range(len(values))], labels, fontsize=8)
        ax.set_xlim(0, 22)
        ax.set_ylim(-len(values), 1)
        ax.set_xticks([])
    fig.suptitle("Grafik 1  Judul grafik", x=0.02, ha="left")
    fig.text(0.02, 0.01, "Sumber: BPS", fontsize=7)
    return fig


def main():
    spec = json.load(sys.stdin)
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    result = {}
    for fmt in ("png", "svg", "pdf"):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            fig = draw(spec["kind"], spec["labels"], spec["values"])
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt)
            plt.close(fig)
            times.append((time.perf_counter() - start) * 1000)
        result[fmt] = {"median_ms": statistics.median(times)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
