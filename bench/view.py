"""How fast and how readable the HTML view is: Python render time, file size, the time until
headless Chromium has drawn the page and it is still, and at the first view the node labels
shown (none may overlap) and the share of the canvas the drawing uses.

    python bench/view.py                       # 1k, 5k, 20k synthetic nodes + two real graphs
    python bench/view.py --sizes 5000 --max-nodes 2000 --no-real
    python bench/view.py --graph graphs/news.ttl   # any built graph (its build state beside it)
    python bench/view.py --no-browser          # Python side only

The real graphs are Re-DocRED's dev split and CoNLL04's train split, from ../shared/bench,
built with textkg's defaults (cached in the output folder). "render" is wall time, "cpu" the
process time of the same render (which a busy machine inflates less). "drawn" is the page's
own mark (vis-network's first ``afterDrawing``) from the start of navigation; "still"
compares node positions one second apart; "frame" is one full redraw afterwards (what
dragging costs).
Labels are the page's own placement of the first view (``textkgView.labels()``): their count,
and how many pairs overlap. "bbox" is the part of the canvas inside the bounding box of the
nodes in view; "cells" the share of 40-pixel cells holding a node or a label. The window is
1280 × 720. Synthetic graphs come from tests/view_support.py (scale-free, ~1.5 links per
entity, a meeting every 25 entities, every link with a statement and evidence sentence).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests"))

from rdflib import Graph  # noqa: E402

from textkg.view import Articles, ViewOptions  # noqa: E402
from textkg.view import _render as render_with_summary  # noqa: E402
from textkg.view.model import read_model  # noqa: E402
from textkg.view.select import select  # noqa: E402
from view_support import CHROMIUM, offline_page, synthetic_graph  # noqa: E402

VIEWPORT = (1280, 720)
STILL_PROBE = """() => {
  const net = window.textkgView.network;
  const ids = net.body.nodeIndices.slice(0, 200);
  return JSON.stringify(net.getPositions(ids));
}"""

FRAME_PROBE = """() => new Promise((resolve) => {
  const net = window.textkgView.network;
  const start = performance.now();
  net.once("afterDrawing", () => resolve(performance.now() - start));
  net.moveTo({ scale: net.getScale() * 1.0001 });
})"""

#: Labels of the first view, overlapping pairs, and how much of the canvas the drawing uses.
FIRST_VIEW_PROBE = """() => {
  const view = window.textkgView;
  const net = view.network;
  const box = document.getElementById("graph");
  const width = box.clientWidth, height = box.clientHeight;
  const labels = view.labels();
  let overlaps = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i], b = labels[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
    }
  }
  const ids = net.body.nodeIndices;
  const at = net.getPositions(ids);
  const cell = 40, columns = Math.ceil(width / cell), rows = Math.ceil(height / cell);
  const used = new Set();
  let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity, inView = 0;
  for (const id of ids) {
    const p = net.canvasToDOM(at[id]);
    if (p.x < 0 || p.x > width || p.y < 0 || p.y > height) continue;
    inView++;
    left = Math.min(left, p.x); right = Math.max(right, p.x);
    top = Math.min(top, p.y); bottom = Math.max(bottom, p.y);
    used.add(Math.floor(p.x / cell) * rows + Math.floor(p.y / cell));
  }
  for (const l of labels) {
    for (let x = Math.floor(l.left / cell); x <= Math.floor(l.right / cell); x++) {
      for (let y = Math.floor(l.top / cell); y <= Math.floor(l.bottom / cell); y++) {
        if (x >= 0 && x < columns && y >= 0 && y < rows) used.add(x * rows + y);
      }
    }
  }
  const main = view.mainComponent();
  const mainAt = net.getPositions(main);
  const mainIn = main.filter((id) => {
    const p = net.canvasToDOM(mainAt[id]);
    return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
  }).length;
  return {
    labels: labels.length, overlaps: overlaps, inView: inView,
    bbox: inView ? ((right - left) * (bottom - top)) / (width * height) : 0,
    cells: used.size / (columns * rows), main: main.length, mainIn: mainIn,
  };
}"""


def measure_page(path: Path) -> dict[str, Any]:
    with offline_page(VIEWPORT) as browser:
        page = browser.page
        started = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit", timeout=120_000)
        page.wait_for_function(
            "() => window.textkgView && window.textkgView.ready", timeout=120_000
        )
        wall = time.perf_counter() - started
        drawn_ms = page.evaluate("() => window.textkgView.readyAt")
        before = page.evaluate(STILL_PROBE)
        page.wait_for_timeout(1000)
        after = page.evaluate(STILL_PROBE)
        first: dict[str, Any] = page.evaluate(FIRST_VIEW_PROBE)
        frames = [page.evaluate(FRAME_PROBE) for _ in range(3)]
        shown = page.evaluate("window.textkgView.visibleNodeCount()")
        if browser.blocked or browser.console_errors:
            raise SystemExit(f"page misbehaved: {browser.blocked} {browser.console_errors}")
    return {
        "drawn_ms": drawn_ms,
        "wall_s": wall,
        "still": before == after,
        "frame_ms": sorted(frames)[1],
        "shown": shown,
        **first,
    }


def _render(
    name: str, graph: Graph, options: ViewOptions, articles: Articles | None, out_dir: Path
) -> tuple[Path, str]:
    started = time.perf_counter()
    model = read_model(graph)
    selection = select(model, options)
    read_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    page, summary = render_with_summary(graph, options, articles)
    render_s, render_cpu = time.perf_counter() - started, time.process_time() - cpu
    path = out_dir / f"view-{name}.html"
    path.write_text(page, "utf-8")
    texts = _text_bytes(page)
    row = (
        f"{name:>14} {len(model.entities):>6} {summary.nodes_shown:>6} {summary.isolated:>6}"
        f" {len(selection.edges):>6} {read_s:>5.2f}s {render_s:>6.2f}s {render_cpu:>5.2f}s"
        f" {path.stat().st_size / 1e6:>6.2f}MB {texts / 1e6:>5.2f}MB"
    )
    return path, row


def _text_bytes(page: str) -> int:
    """Bytes of article text and mention offsets in the page's data."""
    start = page.index('id="textkg-data">') + len('id="textkg-data">')
    data = json.loads(page[start : page.index("</script>", start)])
    return sum(
        len(json.dumps(doc.get("x", ""), ensure_ascii=False).encode())
        + len(json.dumps(doc.get("mn", [])))
        for doc in data["docs"]
    )


