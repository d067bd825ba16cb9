"""How fast the HTML view is on big graphs: Python render time, file size, and the time until
headless Chromium has drawn the page and it is still.

    /work/venv/bin/python bench/view.py                      # 1k, 5k, 20k nodes, all drawn
    /work/venv/bin/python bench/view.py --sizes 5000 --max-nodes 2000
    /work/venv/bin/python bench/view.py --no-browser         # Python side only

"Drawn" is the page's own mark (vis-network's first ``afterDrawing``), measured from the start
of navigation; "still" is checked by sampling node positions one second apart. "frame" is
how long one full redraw takes afterwards (what dragging or zooming costs).
The synthetic graphs come from tests/view_support.py (scale-free, ~1.5 links per entity,
a meeting every 25 entities, every link with an rdf:Statement and evidence sentence).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from textkg.view import ViewOptions  # noqa: E402
from textkg.view import _render as render_with_summary  # noqa: E402
from textkg.view.model import read_model  # noqa: E402
from textkg.view.select import select  # noqa: E402
from view_support import CHROMIUM, offline_page, synthetic_graph  # noqa: E402

READY = "() => window.textkgView && window.textkgView.ready"
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


def measure_page(path: Path) -> dict[str, Any]:
    with offline_page() as browser:
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
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument(
        "--max-nodes", type=int, default=None, help="as textkg view (default: draw every node)"
    )
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--keep", type=Path, help="write the pages into this folder")
    args = parser.parse_args()
    use_browser = not args.no_browser and CHROMIUM.exists()
    if not args.no_browser and not use_browser:
        print(f"{CHROMIUM} not found: measuring the Python side only")
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="textkg-bench-view-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    header = (
        f"{'nodes':>6} {'drawn':>6} {'edges':>6} {'read':>6} {'render':>7} {'size':>8}"
        f" {'drawn+still':>12} {'frame':>7} {'wall':>6}"
    )
    print(header)
    for size in args.sizes:
        graph = synthetic_graph(size)
        options = ViewOptions(max_nodes=args.max_nodes or size * 2)
        started = time.perf_counter()
        model = read_model(graph)
        selection = select(model, options)
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        page, summary = render_with_summary(graph, options)
        render_s = time.perf_counter() - started
        path = out_dir / f"view-{size}.html"
        path.write_text(page, "utf-8")
        row = (
            f"{len(model.entities):>6} {summary.nodes_shown:>6} {len(selection.edges):>6}"
            f" {read_s:>5.2f}s {render_s:>6.2f}s {path.stat().st_size / 1e6:>6.2f}MB"
        )
        if use_browser:
            figures = measure_page(path)
            assert figures["shown"] == summary.nodes_shown
            still = "" if figures["still"] else " (MOVING)"
            row += (
                f" {figures['drawn_ms'] / 1000:>11.2f}s{still} {figures['frame_ms']:>5.0f}ms"
                f" {figures['wall_s']:>5.2f}s"
            )
        print(row, flush=True)
    print(f"pages in {out_dir}")


if __name__ == "__main__":
    main()
