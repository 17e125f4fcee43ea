"""HTML -> blocks carrying DOM features, and the page's metadata.

Bytes are decoded first (:func:`decode_html`: a BOM, then the ``<meta>``
charset or the XML declaration, then UTF-8 and detection), control
characters libxml2 refuses are dropped, and lxml parses the rest with
``huge_tree`` so that text nodes over 10 MB and nesting past 256 survive.
When libxml2 gives up on a page (nesting deeper than it ever allows) the page
is parsed again with BeautifulSoup's pure-Python parser, which has no depth
limit, and its tree is copied into lxml.

Scripts, styles, templates and hidden elements go before the walk. The walk
itself uses an explicit stack of open elements (lxml's ``iterwalk``), never
recursion, so a page nested 100,000 deep is read like any other. Each block
is the text of one block-level element that is not inside one of its block
children (a paragraph, a heading, a list item, a table row, a ``<pre>``...),
whitespace folded except in ``<pre>``. A block carries:

- ``tag``: what kind of block it is: ``h1``..``h6``, ``li``, ``dt``, ``dd``,
  ``tr`` (a row of plain cells, tab-separated), ``pre``, ``figcaption``,
  ``caption``, ``blockquote``, ``p``, ``td`` (a cell that holds blocks),
  ``div``..., the innermost block element, except that text anywhere inside
  a heading, ``<pre>`` or caption is of that kind;
- ``path``: the block-level elements (and the inline ones with a token) from
  the document down to the block, as ``tag:N`` segments (``N`` numbers the
  element in document order, so two blocks share an ancestor exactly when
  they share a segment) followed by the element's tokens, ``.related``...;
- ``dom_tokens``: the union of those tokens: concepts read from class, id,
  role and itemprop (``share``, ``related``, ``comment``, ``nav``...) and
  from the tags themselves (``<nav>``, ``<aside>``, ``<footer>``...), plus
  ``title`` on the heading that repeats the document's title;
- ``link_density``: the share of its characters inside links.

Items of one list, rows of one table and lines broken by a single ``<br>``
share a paragraph number, so that they print on adjacent lines; every other
block is a paragraph of its own.
"""

from __future__ import annotations

import codecs
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import regex
from lxml import etree

from cleaner.errors import InputError
from cleaner.lang import line_key
from cleaner.measure.features import INTERN_FROM_CHARS, Features, measure
from cleaner.page import NO_TOKENS, Block
from cleaner.read.decode import decode
from cleaner.read.html.source import KEPT_ATTRIBUTES, holds, thin_crowded_tags
from cleaner.read.text import normalize_text

__all__ = [
    "HtmlPage",
    "decode_html",
    "declared_encoding",
    "element_ids",
    "element_ids_known",
    "looks_like_html",
    "parse_html",
    "path_segments",
    "segment_id",
    "segment_tokens",
]

# -- detection ----------------------------------------------------------------

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


# -- decoding -----------------------------------------------------------------

_META_CHARSET: Final = regex.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", regex.I
)
_XML_ENCODING: Final = regex.compile(
    rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)"""
)
# Labels that browsers (WHATWG Encoding) read as another, wider encoding.
_LABEL_ALIASES: Final = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "big5": "big5hkscs",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "sjis": "shift_jis",
    "windows-31j": "cp932",
    "x-mac-roman": "mac_roman",
}
_HEAD_BYTES: Final = 4096


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB, as a Python codec name.

    ``<meta charset>`` and the http-equiv ``content`` come first, then the XML
    declaration. A declared UTF-16 or UTF-32 cannot be true of bytes that spell
    the declaration in ASCII, so it is read as UTF-8, as browsers do.

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=latin1">')
    'cp1252'
    >>> declared_encoding(b'<?xml version="1.0" encoding="Shift_JIS"?><html>')
    'shift_jis'
    >>> declared_encoding(b"<p>no declaration</p>") is None
    True
    """
    head = data[:_HEAD_BYTES]
    found = _META_CHARSET.search(head) or _XML_ENCODING.match(head)
    if found is None:
        return None
    label = found.group(1).decode("ascii", "replace").strip().lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def decode_html(data: bytes) -> str:
    """Decode HTML bytes: a BOM, then valid UTF-8, then the declared charset, then detection.

    Valid UTF-8 is taken before the declaration because pages that declare
    Latin-1 but are UTF-8 are common, and text in a legacy encoding that also
    happens to be valid UTF-8 is all but unknown. A page that declares UTF-8
    and has a few bad bytes stays UTF-8 (with replacement characters) rather
    than being guessed into another encoding.

    >>> decode_html('<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251"))[-13:]
    '<p>Привет</p>'
    >>> broken = '<meta charset="utf-8"><p>Grüße</p>'.encode("utf-8") + b"\\xff"
    >>> decode_html(broken).endswith("Grüße</p>\\ufffd")
    True
    """
    return decode(data, declared=declared_encoding(data))


