"""The developers' guide's size limits: no module over 600 lines, no class over 300."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

MODULE_LINES = 600
CLASS_LINES = 300


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    faults = []
    for folder in ("src", "tests", "bench", "training"):
        for path in sorted((root / folder).rglob("*.py")):
            if ".venv" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            lines = text.count("\n")
            name = path.relative_to(root)
            if lines > MODULE_LINES:
                faults.append(f"{name}: {lines} lines (limit {MODULE_LINES})")
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                    size = node.end_lineno - node.lineno + 1
                    if size > CLASS_LINES:
                        faults.append(f"{name}: class {node.name} is {size} lines")
    for fault in faults:
        print(f"size: {fault}", file=sys.stderr)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
