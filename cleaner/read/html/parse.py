"""Parsing: HTML (bytes in any encoding, or text) -> a tree -> blocks and metadata.

lxml parses the page with ``huge_tree``, so that text nodes over 10 MB and
nesting past 256 survive. When libxml2 gives up on a page (nesting deeper than
it ever allows) the page is parsed again with BeautifulSoup's pure-Python
parser, which has no depth limit, and its tree is copied into lxml. Scripts,
styles, templates and hidden elements go before the walk (:mod:`.walk`).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

import regex
from lxml import etree

from cleaner.errors import InputError
from cleaner.measure.features import INTERN_FROM_CHARS
from cleaner.page import Block
from cleaner.read.html.decode import decode_html, valid_utf8
from cleaner.read.html.metadata import head_metadata, name_title, title_keys
from cleaner.read.html.source import KEPT_ATTRIBUTES, holds, thin_crowded_tags
from cleaner.read.html.walk import BLOCK_TAGS, TEXT_LENGTH, walk

# Elements whose content is never text of the page.
_DROPPED: Final = (
    "script",
    "style",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "datalist",
    "textarea",
    "button",
    "input",
    # An image holds no text (its alt text is not the page's): the walk need not
    # visit it. Its tail stays.
    "img",
    "audio",
    "video",
    "source",
    "map",
    "title",
    "meta",
    "link",
    "base",
    "frameset",
    "frame",
    "dialog",
)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """A parsed page: its blocks and what its head says about it."""

    blocks: list[Block]
    metadata: dict[str, str] = field(default_factory=dict)
    #: "lxml", or "beautifulsoup" when lxml could not hold the whole tree
    parser: str = "lxml"


def _lxml_parse(data: bytes) -> tuple[etree._Element | None, bool]:
    """The document's root, and whether libxml2 stopped early (too deep a tree)."""
    parser = etree.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        default_doctype=False,
        # nothing looks elements up by id: libxml2 need not index them
        collect_ids=False,
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        return None, False
    gave_up = any(e.level_name == "FATAL" for e in parser.error_log)
    return root, gave_up


_TAG_NAME: Final = regex.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")


def _soup_parse(text: str) -> etree._Element | None:
    """Parse with BeautifulSoup's html.parser (no depth limit) and copy the tree into lxml.

    Both the copy and BeautifulSoup's own tree building are loops over an
    explicit stack, so depth costs no recursion. The copy goes through an
    ``etree.TreeBuilder``, which appends in constant time (``SubElement``
    walks up every ancestor: quadratic on a tree nested 100,000 deep), and
    drops the characters lxml refuses (controls, lone surrogates) that
    html.parser lets through. Elements nested deeper than ``_MAX_DEPTH`` are
    not opened (lxml's own walks up the ancestry would make the walk
    quadratic); a block-level one leaves an empty element where it opens and
    where it closes, so that its text still makes blocks of its own.

    Returns None if html.parser rejects the page.
    """
    from bs4 import (
        BeautifulSoup,
        MarkupResemblesLocatorWarning,
        ParserRejectedMarkup,
        XMLParsedAsHTMLWarning,
    )
    from bs4.element import NavigableString, PageElement, PreformattedString, Tag

    # bs4 warns on stderr when a page looks like XML or like a file name: once
    # per page of a corpus job. The page is what it is; these two are silenced.
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
    warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
    # html.parser stops with an error at a "<![" that opens no section it knows
    # ("<![CDATA[", "<![if"), where HTML5 reads a bogus comment up to the next
    # ">" (CDATA included, outside SVG and MathML). Both read "<!-[" so.
    try:
        soup = BeautifulSoup(text.replace("<![", "<!-["), "html.parser")
    except ParserRejectedMarkup:
        return None
    builder = etree.TreeBuilder()
    builder.start("html", {})
    # (children, tag, whether the tag was opened in the builder)
    stack: list[tuple[Iterator[PageElement], str, bool]] = [(iter(soup.children), "html", True)]
    depth = 1
    while stack:
        children, name, opened = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if opened:
                builder.end(name)
                depth -= 1
            elif name in BLOCK_TAGS:
                builder.start(name, {})
                builder.end(name)
        elif isinstance(child, Tag):
            tag = child.name.lower() if _TAG_NAME.match(child.name) else "span"
            if tag == "html":
                tag = "div"
            if depth >= _MAX_DEPTH:
                if tag in _DROPPED:  # never text of the page (stripped from the tree below)
                    continue
                if tag in BLOCK_TAGS:
                    builder.start(tag, {})
                    builder.end(tag)
                stack.append((iter(child.children), tag, False))
                continue
            attributes = {}
            for key in KEPT_ATTRIBUTES:
                value = child.attrs.get(key)
                if value is not None:
                    value = " ".join(value) if isinstance(value, list) else value
                    attributes[key] = _NOT_XML.sub("", value)
            builder.start(tag, attributes)
            depth += 1
            stack.append((iter(child.children), tag, True))
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            builder.data(_NOT_XML.sub("", str(child)))
    root: etree._Element = builder.close()
    return root