# -- tokens read from the markup ------------------------------------------------

# Concepts named in class and id values. A name matches at the start of a word
# of the value ("post-share-buttons", "shareBar", "site_footer"), never inside
# one ("canvas" is not "nav"); a trailing "$" asks for the whole word ("ad",
# not "address").
_CONCEPTS: Final[dict[str, str]] = {
    "share": "share sharing social sociable addthis addtoany a2a sharethis shariff likebtn",
    "related": "related recommend morestories more-stories more_stories also-like youmay you-may "
    "trending popular mostread most-read most_read outbrain taboola zergnet readnext read-next "
    "upnext up-next more-from morefrom more-articles also-read",
    "comment": "comment disqus respond replies discussion reactions livefyre",
    "footer": "footer copyright colophon site-info",
    "nav": "nav menu skip-link skiplink topbar toolbar",
    "breadcrumb": "breadcrumb crumbs",
    "pagination": "pagination pager paging page-numbers",
    "sidebar": "sidebar side-bar side_bar aside",
    "cookie": "cookie consent gdpr onetrust cookiebot",
    "newsletter": "newsletter subscribe subscription signup sign-up optin opt-in mailchimp mc4wp",
    "promo": "promo advert ads$ ad$ adsense adslot dfp gpt- sponsor affiliate",
    "author": "byline",
    "meta": "meta$ date$ pubdate dateline timestamp posted-on tags$ tag-list taglist tagcloud "
    "tag-cloud categories",
    "header": "header masthead",
    "modal": "modal popup pop-up overlay lightbox dialog",
    "feedback": "feedback was-this-helpful helpful",
    "login": "login log-in signin sign-in register paywall piano",
    "article": "article entry-content entry-body post-content post-body post-entry postbody story "
    "articlebody main-content maincontent page-content blog-post hentry h-entry e-content prose "
    "rich-text richtext markdown-body content-body",
}
_CONCEPT_OF: Final = {
    word.rstrip("$"): concept for concept, words in _CONCEPTS.items() for word in words.split()
}


