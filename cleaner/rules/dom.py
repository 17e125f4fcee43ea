"""What the markup says: boilerplate containers, link lists, the title heading.

These rules read the DOM fields the HTML reader fills (``tag``, ``path``,
``dom_tokens``, ``link_density``); blocks read from plain text have none, so
the rules never fire in text mode.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from cleaner.measure.features import is_prose
from cleaner.page import COPY_WORDS, GAP, MAX_COPIES, NO_ELEMENTS, Element, declared_thread
from cleaner.read.html import parse_html
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict
from cleaner.verdicts import CAPTION, DOM, FURNITURE, TITLE, Declaration

# Class, id, role and tag concepts that name a page's furniture.
_BOILERPLATE: Final = frozenset(
    [
        "nav",
        "footer",
        "sidebar",
        "share",
        "related",
        "comment",
        "cookie",
        "newsletter",
        "promo",
        "breadcrumb",
        "pagination",
        "modal",
        "feedback",
    ]
)
# Concepts that name furniture only when small: an article's header holds its
# title and byline, its meta line the date and tags.
_SMALL_BOILERPLATE: Final = frozenset(["header", "author", "meta"])
_ANY_FURNITURE: Final = _BOILERPLATE | _SMALL_BOILERPLATE
# Furniture names that an element around the page's title cannot mean.
_TITLED_OK: Final = frozenset({"comment"})
# A container named like boilerplate is the page itself (a "has-sidebar"
# layout, a forum thread's "comments") when it holds at least this share of the
# page's prose and the prose outside every such container is under
# ``_CLEAN_SHARE`` of its own: comments under an article are not the page.
_PAGE_SHARE: Final = 0.5
_CLEAN_SHARE: Final = 0.25
_CLEAN_WORDS: Final = 150
_CLEAN_MIN_WORDS: Final = 40
_COMMENTS: Final = frozenset({"comment"})
# Concepts a large element vouches for in its parts: a thread's "comments"
# hold its posts, each a "comment". A page wrapper called "has-sidebar" or
# "nav-open" vouches for no sidebar or menu inside it.
_VOUCHABLE: Final = _COMMENTS
_SMALL_SHARE: Final = 0.15
# An element marked as an article that holds this share of the page's prose
# is the article, whatever its wrappers are called (like <main>).
_ARTICLE_SHARE: Final = 0.5
# Furniture names for ways around a site, and the words of running sentences
# past which an element so named is taken for content all the same.
_NAVIGATION: Final = frozenset({"nav", "breadcrumb", "pagination"})
_NAV_PROSE_WORDS: Final = 150
# Link-dense blocks: at least this share of characters in links...
_LINK_DENSITY: Final = 0.6
# ...and at most this many words: menu entries and tag clouds. Longer link
# text is a teaser or a listing's item, which only the page's shape tells apart
# (the locator's container does).
_LINK_WORDS: Final = 5


def _demo(rule: object, html: str) -> list[str]:
    """The block texts ``rule`` removes from ``html`` (for doctests)."""
    blocks = parse_html(html).blocks
    removed = {v.index for v in rule(blocks, Config())}  # type: ignore[operator]
    return [b.text for b in blocks if b.index in removed]


def _prose_weight(block: Block) -> float:
    """Words of running text a block holds, link text discounted."""
    return block.features.words * (1.0 - block.link_density)


def _element_weights(
    blocks: Sequence[Block], prose_words: int
) -> tuple[dict[Element, float], float, float, dict[Element, float]]:
    """Prose words under every element of the blocks, the page's total, the total of
    blocks under no element named like boilerplate, and the words of running
    sentences (``is_prose`` blocks) under every element."""
    weights: dict[Element, float] = defaultdict(float)
    sentences: dict[Element, float] = defaultdict(float)
    total = clean = 0.0
    for block in blocks:
        weight = block.features.words * (1.0 - block.link_density)  # _prose_weight
        total += weight
        if weight:
            if block.dom_tokens.isdisjoint(_BOILERPLATE):
                clean += weight
            elements = block.elements
            for element in elements:
                if element is not GAP:
                    weights[element] += weight
            if is_prose(block.features, prose_words):
                for element in elements:
                    if element is not GAP:
                        sentences[element] += weight
    return weights, total, clean, sentences


@dataclass(frozen=True, slots=True)
class _PageProse:
    """How a page's prose is spread over its elements."""

    weights: dict[Element, float]
    total: float
    clean: float
    #: words of running sentences under each element
    sentences: dict[Element, float]
    #: the elements around the page's title heading
    titled: frozenset[Element] = frozenset()
    #: concepts that are content on this page ("comment" on a forum thread)
    content: frozenset[str] = frozenset()
    #: whether comments are plain blocks rather than posts marked as articles
    #: (a forum's replies often are <article class="comment">, like its first post)
    plain_comments: bool = False

    def holds_article(self, element: Element) -> bool:
        """Whether an element marked as an article holds much of the page's prose."""
        share = self.weights.get(element, 0.0) / self.total if self.total else 0.0
        return share >= _ARTICLE_SHARE

    def furniture(self, element: Element, vouched: frozenset[str]) -> str | None:
        """The furniture concept ``element`` names, if it is furniture."""
        tokens = element.tokens
        if not tokens or "article" in tokens:
            return None
        if element in self.titled and _TITLED_OK.issuperset(_ANY_FURNITURE.intersection(tokens)):
            return None  # the page's title is inside: a forum thread's "comment"
        weight = self.weights.get(element, 0.0)
        share = weight / self.total if self.total else 0.0
        if (
            share >= _PAGE_SHARE
            and strong_names(tokens)
            and (
                self.clean >= _CLEAN_SHARE * weight
                # A short article under a long comment thread is still the article;
                # a "sidebar-container" around nearly all the prose is the page's layout.
                or (self.clean >= _CLEAN_WORDS and "comment" in tokens)
                # Comments under a short post are still comments.
                or (
                    self.plain_comments
                    and self.clean >= _CLEAN_MIN_WORDS
                    and _BOILERPLATE.intersection(tokens) <= _COMMENTS
                )
            )
        ):
            share = 0.0  # an article stands elsewhere: this is not the page
        strong = _BOILERPLATE.intersection(tokens) - vouched
        if strong & _NAVIGATION and self.sentences.get(element, 0.0) >= _NAV_PROSE_WORDS:
            # Menus hold links and labels, not paragraphs: a "content-nav-section"
            # around an article's running text is no menu.
            strong -= _NAVIGATION
        small = _SMALL_BOILERPLATE.intersection(tokens) - vouched
        if (strong and share < _PAGE_SHARE) or (small and share < _SMALL_SHARE):
            return sorted(strong or small)[0]
        return None


