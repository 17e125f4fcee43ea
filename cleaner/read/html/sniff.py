"""Whether a page is HTML: its first bytes or characters tell (a doctype, a root tag,
common tags early), read before any decoding or parsing."""

from __future__ import annotations

import codecs
from typing import Final

import regex

_LEADING_JUNK: Final = regex.compile(r"^(?:\ufeff|\s|<!--.*?-->)*", regex.S)
_HTML_START: Final = regex.compile(r"<(?:!doctype\s+html|html|head|body)[\s>/]|<\?xml", regex.I)
_COMMON_TAG: Final = regex.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|h[1-6]|meta|title|link|script|style|img|section"
    r"|article|nav|header|footer|main|form|strong|em|b|i)[\s>/]",
    regex.I,
)
# A page counts as HTML when it opens with a tag and this many tags follow early.
_TAGS_FOR_HTML: Final = 2
_SNIFF_CHARS: Final = 4096
_SNIFF_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_like_html(page: str | bytes) -> bool:
    """Whether ``page`` is an HTML document or fragment rather than plain text.

    It is when it starts (after a BOM, whitespace and comments) with a doctype,
    ``<html>``, ``<head>``, ``<body>`` or an XML declaration, or with a tag
    followed by at least one more common tag in its first 4 KB.

    >>> looks_like_html("<!DOCTYPE html><title>x</title>")
    True
    >>> looks_like_html(b"<p>One</p><p>Two</p>")
    True
    >>> looks_like_html("Use the <div> tag to group content.")
    False
    """
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page[:_SNIFF_CHARS])
        codec = next((name for bom, name in _SNIFF_BOMS if data.startswith(bom)), "latin-1")
        head = data.decode(codec, errors="ignore")
    else:
        head = page[:_SNIFF_CHARS]
    head = head[_LEADING_JUNK.match(head).end() :]
    if not head.startswith("<"):
        return False
    if _HTML_START.match(head):
        return True
    return len(_COMMON_TAG.findall(head)) >= _TAGS_FOR_HTML and bool(_COMMON_TAG.match(head))
