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

The choice depends only on the blocks under each element, and the pipeline
makes it once, in the one pass an HTML page takes.

Blocks read from plain text have no path; nothing here applies to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count, repeat
from typing import Final

from cleaner.config import Config
from cleaner.page import GAP, NO_TOKENS, Block, Element
from cleaner.verdicts import Verdict

__all__ = ["confine_to_container", "dom_score", "is_dom"]

# A barrier (comment header, copyright line) cannot be inside the article; in a
# tree sum it costs this much instead of -inf, so that sums stay comparable,
# and inside the chosen container it walls the article off again.
_BARRIER_COST: Final = 30.0
# A block with this share of its characters in links counts against the article.
_LINK_HEAVY: Final = 0.5
# A short block with less link text than this is the page's own text (a list
# item, a table row, a price, a label), not a menu entry: it counts a little,
# like a bulleted line in text mode, up to this many points.
_PLAIN_DENSITY: Final = 0.2
_ITEM_POINTS: Final = 8.0
_CODE_POINTS: Final = 40.0
# Tokens that mark the element meant as the article, and what that weighs.
_ARTICLE_TOKENS: Final = frozenset({"article", "main"})
_ARTICLE_BONUS: Final = 1.15
# What a block the rules removed costs an element that holds it: a little,
# and more for more words (a big sidebar weighs more than a share button).
_REMOVED_BASE: Final = 5.0
_REMOVED_PER_WORD: Final = 1.0
_REMOVED_CAP: Final = 100.0
# Inside the container, a short line costs almost nothing: the span is the
# container, and the locator's context test decides short lines.
_INSIDE_COST: Final = 0.001


def is_dom(blocks: Sequence[Block]) -> bool:
    """Whether the blocks were read from HTML (they carry a tag)."""
    return bool(blocks) and bool(blocks[0].tag)


def dom_score(block: Block, score: float, config: Config) -> float:
    """A block's locator score with what its markup says.

    Link text does not count as prose (a teaser's title is a link); a short
    line of plain text counts a little, like a bulleted line in text mode;
    code counts for the article it illustrates.

    >>> from cleaner.read.html import parse_html
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


# The own element of a block in no element (text after the document's end), and
# the parent of a block at the top: no element, counted as one.
_NOWHERE: Final = Element("", -2, NO_TOKENS, None)


@dataclass(slots=True)
class _Tree:
    """The elements of a page's blocks, read once per distinct parent."""

    #: every element's sum of its blocks' scores
    sums: dict[Element, float]
    #: every element's depth (its place among a block's elements)
    depth: dict[Element, int]
    #: each block's parent (the element around its own; None at the top) and own element
    parents: list[Element]
    owns: list[Element]
    #: the elements above each distinct parent's blocks, outermost first, the
    #: parent last (none for the top)
    ancestors: dict[Element, list[Element]]
    #: the block elements directly under each parent
    children: dict[Element, set[Element]]


def _element_sums(blocks: Sequence[Block], scores: Sequence[float]) -> _Tree:
    """Every element's sum of its blocks' scores and its depth, and the blocks' parents
    and own elements. Blocks are summed per parent first: most blocks share their
    parent with others. Each element's sum adds the same scores in the same order
    whatever the shape of the loops: its own blocks' scores in page order, then
    the totals of the parents under it in the order they first appear."""
    sums: dict[Element, float] = {}
    depth: dict[Element, int] = {}
    groups: dict[Element, float] = {}
    children: dict[Element, set[Element]] = {}
    ancestors: dict[Element, list[Element]] = {}
    parents: list[Element] = []
    owns: list[Element] = []
    for block, score in zip(blocks, scores, strict=True):
        elements = block.elements
        own = elements[-1] if elements else _NOWHERE
        # A block's parent stands for all the elements above it: blocks of one
        # parent have the same ones (see page.Block.elements).
        parent = elements[-2] if len(elements) > 1 else _NOWHERE
        parents.append(parent)
        owns.append(own)
        if parent not in ancestors:
            ancestors[parent] = [e for e in elements[:-1] if e is not GAP]
        groups[parent] = groups.get(parent, 0.0) + score
        sums[own] = sums.get(own, 0.0) + score
        kids = children.get(parent)
        if kids is None:
            children[parent] = {own}
        else:
            kids.add(own)
    get = sums.get
    for parent, total in groups.items():
        ids = ancestors[parent]
        for element in ids:
            sums[element] = get(element, 0.0) + total
        depth.update(zip(ids, range(len(ids)), strict=True))
        level = len(ids)
        for own in children[parent]:
            depth.setdefault(own, level)
    return _Tree(sums, depth, parents, owns, ancestors, children)