def _browser_row(path: Path) -> str:
    figures = measure_page(path)
    still = "yes" if figures["still"] else "MOVING"
    return (
        f" {figures['drawn_ms'] / 1000:>6.2f}s {still:>6} {figures['frame_ms']:>5.0f}ms"
        f" {figures['wall_s']:>5.2f}s {figures['labels']:>6} {figures['overlaps']:>5}"
        f" {figures['bbox']:>5.0%} {figures['cells']:>5.0%}"
        f" {figures['mainIn']:>5}/{figures['main']:<5}"
    )


def real_graphs(work: Path) -> list[tuple[str, Path]]:
    """Re-DocRED dev and CoNLL04 train, built once into ``work`` (with their build states)."""
    from textkg.pipeline import build_result, save_build

    found: list[tuple[str, Path]] = []
    redocred = SHARED / "bench" / "redocred"
    conll04 = SHARED / "bench" / "conll04" / "train.detok.jsonl"
    inputs: list[tuple[str, Path]] = []
    if (redocred / "dev.json").exists():
        jsonl = work / "redocred-dev.jsonl"
        if not jsonl.exists():
            subprocess.run(
                [
                    sys.executable,
                    str(redocred / "make_jsonl.py"),
                    str(redocred / "dev.json"),
                    jsonl,
                ],
                check=True,
            )
        inputs.append(("redocred-dev", jsonl))
    if conll04.exists():
        jsonl = work / "conll04-train.jsonl"
        if not jsonl.exists():
            with conll04.open(encoding="utf-8") as source, jsonl.open("w") as out:
                for line in source:
                    record = json.loads(line)
                    out.write(json.dumps({"id": record["id"], "text": record["text"]}) + "\n")
        inputs.append(("conll04-train", jsonl))
    for name, jsonl in inputs:
        graph_path = work / f"{name}.ttl"
        if not graph_path.exists():
            save_build(build_result([jsonl]), graph_path)
        found.append((name, graph_path))
    return found


def load_built(path: Path) -> tuple[Graph, Articles | None]:
    from textkg.factstore import facts_path_for, load_facts
    from textkg.sparql import load_graph

    facts = facts_path_for(path)
    articles = Articles(load_facts(facts), facts.name) if facts.exists() else None
    return load_graph(path), articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 20000])
    parser.add_argument(
        "--max-nodes", type=int, default=None, help="as textkg view (default: draw every node)"
    )
    parser.add_argument("--graph", type=Path, nargs="*", default=[], help="built graphs to add")
    parser.add_argument("--no-real", action="store_true", help="skip Re-DocRED and CoNLL04")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--keep", type=Path, help="write the pages (and real graphs) here")
    args = parser.parse_args()
    use_browser = not args.no_browser and CHROMIUM.exists()
    if not args.no_browser and not use_browser:
        print(f"{CHROMIUM} not found: measuring the Python side only")
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="textkg-bench-view-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    header = (
        f"{'graph':>14} {'nodes':>6} {'drawn':>6} {'alone':>6} {'edges':>6} {'read':>6}"
        f" {'render':>7} {'cpu':>6} {'size':>8} {'texts':>7}"
    )
    if use_browser:
        header += (
            f" {'drawn':>7} {'still':>6} {'frame':>7} {'wall':>6} {'labels':>6} {'overl':>5}"
            f" {'bbox':>5} {'cells':>5} {'main in view':>12}"
        )
    print(header)
    pages: list[tuple[str, Graph, ViewOptions, Articles | None]] = []
    for size in args.sizes:
        options = ViewOptions(max_nodes=args.max_nodes or size * 2)
        pages.append((f"synthetic-{size}", synthetic_graph(size), options, None))
    built = [] if args.no_real else real_graphs(out_dir)
    built += [(path.stem, path) for path in args.graph]
    for name, path in built:
        graph, articles = load_built(path)
        pages.append(
            (name, graph, ViewOptions(title=name, max_nodes=args.max_nodes or 2000), articles)
        )
    for name, graph, options, articles in pages:
        path, row = _render(name, graph, options, articles, out_dir)
        if use_browser:
            row += _browser_row(path)
        print(row, flush=True)
    print(f"pages in {out_dir}")


if __name__ == "__main__":
    main()
