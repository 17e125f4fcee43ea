"""The benchmark metric (the article-extraction-benchmark's), as defined in
../shared/bench/README.md.

Per page:

- Tokens are ``\\w+`` matches (Unicode, Python's ``re``, case kept: this is
  what the reference ``evaluate.py`` of scrapinghub/article-extraction-benchmark
  does).
- Shingles are the 4-grams of tokens; a text of 1 to 3 tokens is one short
  shingle, a text without tokens has none.
- The multisets of shingles of output and truth give tp (shared), fp (only in
  output), fn (only in truth), normalised so that tp + fp + fn = 1 (long pages
  weigh no more than short ones).
- precision = tp / (tp + fp), recall = tp / (tp + fn); both are 1.0 when
  fp = fn = 0 (also when both texts are empty), precision is 0 when
  tp = fp = 0 (empty output), recall is 0 when tp = fn = 0 (empty truth).

Over a set: P is the mean of page precisions and R the mean of page recalls
over all pages, and F1 is computed from the two means: 2PR / (P + R). A page
with an empty output counts as precision 0, as the README states. (The
reference ``metrics_from_tp_fp_fns`` leaves such pages out of the precision
mean instead, which is how the README's peer table was computed: aeb
jusText-by-line P 0.744 there, 0.625 here.) Reports show how many outputs
were empty.

Snippets: a snippet is found when its lower-cased, whitespace-collapsed form
is a substring of the lower-cased, whitespace-collapsed output. ``with``
recall is found / total over all ``with`` snippets of the set, ``leak`` the
same for ``without`` snippets (lower is better).

WCXB's own metric, the word F1, is the second part of this module (see
:func:`word_scores`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

NGRAM = 4
_TOKEN_RE = re.compile(r"\w+")

Shingle = tuple[str, ...]


def tokenize(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``, case kept."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str, n: int = NGRAM) -> Counter[Shingle]:
    """Multiset of the ``n``-grams of tokens of ``text``.

    A text with fewer than ``n`` tokens (but at least one) is one short
    shingle; a text without tokens has no shingles.
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    count = max(1, len(tokens) - n + 1)
    return Counter(tuple(tokens[i : i + n]) for i in range(count))


