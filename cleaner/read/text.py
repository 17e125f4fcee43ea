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
from cleaner.measure.features import INTERN_FROM_CHARS, Features, measure_once
from cleaner.page import Block

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
