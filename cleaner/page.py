"""The page model: its blocks, as the readers make them and every later stage reads them.

A block is a unit of the page's text: a line of a text page, or the text of a
block element of an HTML page. It keeps its text verbatim, its place (index,
paragraph, offsets) and its measured :class:`~cleaner.measure.Features`.

A block read from HTML also carries its tag, its concept tokens, its link
density, and its :attr:`Block.elements`: the elements it sits in, from the
document down to its own, each an :class:`Element` (tag, number, tokens,
parent) that the walk made once for the page. Blocks of one element share the
same objects, so the rules and the locator sum, compare and walk elements
without reading them back out of a string. :attr:`Block.path` writes them as
text for people (``body:1/div:4.sidebar/p:9``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from cleaner.measure.features import Features, measure

__all__ = [
    "COPY_WORDS",
    "GAP",
    "MAX_COPIES",
    "NO_ELEMENTS",
    "NO_TOKENS",
    "Block",
    "Element",
    "Page",
    "declared_thread",
    "renumber",
]

# What a page may be: text, or its bytes in any bytes-like object.
Page = str | bytes | bytearray | memoryview

# What a copy of a block is (the duplicate_block rule reads the tree for them,
# the locator a text page's article): a repeated block shorter than this may be
# a refrain or a label, not a copy...
COPY_WORDS: Final = 10
# ...and a block printed more than this many times is the page's own refrain
# (an interview's recurring question, a meal plan's line): every copy is kept.
MAX_COPIES: Final = 4

# A block without DOM tokens (every line of plain text): one shared empty set.
NO_TOKENS: Final[frozenset[str]] = frozenset()


class Element:
    """An element of an HTML page that holds blocks: a block-level element, or an
    inline one that names a concept (``<span class="share">``).

    ``number`` counts the page's elements in document order, so two blocks
    share an ancestor exactly when they share an :class:`Element`; ``tokens``
    are the concepts the element itself names (its class, id, role, tag);
    ``parent`` is the element it sits in (None for the document's root).
    Compared by identity: one object an element.
    """

    __slots__ = ("tag", "number", "tokens", "parent")

    def __init__(
        self, tag: str, number: int, tokens: frozenset[str], parent: Element | None
    ) -> None:
        self.tag = tag
        self.number = number
        self.tokens = tokens
        self.parent = parent

    @property
    def segment(self) -> str:
        """The element in a path: ``tag:N`` and its tokens, ``div:4.related.sidebar``."""
        if self.number < 0:
            return _GAP_SEGMENT
        return f"{self.tag}:{self.number}" + "".join(f".{t}" for t in sorted(self.tokens))

    def __repr__(self) -> str:
        return f"Element({self.segment})"


# A page nested deeper than this gives each block the outermost and innermost of
# its elements only, GAP standing for the others: enough for any real page, and
# a tree nested 100,000 deep does not make every block 100,000 elements long.
# The outer ones stay so that the page's top elements still hold every block
# (the locator sums blocks by element).
OUTER_ELEMENTS: Final = 16
INNER_ELEMENTS: Final = 32
_GAP_SEGMENT: Final = ".…"
#: Where a block's elements leave some out: no element (no tag, no tokens).
GAP: Final = Element("", -1, NO_TOKENS, None)
#: The elements of a block read from plain text: none.
NO_ELEMENTS: Final[tuple[Element, ...]] = ()


class Block:
    """One unit of the page: a line of text, or a DOM block in HTML mode.

    A plain class with its own ``__init__`` rather than a dataclass: one is made
    for every line of every page, and the compiled build turns this class into a
    C type whose constructor sets its fields directly, where a dataclass's
    generated ``__init__`` would run as interpreted code.
    """

    __slots__ = (
        "index",
        "text",
        "paragraph",
        "start",
        "end",
        "features",
        "tag",
        "elements",
        "dom_tokens",
        "link_density",
    )

    def __init__(
        self,
        index: int,
        text: str,
        paragraph: int,
        start: int = 0,
        end: int = 0,
        features: Features | None = None,
        # DOM context, filled by the HTML reader; neutral for plain text.
        tag: str = "",
        elements: tuple[Element, ...] = NO_ELEMENTS,
        dom_tokens: frozenset[str] = NO_TOKENS,
        link_density: float = 0.0,
    ) -> None:
        self.index = index
        self.text = text
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.features: Features = measure(text) if features is None else features
        self.tag = tag
        #: the elements the block sits in, outermost first, its own last (a
        #: block of a page nested very deep: its outermost ones, GAP, its innermost)
        self.elements = elements
        self.dom_tokens = dom_tokens
        self.link_density = link_density

    @property
    def path(self) -> str:
        """The block's elements as text: ``body:1/div:4.sidebar/p:9`` ("" for plain text)."""
        return "/".join([element.segment for element in self.elements])

    def __repr__(self) -> str:
        return (
            f"Block(index={self.index}, text={self.text!r}, paragraph={self.paragraph},"
            f" tag={self.tag!r})"
        )


def renumber(blocks: list[Block]) -> list[Block]:
    """The same blocks, indexed and grouped as if their text were read again.

    ``renumber(kept)`` equals ``text_to_blocks(blocks_to_text(kept))`` up to
    offsets, without measuring any block twice.

    >>> from cleaner.read.text import text_to_blocks
    >>> bs = text_to_blocks("a\\n\\nb\\nc\\n\\nd")
    >>> [(b.index, b.paragraph) for b in renumber([bs[0], bs[2], bs[3]])]
    [(0, 0), (1, 1), (2, 2)]
    """
    renumbered: list[Block] = []
    paragraph = 0
    for i, block in enumerate(blocks):
        if i and block.paragraph != blocks[i - 1].paragraph:
            paragraph += 1
        renumbered.append(
            Block(
                i,
                block.text,
                paragraph,
                block.start,
                block.end,
                block.features,
                block.tag,
                block.elements,
                block.dom_tokens,
                block.link_density,
            )
        )
    return renumbered


def declared_thread(blocks: Sequence[Block]) -> bool:
    """Whether the page these blocks were read from declares itself a discussion: the
    HTML reader gives every block of such a page the ``thread`` token."""
    return bool(blocks) and "thread" in blocks[0].dom_tokens