def _name_pattern(words: Iterable[str]) -> str:
    """One regex that matches, at a word start, the longest of ``words`` ("name$" asks for
    the whole word), as a trie: a letter at a time, so that at each word start the
    engine tries the few names that go on as the value does rather than every name.
    It finds what one alternation of the names, longest first, finds.

    >>> re.findall(_name_pattern(["ad$", "ads$", "adsense", "nav"]), "adsense ads-top adx nav")
    ['adsense', 'ads', 'nav']
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for letter in word.rstrip("$"):
            node = node.setdefault(letter, {})
        # "" marks a name's end: True when only the whole word counts ("ad$"), False
        # when any word starting so does (a plain name wins over a "$" one).
        node[""] = node.get("", True) and word.endswith("$")

    def branches(node: dict[str, Any]) -> str:
        # Longer names first: at most one letter goes on, and a name ending here comes last.
        found = [re.escape(letter) + branches(child) for letter, child in node.items() if letter]
        if "" in node:
            found.append(r"(?![a-z0-9])" if node[""] else "")
        return found[0] if len(found) == 1 else "(?:" + "|".join(found) + ")"

    return r"(?<![a-z0-9])" + branches(trie)


# Checked at word starts only: Python's re scans class values several times faster
# than one group per concept, and a trie faster than one alternation of the names.
_CONCEPT_PATTERN: Final = re.compile(
    _name_pattern(word for words in _CONCEPTS.values() for word in words.split())
)

_TAG_TOKENS: Final = {
    "nav": "nav",
    "aside": "sidebar",
    "footer": "footer",
    "header": "header",
    "form": "form",
    "article": "article",
    "main": "main",
    "menu": "nav",
    "address": "author",
}
_ROLE_TOKENS: Final = {
    "navigation": "nav",
    "complementary": "sidebar",
    "contentinfo": "footer",
    "banner": "header",
    "main": "main",
    "article": "article",
    "dialog": "modal",
    "alertdialog": "modal",
    "search": "nav",
    "menu": "nav",
    "menubar": "nav",
    "toolbar": "nav",
    "tablist": "nav",
}


def class_concepts(value: str) -> frozenset[str]:
    """The concepts a class or id value names.

    >>> sorted(class_concepts("post-share-buttons entry-content"))
    ['article', 'share']
    >>> sorted(class_concepts("canvas address headline"))
    []
    >>> sorted(class_concepts("w-full lg:mr-[--sidebar-width] md:hidden"))
    []
    """
    if ":" in value or "[" in value:
        # Utility classes with a variant or an arbitrary value ("lg:mr-[--sidebar-width]")
        # style an element; they do not name what it is.
        value = " ".join(v for v in value.split() if ":" not in v and "[" not in v)
    found = _CONCEPT_PATTERN.findall(value.lower())
    # Most values name nothing.
    return frozenset(map(_CONCEPT_OF.__getitem__, found)) if found else NO_TOKENS


def _value_concepts(value: str, words: dict[object, frozenset[str]]) -> frozenset[str]:
    """:func:`class_concepts` of ``value``, a word at a time (``words`` holds the words read
    on the page): a page's values share their words ("clearfix", "col-md-8"), and no
    name spans two words, so the concepts of a value are those of its words.

    >>> sorted(_value_concepts("post-share-buttons entry-content lg:nav", {}))
    ['article', 'share']
    """
    found = NO_TOKENS
    for word in value.split():
        concepts = words.get(word)
        if concepts is None:
            concepts = words[word] = class_concepts(word)
        if concepts:
            found = found | concepts if found else concepts
    return found


# Attributes besides class and id that _concepts_of reads.
_RARE_ATTRIBUTES: Final = frozenset({"itemprop", "role", "style", "hidden", "aria-hidden"})


def _concepts_of(
    tag: str,
    classes: str | None,
    itemprop: str | None = None,
    role: str | None = None,
    style: str | None = None,
    hidden: str | None = None,
    aria_hidden: str | None = None,
    *,
    words: dict[object, frozenset[str]],
) -> frozenset[str]:
    # The class and itemprop values read as one ("post-body articleBody").
    found = _value_concepts(classes, words) if classes else NO_TOKENS
    if itemprop:
        found = found | _value_concepts(itemprop, words)
    named = _TAG_TOKENS.get(tag)
    if named:
        found = found | {named}
    if role:
        named = _ROLE_TOKENS.get(role)
        if named:
            found = found | {named}
    if (
        hidden is not None
        or aria_hidden == "true"
        or (style and _HIDDEN_STYLE.search(style))
        or (
            classes
            and not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())
            # "hidden lg:block": hidden on small screens, shown on large ones
            and _SHOWN_AT_SOME_WIDTH.search(classes) is None
        )
    ):
        found = found | _HIDDEN
    return found


_HIDDEN: Final = frozenset({"hidden"})
# Whole class names that hide an element (screen-reader text, toggled panels).
_HIDDEN_CLASSES: Final = frozenset(
    {
        "hidden",
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "screen-reader-only",
        "element-invisible",
        "is-hidden",
        "u-hidden",
    }
)
_SHOWN_AT_SOME_WIDTH: Final = re.compile(
    r"(?<!\S)(?:[\w-]+:)+(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)(?!\S)"
)
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


# -- parsing ------------------------------------------------------------------

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
# A hidden element holding more than this share of the page's text is shown by
# a script the page expects to run (a whole article under display:none): kept.
_HIDDEN_SHARE: Final = 0.5


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
            elif name in _BLOCK_TAGS:
                builder.start(name, {})
                builder.end(name)
        elif isinstance(child, Tag):
            tag = child.name.lower() if _TAG_NAME.match(child.name) else "span"
            if tag == "html":
                tag = "div"
            if depth >= _MAX_DEPTH:
                if tag in _DROPPED:  # never text of the page (stripped from the tree below)
                    continue
                if tag in _BLOCK_TAGS:
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


# -- metadata -----------------------------------------------------------------

_META_NAMES: Final = {
    "og:title": "og_title",
    "twitter:title": "twitter_title",
    "description": "description",
    "og:description": "og_description",
    "og:site_name": "site_name",
    "author": "author",
    "article:author": "author",
    "article:published_time": "published",
    "og:url": "url",
    "date": "published",
    "dc.date": "published",
    "og:locale": "locale",
}


def _metadata(root: etree._Element) -> dict[str, str]:
    """Title, description, site name, author, date, URL and language from the head."""
    found: dict[str, str] = {}
    for element in root.iter("title", "meta", "link"):
        if element.tag == "title":
            text = " ".join("".join(element.itertext()).split())
            if text and "document_title" not in found:
                found["document_title"] = text
        elif element.tag == "meta":
            name = (element.get("property") or element.get("name") or "").lower()
            key = _META_NAMES.get(name)
            content = " ".join((element.get("content") or "").split())
            if key and content and key not in found:
                found[key] = content
        elif (element.get("rel") or "").lower() == "canonical" and element.get("href"):
            found.setdefault("url", element.get("href", ""))
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        found["lang"] = lang.strip()
    return found


# Runs of spaces are tried from their first space only ((?<!\s)), so that a
# long run costs its length, not its length squared. Wider than the text
# locator's separator (locate._TITLE_SEPARATOR): a <title> element is known to
# be a title, so "/" and unspaced dashes split it too; a page's first line is
# only maybe one, and "A/B testing" or "Jean–Paul" must stay whole there.
_TITLE_SEPARATOR: Final = regex.compile(
    r"(?<!\s)\s+[-|–—:•·»/]+\s+|(?<!\s)\s+[|｜–—»]\s*|[|｜–—»]\s*"
)


def _title_keys(metadata: dict[str, str]) -> frozenset[str]:
    """Keys a title heading may have: the titles, and their parts between separators."""
    keys: set[str] = set()
    for name in ("og_title", "twitter_title", "document_title"):
        title = metadata.get(name)
        if title:
            keys.add(line_key(title))
            keys.update(line_key(part) for part in _TITLE_SEPARATOR.split(title))
    keys.discard("")
    keys.discard(line_key(metadata.get("site_name", "")))
    return frozenset(keys)


# -- the walk: elements -> blocks ---------------------------------------------

_HEADINGS: Final = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_BLOCK_TAGS: Final = _HEADINGS | frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "  # noqa: SIM905
    "figcaption figure footer form header hgroup hr html legend li main menu nav ol p pre "
    "section summary table tbody thead tfoot tr td th caption ul".split()
)
# Text anywhere inside these is of their kind, whatever wraps it inside them.
_STICKY: Final = _HEADINGS | {"pre", "figcaption", "caption"}
_LIST_ITEMS: Final = frozenset({"li", "dt", "dd"})
_LISTS: Final = frozenset({"ul", "ol", "dl", "menu", "dir"})
_CELLS: Final = frozenset({"td", "th"})
# What makes a table row more than a row of cells: a layout table.
_ROW_BLOCKS: Final = tuple(
    "p div table ul ol dl li h1 h2 h3 h4 h5 h6 pre blockquote section article form br".split()  # noqa: SIM905
)
_CELL_SEPARATOR: Final = "\t"
_ALNUM: Final = regex.compile(r"\w")
# The same test for ASCII text, where the standard library's engine is quicker to call.
_ASCII_WORD: Final = re.compile(r"[0-9A-Za-z_]")
# Paths keep this many outermost and innermost segments: enough for any real
# page, and a tree nested 100,000 deep does not make every path 100,000
# segments long. The outer ones stay so that the page's top elements still
# hold every block (the locator sums blocks by element); a segment without an
# element stands for the ones left out.
_PATH_OUTER: Final = 16
_PATH_INNER: Final = 32
_PATH_GAP: Final = ".…"
_PATH_SEGMENTS: Final = _PATH_OUTER + _PATH_INNER


def _join_path(segments: list[str]) -> str:
    """A block's path from the segments open above it, shortened when very deep.

    >>> _join_path([f"div:{n}" for n in range(60)]).split("/")[15:18]
    ['div:15', '.…', 'div:28']
    """
    if len(segments) <= _PATH_SEGMENTS:
        return "/".join(segments)
    return "/".join([*segments[:_PATH_OUTER], _PATH_GAP, *segments[-_PATH_INNER:]])


# An open element of the walk: (kind, tokens, group), the kind of block its text
# makes, the tokens of the element and its ancestors, and the group (list or
# table) whose items print on adjacent lines. A tuple: one is made for most
# elements of the page, and a tuple costs a fraction of a class instance.
_Frame = tuple[str, frozenset[str], "int | None"]


@dataclass(slots=True)
class _Builder:
    """Collects the text of the current block and emits finished blocks."""

    title_keys: frozenset[str]
    blocks: list[Block] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    link_depth: int = 0
    frames: list[_Frame] = field(default_factory=list)
    segments: list[str] = field(default_factory=list)
    paragraph: int = -1
    last_group: int | None = None
    # set by a single <br>: the next block continues the same paragraph
    line_break: bool = False
    title_found: bool = False
    # the page's texts measured so far (see measure_once)
    measured: dict[str, Features] = field(default_factory=dict)
    # a long page: its words are interned (see features.INTERN_FROM_CHARS)
    interned: bool = False

    def add(self, text: str) -> None:
        self.pieces.append(text)
        if self.link_depth:
            self.link_chars += len(text.strip())

    def flush(self, *, verbatim: bool = False, kind: str | None = None) -> None:
        pieces = self.pieces
        if not pieces:
            return
        raw = "".join(pieces)
        pieces.clear()
        links = self.link_chars
        self.link_chars = 0
        if verbatim:
            text = raw.strip("\n\r")
            if not text.isprintable():
                # separators at its ends (\x0b, \u2028...) are newlines once normalised
                text = normalize_text(text).strip("\n")
            if not text.strip():
                return
        else:
            # Controls go before whitespace is folded: str.split() takes \x1c-\x1f for
            # spaces, and "approve\x1fd" would come out as "approve d". Most text holds
            # none: what normalize_text changes that str.split() would not fold alike
            # is \x1f, or shows once folded (a control, a lone surrogate: not printable).
            text = " ".join(raw.split())
            if "\x1f" in raw or not text.isprintable():
                text = " ".join(normalize_text(raw).split())
                if not text.isprintable():
                    text = normalize_text(text)
            # Folded, a text with a word character is never blank.
            if (_ASCII_WORD if text.isascii() else _ALNUM).search(text) is None:
                return
        kind_of_frame, tokens, frame_group = self.frames[-1]
        kind = kind or kind_of_frame
        # A frame inherits its parent's group (see _walk), so the innermost
        # frame knows it: no walk up a stack that may be 2,000 frames deep.
        group = frame_group if kind in _LIST_ITEMS or kind == "tr" else None
        if not self.line_break and (group is None or group != self.last_group):
            self.paragraph += 1
        self.last_group = group
        self.line_break = False
        if kind in _HEADINGS and not self.title_found and line_key(text) in self.title_keys:
            self.title_found = True
            tokens = tokens | {"title"}
        chars = len(text) - text.count(" ")
        # Each distinct text is measured once (features.measure_once, here without the call).
        features = self.measured.get(text)
        if features is None:
            features = self.measured[text] = measure(text, interned=self.interned)
        segments = self.segments
        blocks = self.blocks
        # Positional arguments: keywords cost more, once for every block of the page.
        blocks.append(
            Block(
                len(blocks),
                text,
                max(self.paragraph, 0),
                0,
                0,
                features,
                kind,
                "/".join(segments) if len(segments) <= _PATH_SEGMENTS else _join_path(segments),
                tokens,
                min(1.0, links / chars) if chars else 0.0,
            )
        )


# Elements whose classes describe the page ("single-post has-sidebar"), not a part of it.
_PAGE_TAGS: Final = frozenset({"html", "body"})
# What an element without attributes names: its tag alone.
_TAG_OWN: Final = {tag: frozenset({token}) for tag, token in _TAG_TOKENS.items()}
# Elements whose items print on adjacent lines (all of them block-level).
_GROUPS: Final = _LISTS | {"table"}


def _row_text(row: etree._Element) -> tuple[str, int]:
    """A row of plain cells as tab-separated text, and how many of its characters are links."""
    cells: list[str] = []
    links = 0
    for cell in row:
        if cell.tag in _CELLS:
            text = " ".join("".join(cell.itertext()).split())
            if text:
                cells.append(text)
            links += sum(len("".join(a.itertext()).strip()) for a in cell.iter("a"))
    return _CELL_SEPARATOR.join(cells), links


def _is_plain_row(row: etree._Element) -> bool:
    return next(row.iterdescendants(*_ROW_BLOCKS), None) is None


def _shown_anyway(element: etree._Element, root: etree._Element, total: list[int]) -> bool:
    """A hidden element that holds most of the page's text: a script would show it."""
    text = int(_TEXT_LENGTH(element))
    if text < 500:
        return False
    if not total:
        total.append(int(_TEXT_LENGTH(root)))
    return text > _HIDDEN_SHARE * total[0]


