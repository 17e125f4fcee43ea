"""The walk: the parsed tree -> blocks, and the page's elements.

One pass over the tree with an explicit stack (lxml's ``iterwalk``), never
recursion. Each block element, and each inline one that names a concept,
becomes one :class:`~cleaner.page.Element`, made once and shared by the
blocks inside it; each block is the text of one block element that is not
inside one of its block children. See :mod:`cleaner.read.html` for what a
block carries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

import regex
from lxml import etree

from cleaner.lang.script import line_key
from cleaner.measure.features import Features, measure
from cleaner.page import GAP, INNER_ELEMENTS, NO_TOKENS, OUTER_ELEMENTS, Block, Element
from cleaner.read.html.concepts import RARE_ATTRIBUTES, TAG_TOKENS, concepts_of, value_concepts
from cleaner.read.text import normalize_text

_HEADINGS: Final = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
BLOCK_TAGS: Final = _HEADINGS | frozenset(
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
# A block holds its elements whole up to this many (see page.OUTER_ELEMENTS).
_ELEMENTS: Final = OUTER_ELEMENTS + INNER_ELEMENTS


def block_elements(open_elements: list[Element]) -> tuple[Element, ...]:
    """A block's elements from the elements open above it, the middle ones left out
    (:data:`~cleaner.page.GAP`) when very deep.

    >>> chain = block_elements([Element("div", n, frozenset(), None) for n in range(60)])
    >>> [element.segment for element in chain[15:18]]
    ['div:15', '.…', 'div:28']
    """
    if len(open_elements) <= _ELEMENTS:
        return tuple(open_elements)
    return (*open_elements[:OUTER_ELEMENTS], GAP, *open_elements[-INNER_ELEMENTS:])


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
    #: the elements open above the text being read (block-level ones, and inline
    #: ones that name a concept), outermost first
    open_elements: list[Element] = field(default_factory=list)
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
        # A frame inherits its parent's group (see walk), so the innermost
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
        opened = self.open_elements
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
                tuple(opened) if len(opened) <= _ELEMENTS else block_elements(opened),
                tokens,
                min(1.0, links / chars) if chars else 0.0,
            )
        )


# Elements whose classes describe the page ("single-post has-sidebar"), not a part of it.
_PAGE_TAGS: Final = frozenset({"html", "body"})
# What an element without attributes names: its tag alone.
_TAG_OWN: Final = {tag: frozenset({token}) for tag, token in TAG_TOKENS.items()}
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
    text = int(TEXT_LENGTH(element))
    if text < 500:
        return False
    if not total:
        total.append(int(TEXT_LENGTH(root)))
    return text > _HIDDEN_SHARE * total[0]


# The length of an element's text, counted by libxml2 without making a string of it.
TEXT_LENGTH: Final = etree.XPath("string-length()")


def walk(
    body: etree._Element,
    title_keys: frozenset[str],
    page_tokens: frozenset[str] = frozenset(),
    *,
    interned: bool = False,
) -> list[Block]:
    # One loop, with no calls per element but lxml's own: this runs for every
    # element of the page, and what a tag is comes from one lookup (_TAG_FLAGS).
    # A block element and an inline one with tokens push a frame of their own
    # and an Element; any other inline element pushes its parent's frame again
    # (it changes nothing but where text comes from), so an end event pops an
    # Element exactly when the frame it pops is not the one under it.
    builder = _Builder(title_keys, interned=interned)
    total: list[int] = []  # the page's text length, measured when first needed
    frames = builder.frames
    frames.append(("div", page_tokens, None))
    push, pop = frames.append, frames.pop
    open_elements = builder.open_elements
    pieces = builder.pieces
    flush = builder.flush
    flags_of = _TAG_FLAGS.get
    # What elements name, by (tag, class...) and by word of a value (see
    # concepts_of): most elements of a page repeat a few values ("container",
    # "col-md-8", "menu-item"). Kept for this page only: a call's result depends
    # on its page alone, and so does its memory.
    seen: dict[object, frozenset[str]] = {}
    known = seen.get
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
                open_elements.pop()
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
                    open_elements.pop()
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
                    if RARE_ATTRIBUTES.isdisjoint(names)
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
                    cached = seen[key] = concepts_of(*key, words=seen)
                own = cached
                if "id" in names:
                    ident = get("id")
                    if ident:
                        named = value_concepts(ident, seen)
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
            open_elements.append(
                Element(tag, number, own, open_elements[-1] if open_elements else None)
            )
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
    return builder.blocks


# A hidden element holding more than this share of the page's text is shown by
# a script the page expects to run (a whole article under display:none): kept.
_HIDDEN_SHARE: Final = 0.5


# What the walk needs to know of a tag, in one lookup: bits of _TAG_FLAGS.
_IS_BLOCK: Final = 1  # a block element (BLOCK_TAGS)
_IS_STICKY: Final = 2  # text anywhere inside is of its kind (_STICKY)
_IS_GROUP: Final = 4  # its items print on adjacent lines (_GROUPS)
_IS_LINK: Final = 8  # <a>
_IS_WHOLE: Final = 16  # read whole when plain: <pre>, <tr>
_IS_PAGE: Final = 32  # its classes describe the page (_PAGE_TAGS)
_IS_BREAK: Final = 64  # <br>
_IS_NOT_ELEMENT: Final = 128  # a comment, processing instruction or entity left over
_NO_FRAME: Final = _IS_BREAK | _IS_NOT_ELEMENT  # opens no frame and no Element
# Set as the element opens: it pushed its parent's frame again and opened no
# Element. (Not told by the frame's identity: compiled, a tuple is boxed anew
# each time it is read from the list.)
_SAME_FRAME: Final = 256
_TAG_FLAGS: Final[dict[object, int]] = {
    tag: (
        (_IS_BLOCK if tag in BLOCK_TAGS else 0)
        | (_IS_STICKY if tag in _STICKY else 0)
        | (_IS_GROUP if tag in _GROUPS else 0)
        | (_IS_LINK if tag == "a" else 0)
        | (_IS_WHOLE if tag in ("pre", "tr") else 0)
        | (_IS_PAGE if tag in _PAGE_TAGS else 0)
        | (_IS_BREAK if tag == "br" else 0)
    )
    for tag in (*BLOCK_TAGS, "a", "br")
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
