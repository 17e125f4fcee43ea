"""Find the article among the blocks no rule claimed.

Every unclaimed block gets a score: prose counts for the article in
proportion to its length, a short line counts against it, a block a rule
removed costs a little (more for a related-content header, which usually
ends an article), and a barrier (a comment section's header, a copyright
line) cannot be crossed at all. The article is the run of blocks with the
highest total (a maximum-sum segment), so a long article keeps its
subheadings and the odd caption inside, while menus, teasers and comments
around it fall outside.

Inside that run, short blocks are decided by their neighbours, as jusText
does: a heading right above prose, a list item after a lead-in, a short
sentence ("Nobody was hurt.") stay; stray labels go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from cleaner.blocks import Block
from cleaner.config import Config
from cleaner.container import confine_to_container, is_dom
from cleaner.features import Features, is_prose, is_running_text
from cleaner.patterns import TITLED_TRAIL, line_key, words_of
from cleaner.rules.dom import COPY_WORDS, MAX_COPIES
from cleaner.rules.footer import ends_page
from cleaner.rules.related import RELATED_HEADER
from cleaner.verdicts import Verdict

# Lines of at most this many words that do not end a sentence look like menu entries.
_MENU_WORDS: Final = 3
# What a block removed by a rule costs the region that would span it.
# A related-content header usually ends the article; the teasers under it, and
# other removed lines, cost little, so an article that resumes below an inset
# of teasers is joined again.
_REMOVED_COST: Final = {RELATED_HEADER: 150.0, "repeated_teaser": 40.0}
_DEFAULT_REMOVED_COST: Final = 5.0
# Points per word of prose; a short block costs ``config.short_cost``.
_PROSE_POINTS: Final = 5.0
_NEAR_POINTS: Final = 2.0
_NEAR_WORDS: Final = 5
_BULLET_POINTS: Final = 12
# Extra points for the first prose below the page's title heading.
_TITLE_BONUS: Final = 400.0
# What the headline (and a copy of it) costs: it is metadata, not body text.
_TITLE_COST: Final = 30.0
# A fragment of this many words and under this share of capitalised words that
# reads as running text (``is_running_text``) is a list item written as a sentence.
_ITEM_WORDS: Final = 10
_ITEM_CAPITALS: Final = 0.3
_ITEM_POINTS: Final = 0.5
# A list item in clauses (a comma, a semicolon, a dash) reads as text with fewer
# function words than a sentence.
_TERSE_STOPWORDS: Final = 0.1
_CLAUSES: Final = re.compile(r"[,;] | [–—-] ")
# A line of this many words with a function word that ends with a colon is a
# sentence introducing a list: up to _LISTED_ITEMS short lines under it (each
# of at most _LISTED_WORDS words, none a sentence) are its items.
_INTRO_WORDS: Final = 4
_LISTED_ITEMS: Final = 30
_LISTED_WORDS: Final = 20
# What a fragment of more than ``_MENU_WORDS`` words costs, relative to a menu entry.
_FRAGMENT_COST: Final = 0.35
# A barrier's score: no article run crosses it.
_WALL: Final = float("-inf")


def _is_near_prose(features: Features) -> bool:
    """A shorter sentence: worth keeping, worth a little to the region."""
    return features.terminal and (features.words >= _NEAR_WORDS or features.cjk >= 8)


def _item_points(features: Features) -> float:
    """What a list item (or a line of code) counts for the article: a little, however long."""
    return float(min(max(features.words, 2), _BULLET_POINTS))


def _scores(
    blocks: Sequence[Block], removed: dict[int, Verdict], config: Config
) -> tuple[list[float], list[bool]]:
    """Each block's points for the article, and whether it is unclaimed prose."""
    scores: list[float] = []
    prose: list[bool] = []
    listed = 0  # items still to come in a list a sentence introduced ("the menu is:")
    for block in blocks:
        verdict = removed.get(block.index)
        features = block.features
        is_text = verdict is None and is_prose(features, config.prose_words)
        prose.append(is_text)
        if listed and (verdict is not None or features.terminal or features.words > _LISTED_WORDS):
            listed = 0
        elif listed:
            listed -= 1
            scores.append(_item_points(features))
            continue
        if verdict is not None:
            cost = _REMOVED_COST.get(verdict.why) or _REMOVED_COST.get(
                verdict.rule, _DEFAULT_REMOVED_COST
            )
            scores.append(_WALL if verdict.barrier else -cost)
        elif is_text:
            scores.append(_PROSE_POINTS * features.words)
        elif _is_near_prose(features):
            scores.append(_NEAR_POINTS * features.words)
        elif features.bullet or features.code:
            # A list item or a line of code counts a little, however long: a
            # facet list of a thousand words behind one dash is no article.
            scores.append(_item_points(features))
        elif features.terminal:
            # "Nobody was hurt.", "Yes.": a short sentence is article-like.
            scores.append(float(features.words))
        elif block.text.rstrip().endswith((":", "：")):
            if features.words >= _INTRO_WORDS and features.stopword_ratio > 0:
                # It counts like the items it introduces: at zero it would be left
                # out in front of them, at the top of a page, and a page of such
                # lines would lose one a pass.
                listed = _LISTED_ITEMS
                scores.append(_item_points(features))
            else:
                scores.append(0.0)
        elif (
            is_running_text(features, _ITEM_WORDS, _ITEM_CAPITALS)
            and "@" not in block.text
            and "#" not in block.text
        ):
            # A list item that reads like a sentence without its full stop
            # ("Book the venue – tour favourites and compare offers"): the
            # article's own list, not a menu, a teaser's headline or a social
            # prompt with a handle or a hashtag in it.
            scores.append(_ITEM_POINTS * features.words)
        elif (
            features.words >= _ITEM_WORDS
            and features.title_ratio < _ITEM_CAPITALS
            and features.stopword_ratio >= _TERSE_STOPWORDS
            and _CLAUSES.search(block.text)
        ):
            # A checklist's item, terse but in clauses ("Research and book venue –
            # tour favorites, compare offerings; set firm date").
            scores.append(_ITEM_POINTS * features.words)
        elif features.words > _MENU_WORDS:
            # Longer fragments (list items, product names, table rows) are
            # cheaper than menu entries: a run of them can sit in an article;
            # one with figures in it (a table row, a date and place) costs nothing.
            scores.append(0.0 if features.digits else -config.short_cost * _FRAGMENT_COST)
        else:
            scores.append(-config.short_cost)
    # A short line between two paragraphs (a subheading, a one-line aside) costs
    # the article nothing: menus and teasers do not sit between its paragraphs.
    # A block a rule removed keeps its cost.
    for i in range(1, len(scores) - 1):
        between = prose[i - 1] and prose[i + 1]
        if between and _WALL < scores[i] < 0 and blocks[i].index not in removed:
            scores[i] = 0.0
    return scores, prose