# Deeper than libxml2 itself nests (about 2,048) and than any real page.
_MAX_DEPTH: Final = 2048
# Characters lxml refuses in text and attribute values.
_NOT_XML: Final = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# -- the entry point ----------------------------------------------------------


def parse_html(page: str | bytes) -> HtmlPage:
    """Blocks and metadata of an HTML page (bytes in any encoding, or text).

    >>> page = parse_html(b"<title>Storm - News</title><nav><a href=/>Home</a></nav><h1>Storm"
    ...                   b"</h1><p>Rain <a href=x>fell</a>.</p><ul><li>a</li><li>b</li></ul>")
    >>> for b in page.blocks:
    ...     print(repr(b.text), b.tag, b.paragraph, sorted(b.dom_tokens))
    'Home' nav 0 ['nav']
    'Storm' h1 1 ['title']
    'Rain fell.' p 2 []
    'a' li 3 []
    'b' li 3 []
    >>> page.metadata["title"]
    'Storm'
    """
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        body = valid_utf8(data)
        # UTF-8 goes to libxml2 as it came: no decoding to a str and back.
        return _parse(body) if body is not None else _parse(decode_html(data))
    return _parse(page)


# Characters of markup per character of text, about: a page of this many times
# features.INTERN_FROM_CHARS interns its words.
_MARKUP_PER_CHAR: Final = 5


def _parse(source: str | bytes) -> HtmlPage:
    source = (
        source.replace(b"\x00", b"") if isinstance(source, bytes) else source.replace("\x00", "")
    )
    if not source or source.isspace():  # (not source.strip(), without a copy of the page)
        return HtmlPage([], {})
    source = thin_crowded_tags(source) if isinstance(source, bytes) else thin_crowded_tags(source)
    data = source if isinstance(source, bytes) else source.encode("utf-8", errors="replace")
    root, gave_up = _lxml_parse(data)
    del data
    parser = "lxml"
    if root is None or gave_up:
        text = source.decode("utf-8") if isinstance(source, bytes) else source
        soup_root = _soup_parse(text)
        if soup_root is not None:
            root, parser = soup_root, "beautifulsoup"
        elif root is None:
            raise InputError("neither libxml2 nor html.parser could read the page as HTML")
    page_tokens = _THREAD if _declares_thread(root, source) else frozenset()
    interned = len(source) >= _MARKUP_PER_CHAR * INTERN_FROM_CHARS
    del source
    metadata = head_metadata(root)
    keys = title_keys(metadata)
    _open_swallowing_buttons(root)
    etree.strip_elements(root, *_DROPPED, with_tail=False)
    blocks = walk(root, keys, page_tokens, interned=interned)
    name_title(metadata, blocks)
    return HtmlPage(blocks, metadata, parser)


# A page that says, in schema.org terms, that it is a discussion: a forum
# thread (DiscussionForumPosting) or a question with its answers (QAPage).
# Its replies are the page, not comments under it; every block carries the
# "thread" token.
_THREAD: Final = frozenset({"thread"})
_THREAD_TYPES: Final = ("DiscussionForumPosting", "QAPage")
_DECLARES_THREAD: Final = etree.XPath(
    " | ".join(
        f'//*[@itemtype][contains(@itemtype, "{kind}")]'
        f' | //script[@type="application/ld+json"][contains(., \'"{kind}"\')]'
        for kind in _THREAD_TYPES
    )
)


# The names in the page's source: a substring search of it (not a regex: an
# alternation of literals scans several times slower) costs less than a
# search of the tree.
_THREAD_TYPES_BYTES: Final = tuple(kind.encode() for kind in _THREAD_TYPES)


def _declares_thread(root: etree._Element, source: str | bytes) -> bool:
    """Whether the page's microdata or JSON-LD names it a forum thread or a Q&A page.

    >>> page = '<div itemscope itemtype="https://schema.org/QAPage"><p>Q</p></div>'
    >>> _declares_thread(etree.fromstring(page, etree.HTMLParser()), page)
    True
    """
    if isinstance(source, bytes):
        named = any(holds(source, name) for name in _THREAD_TYPES_BYTES)
    else:
        named = any(holds(source, name) for name in _THREAD_TYPES)
    return named and bool(_DECLARES_THREAD(root))


# A button holding more text than this has swallowed the page: libxml2 ignores
# a </button> while an element opened inside the button is still open (a
# stray <div>), and everything after becomes the button's content.
_BUTTON_CHARS: Final = 500


def _open_swallowing_buttons(root: etree._Element) -> None:
    """Turn buttons that hold the page's text into plain containers, so that
    dropping buttons does not drop the page.

    >>> html = "<div><button><div>Menu</button><p>" + "Text. " * 100 + "</p></div>"
    >>> root = etree.fromstring(html, etree.HTMLParser())
    >>> _open_swallowing_buttons(root)
    >>> [e.tag for e in root.iter("button", "span")]
    ['span']
    """
    for button in root.iter("button"):
        # A button's own label is a word or two; only one with children can
        # have swallowed anything.
        if len(button) and TEXT_LENGTH(button) > _BUTTON_CHARS:
            button.tag = "span"
