"""The article's container in an HTML page, for the locator.

Text mode finds the article as the best-scoring *run* of blocks. HTML gives
a better shape to search: the article is (nearly always) the content of one
element. Every element named in the blocks' paths gets the sum of the scores
of the blocks under it, the locator's own scores with a few DOM terms (link
text counts against a block, a short line of plain text counts a little for
it, what the rules removed costs by its size), and the best element wins: it
holds the most prose for the least furniture. Blocks outside it are walled
off; inside it the whole container is the article's span, and the locator's
context test decides its short lines. A title heading narrows the choice: a
list of articles (the next ones a script appended) is not the article.

The choice depends only on the blocks under each element, so when the
pipeline cleans the article again (only the container's blocks left) it
picks the same element: the result stays a fixed point.

Blocks read from plain text have no path; nothing here applies to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.blocks import Block
from cleaner.config import Config
from cleaner.html import element_ids
from cleaner.verdicts import Verdict

__all__ = ["confine_to_container", "dom_score", "is_dom"]

# A barrier (comment header, copyright line) cannot be inside the article; in a
# tree sum it costs this much instead of -inf, so that sums stay comparable,
# and inside the chosen container it walls the article off again.
_BARRIER_COST = 30.0
# A block with this share of its characters in links counts against the article.
_LINK_HEAVY = 0.5
# A short block with less link text than this is the page's own text (a list
# item, a table row, a price, a label), not a menu entry: it counts a little,
# like a bulleted line in text mode, up to this many points.
_PLAIN_DENSITY = 0.2
_ITEM_POINTS = 8.0
_CODE_POINTS = 40.0
# Tokens that mark the element meant as the article, and what that weighs.
_ARTICLE_TOKENS = frozenset({"article", "main"})
_ARTICLE_BONUS = 1.15
# What a block the rules removed costs an element that holds it: a little,
# and more for more words (a big sidebar weighs more than a share button).
_REMOVED_BASE = 5.0
_REMOVED_PER_WORD = 1.0
_REMOVED_CAP = 100.0
# Inside the container, a short line costs almost nothing: the span is the
# container, and the locator's context test decides short lines.
_INSIDE_COST = 0.001


def is_dom(blocks: Sequence[Block]) -> bool:
    """Whether the blocks were read from HTML (they carry a tag)."""
    return bool(blocks) and bool(blocks[0].tag)


def dom_score(block: Block, score: float, config: Config) -> float:
    """A block's locator score with what its markup says.

    Link text does not count as prose (a teaser's title is a link); a short
    line of plain text counts a little, like a bulleted line in text mode;
    code counts for the article it illustrates.

    >>> from cleaner.html import parse_html
    >>> menu, item = parse_html("<ul><li><a href=/>Home</a></li><li>Two eggs</li></ul>").blocks
    >>> dom_score(menu, -30.0, Config()), dom_score(item, -30.0, Config())
    (-30.0, 2.0)
    """
    if score == float("-inf"):
        return -_BARRIER_COST
    density = block.link_density
    if density >= _LINK_HEAVY:
        return min(score * (1.0 - density), -config.short_cost * density)
    if score > 0:
        return score * (1.0 - density)
    if block.tag == "pre":
        return _CODE_POINTS
    if density < _PLAIN_DENSITY:
        return min(_ITEM_POINTS, float(block.features.words))
    return score


_ARTICLE_SEGMENT = re.compile(r"(?:^|/)([^/.]+)(?:\.[a-z]+)*\.(?:article|main)(?=[./]|$)")


def _element_sums(
    blocks: Sequence[Block], scores: Sequence[float]
) -> tuple[dict[str, float], dict[str, int], list[tuple[list[str], str]]]:
    """Every element's sum of its blocks' scores, its depth, and the distinct paths as
    (ancestors, own element) pairs. Blocks are summed per parent first: most
    blocks share their parent with others."""
    sums: dict[str, float] = {}
    depth: dict[str, int] = {}
    groups: dict[str, float] = {}
    lasts: dict[str, set[str]] = {}
    for block, score in zip(blocks, scores, strict=True):
        parent, _, last = block.path.rpartition("/")
        own = last.partition(".")[0]
        groups[parent] = groups.get(parent, 0.0) + score
        sums[own] = sums.get(own, 0.0) + score
        lasts.setdefault(parent, set()).add(own)
    paths: list[tuple[list[str], str]] = []
    for parent, total in groups.items():
        ids = element_ids(parent)
        for level, element in enumerate(ids):
            sums[element] = sums.get(element, 0.0) + total
            depth[element] = level
        for own in lasts[parent]:
            depth.setdefault(own, len(ids))
            paths.append((ids, own))
    return sums, depth, paths


def _best_element(blocks: Sequence[Block], scores: Sequence[float]) -> str | None:
    """The element (``tag:N``) whose blocks' scores sum highest; the deepest on ties.

    An element marked as the article (``<article>``, ``<main>``, itemprop
    articleBody, "entry-content"...) weighs a little more. An element whose
    child holding the page's title heading is one of several alike (same tag)
    full of prose is not a candidate: the page is that one article, and the
    others are the next ones a script appended.
    """
    sums, depth, paths = _element_sums(blocks, scores)
    if not sums:
        return None
    bonus: set[str] = set()
    marked: set[str] = set()
    title_path: list[str] = []
    for block in blocks:
        if "title" in block.dom_tokens and not title_path:
            title_path = element_ids(block.path)
        parent = block.path.rpartition("/")[0]
        if parent not in marked and not _ARTICLE_TOKENS.isdisjoint(block.dom_tokens):
            marked.add(parent)
            bonus.update(_ARTICLE_SEGMENT.findall(block.path))
    if title_path:
        _drop_article_lists(title_path, paths, sums)
    for element in bonus:
        if sums.get(element, 0.0) > 0:
            sums[element] *= _ARTICLE_BONUS
    best = max(sums, key=lambda e: (sums[e], depth.get(e, 0)))
    if sums[best] <= 0:
        return None
    # When the best element holds the title heading, the article is the
    # tightest element around the title that holds most of the best's points:
    # teasers with prose below an article can outweigh its tail, never the
    # article itself.
    if best in title_path:
        for element in reversed(title_path):
            if sums[element] >= _TITLE_SHARE * sums[best]:
                return element
    return best


# What the element around the title must hold of the best element's points.
_TITLE_SHARE = 0.6
# The titled child and a sibling like it each hold this share of prose: a list.
_LIST_SHARE = 0.3


def _drop_article_lists(
    title_path: list[str], paths: list[tuple[list[str], str]], sums: dict[str, float]
) -> None:
    """Rule out the title's ancestors that are lists of articles, the titled one among them."""
    children: dict[str, set[str]] = {}
    for ancestors, own in paths:
        ids = [*ancestors, own]
        common = 0
        for mine, theirs in zip(ids, title_path, strict=False):
            if mine != theirs:
                break
            common += 1
        if 0 < common < len(ids):
            children.setdefault(ids[common - 1], set()).add(ids[common])
    for level, element in enumerate(title_path[:-1]):
        own = title_path[level + 1]
        if sums[own] <= _LIST_SHARE * max(sums[element], 0.0):
            continue
        tag = own.split(":", 1)[0]
        if any(
            kid != own and kid.split(":", 1)[0] == tag and sums[kid] >= _LIST_SHARE * sums[own]
            for kid in children.get(element, ())
        ):
            sums[element] = float("-inf")


def confine_to_container(
    blocks: Sequence[Block], removed: dict[int, Verdict], scores: list[float], config: Config
) -> str | None:
    """Rescore ``scores`` with DOM terms and wall off the blocks outside the article's
    container (their score becomes -inf). Returns the container (``tag:N``), if any.
    """
    barriers = {i for i, score in enumerate(scores) if score == float("-inf")}
    for i, block in enumerate(blocks):
        if block.index not in removed or i in barriers:
            scores[i] = dom_score(block, scores[i], config)
        else:
            # What the rules removed is furniture left inside or around the
            # article: a small cost for its size, never the locator's wall of
            # a related-content header (a tree sum would lose the article).
            scores[i] = -min(_REMOVED_CAP, _REMOVED_BASE + _REMOVED_PER_WORD * block.features.words)
    container = _best_element(blocks, scores)
    if container is None:
        return None
    inside: dict[str, bool] = {}  # by path: a page's blocks share few paths
    for i, block in enumerate(blocks):
        path = block.path
        within = inside.get(path)
        if within is None:
            within = inside[path] = container in element_ids(path)
        if i in barriers or not within:
            scores[i] = float("-inf")
        elif scores[i] < 0:
            # Inside the container nothing walls the article off: short lines
            # are left to the locator's context test (a heading, a list item).
            scores[i] = -_INSIDE_COST
    return container