def best_span(scores: Sequence[float]) -> tuple[int, int, float]:
    """The maximum-sum run of ``scores`` as (first, last, total); (0, -1, 0) if none is positive.

    >>> best_span([-5, 10, -3, 8, -50, 20])
    (5, 5, 20.0)
    >>> best_span([-1, float("-inf"), -2])
    (0, -1, 0.0)
    """
    best_first, best_last, best_total = 0, -1, 0.0
    start, total = 0, 0.0
    for i, score in enumerate(scores):
        if total <= 0:
            start, total = i, 0.0
        total += score
        if total > best_total:
            best_first, best_last, best_total = start, i, total
    return best_first, best_last, best_total


def _keep_short(
    blocks: Sequence[Block], i: int, alive: Sequence[bool], keep: dict[int, bool]
) -> bool:
    """Context decision for a short block inside the article span."""
    features = blocks[i].features
    if features.terminal or features.bullet or features.code or not _menu_like(features):
        return True
    text = blocks[i].text.rstrip()
    if text.endswith((":", "：")):
        return True
    # Output printed under a command: the paragraph around it holds code.
    if any(
        0 <= j < len(blocks)
        and blocks[j].paragraph == blocks[i].paragraph
        and blocks[j].features.code
        for j in (i - 1, i + 1)
    ):
        return True
    # A list item: the line above, in the same paragraph, is a lead-in or a kept item.
    if i > 0 and alive[i - 1] and blocks[i - 1].paragraph == blocks[i].paragraph:
        above = blocks[i - 1].text.rstrip()
        if above.endswith((":", "：")) or (keep.get(i - 1) and blocks[i - 1].features.words <= 30):
            return True
    # A heading: the next block that survived the rules reads as a sentence.
    following = next((j for j in range(i + 1, len(blocks)) if alive[j]), None)
    if following is None or features.words > 20:
        return False
    below = blocks[following].features
    return blocks[following].paragraph != blocks[i].paragraph and not _menu_like(below)


