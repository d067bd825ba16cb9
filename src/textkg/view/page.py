"""Assemble the page: our template, script and style, pyvis's bundled vis-network, and the data.

Everything is inlined, so the file opens from disk with no network. The data travels as JSON
in a ``<script type="application/json">`` block with every character that could end the block
or start markup escaped, and the page script shows it with ``textContent`` only. A Content
Security Policy lists the hashes of our two scripts, so nothing else on the page could run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from textkg import __version__
from textkg.errors import TextkgError

VIS_VERSION = "9.1.2"
#: The page script, in parts run in this order inside one function (they share its scope).
APP_PARTS = (
    "core.js",
    "timeline.js",
    "graph.js",
    "labels.js",
    "sidebar.js",
    "panel.js",
    "article.js",
)

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_MARKER = re.compile(r"@@TEXTKG_([A-Z]+)@@")


def script_safe_json(value: Any) -> str:
    """JSON that cannot close its ``<script>`` block or open a comment, whatever it holds."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


@cache
def _asset(name: str) -> str:
    return resources.files("textkg.view").joinpath("assets", name).read_text("utf-8")


@cache
def vis_network_script() -> str:
    """pyvis's bundled copy of vis-network (read at run time: never a CDN)."""
    try:
        source = (
            resources.files("pyvis")
            .joinpath("lib", f"vis-{VIS_VERSION}", "vis-network.min.js")
            .read_text("utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise TextkgError(
            f"cannot read vis-network {VIS_VERSION} from the installed pyvis package: {exc}"
        ) from exc
    if re.search(r"</script|<!--", source, re.IGNORECASE):
        raise TextkgError("the bundled vis-network script cannot be inlined safely")
    # The map file is not shipped; without this line developer tools would go looking for it.
    return re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", source)


@cache
def app_script() -> str:
    parts = "\n".join(_asset(name) for name in APP_PARTS)
    return '(function () {\n"use strict";\n' + parts + "\n})();\n"


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(payload: dict[str, Any]) -> str:
    vis = vis_network_script()
    app = app_script()
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis)} {_csp_hash(app)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    values = {
        "CSP": html.escape(csp, quote=False),  # only single quotes in it
        "VERSION": html.escape(__version__),
        "TITLE": html.escape(str(payload["title"])),
        "CSS": _asset("view.css"),
        "DATA": script_safe_json(payload),
        "VIS": vis,
        "APP": app,
    }
    # One pass: inserted text is never scanned for markers again.
    return _MARKER.sub(lambda m: values[m.group(1)], _asset("page.html"))
