"""Each block's points for the article: prose for it, short lines and removed blocks
against it (priced by their kind), a barrier a wall no run crosses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from cleaner.config import Config
from cleaner.locate.structure import structure_between
from cleaner.measure.features import Features, is_prose, is_running_text
from cleaner.page import Block
from cleaner.verdicts import (
    RELATED_HEADER,
    TEASER,
    Verdict,
)

# Lines of at most this many words that do not end a sentence look like menu entries.
_MENU_WORDS: Final = 3
# What a block removed by a rule costs the region that would span it, by its kind.
# A related-content header usually ends the article; the teasers under it, and
# other removed lines, cost little, so an article that resumes below an inset
# of teasers is joined again.
_REMOVED_COST: Final = {RELATED_HEADER: 150.0, TEASER: 40.0}
_DEFAULT_REMOVED_COST: Final = 5.0
# Points per word of prose; a short block costs ``config.short_cost``.
_PROSE_POINTS: Final = 5.0
_NEAR_POINTS: Final = 2.0
_NEAR_WORDS: Final = 5
_BULLET_POINTS: Final = 12
# Extra points for the first prose below the page's title heading.
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
WALL: Final = float("-inf")


def _is_near_prose(features: Features) -> bool:
    """A shorter sentence: worth keeping, worth a little to the region."""
    return features.terminal and (features.words >= _NEAR_WORDS or features.cjk >= 8)


def _item_points(features: Features) -> float:
    """What a list item (or a line of code) counts for the article: a little, however long."""
    return float(min(max(features.words, 2), _BULLET_POINTS))


def block_scores(
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
            cost = _REMOVED_COST.get(verdict.kind, _DEFAULT_REMOVED_COST)
            scores.append(WALL if verdict.barrier else -cost)
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
        if between and WALL < scores[i] < 0 and blocks[i].index not in removed:
            scores[i] = 0.0
    # A run of headings and items between two paragraphs: the article's structure.
    structure_between(blocks, removed, scores, prose)
    return scores, prose


def menu_like(features: Features) -> bool:
    return features.words <= _MENU_WORDS and not features.terminal
