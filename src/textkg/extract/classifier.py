"""Placeholder; replaced below."""

from __future__ import annotations

from textkg.extract.context import DocContext


def add_classified_relations(ctx: DocContext) -> None:
    del ctx