# On a page without an article, a run of this many menu-like lines is a menu;
# a shorter run is as often the page's own short items (a listing's categories,
# a product's sizes), which the teasers withdrawn from the rules stand among.
_MENU_RUN: Final = 8
# Below this many points of prose the page is not an article (a listing, a
# product, a form): the locator keeps its content lines instead of a prose run.
_ARTICLE_POINTS: Final = 250.0
# A second run of prose joins the article when worth this share of the best run.
_SECOND_SPAN: Final = 0.3


def _menu_like(features: Features) -> bool:
    return features.words <= _MENU_WORDS and not features.terminal


# The rules that tell teasers around an article. On a page without one (a
# listing, a collection) the teasers are the page's content.
_TEASER_RULES: Final = frozenset({"related_block", "repeated_teaser"})


class Location(NamedTuple):
    """What the locator found: verdicts on the blocks it removes, and the blocks
    whose teaser verdicts it withdraws (on a page that has no article).

    ``title_scanned``: the blocks before this position are known not to be the
    title's heading (see :func:`title_scan`), which the next pass need not ask again.
    """

    verdicts: list[Verdict]
    withdrawn: tuple[int, ...] = ()
    title_scanned: int = 1


def _structured(
    blocks: Sequence[Block], removed: dict[int, Verdict]
) -> tuple[list[Verdict], tuple[int, ...]]:
    """A page with too little prose for an article: its teasers are its content;
    drop the runs of menu-like lines, keep the rest."""
    withdrawn = tuple(i for i, verdict in removed.items() if verdict.rule in _TEASER_RULES)
    if withdrawn:
        removed = {i: verdict for i, verdict in removed.items() if i not in withdrawn}
    return _structured_verdicts(blocks, removed), withdrawn


def _structured_verdicts(blocks: Sequence[Block], removed: dict[int, Verdict]) -> list[Verdict]:
    """The runs of menu-like lines among the blocks no rule removed."""
    verdicts: list[Verdict] = []
    run: list[Block] = []
    for block in [b for b in blocks if b.index not in removed] + [None]:
        if block is not None and _menu_like(block.features):
            run.append(block)
            continue
        if len(run) >= _MENU_RUN:
            verdicts.extend(
                Verdict(b.index, "outside_article", "a run of menu-like lines") for b in run
            )
        run = []
    return verdicts


# Page titles name the site after a separator: "Headline - Site", "Site | Headline".
# Runs of spaces are tried from their first space only ((?<!\s)), so that a
# long run costs its length, not its length squared.
_TITLE_SEPARATOR: Final = re.compile(r"(?<!\s)\s+[-|–—:•·»]+\s+|(?<!\s)\s+[｜|]\s*|[｜|]\s*")
# A title of fewer words is a site name; a heading sharing this share of the
# title's words is the article's own headline.
_TITLE_WORDS: Final = 3
_TITLE_OVERLAP: Final = 0.7
_TITLE_SHARED: Final = 4
# How far below the title heading the article's first prose may start, in blocks.
_TITLE_REACH: Final = 12
# An article this many lines long or shorter that only the title's weight makes one
# is no article.
_ANCHOR_ALONE: Final = 3
# A first line found this many times again below it, and making half the page,
# is a repeated line, not a title.
_TITLE_COPIES: Final = 3
# A line found this many times again below it is never a title: each pass would
# cut one more copy, and the passes must end well within ``Config.max_passes``.
_TITLE_MAX_COPIES: Final = 8


