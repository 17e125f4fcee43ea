"""The page's title and the heading that repeats it: where a text page's article starts.

Scrapers put the document title first; the article's own heading repeats it
without the site name, and the first prose below it is given the weight of a
whole article (:func:`anchor_title`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import regex

from cleaner.lang import TITLED_TRAIL
from cleaner.lang.script import line_key, words_of
from cleaner.locate.scores import WALL
from cleaner.page import Block
from cleaner.verdicts import (
    BYLINE,
    CAPTION,
    SHARE,
    Kind,
    Verdict,
)

# Extra points for the first prose below the page's title heading.
TITLE_BONUS: Final = 400.0
# What the headline (and a copy of it) costs: it is metadata, not body text.
_TITLE_COST: Final = 30.0
# Page titles name the site after a separator: "Headline - Site", "Site | Headline".
# Runs of spaces are tried from their first space only ((?<!\s)), so that a
# long run costs its length, not its length squared.
_TITLE_SEPARATOR: Final = re.compile(r"(?<!\s)\s+[-|–—:•·»]+\s+|(?<!\s)\s+[｜|]\s*|[｜|]\s*")
# A title of fewer words is a site name; a heading sharing this share of the
# title's words is the article's own headline.
_TITLE_WORDS: Final = 3
_TITLE_OVERLAP: Final = 0.7
_TITLE_SHARED: Final = 4
# How far below the title heading the article's first prose may start, in blocks.
TITLE_REACH: Final = 12
# A first line found this many times again below it, and making half the page,
# is a repeated line, not a title.
_TITLE_COPIES: Final = 3
# A line found this many times again below it is never a title: each pass would
# cut one more copy, and the passes must end well within ``Config.max_passes``.
_TITLE_MAX_COPIES: Final = 8
# The kinds of lines that sit between a headline's standfirst and the article body.
_METADATA: Final[frozenset[Kind]] = frozenset({BYLINE, SHARE, CAPTION})


def title_heading(blocks: Sequence[Block]) -> int | None:
    """The index of the heading that repeats the page title (the first line), if any.

    Scrapers put the document title first; the article's own heading repeats
    it without the site name (sometimes reworded a little), and the article
    starts right below it.

    >>> from cleaner.read.text import text_to_blocks
    >>> page = "Storm hits the coast - Daily News\\nMenu\\nStorm Hits The Coast Hard\\nText."
    >>> title_heading(text_to_blocks(page))
    2
    """
    return title_scan(blocks)[0]


# The first line of a text page is its document title when it is this many words
# or fewer and says at most one sentence (scrapers print the <title> first).
_TITLE_LINE_WORDS: Final = 25


def page_title(blocks: Sequence[Block]) -> int | None:
    """The block that holds a text page's title: the heading that repeats the first
    line (:func:`title_heading`), else the first line when it reads as a title
    (at most ``_TITLE_LINE_WORDS`` words, no full stop at its end, no second
    sentence in it, no markup).

    The pipeline puts its text in ``explain(text).metadata["title"]``, and keeps it
    in the article with ``Config.keep_title``.

    >>> from cleaner.read.text import text_to_blocks
    >>> page = "Storm hits the coast - Daily News\\nMenu\\nStorm Hits The Coast Hard\\nText."
    >>> page_title(text_to_blocks(page)), page_title(text_to_blocks("Lemon soup\\nText."))
    (2, 0)
    >>> page_title(text_to_blocks("Nobody was hurt in the fire, officials said.\\nText."))
    """
    heading = title_heading(blocks)
    if heading is not None:
        return heading
    if not blocks:
        return None
    first = blocks[0].features
    text = blocks[0].text.rstrip()
    if 0 < first.words <= _TITLE_LINE_WORDS and not first.markup and not text.endswith((".", "。")):
        return None if _INNER_END.search(text) else 0
    return None


# A sentence that ends inside a line and another that follows it ("Hi. Bye."):
# a title asks a question at most ("What is it? | Site").
_INNER_END: Final = regex.compile(r"[.!。！]\s+\p{Lu}|[。！]\S")


def title_scan(blocks: Sequence[Block], start: int = 1) -> tuple[int | None, int]:
    """:func:`title_heading` looked for from ``start`` on, and how far the look went:
    the heading's position, or the number of blocks when none of them is it (1
    when the page has no title to look for).

    Whether a block is the title's heading depends on the block and the first
    line alone. A later pass over the survivors of this one, under the same
    first line, starts where this look stopped (see ``passes.clean_blocks``);
    the page-wide conditions are asked again.

    >>> from cleaner.read.text import text_to_blocks
    >>> page = "Storm hits the coast - Daily News\\nMenu\\nStorm Hits The Coast Hard\\nText."
    >>> title_scan(text_to_blocks(page)), title_scan(text_to_blocks(page), 3)
    ((2, 2), (None, 4))
    """
    if len(blocks) < 3:
        return None, 1
    parts = [line_key(p) for p in _TITLE_SEPARATOR.split(blocks[0].text.strip())]
    # The headline is the longest part; the site's name is the short one.
    name = max(parts, key=len)
    if len(name.split()) < _TITLE_WORDS and not blocks[0].features.is_cjk:
        return None, 1
    # A first line printed again and again is not a page title: anchoring on
    # its second copy would cut the copies above it on every pass, so cleaning
    # the article again would cut more (a page of one repeated line, or of one
    # repeated section: fuzzing). A real title recurs a few times at most (the
    # headline, a share text, a related link).
    first = blocks[0].features.key
    copies = 0
    if first:
        for block in blocks:
            if block.features.key == first:
                copies += 1
        copies -= 1
    if copies >= _TITLE_MAX_COPIES or (copies >= _TITLE_COPIES and copies * 2 >= len(blocks)):
        return None, 1
    wanted = set(words_of(name))
    for i in range(max(start, 1), len(blocks)):
        block = blocks[i]
        key = block.features.key
        if key == name:
            return block.index, i
        # Most lines share fewer than _TITLE_SHARED words with the title: told
        # by a count with repeats (never below the count of distinct words)
        # before any set is built.
        if (
            key
            and len(block.features.tokens) >= _TITLE_SHARED
            and _count_in(wanted, block.features.tokens) >= _TITLE_SHARED
            and len(wanted.intersection(block.features.tokens)) >= _TITLE_SHARED
            and _overlap(wanted, set(block.features.tokens))
            # a breadcrumb trail that ends in the title is not its heading
            and not TITLED_TRAIL.match(block.text)
        ):
            return block.index, i
    return None, len(blocks)


def _count_in(words: set[str], tokens: Sequence[str]) -> int:
    """How many of ``tokens`` are among ``words``, repeats counted.

    >>> _count_in({"storm", "coast"}, ("storm", "storm", "hits"))
    2
    """
    count = 0
    for token in tokens:
        if token in words:
            count += 1
    return count


def _overlap(title: set[str], heading: set[str]) -> bool:
    """A heading that rewords the title: most of the shorter one's words are shared."""
    shared = len(title & heading)
    return shared >= _TITLE_SHARED and shared >= _TITLE_OVERLAP * min(len(title), len(heading))