# The length of an element's text, counted by libxml2 without making a string of it.
_TEXT_LENGTH: Final = etree.XPath("string-length()")


def _walk(
    body: etree._Element,
    title_keys: frozenset[str],
    page_tokens: frozenset[str] = frozenset(),
    *,
    interned: bool = False,
) -> list[Block]:
    # One loop, with no calls per element but lxml's own: this runs for every
    # element of the page, and what a tag is comes from one lookup (_TAG_FLAGS).
    # A block element and an inline one with tokens push a frame of their own
    # and a path segment; any other inline element pushes its parent's frame
    # again (it changes nothing but where text comes from), so an end event
    # pops a segment exactly when the frame it pops is not the one under it.
    builder = _Builder(title_keys, interned=interned)
    total: list[int] = []  # the page's text length, measured when first needed
    frames = builder.frames
    frames.append(("div", page_tokens, None))
    push, pop = frames.append, frames.pop
    segments = builder.segments
    pieces = builder.pieces
    flush = builder.flush
    flags_of = _TAG_FLAGS.get
    # What elements name, by (tag, class...) and by word of a value (see
    # _concepts_of): most elements repeat a few values, within a page and from
    # page to page ("container", "col-md-8", "menu-item").
    seen = _CONCEPTS_SEEN
    if len(seen) > _CONCEPTS_KEPT:
        seen.clear()
    known = seen.get
    suffixes: dict[frozenset[str], str] = {NO_TOKENS: ""}
    number = 0
    # The flags of the open elements: an end event reads them here, not from
    # the element's tag again (a new string and a lookup, twice an element).
    opened: list[int] = []
    opens, closes = opened.append, opened.pop
    walker = etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        if event == "end":
            flags = closes()
            if flags & _IS_BLOCK:
                if pieces:
                    flush()
                builder.line_break = False
                pop()
                segments.pop()
            elif flags & _NO_FRAME:
                if flags & _IS_NOT_ELEMENT:  # only its tail counts
                    if element.tail:
                        builder.add(element.tail)
                    continue
            else:
                if flags & _IS_LINK:
                    builder.link_depth -= 1
                pop()
                if not flags & _SAME_FRAME:
                    segments.pop()
            text = element.tail
        else:
            tag = element.tag
            flags = flags_of(tag, 0)
            if flags & _NO_FRAME:
                opens(flags)
                if flags & _IS_BREAK:
                    number += 1
                    flush()
                    builder.line_break = not builder.line_break if builder.blocks else False
                continue
            number += 1
            names = element.keys()
            if not names:
                own = _TAG_OWN.get(tag, NO_TOKENS)
            elif flags & _IS_PAGE:
                own = NO_TOKENS
            else:
                # Most elements have a class and none of the rarer attributes,
                # and then the class alone is read. An id is nearly always
                # unique, so it is read apart from the rest: the rest repeats.
                get = element.get
                key: tuple[Any, ...] = (
                    (tag, get("class"))
                    if _RARE_ATTRIBUTES.isdisjoint(names)
                    else (
                        tag,
                        get("class"),
                        get("itemprop"),
                        get("role"),
                        get("style"),
                        get("hidden"),
                        get("aria-hidden"),
                    )
                )
                cached = known(key)
                if cached is None:
                    cached = seen[key] = _concepts_of(*key, words=seen)
                own = cached
                if "id" in names:
                    ident = get("id")
                    if ident:
                        named = _value_concepts(ident, seen)
                        if named:
                            own = own | named
            # Neither a block nor with tokens of its own, it reopens its parent's frame.
            opens(flags if flags & _IS_BLOCK or own else flags | _SAME_FRAME)
            if flags & _IS_LINK:
                builder.link_depth += 1
            if flags & _IS_BLOCK:
                if pieces:
                    flush()
                builder.line_break = False
                kind, tokens, group = frames[-1]
                if flags & _IS_STICKY or kind not in _STICKY:
                    kind = tag
                if own:
                    tokens = tokens | own
                if flags & _IS_GROUP:
                    group = number
                push((kind, tokens, group))
            elif own:
                kind, tokens, group = frames[-1]
                push((kind, tokens | own, group))
            else:
                push(frames[-1])
                text = element.text
                if text and (pieces or not text.isspace()):
                    pieces.append(text)
                    if builder.link_depth:
                        builder.link_chars += len(text.strip())
                continue
            suffix = suffixes.get(own)
            if suffix is None:
                suffix = suffixes[own] = "".join(f".{t}" for t in sorted(own))
            segments.append(f"{tag}:{number}{suffix}")
            if own and "hidden" in own and not _shown_anyway(element, body, total):
                walker.skip_subtree()  # its end event still closes it
                continue
            if flags & _IS_WHOLE and (tag == "pre" or _is_plain_row(element)):
                # iterwalk still sends this element's end event, which closes it
                walker.skip_subtree()
                _read_whole(builder, element, tag)
                continue
            text = element.text
        # Whitespace before a block's first words is dropped when it is flushed:
        # most text between tags is that, and a block made of it none.
        if text and (pieces or not text.isspace()):
            pieces.append(text)
            if builder.link_depth:
                builder.link_chars += len(text.strip())
    flush()
    if len(seen) > _CONCEPTS_KEPT:
        seen.clear()  # a page of a million class names does not stay in memory
    return builder.blocks


