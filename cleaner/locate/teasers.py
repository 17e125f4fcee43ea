"""Teasers and the pages made of them: chains of single paragraphs fenced by headlines
and dates are discounted; on a page without an article, teasers are its content."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from cleaner.locate.container import is_dom
from cleaner.locate.scores import menu_like
from cleaner.locate.spans import ARTICLE_POINTS, best_span
from cleaner.locate.title import TITLE_REACH
from cleaner.page import Block
from cleaner.verdicts import (
    BYLINE,
    COMMENT,
    LISTED_TEASER,
    RELATED_HEADER,
    TEASER,
    Kind,
    Verdict,
)

# On a page without an article, a run of this many menu-like lines is a menu;
# a shorter run is as often the page's own short items (a listing's categories,
# a product's sizes), which the teasers withdrawn from the rules stand among.
_MENU_RUN: Final = 8
# The kinds of the teasers around an article. On a page without one (a
# listing, a collection) the teasers are the page's content.
_TEASERS: Final[frozenset[Kind]] = frozenset({RELATED_HEADER, LISTED_TEASER, TEASER})

# The kinds of lines that separate teasers (and comments) rather than paragraphs.
_SEPARATORS: Final[frozenset[Kind]] = frozenset({BYLINE, TEASER, COMMENT})
_TEASER_GAP: Final = 2
_TEASER_CHAIN: Final = 3
# What a teaser lede keeps of its points.
_TEASER_WEIGHT: Final = 0.1
# Chains are demoted only where the page has this much prose outside them.
_TEASER_ELSEWHERE: Final = 0.3
# On a page without a title heading, chains are demoted only where the best
# run without their points is worth this many times their points.
_TEASER_OUTWEIGH: Final = 2.0


def demote_teasers(
    blocks: Sequence[Block],
    removed: dict[int, Verdict],
    scores: list[float],
    unclaimed_prose: list[bool],
    heading: int | None,
) -> tuple[int, int] | None:
    """Cut the points of prose that comes one paragraph at a time between headlines and dates.

    A teaser list (and a comment thread) is a chain of single paragraphs, each
    fenced by a headline, an author, a date; an article's paragraphs follow
    one another. Three or more fenced paragraphs in a row are teasers.

    Returns the span from the first to the last chained paragraph when the
    chain is the page's content, and the whole of it is the article: when the
    first prose under the title heading (``heading``), within
    ``TITLE_REACH`` blocks of it, opens the chain (a thread under its
    title), when the page is nothing but such chains (a
    forum thread, a listing), or when, on a page read from text without a
    title heading, the best run left without the chain's points is worth
    less than ``_TEASER_OUTWEIGH`` times the chain (a page of service cards,
    a checklist of steps each with a line of prose, and a legal line below).
    In HTML the container decides where the article is, and chains are
    always demoted when the page has prose elsewhere.
    """
    prose: list[tuple[int, int]] = []  # (block index, separating lines before it)
    gap = _TEASER_GAP
    for block in blocks:
        verdict = removed.get(block.index)
        if unclaimed_prose[block.index]:
            prose.append((block.index, gap))
            gap = 0
        elif verdict is None or verdict.kind in _SEPARATORS:
            gap += 1
    fenced = [
        before >= _TEASER_GAP and (prose[k + 1][1] if k + 1 < len(prose) else gap) >= _TEASER_GAP
        for k, (_, before) in enumerate(prose)
    ]
    chained: list[int] = []
    k = 0
    while k < len(prose):
        end = k
        while end < len(prose) and fenced[end]:
            end += 1
        if end - k >= _TEASER_CHAIN:
            chained.extend(index for index, _ in prose[k:end])
        k = end + 1
    if not chained:
        return None
    # The first prose under the title heading, and close below it, opens the
    # chain: the page is a thread (or a listing) under its title, with no
    # article before the chain. Further down, the chain follows something else
    # (a product's details): it is teasers or reviews, as on any other page.
    if (
        heading is not None
        and chained[0] - heading <= TITLE_REACH
        and next((i for i, _ in prose if i > heading), None) == chained[0]
    ):
        return (chained[0], chained[-1])
    walled = _walled_thread(prose, chained, scores, removed)
    if walled:
        # A comment thread: the chain runs past a comment section's header, under
        # an article of its own. The comments are not the page's content; what
        # is chained above the header is judged as any chain is.
        for index in walled:
            scores[index] *= _TEASER_WEIGHT
        chained = [i for i in chained if i < walled[0]]
        if not chained:
            return None
    in_chains = sum(scores[i] for i in chained)
    elsewhere = sum(scores[i] for i, _ in prose) - in_chains
    if elsewhere >= _TEASER_ELSEWHERE * in_chains:
        demoted = list(scores)
        for index in chained:
            demoted[index] *= _TEASER_WEIGHT
        titled = heading is not None or is_dom(blocks)
        if titled or best_span(demoted)[2] >= _TEASER_OUTWEIGH * in_chains:
            scores[:] = demoted
            return None
    # A page that is nothing but such chains is a listing or a forum thread, and
    # on a page without a title the chain can outweigh the rest: the content.
    return (chained[0], chained[-1])


def _walled_thread(
    prose: list[tuple[int, int]],
    chained: list[int],
    scores: list[float],
    removed: dict[int, Verdict],
) -> list[int] | None:
    """The chained paragraphs below a comment section's header (a barrier) that
    stands within or just above the chain, when the prose above the header
    makes an article; None otherwise."""
    barrier = next(
        (
            i
            for i in range(max(0, chained[0] - TITLE_REACH), chained[-1])
            if (verdict := removed.get(i)) is not None
            and verdict.barrier
            and verdict.kind == COMMENT
        ),
        None,
    )
    if barrier is None:
        return None
    in_chain = set(chained)
    above = sum(max(scores[i], 0.0) for i, _ in prose if i < barrier and i not in in_chain)
    if above < ARTICLE_POINTS:
        return None
    return [i for i in chained if i > barrier]


def structured(
    blocks: Sequence[Block], removed: dict[int, Verdict]
) -> tuple[list[Verdict], tuple[int, ...]]:
    """A page with too little prose for an article: its teasers are its content;
    drop the runs of menu-like lines, keep the rest."""
    withdrawn = tuple(i for i, verdict in removed.items() if verdict.kind in _TEASERS)
    if withdrawn:
        removed = {i: verdict for i, verdict in removed.items() if i not in withdrawn}
    return _structured_verdicts(blocks, removed), withdrawn


def _structured_verdicts(blocks: Sequence[Block], removed: dict[int, Verdict]) -> list[Verdict]:
    """The runs of menu-like lines among the blocks no rule removed."""
    verdicts: list[Verdict] = []
    run: list[Block] = []
    for block in [b for b in blocks if b.index not in removed] + [None]:
        if block is not None and menu_like(block.features):
            run.append(block)
            continue
        if len(run) >= _MENU_RUN:
            verdicts.extend(
                Verdict(b.index, "outside_article", "a run of menu-like lines") for b in run
            )
        run = []
    return verdicts