def anchor_title(
    blocks: Sequence[Block], removed: dict[int, Verdict], scores: list[float], heading: int | None
) -> int | None:
    """Give the first prose below the title heading the weight of a whole article.

    Teaser lists and comment threads can hold more prose than a short
    article; the title heading says which prose is the article's. A single
    sentence right under the heading that is followed by the byline or the
    share buttons is the standfirst, not the body: it is scored out, and the
    weight goes to the body below. ``heading`` is the title heading
    (:func:`title_heading`). Returns the index of the anchored prose.
    """
    if heading is None:
        return None
    # The headline, and its copies and rewrites just below, are the title, not the body.
    title = set(blocks[heading].features.tokens)
    reach = range(heading + 1, min(len(blocks), heading + 1 + TITLE_REACH))
    for i in [heading, *reach]:
        tokens = blocks[i].features.tokens
        if i == heading or (len(tokens) <= len(title) + 3 and _overlap(title, set(tokens))):
            scores[i] = min(scores[i], -_TITLE_COST)
    positive = [i for i in reach if scores[i] > 0]
    if not positive or any(scores[i] == WALL for i in range(heading + 1, positive[0])):
        return None
    first = positive[0]
    if len(positive) > 1 and any(
        removed.get(j) is not None and removed[j].kind in _METADATA
        for j in range(first + 1, positive[1])
    ):
        scores[first] = -abs(scores[first])
        first = positive[1]
    scores[first] += TITLE_BONUS
    return first