def _best_element(blocks: Sequence[Block], scores: Sequence[float]) -> tuple[Element | None, _Tree]:
    """The element whose blocks' scores sum highest; the deepest on ties.
    And the page's elements, as :func:`_element_sums` reads them.

    An element marked as the article (``<article>``, ``<main>``, itemprop
    articleBody, "entry-content"...) weighs a little more. An element whose
    child holding the page's title heading is one of several alike (same tag)
    full of prose is not a candidate: the page is that one article, and the
    others are the next ones a script appended.
    """
    tree = _element_sums(blocks, scores)
    sums, depth = tree.sums, tree.depth
    if not sums:
        return None, tree
    bonus: set[Element] = set()
    marked: set[Element] = set()
    # The elements looked at for article marks, with every element above them
    # (a block's whole chain: a shortened one, GAP in it, is read whole each time).
    scanned: set[Element] = set()
    title_path: list[Element] = []
    for block, parent, own in zip(blocks, tree.parents, tree.owns, strict=True):
        tokens = block.dom_tokens
        if not tokens:
            continue
        if "title" in tokens and not title_path:
            title_path = [*tree.ancestors[parent]]
            if own is not _NOWHERE:
                title_path.append(own)
        if parent not in marked and not _ARTICLE_TOKENS.isdisjoint(tokens):
            marked.add(parent)
            whole = GAP in block.elements
            for element in reversed(block.elements):
                if not whole:
                    if element in scanned:
                        break
                    scanned.add(element)
                if not _ARTICLE_TOKENS.isdisjoint(element.tokens):
                    bonus.add(element)
    if title_path:
        _drop_article_lists(title_path, tree, sums)
    for element in bonus:
        if sums.get(element, 0.0) > 0:
            sums[element] *= _ARTICLE_BONUS
    # The highest (sum, depth), the first such element on a tie: the position
    # (counting down) breaks ties as max() keeps the first, and no element is compared.
    best = max(zip(sums.values(), map(depth.get, sums, repeat(0)), count(0, -1), sums))[3]
    if sums[best] <= 0:
        return None, tree
    # When the best element holds the title heading, the article is the
    # tightest element around the title that holds most of the best's points:
    # teasers with prose below an article can outweigh its tail, never the
    # article itself.
    if best in title_path:
        for element in reversed(title_path):
            if sums[element] >= _TITLE_SHARE * sums[best]:
                return element, tree
    return best, tree


# What the element around the title must hold of the best element's points.
_TITLE_SHARE: Final = 0.6
# The titled child and a sibling like it each hold this share of prose: a list.
_LIST_SHARE: Final = 0.3


def _drop_article_lists(title_path: list[Element], tree: _Tree, sums: dict[Element, float]) -> None:
    """Rule out the title's ancestors that are lists of articles, the titled one among them."""
    children: dict[Element, set[Element]] = {}
    titled = len(title_path)
    for parent, ancestors in tree.ancestors.items():
        # How far this parent's path runs along the title's (its blocks share it).
        common = 0
        for mine, theirs in zip(ancestors, title_path, strict=False):
            if mine is not theirs:
                break
            common += 1
        size = len(ancestors)
        along = common == size and size < titled
        for own in tree.children[parent]:
            # The path [*ancestors, own] leaves the title's at ``shared``.
            shared = common + 1 if along and own is title_path[size] else common
            if 0 < shared <= size:
                children.setdefault(ancestors[shared - 1], set()).add(
                    own if shared == size else ancestors[shared]
                )
    for level, element in enumerate(title_path[:-1]):
        own = title_path[level + 1]
        if sums[own] <= _LIST_SHARE * max(sums[element], 0.0):
            continue
        tag = own.tag
        if any(
            kid is not own and kid.tag == tag and sums[kid] >= _LIST_SHARE * sums[own]
            for kid in children.get(element, ())
        ):
            sums[element] = float("-inf")


# The second look: an element around the chosen one is the article when its
# points times its plain text (unclaimed words outside links) are this many times
# the chosen one's, and it keeps this share of the chosen one's points at least.
_WIDER_GAIN: Final = 3.0
_WIDER_POINTS: Final = 0.3


def second_look(
    blocks: Sequence[Block], removed: dict[int, Verdict], container: Element, tree: _Tree
) -> Element:
    """The container, or a wider element around it when the chosen one is implausible
    beside the page: an element around it holds so much more plain text (words
    no rule claimed, outside links) for the points it loses that its points
    times its plain text are ``_WIDER_GAIN`` times the chosen one's. A course
    page's one paragraph of prose above its lists and tables of lectures is not
    its article; the page is.

    Of the elements around it that qualify, the one with the highest product wins.
    A container the page marks as its article, or one that holds the title
    heading, was chosen by that evidence and stays.
    """
    if not _ARTICLE_TOKENS.isdisjoint(container.tokens) or any(
        "title" in block.dom_tokens and container in block.elements for block in blocks
    ):
        return container
    plain = [
        0.0
        if block.index in removed or block.link_density >= _LINK_HEAVY
        else float(block.features.words)
        for block in blocks
    ]
    words = _element_sums(blocks, plain).sums
    points = tree.sums[container]
    best, most = container, _WIDER_GAIN * points * words.get(container, 0.0)
    above = container.parent
    while above is not None:
        held = tree.sums.get(above, 0.0)
        if held >= _WIDER_POINTS * points and held * words.get(above, 0.0) > most:
            best, most = above, held * words.get(above, 0.0)
        above = above.parent
    return best


def confine_to_container(
    blocks: Sequence[Block], removed: dict[int, Verdict], scores: list[float], config: Config
) -> Element | None:
    """Rescore ``scores`` with DOM terms and wall off the blocks outside the article's
    container (their score becomes -inf). Returns the container, if any.
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
    container, tree = _best_element(blocks, scores)
    if container is None:
        return None
    container = second_look(blocks, removed, container, tree)
    # A block is inside when its own element is the container or one above it is
    # (asked once a parent: a page's blocks share few parents).
    inside = {parent: container in ids for parent, ids in tree.ancestors.items()}
    parents = tree.parents
    for i, own in enumerate(tree.owns):
        if i in barriers or not (inside[parents[i]] or (own is container and own is not _NOWHERE)):
            scores[i] = float("-inf")
        elif scores[i] < 0:
            # Inside the container nothing walls the article off: short lines
            # are left to the locator's context test (a heading, a list item).
            scores[i] = -_INSIDE_COST
    return container
