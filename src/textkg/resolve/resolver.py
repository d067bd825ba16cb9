"""Entity resolution: one node per real-world thing, and the reason for every merge.

The work goes in steps over the mentions of a whole build:

1. Each mention is cleaned and classified (:mod:`.prepare`: a country? a nationality? an
   acronym? "the ministry"? a name with its country in it?), and mentions with the same name
   in one article form a *group* (:class:`.model.Group`).
2. Registered steps (:mod:`.rules`, run in its ``ORDER``) join groups: to anchors (countries,
   the alias file), within each article (acronyms the text defines, surnames after a full
   name, "the ministry" after the Ministry of State Security), then across the build (same
   name, spelling variants, acronyms defined elsewhere). Groups joined by what one article
   says are *local*: they never match across articles.
3. :mod:`.assemble` makes one entity per set of joined groups, with its label, type, other
   names, key, and the explanation of each name (the path of joins from the label to it).

Nothing here depends on input order beyond the sorted sources, so building A then B
(which re-resolves A's stored facts with B's) gives the graph of building A and B at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol, runtime_checkable

from textkg.records import ArticleFacts, Resolution
from textkg.resolve.aliases import AliasTable, default_aliases
from textkg.resolve.assemble import assemble
from textkg.resolve.model import Group, Role
from textkg.resolve.names import forget_names
from textkg.resolve.prepare import Preparer
from textkg.resolve.prepare_apart import prepare_articles
from textkg.resolve.rules import Scope, steps
from textkg.resolve.workspace import Workspace

__all__ = ["resolve_entities"]


def resolve_entities(
    facts: Sequence[ArticleFacts], aliases: AliasTable | None = None
) -> Resolution:
    """Merge the mentions of all articles of a build into entities, explaining each merge."""
    table = default_aliases() if aliases is None else default_aliases().combined(aliases)
    workspace = Workspace(in_source_order(facts), table)
    join_names(workspace)
    forget_names()  # assembling needs few of them; its own records take their place
    resolution = assemble(workspace)
    forget_names()
    return resolution


@runtime_checkable
class SourceOrdered(Protocol):
    @property
    def sources(self) -> Sequence[str]: ...


def in_source_order(facts: Sequence[ArticleFacts]) -> Sequence[ArticleFacts]:
    """``facts`` sorted by source; facts that say they are in that order (a build's
    :class:`textkg.factstore.CompactFacts`, which decodes an article each time it is read)
    are used as they are rather than decoded into one list."""
    if isinstance(facts, SourceOrdered):
        sources = facts.sources
        if all(a <= b for a, b in pairwise(sources)):
            return facts
    return sorted(facts, key=lambda f: f.article.source)


def join_names(workspace: Workspace) -> None:
    """Prepare and group every mention, then run the registered steps scope by scope."""
    preparer = Preparer(workspace.countries)
    prepared = prepare_articles(workspace.countries, workspace.facts)
    for article in prepared:
        preparer.legal_forms(article)
    everything = [p for article in prepared for p in article]
    preparer.vote_types(everything)
    preparer.spread_qualifiers(everything)
    by_article: dict[int, list[Group]] = defaultdict(list)
    for index, article in enumerate(prepared):
        groups = workspace.group_article(index, article)
        for name_step in steps(Scope.NAMES):
            workspace.run(name_step, groups)
    for group in workspace.groups:
        by_article[group.article].append(group)
    for anchor_step in steps(Scope.ANCHORS):
        workspace.run(anchor_step, workspace.groups)
    article_steps = steps(Scope.ARTICLE)
    for _, groups in sorted(by_article.items()):
        for article_step in article_steps:
            workspace.run(article_step, groups)
    free = [
        g
        for g in sorted(workspace.groups, key=lambda g: (g.role is Role.DESCRIPTIVE, g.id))
        if not g.local and g.match_key
    ]
    for build_step in steps(Scope.BUILD):
        workspace.run(build_step, free)
