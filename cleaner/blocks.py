"""Raw page text -> blocks.

A block is one non-blank line of the page, kept verbatim (trailing spaces and
all) so that the article is written back exactly as it stood. Blocks keep their position in the
input (line number, character offsets) and the paragraph they belong to, so
that the article can be written back exactly as the input laid it out.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from cleaner.errors import checkpoint
from cleaner.features import INTERN_FROM_CHARS, Features, measure, measure_once

# Line breaks other than \n that str.splitlines() would honour; they are folded
# into \n so that "a line" means the same thing to every consumer of the text.
_LINE_BREAKS: Final = regex.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# C0/C1 controls (except tab and newline) and NUL carry no text; lxml and most
# consoles refuse them, so they are dropped during normalisation.
_CONTROLS: Final = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


# Lone surrogates (a str decoded with errors="surrogateescape") are no text
# either, and no UTF-8 writer accepts them: each becomes U+FFFD.
_SURROGATES: Final = regex.compile(r"[\ud800-\udfff]")
# The standard library's engine scans a plain character class five times faster
# than `regex` does, and this scan runs over every page.
_ODD_CHARACTER: Final = re.compile(r"[\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """Fold line breaks to ``\\n``, drop control characters, replace lone surrogates.

    >>> normalize_text("a\\r\\nb\\x00c\\u2028d\\udc80")
    'a\\nbc\\nd\\ufffd'
    """
    # Most pages hold none of them: one scan tells, and they come back untouched.
    if _ODD_CHARACTER.search(text) is None:
        return text
    folded: str = _LINE_BREAKS.sub("\n", text)
    cleaned = str(_CONTROLS.sub("", folded))
    return _SURROGATES.sub("\ufffd", cleaned) if not cleaned.isascii() else cleaned


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


# Every 4096 lines the reader lets a pending alarm be handled (errors.checkpoint).
_CHECKPOINT_LINES: Final = 4095


def text_to_blocks(text: str) -> list[Block]:
    """Split normalised text into blocks, one per non-blank line.

    Lines separated by one or more blank lines belong to different paragraphs.

    >>> [(b.text, b.paragraph) for b in text_to_blocks("a\\nb\\n\\n\\nc")]
    [('a', 0), ('b', 0), ('c', 1)]
    """
    blocks: list[Block] = []
    paragraph = 0
    offset = 0
    blank_seen = False
    measured: dict[str, Features] = {}
    interned = len(text) >= INTERN_FROM_CHARS
    for line in text.split("\n"):
        # (not blank: what ``line.strip()`` tells, without a stripped copy)
        if line and not line.isspace():
            if not len(blocks) & _CHECKPOINT_LINES:
                checkpoint()  # a batch's time limit (see errors.checkpoint)
            features = measure_once(line, measured, interned=interned)
            if blank_seen and blocks:
                paragraph += 1
            blank_seen = False
            # Positional (index, text, paragraph, start, end, features): keyword
            # arguments cost twice as much, once for every line of the page.
            blocks.append(Block(len(blocks), line, paragraph, offset, offset + len(line), features))
        else:
            blank_seen = True
        offset += len(line) + 1
    return blocks


def blocks_to_text(blocks: list[Block]) -> str:
    """Join blocks back into text, one blank line between paragraphs.

    >>> bs = text_to_blocks("a\\nb\\n\\nc")
    >>> blocks_to_text([bs[0], bs[2]])
    'a\\n\\nc\\n'
    """
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if previous is not None:
            parts.append("\n\n" if block.paragraph != previous.paragraph else "\n")
        parts.append(block.text)
        previous = block
    return "".join(parts) + "\n" if parts else ""


def renumber(blocks: list[Block]) -> list[Block]:
    """The same blocks, indexed and grouped as if their text were read again.

    ``renumber(kept)`` equals ``text_to_blocks(blocks_to_text(kept))`` up to
    offsets, without measuring any block twice.

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


# A blank line (spaces, tabs and carriage returns only) between two lines.
_BLANK_LINE: Final = re.compile(r"\n[ \t\r\f\v]*\n")
_BLANK_LINE_BYTES: Final = re.compile(rb"\n[ \t\r\f\v]*\n")


def cut_points(text: str | bytes, size: int) -> list[int]:
    """Offsets that cut ``text`` into pieces of about ``size``, each after a line break.

    A cut goes at the first blank line past ``size`` characters (or bytes) when one
    comes within half a piece more, at the next line break otherwise; a line
    longer than that stays whole.

    >>> cut_points("aaaa\\nbb\\n\\ncc\\ndd\\n", 4)
    [5, 12]
    >>> cut_points("one line, no breaks", 4)
    []
    """
    blank, newline = (_BLANK_LINE_BYTES, b"\n") if isinstance(text, bytes) else (_BLANK_LINE, "\n")
    cuts: list[int] = []
    start, end = 0, len(text)
    while end - start > size:
        target = start + size
        found = blank.search(text, target, min(end, target + size // 2))  # type: ignore[arg-type]
        if found is not None:
            cut = found.start() + 1
        else:
            line_end = text.find(newline, target)  # type: ignore[arg-type]
            if line_end < 0:
                break
            cut = line_end + 1
        if cut >= end:
            break
        cuts.append(cut)
        start = cut
    return cuts


def first_line_blank(text: str) -> bool:
    """Whether the first line of ``text`` holds no text."""
    line_end = text.find("\n")
    return not text[: line_end if line_end >= 0 else len(text)].strip()


def last_line_blank(text: str) -> bool:
    """Whether the last line of ``text`` (before its final line break) holds no text."""
    body = text[:-1] if text.endswith("\n") else text
    return not body[body.rfind("\n") + 1 :].strip()


# What normalize_text folds into a line break, besides "\n" ("\r\n" counts once).
_OTHER_BREAKS: Final = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
_OTHER_BREAKS_UTF8: Final = tuple(c.encode("utf-8") for c in _OTHER_BREAKS)


def count_lines(text: str | bytes) -> int:
    """How many lines ``text`` (str, or UTF-8 bytes) has once normalised, by counting.

    >>> count_lines("a\\r\\nb\\rc\\u2028d\\n"), count_lines(b"a\\nb"), count_lines("")
    (4, 2, 0)
    """
    if isinstance(text, bytes):
        kinds: tuple[bytes, ...] | tuple[str, ...] = (b"\n", b"\r", *_OTHER_BREAKS_UTF8)
        crlf: bytes | str = b"\r\n"
    else:
        kinds, crlf = ("\n", "\r", *_OTHER_BREAKS), "\r\n"
    breaks = sum(text.count(kind) for kind in kinds) - text.count(crlf)  # type: ignore[arg-type,misc]
    return breaks + (bool(text) and not text.endswith(kinds))  # type: ignore[arg-type]