# The concepts of the (tag, class...) keys and the words of values the walk has
# read, kept across pages up to _CONCEPTS_KEPT of them (a few megabytes), then
# read afresh: a pure function of the key, so only the time it takes changes.
_CONCEPTS_SEEN: Final[dict[object, frozenset[str]]] = {}
_CONCEPTS_KEPT: Final = 20_000


# What the walk needs to know of a tag, in one lookup: bits of _TAG_FLAGS.
_IS_BLOCK: Final = 1  # a block element (_BLOCK_TAGS)
_IS_STICKY: Final = 2  # text anywhere inside is of its kind (_STICKY)
_IS_GROUP: Final = 4  # its items print on adjacent lines (_GROUPS)
_IS_LINK: Final = 8  # <a>
_IS_WHOLE: Final = 16  # read whole when plain: <pre>, <tr>
_IS_PAGE: Final = 32  # its classes describe the page (_PAGE_TAGS)
_IS_BREAK: Final = 64  # <br>
_IS_NOT_ELEMENT: Final = 128  # a comment, processing instruction or entity left over
_NO_FRAME: Final = _IS_BREAK | _IS_NOT_ELEMENT  # opens no frame and no segment
# Set as the element opens: it pushed its parent's frame again and opened no
# segment. (Not told by the frame's identity: compiled, a tuple is boxed anew
# each time it is read from the list.)
_SAME_FRAME: Final = 256
_TAG_FLAGS: Final[dict[object, int]] = {
    tag: (
        (_IS_BLOCK if tag in _BLOCK_TAGS else 0)
        | (_IS_STICKY if tag in _STICKY else 0)
        | (_IS_GROUP if tag in _GROUPS else 0)
        | (_IS_LINK if tag == "a" else 0)
        | (_IS_WHOLE if tag in ("pre", "tr") else 0)
        | (_IS_PAGE if tag in _PAGE_TAGS else 0)
        | (_IS_BREAK if tag == "br" else 0)
    )
    for tag in (*_BLOCK_TAGS, "a", "br")
}
_TAG_FLAGS.update(
    {etree.Entity: _IS_NOT_ELEMENT, etree.Comment: _IS_NOT_ELEMENT, etree.PI: _IS_NOT_ELEMENT}
)