# What the walk down a block's elements has found: the furniture concept (None
# while they are clean) and the concepts vouched for by large elements above.
_State = tuple["str | None", frozenset[str]]


def _step(state: _State, element: Element, prose: _PageProse) -> _State:
    """The state one element further down, for an element that names concepts.

    The innermost ``<main>`` (or role=main) starts afresh: the page says the
    main content is there, whatever its wrappers are called. Below it, the
    first furniture element decides; a large element that names a concept
    vouches for its parts that name it again (each post of a forum thread is
    a "comment" inside "comments").
    """
    tokens = element.tokens
    if "main" in tokens or ("article" in tokens and prose.holds_article(element)):
        return (None, prose.content)
    name, vouched = state
    if name is not None or "article" in tokens:
        return state
    found = prose.furniture(element, vouched)
    return (found, vouched) if found else (None, vouched.union(_VOUCHABLE.intersection(tokens)))


def _block_state(block: Block, prose: _PageProse, cache: dict[Element, _State]) -> _State:
    """The state at the block's own element, walked down from the nearest element
    above it already walked (``cache``: each element's state; blocks of one
    element, and elements of one parent, share the way down).

    A block of a page nested very deep has its outermost elements, GAP and its
    innermost (see page.Block.elements): its way down is walked past GAP afresh.
    """
    elements = block.elements
    if GAP in elements:
        at = elements.index(GAP)
        state = _walked_state(elements, at, prose, cache)
        for element in elements[at + 1 :]:
            if element.tokens:
                state = _step(state, element, prose)
        return state
    return _walked_state(elements, len(elements), prose, cache)