def match_counts(output: str, truth: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of the shingles of ``output`` against ``truth``.

    The three sum to 1, or are all 0 when neither text has a token.
    """
    out, ref = shingles(output), shingles(truth)
    tp = sum((out & ref).values())
    fp = sum((out - ref).values())
    fn = sum((ref - out).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def precision(tp: float, fp: float, fn: float) -> float:
    """Page precision with the edge cases of the metric."""
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    """Page recall with the edge cases of the metric."""
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fn == 0:
        return 0.0
    return tp / (tp + fn)


def score_page(output: str, truth: str) -> tuple[float, float]:
    """(precision, recall) of one page's ``output`` against its ``truth``."""
    tp, fp, fn = match_counts(output, truth)
    return precision(tp, fp, fn), recall(tp, fp, fn)


def f1(p: float, r: float) -> float:
    """Harmonic mean of ``p`` and ``r`` (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


@dataclass(frozen=True)
class Scores:
    """Aggregate scores of a set of pages."""

    precision: float
    recall: float
    f1: float
    pages: int
    empty: int  # pages whose output has no shingles (precision 0 there)


def aggregate(counts: Iterable[tuple[float, float, float]]) -> Scores:
    """Set scores from the per-page :func:`match_counts` (tp, fp, fn).

    Both means run over every page, as ../shared/bench/README.md defines them:
    a page with an empty output scores precision 0 (unless its truth is empty
    too). The article-extraction-benchmark's own script instead leaves empty
    outputs out of the precision mean, which flatters a tool that gives up on
    hard pages; the ``empty`` count shows how often that happened.
    """
    rows = list(counts)
    p = _mean([precision(*c) for c in rows])
    r = _mean([recall(*c) for c in rows])
    empty = sum(1 for tp, fp, _ in rows if tp + fp == 0)
    return Scores(p, r, f1(p, r), len(rows), empty)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def normalize(text: str) -> str:
    """Lower-case ``text`` and collapse its whitespace runs to one space."""
    return " ".join(text.lower().split())


def snippets_found(output: str, snippets: Sequence[str]) -> int:
    """How many of ``snippets`` occur in ``output`` (after :func:`normalize`)."""
    haystack = normalize(output)
    return sum(1 for s in snippets if normalize(s) in haystack)


def snippet_share(found: int, total: int) -> float | None:
    """``found / total``, or None when there is no snippet at all."""
    return found / total if total else None


# --- WCXB's metric -------------------------------------------------------------
#
# The Web Content eXtraction Benchmark (Murrough Foley, 2026) ranks systems by a
# bag-of-words F1, not by shingles. This follows its evaluate.py (functions
# ``tokenize``, ``word_f1`` and ``evaluate_results``), read line by line:
#
# - a text is lower-cased first, then split into ``\w+`` tokens (in that order:
#   ``str.lower`` can change what ``\w+`` sees: "İstanbul" gives "i" and
#   "stanbul", as "İ" lowers to "i" and a combining dot, which is no ``\w``);
# - truth without tokens: (1, 1, 1) when the output has none either, else
#   (0, 0, 0); output without tokens (truth not empty): (0, 0, 0);
# - otherwise overlap = size of the multiset intersection of the two bags,
#   precision = overlap / output tokens, recall = overlap / truth tokens, and
#   the page's F1 = 2PR / (P + R) (0 when both are 0);
# - over a set, P, R and F1 are each the plain mean over all pages (an empty
#   output counts as 0 in all three): the F1 is a mean of page F1s, not the
#   harmonic mean of the mean P and R as the shingle F1 above is.
#
# Its page type comes from the ground truth's ``_internal.page_type``
# ("category" read as "collection"); the bench set's id prefix holds the same
# type.

WCXB_KINDS = ("article", "forum", "product", "collection", "listing", "documentation", "service")
"""Page types in the order WCXB's evaluate.py prints them."""


def word_tokens(text: str) -> list[str]:
    """WCXB's tokens: ``\\w+`` matches of the lower-cased text.

    >>> word_tokens("The CAT's hat, 2 cats!")
    ['the', 'cat', 's', 'hat', '2', 'cats']
    >>> word_tokens("")
    []
    """
    return _TOKEN_RE.findall(text.lower()) if text else []


def word_scores(output: str, truth: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of one page by WCXB's bag-of-words overlap.

    >>> word_scores("the cat sat on the mat", "The cat sat.")
    (0.5, 1.0, 0.6666666666666666)
    >>> word_scores("a a b", "a b b b")  # multisets: overlap is a + b = 2
    (0.6666666666666666, 0.5, 0.5714285714285715)
    >>> word_scores("", "some truth")  # empty output
    (0.0, 0.0, 0.0)
    >>> word_scores("", "...")  # neither has a token
    (1.0, 1.0, 1.0)
    >>> word_scores("anything", "")  # empty truth, output not empty
    (0.0, 0.0, 0.0)
    >>> word_scores("x y", "z")  # no overlap
    (0.0, 0.0, 0.0)
    """
    out, ref = word_tokens(output), word_tokens(truth)
    if not ref:
        return (1.0, 1.0, 1.0) if not out else (0.0, 0.0, 0.0)
    if not out:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(out) & Counter(ref)).values())
    p, r = overlap / len(out), overlap / len(ref)
    return p, r, f1(p, r)


@dataclass(frozen=True)
class WordScores:
    """WCXB's set scores: the means of the page P, R and F1."""

    precision: float
    recall: float
    f1: float
    pages: int


def word_aggregate(scores: Iterable[tuple[float, float, float]]) -> WordScores:
    """Mean P, R and F1 over pages, from per-page :func:`word_scores`.

    The F1 is the mean of the page F1s, as WCXB's evaluate.py computes it:

    >>> s = word_aggregate([(1.0, 1.0, 1.0), (0.0, 0.0, 0.0), (0.5, 1.0, 2 / 3)])
    >>> round(s.precision, 4), round(s.recall, 4), round(s.f1, 4), s.pages
    (0.5, 0.6667, 0.5556, 3)
    >>> word_aggregate([])
    WordScores(precision=0.0, recall=0.0, f1=0.0, pages=0)
    """
    rows = list(scores)
    return WordScores(
        _mean([p for p, _, _ in rows]),
        _mean([r for _, r, _ in rows]),
        _mean([f for _, _, f in rows]),
        len(rows),
    )


def page_f1(counts: tuple[float, float, float]) -> float:
    """One page's shingle F1 from its :func:`match_counts` (for page-by-page
    comparisons; the set's F1 is computed from the mean P and R instead).

    >>> page_f1(match_counts("a b c d e", "a b c d e"))
    1.0
    >>> page_f1(match_counts("", "a b c d e"))
    0.0
    """
    return f1(precision(*counts), recall(*counts))
