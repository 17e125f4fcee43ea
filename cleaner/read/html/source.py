"""The page's source before it is parsed, read alike as ``str`` or UTF-8 ``bytes``.

These functions take either type and return the one they were given
(``AnyStr``). They are kept out of the compiled build (see ``_build.py``):
mypyc checks a constrained type variable's body once, against neither of its
types, and they run once a page, so compiling them would save nothing.
"""

from __future__ import annotations

import re
from typing import AnyStr

__all__ = ["KEPT_ATTRIBUTES", "holds", "thin_crowded_tags"]

# -- crowded tags ----------------------------------------------------------------
#
# libxml2 checks each attribute of a start tag against every earlier one, so a
# tag with k distinct attributes costs k squared: 100,000 attributes (a 1 MB
# page) take minutes. Start tags with more than _CROWDED_UNITS attribute
# tokens are rewritten, before parsing, with only the attributes the reader
# uses. The scan tokenises as HTML5 does (comments, raw-text elements such as
# <script>, quoted values that may hold ">"), in one possessive pass of the
# regex engine with no backtracking, so its cost is linear; it runs on pages
# long enough for the quadratic cost to matter.
_CROWDED_UNITS = 1024
_CROWDED_MIN_CHARS = 32 * 1024
_UNIT = r"""(?>\s++|/|[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?)"""
# Where no unit follows: a unit starts at any character but ">", so this is the
# end of the page or a ">" (one character to test instead of every kind of unit).
_NO_UNIT = r"(?![^>])"
_RAW_TEXT = "script|style|xmp|iframe|noembed|noframes|textarea|title|plaintext"
# Raw-text elements one by one (no backreference: the standard library's
# engine, three times faster here than ``regex``, then scans it).
_RAW_TEXT_ELEMENTS = "".join(
    r"|<(?i:"
    + name
    + r")(?![^\s/>])"
    + _UNIT
    + f"{{0,{_CROWDED_UNITS - 1}}}+{_NO_UNIT}>?"
    + r"[^<]*+(?:<(?!/(?i:"
    + name
    + r")[\s/>])[^<]*+)*+"  # its content, to its end tag
    for name in _RAW_TEXT.split("|")
)
# Each turn of the loop takes one "<" and the text after it (the engine's loops
# cost far more a turn than a character).
_CROWDED_PATTERN = (
    r"[^<]*+(?:(?:"  # text
    r"<!--(?:>|->|(?:[^-]++|-(?!-!?>))*+(?:--!?>)?)"  # a comment, to its end or the page's
    r"|<[!?/][^>]*+>?"  # an end tag, a doctype, a bogus comment
    + _RAW_TEXT_ELEMENTS
    + r"|<[A-Za-z][^\s/>]*+"
    + _UNIT
    + f"{{0,{_CROWDED_UNITS - 1}}}+{_NO_UNIT}"  # a start tag
    + r"|<(?![A-Za-z])"
    r")[^<]*+)*+(?:(?P<tag><[A-Za-z][^\s/>]*+)(?P<attributes>" + _UNIT + r"*+)|\Z)"
)
# ASCII: str and bytes read a tag alike (\s is then the HTML spaces and \v).
_CROWDED_TAG = re.compile(_CROWDED_PATTERN, re.ASCII)
_ATTRIBUTE = re.compile(
    r"""([^\s/>][^\s/>=]*+)(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?""", re.ASCII
)


def thin_crowded_tags(text: AnyStr) -> AnyStr:
    """``text`` with every start tag of over ``_CROWDED_UNITS`` attribute tokens cut down
    to the attributes the reader uses (``text`` is a str, or UTF-8 bytes).

    >>> page = "<p " + " ".join(f"a{i}" for i in range(2000)) + ' class="lead">Hi</p>'
    >>> thin_crowded_tags(page * 20)[:24]
    '<p class="lead">Hi</p><p'
    >>> thin_crowded_tags(page.encode() * 20)[:24]
    b'<p class="lead">Hi</p><p'
    """
    crowded, attribute, kept_names = _BYTE_PATTERNS if isinstance(text, bytes) else _STR_PATTERNS
    if len(text) < _CROWDED_MIN_CHARS:
        return text
    # Slices rather than re.sub: the page is copied once, and not at all when
    # no tag is crowded.
    pieces: list[AnyStr] = []
    space = _space(text)
    last = 0
    for match in crowded.finditer(text):
        if match.start("tag") < 0:
            break
        kept: dict[AnyStr, AnyStr] = {}
        for found in attribute.finditer(text, match.start("attributes"), match.end("attributes")):
            name = found.group(1).lower()
            if name in kept_names and name not in kept:
                kept[name] = found.group(0)
        pieces.append(text[last : match.end("tag")])
        pieces.extend(space + value for value in kept.values())
        last = match.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return text[:0].join(pieces)


def _space(text: AnyStr) -> AnyStr:
    return b" " if isinstance(text, bytes) else " "


# The attributes the HTML reader uses: all a crowded tag keeps.
KEPT_ATTRIBUTES = (
    "class",
    "id",
    "role",
    "style",
    "hidden",
    "aria-hidden",
    "itemprop",
    "href",
    "lang",
    "name",
    "property",
    "content",
    "rel",
    "http-equiv",
    "charset",
)
_STR_PATTERNS = (_CROWDED_TAG, _ATTRIBUTE, frozenset(KEPT_ATTRIBUTES))
# The same patterns over UTF-8 bytes.
_BYTE_PATTERNS = (
    re.compile(_CROWDED_PATTERN.encode()),
    re.compile(_ATTRIBUTE.pattern.encode()),
    frozenset(name.encode() for name in KEPT_ATTRIBUTES),
)


# Names shorter than this are looked for where their first character is.
_SHORT_NAME = 8


def holds(source: AnyStr, name: AnyStr) -> bool:
    """Whether ``name`` occurs in ``source``: ``name in source``, faster for a short name
    that starts with a rare character ("QAPage"), found where that character is.

    The standard search skips ahead by the last character of the name, and an
    "e" is in every word: a page was scanned a character at a time.

    >>> holds(b"<div itemtype='https://schema.org/QAPage'>", b"QAPage"), holds("Q&A", "QAPage")
    (True, False)
    """
    if len(name) >= _SHORT_NAME:
        return name in source
    first = name[:1]
    at = source.find(first)
    while at >= 0:
        if source.startswith(name, at):
            return True
        at = source.find(first, at + 1)
    return False
