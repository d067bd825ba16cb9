"""Ingest: files, folders, globs and standard input in; article text and metadata out.

Reads .txt, .md (front matter), .html/.htm (trafilatura) and .jsonl (one article per line),
decodes any common encoding, removes page clutter (menus, link lists, comment counters,
share prompts, site footers) with general rules, and moves bylines, credits, tags and
title lines into ArticleMeta. See clutter.py for the method.
"""

from __future__ import annotations

from textkg.ingest.memory import Article, BuildInput
from textkg.ingest.reader import IngestOptions, read_articles

__all__ = ["Article", "BuildInput", "IngestOptions", "read_articles"]