def title_heading(blocks: Sequence[Block]) -> int | None:
    """The index of the heading that repeats the page title (the first line), if any.

    Scrapers put the document title first; the article's own heading repeats
    it without the site name (sometimes reworded a little), and the article
    starts right below it.

    >>> from cleaner.blocks import text_to_blocks
    >>> page = "Storm hits the coast - Daily News\\nMenu\\nStorm Hits The Coast Hard\\nText."
    >>> title_heading(text_to_blocks(page))
    2
    """
    return title_scan(blocks)[0]


def title_scan(blocks: Sequence[Block], start: int = 1) -> tuple[int | None, int]:
    """:func:`title_heading` looked for from ``start`` on, and how far the look went:
    the heading's position, or the number of blocks when none of them is it (1
    when the page has no title to look for).

    Whether a block is the title's heading depends on the block and the first
    line alone. A later pass over the survivors of this one, under the same
    first line, starts where this look stopped (see ``passes.clean_blocks``);
    the page-wide conditions are asked again.

    >>> from cleaner.blocks import text_to_blocks
    >>> page = "Storm hits the coast - Daily News\\nMenu\\nStorm Hits The Coast Hard\\nText."
    >>> title_scan(text_to_blocks(page)), title_scan(text_to_blocks(page), 3)
    ((2, 2), (None, 4))
    """
    if len(blocks) < 3:
        return None, 1
    parts = [line_key(p) for p in _TITLE_SEPARATOR.split(blocks[0].text.strip())]
    # The headline is the longest part; the site's name is the short one.
    name = max(parts, key=len)
    if len(name.split()) < _TITLE_WORDS and not blocks[0].features.is_cjk:
        return None, 1
    # A first line printed again and again is not a page title: anchoring on
    # its second copy would cut the copies above it on every pass, so cleaning
    # the article again would cut more (a page of one repeated line, or of one
    # repeated section: fuzzing). A real title recurs a few times at most (the
    # headline, a share text, a related link).
    first = blocks[0].features.key
    copies = 0
    if first:
        for block in blocks:
            if block.features.key == first:
                copies += 1
        copies -= 1
    if copies >= _TITLE_MAX_COPIES or (copies >= _TITLE_COPIES and copies * 2 >= len(blocks)):
        return None, 1
    wanted = set(words_of(name))
    for i in range(max(start, 1), len(blocks)):
        block = blocks[i]
        key = block.features.key
        if key == name:
            return block.index, i
        # Most lines share fewer than _TITLE_SHARED words with the title: told
        # by a count with repeats (never below the count of distinct words)
        # before any set is built.
        if (
            key
            and len(block.features.tokens) >= _TITLE_SHARED
            and _count_in(wanted, block.features.tokens) >= _TITLE_SHARED
            and len(wanted.intersection(block.features.tokens)) >= _TITLE_SHARED
            and _overlap(wanted, set(block.features.tokens))
            # a breadcrumb trail that ends in the title is not its heading
            and not TITLED_TRAIL.match(block.text)
        ):
            return block.index, i
    return None, len(blocks)


def _count_in(words: set[str], tokens: Sequence[str]) -> int:
    """How many of ``tokens`` are among ``words``, repeats counted.

    >>> _count_in({"storm", "coast"}, ("storm", "storm", "hits"))
    2
    """
    count = 0
    for token in tokens:
        if token in words:
            count += 1
    return count


def _overlap(title: set[str], heading: set[str]) -> bool:
    """A heading that rewords the title: most of the shorter one's words are shared."""
    shared = len(title & heading)
    return shared >= _TITLE_SHARED and shared >= _TITLE_OVERLAP * min(len(title), len(heading))


