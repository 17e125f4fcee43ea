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

from collections.abc import Sequence

from cleaner.blocks import Block
from cleaner.config import Config
from cleaner.features import Features, is_prose
from cleaner.verdicts import Verdict

# What a block removed by a rule costs the region that would span it.
_REMOVED_COST = {"related_block": 150.0, "repeated_teaser": 40.0}
_DEFAULT_REMOVED_COST = 5.0
# Points per word of prose; a short block costs ``config.short_cost``.
_PROSE_POINTS = 5.0
_NEAR_POINTS = 2.0
_NEAR_WORDS = 5


def _is_near_prose(features: Features) -> bool:
    """A shorter sentence: worth keeping, worth a little to the region."""
    return features.terminal and (features.words >= _NEAR_WORDS or features.cjk >= 8)


def _scores(blocks: Sequence[Block], removed: dict[int, Verdict], config: Config) -> list[float]:
    scores: list[float] = []
    for block in blocks:
        verdict = removed.get(block.index)
        features = block.features
        if verdict is not None:
            cost = _REMOVED_COST.get(verdict.rule, _DEFAULT_REMOVED_COST)
            scores.append(float("-inf") if verdict.barrier else -cost)
        elif is_prose(features, config.prose_words):
            scores.append(_PROSE_POINTS * features.words)
        elif _is_near_prose(features):
            scores.append(_NEAR_POINTS * features.words)
        else:
            scores.append(-config.short_cost)
    return scores


def best_span(scores: Sequence[float]) -> tuple[int, int, float]:
    """The maximum-sum run of ``scores`` as (first, last, total); (0, -1, 0) if none is positive.

    >>> best_span([-5, 10, -3, 8, -50, 20])
    (5, 5, 20)
    >>> best_span([-1, float("-inf"), -2])
    (0, -1, 0)
    """
    best = (0, -1, 0.0)
    start, total = 0, 0.0
    for i, score in enumerate(scores):
        if total <= 0:
            start, total = i, 0.0
        total += score
        if total > best[2]:
            best = (start, i, total)
    return best


def _keep_short(blocks: Sequence[Block], i: int, alive: Sequence[bool], keep: dict[int, bool]) -> bool:
    """Context decision for a short block inside the article span."""
    features = blocks[i].features
    if features.terminal or features.bullet:
        return True
    text = blocks[i].text.rstrip()
    if text.endswith((":", "：")):
        return True
    # A list item: the line above, in the same paragraph, is a lead-in or a kept item.
    if i > 0 and alive[i - 1] and blocks[i - 1].paragraph == blocks[i].paragraph:
        above = blocks[i - 1].text.rstrip()
        if above.endswith((":", "：")) or (keep.get(i - 1) and blocks[i - 1].features.words <= 30):
            return True
    # A heading: the next block that survived the rules reads as a sentence.
    following = next((j for j in range(i + 1, len(blocks)) if alive[j]), None)
    return (
        following is not None
        and features.words <= 20
        and blocks[following].paragraph != blocks[i].paragraph
        and (blocks[following].features.terminal or blocks[following].features.words >= 12)
    )


def locate(blocks: Sequence[Block], removed: dict[int, Verdict], config: Config) -> list[Verdict]:
    """Verdicts for the blocks outside the article span and for stray short blocks in it."""
    scores = _scores(blocks, removed, config)
    first, last, _ = best_span(scores)
    alive = [b.index not in removed for b in blocks]
    verdicts: list[Verdict] = []
    keep: dict[int, bool] = {}
    for block in blocks:
        i = block.index
        if not alive[i]:
            continue
        if i < first:
            verdicts.append(Verdict(i, "outside_article", "before the article's prose"))
        elif i > last:
            verdicts.append(Verdict(i, "outside_article", "after the article's prose"))
        elif scores[i] < 0:
            keep[i] = _keep_short(blocks, i, alive, keep)
            if not keep[i]:
                verdicts.append(
                    Verdict(i, "short_block", "a short line inside the article that is not a "
                            "sentence, heading or list item")
                )
        else:
            keep[i] = True
    return verdicts
