"""Menus, skip links, search boxes, breadcrumbs and pagination."""

from __future__ import annotations

from typing import Final

from cleaner import lang
from cleaner.measure.features import may_open
from cleaner.rules._base import (
    Block,
    Config,
    Iterator,
    Sequence,
    Verdict,
    line_key,
    phrase_rule,
)
from cleaner.verdicts import CONTEXT, FURNITURE, LINE, Declaration

# A notice about the browser is a sentence or two.
_NOTICE_WORDS: Final = 40


def navigation(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Site controls: skip links, menu, sort and search labels, language pickers,
    and the site's notices about the browser ("JavaScript is disabled").

    >>> from cleaner.rules._base import demo
    >>> demo(navigation, "Skip to content\\nMenu\\nSearch\\nSearch engines changed how we read.")
    ['Skip to content', 'Menu', 'Search']

    Keeps: "Search engines changed how we read." (a sentence, not a control).
    """
    for block in blocks:
        if block.features.words <= 6 and block.features.key in lang.NAV_LINES:
            yield Verdict(block.index, "navigation", "a navigation control", FURNITURE)
    yield from phrase_rule(
        blocks, "navigation", {"browser": _NOTICE_WORDS}, "a notice about the browser", FURNITURE
    )


NAVIGATION: Final = Declaration(
    navigation,
    LINE,
    (FURNITURE,),
    '"Skip to content", "Menu", "Search", language pickers',
    reads=("navigation",),
)


# A trail that ends in the page's title: its crumbs and the title's words.
_TITLED_TRAIL_WORDS: Final = 30


def breadcrumb(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Breadcrumb trails: a trail of places, short crumbs joined by ">", "»", "/" or "|".

    >>> from cleaner.rules._base import demo
    >>> demo(breadcrumb, "Home > News > World\\nStartseite » Politik\\nNews | Politics | Europe\\nMarch 12, 2024 | 4 min read\\nLog in | Register\\nRevenue rose 4% > forecasts, analysts said.")
    ['Home > News > World', 'Startseite » Politik', 'News | Politics | Europe']

    A trail may end in the page's own title, however long ("News › US ›
    Lifestyle › Coffee lovers rejoice: ..."), after two short crumbs or more.
    A slash or a bar also joins pairs, ratios and rows of other things: a trail
    joined by them has three crumbs or more, each a place: no figure, no label
    with its colon.

    Keeps: lines that end like a sentence, crumbs longer than a few words, rows
    of metadata or controls ("March 12, 2024 | 4 min read", "Log in | Register"),
    and preformatted text (a shell command: "pip freeze > requirements.txt").
    """
    for block in blocks:
        features = block.features
        text = block.text
        if (
            features.words > _TITLED_TRAIL_WORDS
            or features.terminal
            or "«" in text  # « guillemets » quote, they do not separate crumbs
            or not lang.CRUMB_SEPARATORS.found(text)
            # Preformatted text is code or verbatim output ("pip freeze > requirements.txt",
            # samples/id-html-tutorial-komentar), where ">" redirects.
            or block.tag == "pre"
        ):
            continue
        if lang.TITLED_TRAIL.match(text):
            crumbs = lang.BREADCRUMB_SEP.split(text.strip())
            if len(crumbs[-1].split()) > 6 and all(0 < len(c.split()) <= 6 for c in crumbs[:-1]):
                yield Verdict(
                    block.index,
                    "breadcrumb",
                    f"a trail of {len(crumbs)} crumbs to the page",
                    FURNITURE,
                )
                continue
        if features.words > 16 or not lang.BREADCRUMB.match(text):
            continue
        crumbs = lang.BREADCRUMB_SEP.split(text.strip())
        if not all(0 < len(c.split()) <= 6 for c in crumbs):
            continue
        # An arrow leads from place to place. Terms joined by a slash or a bar are as
        # often a pair, a ratio or a place ("Midtown / Automobile Alley", "4.7 / 5"),
        # a row of metadata ("March 12, 2024 | 4 min read") or of nutrients
        # ("Calories: 196kcal | Carbohydrates: 32g") as a trail.
        if not lang.ARROW_SEPARATOR.search(text) and (
            len(crumbs) < 3 or not all(_place(c) for c in crumbs)
        ):
            continue
        yield Verdict(block.index, "breadcrumb", f"a trail of {len(crumbs)} crumbs", FURNITURE)


BREADCRUMB: Final = Declaration(
    breadcrumb,
    LINE,
    (FURNITURE,),
    'a trail of places: "Home > News > World", "News | Politics | Europe"',
)


def _place(crumb: str) -> bool:
    """Whether a crumb can name a place of a site: no figure, no "label:" in it."""
    return not any(c.isdigit() for c in crumb) and ":" not in crumb


def pagination(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Pagination: "Next »", "Previous article", "1 2 3 … 10", "Page 2 of 5".

    >>> from cleaner.rules._base import demo
    >>> demo(pagination, "« Previous\\nNext page\\n1 2 3 … 9 Next\\nPrevious post: How to Pick a Pot\\nThe next page of history is unwritten.")
    ['« Previous', 'Next page', '1 2 3 … 9 Next', 'Previous post: How to Pick a Pot']

    A link to the previous or next post with the post's title after a colon
    ("Previous post: How to Pick a Pot", "上一篇：上海举办国际书展") is one too.

    Keeps: sentences that begin with "Next" or "Previous".
    """
    for block in blocks:
        features = block.features
        if (
            features.words <= 14
            and may_open(features, lang.PAGINATION_OPENINGS)
            and lang.PAGINATION.match(features.key)
        ):
            yield Verdict(block.index, "pagination", "a pagination control", FURNITURE)
        elif features.words <= _POST_TITLE_WORDS and ":" in features.key:
            label, title = features.key.split(":", 1)
            if title.strip() and line_key(label) in lang.POST_LINKS:
                yield Verdict(
                    block.index, "pagination", "a link to another post, with its title", FURNITURE
                )


PAGINATION: Final = Declaration(
    pagination,
    LINE,
    (FURNITURE,),
    '"Next »", "Page 2 of 5", "1 2 3 … 9"',
    reads=("navigation",),
)


# A post's title is a line of a few words.
_POST_TITLE_WORDS: Final = 20


def post_navigation(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """The titles of the posts before and after this one, each under its "Previous"
    or "Next" link (the links themselves are ``pagination``'s).

    >>> from cleaner.rules._base import demo
    >>> demo(post_navigation, "The last line of the post.\\nPrevious Post\\nHow to Pick a Pot\\nNext Post\\nWhy Roses Need Sun")
    ['How to Pick a Pot', 'Why Roses Need Sun']

    Keeps: a line after a "Next" that is not a title (a paragraph, another link).
    """
    for block, below in zip(blocks, blocks[1:], strict=False):
        if (
            block.features.words <= 3
            and block.features.key in lang.POST_LINKS
            and 0 < below.features.words <= _POST_TITLE_WORDS
            and below.features.key not in lang.POST_LINKS
        ):
            yield Verdict(
                below.index,
                "post_navigation",
                f"the post a {block.text.strip()!r} link names",
                FURNITURE,
            )


POST_NAVIGATION: Final = Declaration(
    post_navigation,
    CONTEXT,
    (FURNITURE,),
    'the title of the previous or next post, under its "Previous post" / "Next" link',
    reads=("navigation",),
)