# Rules whose lines sit between a headline's standfirst and the article body.
_METADATA_RULES: Final = frozenset({"byline_date", "share_line", "caption"})
# Rules whose lines separate teasers (and comments) rather than paragraphs.
_SEPARATOR_RULES: Final = frozenset({"byline_date", "repeated_teaser", "comment_section"})
_TEASER_GAP: Final = 2
_TEASER_CHAIN: Final = 3
# What a teaser lede keeps of its points.
_TEASER_WEIGHT: Final = 0.1
# Chains are demoted only where the page has this much prose outside them.
_TEASER_ELSEWHERE: Final = 0.3
# On a page without a title heading, chains are demoted only where the best
# run without their points is worth this many times their points.
_TEASER_OUTWEIGH: Final = 2.0


def _demote_teasers(
    blocks: Sequence[Block],
    removed: dict[int, Verdict],
    scores: list[float],
    unclaimed_prose: list[bool],
    heading: int | None,
) -> tuple[int, int] | None:
    """Cut the points of prose that comes one paragraph at a time between headlines and dates.

    A teaser list (and a comment thread) is a chain of single paragraphs, each
    fenced by a headline, an author, a date; an article's paragraphs follow
    one another. Three or more fenced paragraphs in a row are teasers.

    Returns the span from the first to the last chained paragraph when the
    chain is the page's content, and the whole of it is the article: when the
    first prose under the title heading (``heading``), within
    ``_TITLE_REACH`` blocks of it, opens the chain (a thread under its
    title), when the page is nothing but such chains (a
    forum thread, a listing), or when, on a page read from text without a
    title heading, the best run left without the chain's points is worth
    less than ``_TEASER_OUTWEIGH`` times the chain (a page of service cards,
    a checklist of steps each with a line of prose, and a legal line below).
    In HTML the container decides where the article is, and chains are
    always demoted when the page has prose elsewhere.
    """
    prose: list[tuple[int, int]] = []  # (block index, separating lines before it)
    gap = _TEASER_GAP
    for block in blocks:
        verdict = removed.get(block.index)
        if unclaimed_prose[block.index]:
            prose.append((block.index, gap))
            gap = 0
        elif verdict is None or verdict.rule in _SEPARATOR_RULES:
            gap += 1
    fenced = [
        before >= _TEASER_GAP and (prose[k + 1][1] if k + 1 < len(prose) else gap) >= _TEASER_GAP
        for k, (_, before) in enumerate(prose)
    ]
    chained: list[int] = []
    k = 0
    while k < len(prose):
        end = k
        while end < len(prose) and fenced[end]:
            end += 1
        if end - k >= _TEASER_CHAIN:
            chained.extend(index for index, _ in prose[k:end])
        k = end + 1
    if not chained:
        return None
    # The first prose under the title heading, and close below it, opens the
    # chain: the page is a thread (or a listing) under its title, with no
    # article before the chain. Further down, the chain follows something else
    # (a product's details): it is teasers or reviews, as on any other page.
    if (
        heading is not None
        and chained[0] - heading <= _TITLE_REACH
        and next((i for i, _ in prose if i > heading), None) == chained[0]
    ):
        return (chained[0], chained[-1])
    walled = _walled_thread(prose, chained, scores, removed)
    if walled:
        # A comment thread: the chain runs past a comment section's header, under
        # an article of its own. The comments are not the page's content; what
        # is chained above the header is judged as any chain is.
        for index in walled:
            scores[index] *= _TEASER_WEIGHT
        chained = [i for i in chained if i < walled[0]]
        if not chained:
            return None
    in_chains = sum(scores[i] for i in chained)
    elsewhere = sum(scores[i] for i, _ in prose) - in_chains
    if elsewhere >= _TEASER_ELSEWHERE * in_chains:
        demoted = list(scores)
        for index in chained:
            demoted[index] *= _TEASER_WEIGHT
        titled = heading is not None or is_dom(blocks)
        if titled or best_span(demoted)[2] >= _TEASER_OUTWEIGH * in_chains:
            scores[:] = demoted
            return None
    # A page that is nothing but such chains is a listing or a forum thread, and
    # on a page without a title the chain can outweigh the rest: the content.
    return (chained[0], chained[-1])


