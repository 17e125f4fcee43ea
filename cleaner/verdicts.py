"""What a rule says about a block: a :class:`Verdict`, and the :data:`Kind` of block it names.

The reason code (``rule``) and the reason (``why``) are for people: what
``explain`` prints, what ``--disable`` takes. The locator reads neither: it
prices a verdict by its ``kind`` (what the block is to the page: furniture, a
teaser, a byline...) and its ``barrier`` flag, so that rewording a reason or
renaming a rule changes no article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple, NewType

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.page import Block

__all__ = [
    "BYLINE",
    "CONTEXT",
    "DOM",
    "LINE",
    "PAGE",
    "SCOPES",
    "Declaration",
    "CAPTION",
    "COMMENT",
    "COPYRIGHT",
    "FURNITURE",
    "KIND_NAMES",
    "LISTED_TEASER",
    "RELATED_HEADER",
    "SHARE",
    "TEASER",
    "TITLE",
    "Kind",
    "Rule",
    "Verdict",
]

#: What a removed block is to the page. An int (a small one, which the compiled
#: build keeps unboxed, and which the locator's tables index) under its own type.
Kind = NewType("Kind", int)

#: The site's furniture: menus, notices, ads, footer links, tag lines, markup
#: furniture. It costs the article that would span it a little.
FURNITURE: Final = Kind(0)
#: The page's title heading (HTML: it is kept as metadata).
TITLE: Final = Kind(1)
#: Share buttons and counts: around the headline they sit between a standfirst
#: and the body; under the article, among its comments.
SHARE: Final = Kind(2)
#: Captions and credits of images, gallery controls: between a standfirst and the body.
CAPTION: Final = Kind(3)
#: Bylines, dates, reading times, the author box: between a standfirst and the
#: body, and the fences of a teaser list (or a comment thread), one paragraph
#: from the next.
BYLINE: Final = Kind(4)
#: A comment section's lines: its header, counts, author lines, controls and form.
COMMENT: Final = Kind(5)
#: A copyright line: with its rights reserved or its year, where the page ends.
COPYRIGHT: Final = Kind(6)
#: A header that leads a run of teasers ("You May Also Like"): it usually ends
#: the article, and an article run pays dearly to span it.
RELATED_HEADER: Final = Kind(7)
#: A teaser in the run a related header leads.
LISTED_TEASER: Final = Kind(8)
#: A teaser told by its shape (a snippet cut off with "…", a title printed
#: twice): it fences paragraphs, and an article run pays more to span it.
TEASER: Final = Kind(9)

#: Each kind's name, by its value.
KIND_NAMES: Final = (
    "furniture",
    "title",
    "share",
    "caption",
    "byline",
    "comment",
    "copyright",
    "related_header",
    "listed_teaser",
    "teaser",
)


class Verdict:
    """Block ``index`` is boilerplate: ``rule`` removed it, ``why`` says on what evidence,
    ``kind`` says what it is to the page.

    ``barrier`` marks a block the article does not continue across (a comment
    section's header, a copyright footer): the locator never joins text on
    both sides of it.

    A plain class with slots rather than a named tuple or a frozen dataclass:
    the locator makes one for every block outside the article, on every pass,
    and the compiled build turns it into a C type, built and read without a
    tuple between. Treat it as immutable; two are equal when their fields are.
    """

    __slots__ = ("index", "rule", "why", "kind", "barrier")

    def __init__(
        self, index: int, rule: str, why: str, kind: Kind = FURNITURE, barrier: bool = False
    ) -> None:
        self.index = index
        self.rule = rule
        self.why = why
        self.kind = kind
        self.barrier = barrier

    def _values(self) -> tuple[int, str, str, int, bool]:
        return (self.index, self.rule, self.why, self.kind, self.barrier)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return (
            f"Verdict(index={self.index!r}, rule={self.rule!r}, why={self.why!r},"
            f" kind={KIND_NAMES[self.kind]}, barrier={self.barrier!r})"
        )


Rule = Callable[["Sequence[Block]", "Config"], Iterable[Verdict]]


#: A rule's scope: what it reads to judge a block. The pipeline derives from it
#: which rules run on which pass and over which blocks (see :mod:`cleaner.rules`).
#: The block's own text (and features) alone: the same text gets the same
#: verdict wherever it stands, so the pipeline shows a rule each distinct text
#: once, and later passes, over what survived, do not run it again.
LINE: Final = "line"
#: The block within the whole page (the comments above a line, the page's share
#: of a container): run on the first pass, over the whole page, only.
PAGE: Final = "page"
#: The block's neighbours (a header above it, the lines around it): run again on
#: every later pass, over the surviving blocks, whose neighbours have changed.
CONTEXT: Final = "context"
#: The page's markup (HTML only: blocks read from text have none): run on the
#: first pass, over the whole page, only.
DOM: Final = "dom"
SCOPES: Final = (LINE, PAGE, CONTEXT, DOM)


class Declaration(NamedTuple):
    """What a rule is, declared beside it: the pipeline and the locator read this, not
    the rule's body.

    ``kinds`` are the kinds of block its verdicts name (a test checks it names no
    other), ``barrier`` whether one may be a barrier, ``reads`` the vocabulary
    groups of :data:`cleaner.lang.concepts.GROUPS` it takes its words from, and
    ``description`` what it removes, in one line (``cleaner --list-rules``).
    """

    rule: Rule
    scope: str
    kinds: tuple[Kind, ...]
    description: str
    reads: tuple[str, ...] = ()
    barrier: bool = False

    @property
    def name(self) -> str:
        """The rule's reason code: its function's name."""
        return self.rule.__name__
