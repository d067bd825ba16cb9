"""Metadata beside an article: ``article.txt.json`` or ``article.meta.yaml`` (also
``article.meta.yml``, ``article.meta.json``) give a file the date, headline, authors or
publisher it does not carry itself, without editing it.

The sidecar holds the same fields as front matter (``date``, ``title``, ``author``,
``publisher``, ``keywords``, ``url``...). What it sets wins over what was found in the
file; what it leaves out is kept. Sidecars are never read as articles themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields, replace
from pathlib import Path

import yaml

from textkg import yamltext
from textkg.ingest.metadata import meta_from_fields
from textkg.records import ArticleMeta, ArticleText

#: Tried in this order; the first that exists is used.
SIDECAR_FORMS = ("{name}.json", "{stem}.meta.yaml", "{stem}.meta.yml", "{stem}.meta.json")
_SIDECAR_ENDINGS = (".meta.yaml", ".meta.yml", ".meta.json")


class SidecarError(ValueError):
    """A sidecar that does not parse: reported as a warning, the article is still read."""


def sidecar_for(path: str | Path) -> Path | None:
    """The sidecar file of the article at ``path``, if there is one."""
    article = Path(path)
    for form in SIDECAR_FORMS:
        candidate = article.with_name(form.format(name=article.name, stem=article.stem))
        if candidate != article and candidate.is_file():
            return candidate
    return None


def drop_sidecars(paths: Iterable[str]) -> set[str]:
    """The paths among ``paths`` that are sidecars of another path in it."""
    listed = set(paths)
    stems = {str(Path(p).with_suffix("")) for p in listed}
    found: set[str] = set()
    for path in listed:
        if path.endswith(".json") and path[: -len(".json")] in listed:
            found.add(path)
        for ending in _SIDECAR_ENDINGS:
            if path.endswith(ending) and path[: -len(ending)] in stems:
                found.add(path)
    return found


def read_sidecar(path: Path) -> ArticleMeta:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yamltext.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SidecarError(f"sidecar {path.name} cannot be read: {first}") from exc
    if not isinstance(data, dict):
        raise SidecarError(f"sidecar {path.name} must hold fields such as date: YYYY-MM-DD")
    return meta_from_fields(data)


def with_sidecar(article: ArticleText, sidecar: ArticleMeta) -> ArticleText:
    """The article with the sidecar's fields laid over its own."""
    empty = ArticleMeta()
    changes = {
        f.name: getattr(sidecar, f.name)
        for f in fields(ArticleMeta)
        if getattr(sidecar, f.name) != getattr(empty, f.name)
    }
    return replace(article, meta=replace(article.meta, **changes)) if changes else article
