"""The peer in Sajian's benchmark: the same charts drawn by matplotlib.

Reads a JSON object on stdin: {"kind": "bar" | "line" | "pie" | "pictogram", "labels": [...], "values": [...]},
draws that chart at 1600x1000 px with title and source line (what Sajian draws), and prints the median
milliseconds per format as JSON. For "map", `labels` are BPS province codes, `values` their class colours
("#rrggbb") and `geojson` the boundary file: the provinces are drawn filled from it (Mercator), neighbours muted. Run by `swift run -c release sajian-bench`; needs matplotlib.
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
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402


def mercator_polygons(geojson_path):
    """Each feature's rings in Mercator (x in degrees, y as isometric latitude in degrees), with its properties."""
    with open(geojson_path, encoding="utf-8") as handle:
        collection = json.load(handle)
    features = []
    for feature in collection["features"]:
        rings = []
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                rings.append([(x, math.degrees(math.log(math.tan(math.pi / 4 + math.radians(y) / 2)))) for x, y in ring])
        features.append((feature["properties"], rings))
    return features


def draw_map(codes, colours, features):
    fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
    colour_of = dict(zip(codes, colours))
    context = [ring for properties, rings in features if properties.get("jenis") == "negara" for ring in rings]
    ax.add_collection(PolyCollection(context, facecolors="#e6e6e6", edgecolors="none"))
    provinces = [(ring, colour_of.get(properties.get("kode_bps"), "#ffffff"))
                 for properties, rings in features if properties.get("jenis") == "provinsi" for ring in rings]
    ax.add_collection(PolyCollection([r for r, _ in provinces], facecolors=[c for _, c in provinces],
                                     edgecolors="white", linewidths=0.4))
    ax.set_xlim(94, 142)
    ax.set_ylim(-12, 7)
    ax.set_aspect("equal")
    ax.set_facecolor("#f2f6f9")
    ax.grid(color="#c5d0da", linewidth=0.4)
    fig.suptitle("Peta 1  Judul peta", x=0.02, ha="left")
    fig.text(0.02, 0.01, "Sumber: BPS", fontsize=7)
    return fig


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
    features = mercator_polygons(spec["geojson"]) if spec["kind"] == "map" else None
    for fmt in ("png", "svg", "pdf"):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            if features is not None:
                fig = draw_map(spec["labels"], spec["values"], features)
            else:
                fig = draw(spec["kind"], spec["labels"], spec["values"])
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt)
            plt.close(fig)
            times.append((time.perf_counter() - start) * 1000)
        result[fmt] = {"median_ms": statistics.median(times)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
