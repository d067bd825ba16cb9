"""The YASGUI page of `textkg serve`, driven in headless Chromium with every other host cut off.

Needs Debian's ``chromium`` (skipped without it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import naive_resolution, summit_facts
from net_support import textkg_serve
from textkg.export import write_graph
from textkg.graph import build_graph
from view_support import CHROMIUM, CHROMIUM_ARGS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed"),
]
pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def test_yasgui_runs_a_query_with_no_other_host(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    facts = summit_facts()
    path = tmp_path / "summit.ttl"
    write_graph(build_graph(facts, naive_resolution(facts)), path, "turtle")
    with textkg_serve(path) as served, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            context = browser.new_context()
            elsewhere: list[str] = []

            def route(route: Any) -> None:
                if route.request.url.startswith(served.url):
                    route.continue_()
                else:
                    elsewhere.append(route.request.url)
                    route.abort()

            context.route("**/*", route)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(served.url)
            page.wait_for_selector(".yasqe .CodeMirror", timeout=20_000)
            page.click(".yasqe_queryButton")
            page.wait_for_selector(".yasr table td", timeout=20_000)
            cells = page.inner_text(".yasr table")
        finally:
            browser.close()
    assert "Amelia Thornbury" in cells or "w3id.org/textkg" in cells
    assert errors == []
    assert elsewhere == [], f"the page asked other hosts: {elsewhere}"
