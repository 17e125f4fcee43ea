"""The page model: its blocks, as the readers make them and every later stage reads them.

A block is a unit of the page's text: a line of a text page, or the text of a
block element of an HTML page. It keeps its text verbatim, its place (index,
paragraph, offsets) and its measured :class:`~cleaner.measure.Features`; a
block read from HTML also carries its tag, path, concept tokens and link density.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from cleaner.measure.features import Features, measure

__all__ = ["NO_TOKENS", "Block", "Page", "declared_thread", "renumber"]

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
        "path",
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
        path: str = "",
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
        self.path = path
        self.dom_tokens = dom_tokens
        self.link_density = link_density

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
                block.path,
                block.dom_tokens,
                block.link_density,
            )
        )
    return renumbered


def declared_thread(blocks: Sequence[Block]) -> bool:
    """Whether the page these blocks were read from declares itself a discussion: the
    HTML reader gives every block of such a page the ``thread`` token."""
    return bool(blocks) and "thread" in blocks[0].dom_tokens
