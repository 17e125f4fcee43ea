"""The rule families, and the one place that fixes their order.

Each rule is a plain function ``rule(blocks, config) -> Iterable[Verdict]``;
its name is its reason code and its ``--disable`` value. When two rules claim
a block, the earlier one's reason is the one reported, so the order runs from
the most specific evidence to the most general.
"""

from __future__ import annotations

from cleaner.rules.comments import comment_section
from cleaner.rules.dom import (
    dom_boilerplate,
    duplicate_block,
    figure_caption,
    link_list,
    title_heading,
)
from cleaner.rules.footer import footer, tag_line
from cleaner.rules.metadata import byline_date, caption
from cleaner.rules.navigation import breadcrumb, navigation, pagination, post_navigation
from cleaner.rules.notices import (
    advertisement,
    consent_notice,
    feedback_widget,
    newsletter_prompt,
    paywall_prompt,
)
from cleaner.rules.related import inline_crosslink, related_block, repeated_teaser
from cleaner.rules.social import share_line
from cleaner.verdicts import Rule

RULES: tuple[Rule, ...] = (
    # Whole-line vocabularies first: a line that is nothing but a share button,
    # an ad label or a consent phrase is certain, whatever surrounds it.
    share_line,
    advertisement,
    consent_notice,
    newsletter_prompt,
    paywall_prompt,
    feedback_widget,
    # Comment headers and copyright lines come before navigation because they
    # are barriers to the locator, and a barrier must keep its reason.
    comment_section,
    footer,
    tag_line,
    navigation,
    breadcrumb,
    pagination,
    byline_date,
    caption,
    # Cross-links are single lines, but are labelled like related headers;
    # they go first so that "Related: X" is not read as a header of a run.
    inline_crosslink,
    # Context rules last: a related header claims the run after it, and
    # teasers are told by their neighbours.
    related_block,
    repeated_teaser,
    post_navigation,
    # Markup evidence (HTML mode only; blocks read from text have no markup)
    # last: where a text rule also claims a block, its reason is the more
    # specific one and its barrier counts. dom_boilerplate weighs a container
    # against the whole page, so it runs in the first pass only, like the
    # block-local rules: the page it judges is the whole page.
    title_heading,
    figure_caption,
    duplicate_block,
    dom_boilerplate,
    link_list,
)

# The rules that look beyond the block they judge (at its neighbours, or at a
# header above it). Every other rule judges a block by its own features alone,
# so a block it let pass once it lets pass again: the pipeline's later passes,
# over the surviving blocks, run only these.
CONTEXT_RULES: tuple[Rule, ...] = (
    feedback_widget,
    related_block,
    repeated_teaser,
    post_navigation,
)

# The rules a page read from plain text needs: markup rules find nothing there.
TEXT_RULES: tuple[Rule, ...] = tuple(r for r in RULES if r.__module__ != "cleaner.rules.dom")

# The rules that judge a block by its text alone: not by its neighbours, its
# place or its markup (comment_section counts the comments above a line, and
# takes no barrier on a discussion; the DOM rules read the tree). The same
# text gets the same verdict wherever it stands, so the pipeline shows them
# each distinct text once, and only the texts none of them has claimed yet.
LINE_RULES: tuple[Rule, ...] = tuple(
    r for r in TEXT_RULES if r not in CONTEXT_RULES and r is not comment_section
)

# What each reason code removes, in one line, in the order the pipeline applies
# them: the rules, then the locator's own verdicts. ``cleaner --list-rules``
# prints it, the report's legend shows it, and the README's table of rules
# says the same (tests/test_cli.py keeps them equal).
RULE_DESCRIPTIONS: dict[str, str] = {
    "share_line": (
        'share buttons and counts: "Share this @site.com", "Tweet", "Pin it", "12 shares",'
        ' "Teilen", "Partager"'
    ),
    "advertisement": (
        '"Advertisement", "Anzeige", "Publicité", "Continue reading the main story",'
        " affiliate disclosures"
    ),
    "consent_notice": "cookie and consent banners",
    "newsletter_prompt": "newsletter and sign-up prompts",
    "paywall_prompt": (
        '"Subscribe to continue reading", "Already a subscriber?", "Log in", "Log in | Register"'
    ),
    "feedback_widget": '"Was this helpful?" and its Yes/No',
    "comment_section": (
        'comment headers and counts, "X says:", Reply/Report, prompts to comment ("Jetzt'
        ' kommentieren"), the comment form and its fields (a barrier: the article ends there,'
        " except on a discussion)"
    ),
    "footer": (
        'copyright lines, footer links, "Privacy | Terms | Contact", disclaimers, the'
        ' publisher\'s legal line, "Powered by WordPress"'
    ),
    "tag_line": '"Tags: ...", "Schlagwörter: ..."',
    "navigation": '"Skip to content", "Menu", "Search", language pickers',
    "breadcrumb": 'a trail of places: "Home > News > World", "News | Politics | Europe"',
    "pagination": '"Next »", "Page 2 of 5", "1 2 3 … 9"',
    "byline_date": (
        'bylines, dates, reading times ("asked Feb 11, 2011 at 23:49"), lines of them'
        ' ("March 12, 2024 | 4 min read"), author boxes'
    ),
    "caption": "captions with photo credits, gallery controls",
    "inline_crosslink": (
        '"READ ALSO: ...", "Related: ...", "LESEN SIE AUCH: ..." inside the article'
    ),
    "related_block": (
        'a "You May Also Like" / "Mehr zum Thema" header and the run of teasers it leads,'
        " up to prose or a comment section"
    ),
    "repeated_teaser": (
        'snippets cut off with "…" and their titles; a title followed by its rewrite;'
        " a title printed twice"
    ),
    "post_navigation": (
        'the title of the previous or next post, under its "Previous post" / "Next" link'
    ),
    "title_heading": 'HTML: the headline (kept in explain(...).metadata["title"])',
    "figure_caption": "HTML: <figcaption> and caption blocks",
    "duplicate_block": (
        "HTML: slider clones and teasers printed twice; text: a line of ten words or more"
        " that the article prints two to four times (the first copy stays)"
    ),
    "dom_boilerplate": (
        "HTML: <nav>, <footer>, <aside> and elements named for furniture"
        " (share, related, cookie, sidebar, ...)"
    ),
    "link_list": "HTML: short blocks that are mostly links",
    "outside_article": (
        "the locator: blocks outside the article's run(s) of prose (in the comment section"
        " under it: a reader comment)"
    ),
    "short_block": (
        "the locator: menu-like lines inside the article that are not headings, list items"
        " or sentences"
    ),
}

__all__ = [
    "CONTEXT_RULES",
    "LINE_RULES",
    "RULES",
    "RULE_DESCRIPTIONS",
    "TEXT_RULES",
] + [rule.__name__ for rule in RULES]