def _walled_thread(
    prose: list[tuple[int, int]],
    chained: list[int],
    scores: list[float],
    removed: dict[int, Verdict],
) -> list[int] | None:
    """The chained paragraphs below a comment section's header (a barrier) that
    stands within or just above the chain, when the prose above the header
    makes an article; None otherwise."""
    barrier = next(
        (
            i
            for i in range(max(0, chained[0] - _TITLE_REACH), chained[-1])
            if (verdict := removed.get(i)) is not None
            and verdict.barrier
            and verdict.rule == "comment_section"
        ),
        None,
    )
    if barrier is None:
        return None
    in_chain = set(chained)
    above = sum(max(scores[i], 0.0) for i, _ in prose if i < barrier and i not in in_chain)
    if above < _ARTICLE_POINTS:
        return None
    return [i for i in chained if i > barrier]


def _anchor(
    blocks: Sequence[Block], removed: dict[int, Verdict], scores: list[float], heading: int | None
) -> int | None:
    """Give the first prose below the title heading the weight of a whole article.

    Teaser lists and comment threads can hold more prose than a short
    article; the title heading says which prose is the article's. A single
    sentence right under the heading that is followed by the byline or the
    share buttons is the standfirst, not the body: it is scored out, and the
    weight goes to the body below. ``heading`` is the title heading
    (:func:`title_heading`). Returns the index of the anchored prose.
    """
    if heading is None:
        return None
    # The headline, and its copies and rewrites just below, are the title, not the body.
    title = set(blocks[heading].features.tokens)
    reach = range(heading + 1, min(len(blocks), heading + 1 + _TITLE_REACH))
    for i in [heading, *reach]:
        tokens = blocks[i].features.tokens
        if i == heading or (len(tokens) <= len(title) + 3 and _overlap(title, set(tokens))):
            scores[i] = min(scores[i], -_TITLE_COST)
    positive = [i for i in reach if scores[i] > 0]
    if not positive or any(scores[i] == _WALL for i in range(heading + 1, positive[0])):
        return None
    first = positive[0]
    if len(positive) > 1 and any(
        removed.get(j) is not None and removed[j].rule in _METADATA_RULES
        for j in range(first + 1, positive[1])
    ):
        scores[first] = -abs(scores[first])
        first = positive[1]
    scores[first] += _TITLE_BONUS
    return first


def locate(
    blocks: Sequence[Block], removed: dict[int, Verdict], config: Config, title_from: int = 1
) -> Location:
    """Verdicts for the blocks outside the article span and for stray short blocks in it
    (and on a page without an article, the teaser verdicts withdrawn).

    ``title_from``: no block before it is the title's heading (``title_scan``).
    """
    dom = is_dom(blocks)
    # In HTML the container decides, and the title is metadata.
    heading, scanned = (None, 1) if dom else title_scan(blocks, title_from)
    verdicts, withdrawn = _located(blocks, removed, config, dom, heading)
    return Location(verdicts, withdrawn, scanned)


