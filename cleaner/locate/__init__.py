"""The locator: finds the article among the blocks no rule claimed.

Every unclaimed block gets a score (:mod:`.scores`): prose counts for the
article in proportion to its length, a short line counts against it, a block
a rule removed costs a little by its kind (a related-content header, which
usually ends an article, costs more), and a barrier (a comment section's
header, a copyright line) cannot be crossed at all. In HTML the article lies
inside one element (:mod:`.container`). Chains of single paragraphs fenced by
headlines and dates are discounted as teasers (:mod:`.teasers`); in text the
heading that repeats the page's title anchors the article (:mod:`.title`);
prose after the copyright line that ends the page weighs less (:mod:`.end`).
The article is the run of blocks with the highest total, a maximum-sum
segment, and the runs nearly as good on its side of every barrier
(:mod:`.spans`), so a long article keeps its subheadings and the odd caption
inside, while menus, teasers and comments around it fall outside. Inside
those runs, short blocks are decided by their neighbours (:mod:`.context`).

The locator reads the verdicts' kinds and barriers, never their reasons, and
imports no rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

from cleaner.config import Config
from cleaner.locate.container import confine_to_container, is_dom
from cleaner.locate.context import judge_spans
from cleaner.locate.end import discount_after_end
from cleaner.locate.scores import block_scores
from cleaner.locate.spans import anchored_alone, article_spans, merge_spans
from cleaner.locate.teasers import demote_teasers, structured
from cleaner.locate.title import TITLE_BONUS, anchor_title, title_scan
from cleaner.page import Block
from cleaner.verdicts import Verdict

__all__ = ["REASONS", "REASON_DESCRIPTIONS", "Location", "locate"]

#: The reason codes the locator gives, and what each removes, in one line.
REASON_DESCRIPTIONS: Final = {
    "outside_article": (
        "the locator: blocks outside the article's run(s) of prose (in the comment section"
        " under it: a reader comment)"
    ),
    "short_block": (
        "the locator: menu-like lines inside the article that are not headings, list items"
        " or sentences"
    ),
}
REASONS: Final = tuple(REASON_DESCRIPTIONS)


class Location(NamedTuple):
    """What the locator found: verdicts on the blocks it removes, and the blocks
    whose teaser verdicts it withdraws (on a page that has no article).

    ``title_scanned``: the blocks before this position are known not to be the
    title's heading (see :func:`title_scan`), which the next pass need not ask again.
    """

    verdicts: list[Verdict]
    withdrawn: tuple[int, ...] = ()
    title_scanned: int = 1
    #: blocks inside the article that copy a line the article holds above them
    #: (text mode), which the pipeline removes as the ``duplicate_block`` rule does
    copies: tuple[int, ...] = ()


def locate(
    blocks: Sequence[Block], removed: dict[int, Verdict], config: Config, title_from: int = 1
) -> Location:
    """Verdicts for the blocks outside the article span and for stray short blocks in it
    (and on a page without an article, the teaser verdicts withdrawn).

    ``title_from``: no block before it is the title's heading (``title_scan``).
    """
    dom = is_dom(blocks)
    # In HTML the container decides, and the title is metadata.
    heading, scanned = (None, 1) if dom else title_scan(blocks, title_from)
    verdicts, withdrawn, copies = _located(blocks, removed, config, dom, heading)
    return Location(verdicts, withdrawn, scanned, copies)


def _located(
    blocks: Sequence[Block],
    removed: dict[int, Verdict],
    config: Config,
    dom: bool,
    heading: int | None,
) -> tuple[list[Verdict], tuple[int, ...], tuple[int, ...]]:
    scores, unclaimed_prose = block_scores(blocks, removed, config)
    # HTML: the article lies inside one element (see cleaner.locate.container)
    container = confine_to_container(blocks, removed, scores, config) if dom else None
    # (what the blocks weigh before teasers and the title change it)
    weights = None if heading is None else list(scores)
    thread = demote_teasers(blocks, removed, scores, unclaimed_prose, heading)
    if dom:
        thread = anchor = None
    else:
        anchor = anchor_title(blocks, removed, scores, heading)
    discount_after_end(blocks, removed, scores)
    spans = article_spans(scores, anchor)
    if anchor is not None and weights is not None and anchored_alone(spans, anchor, weights):
        # The title's weight made an article of a line or two of its own: the
        # line under the heading of a shop's listing, a notice above the story.
        # The page is read as if it had no title heading.
        scores[anchor] -= TITLE_BONUS
        spans = article_spans(scores)
    if thread is not None:
        spans = merge_spans(spans + [thread])
    if not spans:
        if container is not None:
            # No article (a product, a listing, a form): in HTML the markup
            # rules have taken the menus, and the rest is the page's content.
            return [], (), ()
        return (*structured(blocks, removed), ())
    verdicts, copies = judge_spans(blocks, removed, scores, spans, dom)
    return verdicts, (), copies
