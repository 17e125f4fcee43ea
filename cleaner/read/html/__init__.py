"""The HTML reader: HTML -> blocks carrying DOM features, and the page's metadata.

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
- ``elements``: the block-level elements (and the inline ones with a token)
  from the document down to the block, each an :class:`~cleaner.page.Element`
  (tag, number in document order, tokens, parent) that the walk makes once:
  two blocks share an ancestor exactly when they hold the same object
  (``path`` writes them as text, ``body:1/div:4.related/p:9``);
- ``dom_tokens``: the union of their tokens: concepts read from class, id,
  role and itemprop (``share``, ``related``, ``comment``, ``nav``...) and
  from the tags themselves (``<nav>``, ``<aside>``, ``<footer>``...), plus
  ``title`` on the heading that repeats the document's title;
- ``link_density``: the share of its characters inside links.

Items of one list, rows of one table and lines broken by a single ``<br>``
share a paragraph number, so that they print on adjacent lines; every other
block is a paragraph of its own.
"""

from __future__ import annotations

from cleaner.read.html.decode import declared_encoding, decode_html
from cleaner.read.html.parse import HtmlPage, parse_html
from cleaner.read.html.sniff import looks_like_html

__all__ = ["HtmlPage", "declared_encoding", "decode_html", "looks_like_html", "parse_html"]
