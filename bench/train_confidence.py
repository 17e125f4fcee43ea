"""Fit the confidence's weights (cleaner/locate/confidence.py) on the dev sets.

Runs ``cleaner.explain`` on every page of wcxb-dev and aeb, in both modes,
measures each result (``confidence_features``) and its WCXB word F1 against the
truth, and fits the weights by least squares (numpy). Prints the weights as the
line to put in ``WEIGHTS``, and the mean F1 per tenth of the fitted confidence.
The held-out sets are never read.

    python bench/train_confidence.py [--data DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cleaner  # noqa: E402
from bench.metric import word_scores  # noqa: E402
from bench.pages import DEFAULT_DATA, load_pages  # noqa: E402
from cleaner.locate.confidence import FEATURES, confidence, confidence_features  # noqa: E402

DEV_SETS = ("wcxb-dev", "aeb")


def measured(data: Path, limit: int | None) -> tuple[list[list[float]], list[float]]:
    """Every dev page's measures and word F1, in both modes."""
    rows: list[list[float]] = []
    scores: list[float] = []
    for set_name in DEV_SETS:
        for page in load_pages(data, set_name, limit):
            for mode in ("text", "html"):
                explained = cleaner.explain(page.load(mode), mode=mode)
                blocks = explained.blocks
                rows.append(
                    confidence_features(
                        [b.text for b in blocks],
                        [b.kept for b in blocks],
                        mode == "html",
                        str(explained.metadata.get("page_type", "")),
                    )
                )
                scores.append(word_scores(explained.article, page.truth)[2])
    return rows, scores


def deciles(predicted: list[float], scores: list[float]) -> str:
    """Mean F1 of the pages in each tenth of the confidence (by rank)."""
    order = sorted(range(len(scores)), key=lambda i: predicted[i])
    lines = ["| tenth | pages | confidence | mean F1 |", "|---|---|---|---|"]
    for tenth in range(10):
        part = order[tenth * len(order) // 10 : (tenth + 1) * len(order) // 10]
        if part:
            conf = sum(predicted[i] for i in part) / len(part)
            mean = sum(scores[i] for i in part) / len(part)
            lines.append(f"| {tenth + 1} | {len(part)} | {conf:.3f} | {mean:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    import numpy as np

    rows, scores = measured(args.data, args.limit)
    weights, *_ = np.linalg.lstsq(np.array(rows), np.array(scores), rcond=None)
    fitted = tuple(round(float(w), 4) for w in weights)
    print("WEIGHTS: Final = " + repr(fitted))
    for name, weight in zip(FEATURES, fitted, strict=True):
        print(f"#   {name}: {weight}")
    predicted = [confidence(row, fitted) for row in rows]
    print(deciles(predicted, scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