def _walked_state(
    elements: tuple[Element, ...], end: int, prose: _PageProse, cache: dict[Element, _State]
) -> _State:
    """The state after ``elements[:end]`` (elements whose way down is all there),
    walked down from the nearest of them in ``cache``; every one on the way goes in."""
    start = end
    while start and elements[start - 1] not in cache:
        start -= 1
    state = cache[elements[start - 1]] if start else prose_top(prose)
    for element in elements[start:end]:
        # An element that names no concept changes nothing.
        if element.tokens:
            state = _step(state, element, prose)
        cache[element] = state
    return state


def prose_top(prose: _PageProse) -> _State:
    """The state above the document: nothing found, the page's content vouched for."""
    return (None, prose.content)


def _is_thread(blocks: Sequence[Block], title: tuple[Element, ...], config: Config) -> bool:
    """Whether the page is a forum thread: its title heading sits in a "comment", or
    the first prose after the title does. Every post is a comment there, and
    the posts are the page.
    """
    if declared_thread(blocks):
        return True  # the page says so (schema.org DiscussionForumPosting, QAPage)
    if any("comment" in element.tokens for element in title):
        return True
    start = next((i for i, b in enumerate(blocks) if "title" in b.dom_tokens), 0)
    first = next((b for b in blocks[start:] if is_prose(b.features, config.prose_words)), None)
    return first is not None and "comment" in first.dom_tokens


def strong_names(tokens: Iterable[str]) -> bool:
    """Whether a segment's tokens name furniture that is never an article's part."""
    return not _BOILERPLATE.isdisjoint(tokens)


