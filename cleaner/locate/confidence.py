"""How much to trust a page's article: a predicted F1, from what the cleaner saw.

A corpus builder can route the doubtful pages elsewhere. The prediction is a
linear model over a few measures of the result (:func:`confidence_features`):
how much of the page's text the article kept, how long it is, how much of it
ends its lines as sentences, how many blocks it holds, the mode, and the page's
type. Its weights (:data:`WEIGHTS`) were fitted by least squares to the page
F1s of the dev sets (``bench/train_confidence.py``, wcxb-dev and aeb, both
modes) and are data here, like a language pack: the model is the weighted sum,
clipped to [0, 1]. ``bench/accuracy.py --confidence`` prints the mean F1 of the
pages in each tenth of the confidence, which is how well it is calibrated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

__all__ = ["FEATURES", "WEIGHTS", "confidence", "confidence_features"]

#: The measures, in the order of :data:`WEIGHTS`.
FEATURES: Final = (
    "bias",
    "kept_share",
    "kept_words_log",
    "sentence_share",
    "kept_blocks_log",
    "html",
    "type_article",
    "type_forum",
    "type_product",
    "type_collection",
    "type_listing",
    "type_documentation",
    "type_recipe",
)

_SENTENCE_ENDS: Final = tuple('.!?。！？؟"”’)')

#: Fitted by bench/train_confidence.py on the dev sets (see the module's docstring).
WEIGHTS: tuple[float, ...] = (
    0.2821,
    0.2977,
    0.2878,
    0.2732,
    -0.1735,
    0.0302,
    0.037,
    -0.0236,
    -0.0699,
    -0.0371,
    0.0614,
    0.0058,
    0.1394,
)


def confidence_features(
    texts: Sequence[str], kept: Sequence[bool], html: bool, page_type: str
) -> list[float]:
    """The measures of one result: the blocks' texts, which were kept, the mode, the type.

    >>> [round(x, 2) for x in confidence_features(["Menu", "A sentence."], [False, True],
    ...                                          False, "article")][:6]
    [1.0, 0.67, 0.11, 1.0, 0.07, 0.0]
    """
    words = kept_words = sentence_words = blocks = 0
    for text, keep in zip(texts, kept, strict=True):
        count = len(text.split())
        words += count
        if keep:
            blocks += 1
            kept_words += count
            if text.rstrip().endswith(_SENTENCE_ENDS):
                sentence_words += count
    measures = [
        1.0,
        kept_words / words if words else 0.0,
        math.log1p(kept_words) / 10.0,
        sentence_words / kept_words if kept_words else 0.0,
        math.log1p(blocks) / 10.0,
        1.0 if html else 0.0,
    ]
    measures.extend(1.0 if page_type == name[5:] else 0.0 for name in FEATURES[6:])
    return measures


def confidence(measures: Sequence[float], weights: Sequence[float] | None = None) -> float:
    """The predicted F1 of a result from its measures: their weighted sum, in [0, 1]
    (``weights``: :data:`WEIGHTS` unless given).

    >>> confidence([1.0, 0.5], [0.2, 1.0])
    0.7
    """
    # (Not a default value: the compiled build reads a module constant there before
    # the module has set it.)
    if weights is None:
        weights = WEIGHTS
    total = sum(m * w for m, w in zip(measures, weights, strict=True))
    return round(min(1.0, max(0.0, total)), 3)