def _located(
    blocks: Sequence[Block],
    removed: dict[int, Verdict],
    config: Config,
    dom: bool,
    heading: int | None,
) -> tuple[list[Verdict], tuple[int, ...]]:
    scores, unclaimed_prose = _scores(blocks, removed, config)
    # HTML: the article lies inside one element (see cleaner.container)
    container = confine_to_container(blocks, removed, scores, config) if dom else None
    # (what the blocks weigh before teasers and the title change it)
    weights = None if heading is None else list(scores)
    thread = _demote_teasers(blocks, removed, scores, unclaimed_prose, heading)
    if dom:
        thread = anchor = None
    else:
        anchor = _anchor(blocks, removed, scores, heading)
    _discount_after_end(blocks, removed, scores)
    spans = article_spans(scores, anchor)
    if anchor is not None and weights is not None and _anchored_alone(spans, anchor, weights):
        # The title's weight made an article of a line or two of its own: the
        # line under the heading of a shop's listing, a notice above the story.
        # The page is read as if it had no title heading.
        scores[anchor] -= _TITLE_BONUS
        spans = article_spans(scores)
    if thread is not None:
        spans = _merge(spans + [thread])
    if not spans:
        if container is not None:
            # No article (a product, a listing, a form): in HTML the markup
            # rules have taken the menus, and the rest is the page's content.
            return [], ()
        return _structured(blocks, removed)
    inside = [False] * len(blocks)
    for first, last in spans:
        inside[first : last + 1] = [True] * (last + 1 - first)
    alive = [b.index not in removed for b in blocks]
    verdicts: list[Verdict] = []
    keep: dict[int, bool] = {}
    # Text the article holds already (lines of COPY_WORDS words or more; text
    # mode: in HTML, the duplicate_block rule reads the copies from the tree).
    held: dict[str, list[int]] | None = None if dom else {}
    comments = _comment_section(blocks, removed, spans[-1][1])
    for block in blocks:
        i = block.index
        if not alive[i]:
            continue
        if not inside[i]:
            if i in comments:
                verdicts.append(Verdict(i, "outside_article", READER_COMMENT))
                continue
            where = "before" if i < spans[0][0] else "after" if i > spans[-1][1] else "between"
            verdicts.append(Verdict(i, "outside_article", f"{where} the article's prose"))
            continue
        if scores[i] < 0:
            keep[i] = _keep_short(blocks, i, alive, keep)
            if not keep[i]:
                verdicts.append(
                    Verdict(
                        i,
                        "short_block",
                        "a short line inside the article that is not a "
                        "sentence, heading or list item",
                    )
                )
                continue
        else:
            keep[i] = True
        if held is not None and block.features.words >= COPY_WORDS:
            held.setdefault(block.text, []).append(i)
    if held:
        # A page that prints a paragraph two to four times (a summary above the
        # story, a teaser of it below, a version for small screens or for print):
        # the article keeps its first copy. A line printed more often is the
        # page's own refrain or a stream of the same post: every copy stays.
        verdicts.extend(
            Verdict(copy, "duplicate_block", "a copy of a line the article already holds")
            for where in held.values()
            if 2 <= len(where) <= MAX_COPIES
            for copy in where[1:]
        )
    return verdicts, ()


# The reason for a line the article leaves out in the comment section under it.
READER_COMMENT: Final = "a reader comment: in the comment section under the article"
# What a comment section holds besides its comments: its own lines (header,
# controls, form), the comments' dates and authors' handles, share buttons.
_COMMENT_PARTS: Final = frozenset({"comment_section", "byline_date", "share_line"})


def _comment_section(blocks: Sequence[Block], removed: dict[int, Verdict], end: int) -> set[int]:
    """The unclaimed blocks of the comment section under the article (which ends at
    ``end``): from the first line of it after the article (its header, count or
    form, a comment's author line or control) to its last, before any line
    another rule claimed (a footer, a related header).

    >>> from cleaner.blocks import text_to_blocks
    >>> lines = text_to_blocks("Text.\\nLeave a Reply\\nMo\\nGreat!\\nReply\\nNext post\\n© 2024")
    >>> said = {1: Verdict(1, "comment_section", "a header", True)}
    >>> said[4] = Verdict(4, "comment_section", "a control")
    >>> said[6] = Verdict(6, "footer", "a copyright line")
    >>> sorted(_comment_section(lines, said, 0))
    [2, 3]
    """
    found: set[int] = set()
    pending: list[int] = []  # unclaimed lines since the section's last line
    inside = False
    for block in blocks[end + 1 :]:
        verdict = removed.get(block.index)
        if verdict is None:
            if inside:
                pending.append(block.index)
        elif verdict.rule == "comment_section":
            inside = True
            found.update(pending)
            pending.clear()
        elif verdict.rule not in _COMMENT_PARTS and inside:
            break
    return found