def dom_boilerplate(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Blocks inside a ``<nav>``, ``<aside>``, ``<footer>`` or an element whose class or id
    names furniture (share, related, comments, cookie, newsletter, ads, sidebar...).

    >>> _demo(dom_boilerplate, '<nav><a href=/>Home</a></nav><p>The council met on Monday '
    ...       'evening and approved the budget.</p><div class="share-bar">Share</div>')
    ['Home', 'Share']

    Keeps: a container named like furniture that holds most of the page's
    prose (``<div id="page" class="has-sidebar">`` around the article), and
    everything inside a ``<main>``, whatever its wrappers are called.
    """
    title = next((b.elements for b in blocks if "title" in b.dom_tokens), NO_ELEMENTS)
    content = frozenset({"comment"}) if _is_thread(blocks, title, config) else frozenset()
    plain_comments = not any(
        "comment" in b.dom_tokens and "article" in b.dom_tokens for b in blocks
    )
    prose = _PageProse(
        *_element_weights(blocks, config.prose_words),
        frozenset(element for element in title if element is not GAP),
        content,
        plain_comments,
    )
    cache: dict[Element, _State] = {}
    for block in blocks:
        if block.dom_tokens.isdisjoint(_ANY_FURNITURE):
            continue
        name = _block_state(block, prose, cache)[0]
        if name is not None:
            yield Verdict(block.index, "dom_boilerplate", f"inside a {name} element", FURNITURE)


DOM_BOILERPLATE: Final = Declaration(
    dom_boilerplate,
    DOM,
    (FURNITURE,),
    "HTML: <nav>, <footer>, <aside> and elements named for furniture (share, related, cookie, sidebar, ...)",
)


def link_list(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Short blocks that are mostly link text: menus, tag clouds, teaser titles.

    >>> _demo(link_list, '<div><a href=/a>World</a> <a href=/b>Sport</a></div><p>The '
    ...       '<a href=/c>council</a> approved the budget after a long debate.</p>')
    ['World Sport']

    Keeps: sentences with a link in them ("The council approved...").
    """
    for block in blocks:
        if block.link_density >= _LINK_DENSITY and block.features.words <= _LINK_WORDS:
            yield Verdict(
                block.index, "link_list", f"{block.link_density:.0%} link text", FURNITURE
            )


LINK_LIST: Final = Declaration(
    link_list,
    DOM,
    (FURNITURE,),
    "HTML: short blocks that are mostly links",
)


# A figure's text longer than this is not a caption but content set in a figure.
_CAPTION_WORDS: Final = 60


def figure_caption(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Captions and credits of images: a ``<figcaption>``, or text set in a ``<figure>``.

    >>> _demo(figure_caption, '<figure><img src=a.jpg><figcaption>The mayor at the opening. '
    ...       '(Photo: J. Doe)</figcaption></figure><p>The mayor opened the bridge.</p>')
    ['The mayor at the opening. (Photo: J. Doe)']

    Keeps: a table's ``<caption>``, a table set in a figure, and long text a page
    sets in a figure.
    """
    for block in blocks:
        if block.features.words > _CAPTION_WORDS:
            continue
        if block.tag == "figcaption" or _in_figure(block.elements):
            yield Verdict(block.index, "figure_caption", "an image caption", CAPTION)


FIGURE_CAPTION: Final = Declaration(
    figure_caption,
    DOM,
    (CAPTION,),
    "HTML: <figcaption> and caption blocks",
)


# The reason given for a copy the locator finds in a text page's article (text
# has no tree to read copies from): the pipeline gives it under this rule's name.
HELD_COPY: Final = "a copy of a line the article already holds"


def _in_figure(elements: tuple[Element, ...]) -> bool:
    """Whether a block sits in a ``<figure>``, but not in a table set in it (a chart's
    data is content, row by row). The document's root is no figure."""
    for element in reversed(elements[1:]):
        if element.tag == "figure":
            return True
        if element.tag == "table":
            return False
    return False


def duplicate_block(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """A second copy of a block: slider and carousel clones, captions repeated in a
    gallery, a summary printed again for small screens.

    >>> slide = '<div class=slide><p>The new bridge over the river opened to traffic on Monday morning.</p></div>'
    >>> _demo(duplicate_block, slide + slide)
    ['The new bridge over the river opened to traffic on Monday morning.']

    Keeps: the first copy that is not a quotation (a reply quoting a post, a
    pull quote), short lines that repeat ("Chorus", "Step 2", "Eat 1-2
    hours after your workout"), and every copy of a block printed more than
    ``MAX_COPIES`` times.
    """
    keep: dict[str, Block] = {}
    copies: Counter[str] = Counter()
    for block in blocks:
        if block.features.words < COPY_WORDS or not block.tag:
            continue
        copies[block.text] += 1
        kept = keep.get(block.text)
        if kept is None or (_quoted(kept) and not _quoted(block)):
            keep[block.text] = block
    for text in _refrains(blocks, copies):
        del keep[text]
    for block in blocks:
        kept = keep.get(block.text)
        if kept is not None and kept.index != block.index:
            yield Verdict(block.index, "duplicate_block", "a copy of another block", FURNITURE)


DUPLICATE_BLOCK: Final = Declaration(
    duplicate_block,
    DOM,
    (FURNITURE,),
    "HTML: slider clones and teasers printed twice; text: a line of ten words or more that the article prints two to four times (the first copy stays)",
)


def _refrains(blocks: Sequence[Block], copies: Counter[str]) -> list[str]:
    """The texts of ``copies`` printed more than ``MAX_COPIES`` times, each time in
    the same element: the lines of one list or one text that recur in it. Copies
    spread over the page's posts or sections are copies (a quoted post, a
    placeholder text)."""
    frequent = {text for text, count in copies.items() if count > MAX_COPIES}
    if not frequent:
        return []
    parents: dict[str, set[Element | None]] = defaultdict(set)
    for block in blocks:
        if block.text in frequent:
            elements = block.elements
            parents[block.text].add(elements[-2] if len(elements) > 1 else None)
    return [text for text in frequent if len(parents[text]) == 1]


def _quoted(block: Block) -> bool:
    """Inside a quotation: a reply quoting a post, a pull quote."""
    return any(element.tag == "blockquote" for element in block.elements)


def title_heading(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """The heading that repeats the document's ``<title>``: the page's title, which the
    HTML reader puts in ``explain(...).metadata["title"]`` rather than in the body.

    >>> _demo(title_heading, '<title>Storm hits coast - Daily</title><h1>Storm hits coast</h1>'
    ...       '<h2>What happened</h2>')
    ['Storm hits coast']

    Keeps: every other heading, including one that repeats the title later.
    """
    for block in blocks:
        if "title" in block.dom_tokens:
            yield Verdict(block.index, "title_heading", "the page title (kept as metadata)", TITLE)


TITLE_HEADING: Final = Declaration(
    title_heading,
    DOM,
    (TITLE,),
    'HTML: the headline (kept in explain(...).metadata["title"])',
)
