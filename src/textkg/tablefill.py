"""The graph stage of a large build on two processes.

Writing a build's triples into the sorted table (:mod:`textkg.turtlestream`) is the longest
step after resolution, and one process does it on one core. For a large build, a forked
child writes the second half of the articles into a table of its own while this process
writes the entities and the first half; the child's table is then read as a part of this
one (:meth:`textkg.turtlestream.SortedTriples.attach`: the Turtle's writers merge the two
sorted tables as they read them), and what its articles leave for the end of the graph
(events, documents, byline agents, :class:`textkg.graph.ArticlesPart`) comes back pickled.
The triples are the same as one process writes (:class:`textkg.graph.GraphWriter` gives
the same graph however the articles are cut into runs), so the Turtle is the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

from textkg.factstore import CompactFacts
from textkg.forked import can_fork, spare_core, start_forked
from textkg.graph import ArticlesPart, GraphOptions, GraphWriter
from textkg.keptrows import OwnerPlan, OwnerRun
from textkg.records import ArticleFacts, Resolution
from textkg.turtlestream import SortedTriples

#: Facts of more compressed bytes than this (some 2,000 articles) are written by two
#: processes; a smaller build writes its graph in a second or two on its own.
SPLIT_FILL_BYTES = 2_000_000
#: The share of the articles the child writes: this process also writes the entities, the
#: events and the activity (at 10,000 articles, 0.55 had both end within a tenth of a second).
CHILD_SHARE = 0.55


def fill_table(
    triples: SortedTriples,
    facts: Sequence[ArticleFacts],
    resolution: Resolution,
    options: GraphOptions,
    *,
    split: bool | None = None,
    started: Callable[[], object] = lambda: None,
    owners: OwnerPlan | None = None,
) -> bool:
    """``fill_graph`` into ``triples``; with ``split`` (None: by the facts' size, where the
    system can fork and a core is free) the last articles are written by a forked child.
    ``started`` is called once the child is forked (or at once): threads are started after
    a fork. Whether the work was split (then the Turtle is written by two processes too).

    With ``owners``, each article's rows name their owner, and what the plan reuses of an
    earlier build is read with them (:mod:`textkg.keptrows`; such an update writes few
    articles' rows, in this process)."""
    if split is None:
        size = facts.packed_bytes if isinstance(facts, CompactFacts) else 0
        split = size > SPLIT_FILL_BYTES and can_fork() and spare_core()
    # an update reusing an earlier build's rows writes few articles, in this process
    reusing = owners is not None and owners.kept is not None
    cut = len(facts) - int(len(facts) * CHILD_SHARE) if split and not reusing else len(facts)
    # made before the fork: the child writes with its own copy of it, into its own table
    writer = GraphWriter(triples, resolution, options)
    if cut == len(facts):
        started()
        writer.add_entities(owners)
        parts = [writer.add_articles(facts, _run(owners, 0))]
        writer.finish(parts)
        _record(owners, parts)
        if owners is not None and owners.kept is not None:
            # the earlier tables, read for the owners kept
            triples.keep_owners(owners.kept_owners())
            for table in owners.kept.files:
                triples.attach(table, kept=True)
        return split and reusing  # (the Turtle of a large graph is still written by two)
    rest = facts[cut:]
    other = triples.path.with_name(triples.path.stem + "-part.sqlite")
    rest_owners = _run(owners, cut)
    with start_forked("writing the graph", _fill_part, other, rest, writer, rest_owners) as child:
        started()
        writer.add_entities(owners)
        first = writer.add_articles(facts[:cut], _run(owners, 0))
        second = child.result()
    triples.attach(other)  # (read with this table's rows; removed with the scratch folder)
    writer.finish([first, second])
    _record(owners, [first, second])
    return True


def _run(owners: OwnerPlan | None, start: int) -> OwnerRun | None:
    return None if owners is None else owners.run(start)


def _record(owners: OwnerPlan | None, parts: list[ArticlesPart]) -> None:
    if owners is not None:
        owners.record(parts)


def _fill_part(
    path: Path, facts: Sequence[ArticleFacts], writer: GraphWriter, owners: OwnerRun | None
) -> ArticlesPart:
    """The child's work: its articles' triples into a table of its own at ``path``, by the
    forked copy of the parent's unused writer (its entities' IRIs and the ontology already
    made)."""
    with closing(SortedTriples(path)) as triples:
        writer.writer.graph = triples
        part = writer.add_articles(facts, owners)
        triples.commit()
    return part


__all__ = ["CHILD_SHARE", "SPLIT_FILL_BYTES", "fill_table"]
