"""The article's runs of blocks: maximum-sum runs of the scores, within the barriers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from cleaner.locate.scores import WALL

# Below this many points of prose the page is not an article (a listing, a
# product, a form): the locator keeps its content lines instead of a prose run.
ARTICLE_POINTS: Final = 250.0
# A second run of prose joins the article when worth this share of the best run.
_SECOND_SPAN: Final = 0.3

# An article this many lines long or shorter that only the title's weight makes one
# is no article.
_ANCHOR_ALONE: Final = 3


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


def anchored_alone(spans: list[tuple[int, int]], anchor: int, weights: Sequence[float]) -> bool:
    """Whether the run that holds ``anchor`` is a few lines worth no article by
    their own weights (before the title's bonus)."""
    for first, last in spans:
        if first <= anchor <= last:
            return last - first < _ANCHOR_ALONE and (
                sum(max(x, 0.0) for x in weights[first : last + 1]) < ARTICLE_POINTS
            )
    return False


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    ``ARTICLE_POINTS`` (the page has no article). When ``anchor`` (the
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
    wall = WALL
    lo, hi = 0, len(scores)
    if anchor is not None:
        lo = next((i + 1 for i in range(anchor - 1, -1, -1) if scores[i] == wall), 0)
        hi = next((i for i in range(anchor + 1, len(scores)) if scores[i] == wall), len(scores))
        if best_span(scores[lo:hi])[2] < ARTICLE_POINTS:
            lo, hi = 0, len(scores)
    walled = [wall] * lo + list(scores[lo:hi]) + [wall] * (len(scores) - hi)
    first, last, best = best_span(walled)
    if best < ARTICLE_POINTS:
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