def _discount_after_end(
    blocks: Sequence[Block], removed: dict[int, Verdict], scores: list[float]
) -> None:
    """Prose after the page's last copyright line weighs less (``_AFTER_END`` of its
    points) when the page holds an article before it: a line that reserves the
    rights, or one that dates the site's notice ("© 2025 Example Shoes"); a photo
    credit ("© Reuters") names no year.

    The page ends at such a line: what text extraction prints after it is the
    dialogs the page opens on demand (a refund policy, a privacy notice, a
    size guide), which can outweigh a short article above the footer. Where
    the page's text put its footer first, nothing above it is an article, and
    the prose below keeps its points.

    >>> from cleaner.blocks import text_to_blocks
    >>> from cleaner.rules.footer import COPYRIGHT_LINE
    >>> scores = [300.0, float("-inf"), 500.0]
    >>> lines = text_to_blocks("Text.\\n© 2024 Example. All rights reserved.\\nMore text.")
    >>> _discount_after_end(lines, {1: Verdict(1, "footer", COPYRIGHT_LINE, True)}, scores)
    >>> scores
    [300.0, -inf, 125.0]
    """
    end = max(
        (i for i, verdict in removed.items() if ends_page(verdict, blocks[i])),
        default=None,
    )
    if end is None or best_span(scores[:end])[2] < _ARTICLE_POINTS:
        return
    for i in range(end + 1, len(scores)):
        if scores[i] > 0:
            scores[i] *= _AFTER_END


# What prose after the copyright line that ends the page counts for (see _discount_after_end).
_AFTER_END: Final = 0.25


def _anchored_alone(spans: list[tuple[int, int]], anchor: int, weights: Sequence[float]) -> bool:
    """Whether the run that holds ``anchor`` is a few lines worth no article by
    their own weights (before the title's bonus)."""
    for first, last in spans:
        if first <= anchor <= last:
            return last - first < _ANCHOR_ALONE and (
                sum(max(x, 0.0) for x in weights[first : last + 1]) < _ARTICLE_POINTS
            )
    return False


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined, in order."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def article_spans(scores: Sequence[float], anchor: int | None = None) -> list[tuple[int, int]]:
    """The article's runs of blocks, in order: the best-scoring run, and the
    runs nearly as good on its side of every barrier.

    A forum thread, a listing or an article cut by a large inset is several
    runs; a run worth less than ``_SECOND_SPAN`` of the best is a sidebar or
    a teaser and stays out. No run is taken when the best is under
    ``_ARTICLE_POINTS`` (the page has no article). When ``anchor`` (the
    prose under the title heading) is given, the search keeps to the
    stretch between the barriers around it, if that stretch holds an
    article: the comment thread under a short article is not the article.

    >>> article_spans([500, -600, 400, -100, 20])
    [(0, 0), (2, 2)]
    >>> article_spans([500, float("-inf"), 400])
    [(0, 0)]
    >>> article_spans([300, float("-inf"), 900], anchor=0)
    [(0, 0)]
    """
    wall = _WALL
    lo, hi = 0, len(scores)
    if anchor is not None:
        lo = next((i + 1 for i in range(anchor - 1, -1, -1) if scores[i] == wall), 0)
        hi = next((i for i in range(anchor + 1, len(scores)) if scores[i] == wall), len(scores))
        if best_span(scores[lo:hi])[2] < _ARTICLE_POINTS:
            lo, hi = 0, len(scores)
    walled = [wall] * lo + list(scores[lo:hi]) + [wall] * (len(scores) - hi)
    first, last, best = best_span(walled)
    if best < _ARTICLE_POINTS:
        return []
    spans = [(first, last)]
    # Walls: barriers, and the chosen spans themselves (runs do not merge).
    while True:
        for start, end in spans:
            walled[start : end + 1] = [wall] * (end + 1 - start)
        first, last, total = best_span(walled)
        if total < _SECOND_SPAN * best:
            break
        lo, hi = (last, spans[0][0]) if last < spans[0][0] else (spans[-1][1], first)
        if any(scores[i] == wall for i in range(lo, hi)):
            break
        spans = sorted(spans + [(first, last)])
    return spans