def _read_whole(builder: _Builder, element: etree._Element, tag: str) -> None:
    """The text of a ``<pre>`` (verbatim) or a plain table row, as one block."""
    if tag == "pre":
        builder.add("".join(element.itertext()))
        builder.flush(verbatim=True)
        return
    text, links = _row_text(element)
    builder.add(text)
    builder.link_chars = links
    builder.flush(verbatim=True, kind="tr")


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
    metadata = _metadata(root)
    title_keys = _title_keys(metadata)
    _open_swallowing_buttons(root)
    etree.strip_elements(root, *_DROPPED, with_tail=False)
    blocks = _walk(root, title_keys, page_tokens, interned=interned)
    _name_title(metadata, blocks)
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


def declared_thread(blocks: Sequence[Block]) -> bool:
    """Whether the page these blocks were read from declares itself a discussion."""
    return bool(blocks) and "thread" in blocks[0].dom_tokens


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
        if len(button) and _TEXT_LENGTH(button) > _BUTTON_CHARS:
            button.tag = "span"


def valid_utf8(data: bytes) -> bytes | None:
    """``data`` without its UTF-8 byte order mark if it is well-formed UTF-8, else None.

    Checked a megabyte at a time, so that a large page is never held twice.

    >>> valid_utf8("\ufeff<p>Grüße</p>".encode())
    b'<p>Gr\\xc3\\xbc\\xc3\\x9fe</p>'
    >>> valid_utf8(b"<p>Gr\\xfc\\xdfe</p>") is None
    True
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # and the UTF-32 marks, which begin with these
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    view = memoryview(data)
    try:
        for start in range(0, len(data), _CHECK_STEP):
            decoder.decode(view[start : start + _CHECK_STEP])
        decoder.decode(b"", True)
    except UnicodeDecodeError:
        return None
    return data


_CHECK_STEP: Final = 1 << 20


def _name_title(metadata: dict[str, str], blocks: Iterable[Block]) -> None:
    """The page's title: its title heading, else og:title, else ``<title>``."""
    heading = next((b.text for b in blocks if "title" in b.dom_tokens), None)
    title = heading or metadata.get("og_title") or metadata.get("document_title")
    if title:
        metadata["title"] = title


