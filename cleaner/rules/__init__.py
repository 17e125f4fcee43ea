"""The rule families, and the one place that fixes their order.

Each rule is a plain function ``rule(blocks, config) -> Iterable[Verdict]``;
its name is its reason code and its ``--disable`` value. Beside it in its
module stands its :class:`~cleaner.verdicts.Declaration` (its scope, the kinds
of block it names, whether it may mark a barrier, the vocabulary groups it
reads, what it removes). ``DECLARED`` lists the declarations in the order the
pipeline runs the rules; the sets the pipeline needs are derived from their
scopes. When two rules claim a block, the earlier one's reason is the one
reported, so the order runs from the most specific evidence to the most general.

A new rule: a function in its family's module (or a new module here, which
the compiled build picks up by its folder), its declaration, its place in
``DECLARED`` and its rows in tests/test_rules.py.
"""

from __future__ import annotations

from cleaner.rules.comments import COMMENT_SECTION, comment_section
from cleaner.rules.dom import (
    DOM_BOILERPLATE,
    DUPLICATE_BLOCK,
    FIGURE_CAPTION,
    LINK_LIST,
    TITLE_HEADING,
    dom_boilerplate,
    duplicate_block,
    figure_caption,
    link_list,
    title_heading,
)
from cleaner.rules.footer import FOOTER, TAG_LINE, footer, tag_line
from cleaner.rules.metadata import BYLINE_DATE, CAPTION, byline_date, caption
from cleaner.rules.navigation import (
    BREADCRUMB,
    NAVIGATION,
    PAGINATION,
    POST_NAVIGATION,
    breadcrumb,
    navigation,
    pagination,
    post_navigation,
)
from cleaner.rules.notices import (
    ADVERTISEMENT,
    CONSENT_NOTICE,
    FEEDBACK_WIDGET,
    NEWSLETTER_PROMPT,
    PAYWALL_PROMPT,
    advertisement,
    consent_notice,
    feedback_widget,
    newsletter_prompt,
    paywall_prompt,
)
from cleaner.rules.related import (
    INLINE_CROSSLINK,
    RELATED_BLOCK,
    REPEATED_TEASER,
    inline_crosslink,
    related_block,
    repeated_teaser,
)
from cleaner.rules.social import SHARE_LINE, share_line
from cleaner.verdicts import CONTEXT, DOM, LINE, Declaration, Rule

#: Every rule's declaration, in the order the pipeline runs them.
DECLARED: tuple[Declaration, ...] = (
    # Whole-line vocabularies first: a line that is nothing but a share button,
    # an ad label or a consent phrase is certain, whatever surrounds it.
    SHARE_LINE,
    ADVERTISEMENT,
    CONSENT_NOTICE,
    NEWSLETTER_PROMPT,
    PAYWALL_PROMPT,
    FEEDBACK_WIDGET,
    # Comment headers and copyright lines come before navigation because they
    # are barriers to the locator, and a barrier must keep its reason.
    COMMENT_SECTION,
    FOOTER,
    TAG_LINE,
    NAVIGATION,
    BREADCRUMB,
    PAGINATION,
    BYLINE_DATE,
    CAPTION,
    # Cross-links are single lines, but are labelled like related headers;
    # they go first so that "Related: X" is not read as a header of a run.
    INLINE_CROSSLINK,
    # Context rules last: a related header claims the run after it, and
    # teasers are told by their neighbours.
    RELATED_BLOCK,
    REPEATED_TEASER,
    POST_NAVIGATION,
    # Markup evidence (HTML mode only; blocks read from text have no markup)
    # last: where a text rule also claims a block, its reason is the more
    # specific one and its barrier counts. dom_boilerplate weighs a container
    # against the whole page, like every DOM rule it runs in the first pass
    # only: the page it judges is the whole page.
    TITLE_HEADING,
    FIGURE_CAPTION,
    DUPLICATE_BLOCK,
    DOM_BOILERPLATE,
    LINK_LIST,
)

#: Every rule, in order.
RULES: tuple[Rule, ...] = tuple(d.rule for d in DECLARED)

#: The rules that look beyond the block they judge, at its neighbours: the
#: pipeline's later passes, over the surviving blocks, run only these (every
#: other rule let those blocks pass once and would again).
CONTEXT_RULES: tuple[Rule, ...] = tuple(d.rule for d in DECLARED if d.scope == CONTEXT)

#: The rules a page read from plain text needs: markup rules find nothing there.
TEXT_RULES: tuple[Rule, ...] = tuple(d.rule for d in DECLARED if d.scope != DOM)

#: The rules that judge a block by its text alone: the same text gets the same
#: verdict wherever it stands, so the pipeline shows them each distinct text
#: once, and only the texts none of them has claimed yet.
LINE_RULES: tuple[Rule, ...] = tuple(d.rule for d in DECLARED if d.scope == LINE)

#: What each rule removes, in one line, in the order the pipeline applies them
#: (the locator's own reasons are in :data:`cleaner.locate.REASON_DESCRIPTIONS`).
#: ``cleaner --list-rules`` prints them, the report's legend shows them, and the
#: README's table of rules says the same (tests/test_cli.py keeps them equal).
RULE_DESCRIPTIONS: dict[str, str] = {d.name: d.description for d in DECLARED}

__all__ = [
    "CONTEXT_RULES",
    "DECLARED",
    "LINE_RULES",
    "RULES",
    "RULE_DESCRIPTIONS",
    "TEXT_RULES",
    # the rules, each by its name
    "share_line",
    "advertisement",
    "consent_notice",
    "newsletter_prompt",
    "paywall_prompt",
    "feedback_widget",
    "comment_section",
    "footer",
    "tag_line",
    "navigation",
    "breadcrumb",
    "pagination",
    "byline_date",
    "caption",
    "inline_crosslink",
    "related_block",
    "repeated_teaser",
    "post_navigation",
    "title_heading",
    "figure_caption",
    "duplicate_block",
    "dom_boilerplate",
    "link_list",
]