# -- paths --------------------------------------------------------------------


def path_segments(path: str) -> list[str]:
    """The segments of a block's path, outermost first.

    >>> path_segments("body:1/div:4.sidebar/p:9")
    ['body:1', 'div:4.sidebar', 'p:9']
    """
    return path.split("/") if path else []


_ELEMENT_ID: Final = re.compile(r"(?:^|/)([^/.]+)")


def element_ids(path: str) -> list[str]:
    """The elements (``tag:N``) of a block's path, outermost first.

    >>> element_ids("body:1/div:4.sidebar.nav/p:9")
    ['body:1', 'div:4', 'p:9']
    """
    return _ELEMENT_ID.findall(path)


def element_ids_known(path: str, known: dict[str, list[str]]) -> list[str]:
    """:func:`element_ids` of ``path``, read from the nearest path above it in ``known``
    (the paths one pass over a page has read; ``{}`` to start) a segment at a time,
    not scanned whole: a page's paths share most of their segments. The list is
    shared with ``known``: the caller must not change it.

    >>> known = {}
    >>> element_ids_known("body:1/div:4.sidebar/p:9", known), known["body:1/div:4.sidebar"]
    (['body:1', 'div:4', 'p:9'], ['body:1', 'div:4'])
    """
    ids = known.get(path)
    if ids is not None:
        return ids
    # (a path, its last segment's element) up to the nearest path known
    pending: list[tuple[str, str]] = []
    ids = []
    while True:
        parent, _, last = path.rpartition("/")
        pending.append((path, last.partition(".")[0]))
        if not parent:
            break
        path = parent
        found = known.get(path)
        if found is not None:
            ids = found
            break
    for walked, own in reversed(pending):
        if own:  # a segment that names no element (the gap of a shortened path) adds none
            ids = [*ids, own]
        known[walked] = ids
    return ids


def segment_id(segment: str) -> str:
    """The element a segment names (``tag:N``), without its tokens.

    >>> segment_id("div:4.related.sidebar")
    'div:4'
    """
    return segment.split(".", 1)[0]


def segment_tokens(segment: str) -> list[str]:
    """The tokens of one path segment.

    >>> segment_tokens("div:4.related.sidebar")
    ['related', 'sidebar']
    """
    return segment.split(".")[1:]
