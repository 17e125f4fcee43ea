"""What the HTML report costs beside cleaning: every page of a set, cleaned, then reported.

    python bench/report_speed.py [--set aeb|wcxb-dev|all] [--mode text|html|both]
        [--limit N] [--repeat N] [--data DIR]

For each set and mode, the pages are read into memory first, then timed
twice over the whole set: ``cleaner.clean(page)`` for every page, and
``cleaner.explain(page).to_html()`` written to a file for every page (the
``cleaner --report`` path: explaining, rendering, writing). It prints both
totals and their ratio (the goal: reports in under 2x the time of cleaning).
``--repeat N`` runs each loop N times and keeps the fastest (a shared machine).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import cleaner  # noqa: E402
from bench.pages import DEFAULT_DATA, SETS, load_pages, resolve_modes, resolve_sets  # noqa: E402
from bench.tools import cleaner_build  # noqa: E402


def _clean_all(pages: list[str | bytes], mode: str) -> float:
    start = time.perf_counter()
    for page in pages:
        cleaner.clean(page, mode=mode)
    return time.perf_counter() - start


def _report_all(pages: list[str | bytes], mode: str, folder: Path) -> tuple[float, int]:
    """Seconds to explain, render and write every page's report, and the bytes written."""
    written = 0
    start = time.perf_counter()
    for number, page in enumerate(pages):
        report = cleaner.explain(page, mode=mode).to_html(title=f"page {number}")
        written += (folder / f"{number:05d}.html").write_text(report, encoding="utf-8")
    return time.perf_counter() - start, written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="aeb")
    parser.add_argument("--mode", choices=["text", "html", "both"], default="both")
    parser.add_argument("--limit", type=int, help="the first N pages of each set")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each loop; the fastest")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    print(f"{cleaner_build()}\n")
    print("| set | mode | pages | clean s | report s | report / clean | report MB |")
    print("|---|---|---|---|---|---|---|")
    for set_name in resolve_sets(args.set):
        pages_of_set = load_pages(args.data, set_name, args.limit)
        for mode in resolve_modes(args.mode):
            pages = [page.load(mode) for page in pages_of_set]
            cleaner.clean(pages[0], mode=mode)  # warm-up: imports, patterns
            clean = min(_clean_all(pages, mode) for _ in range(args.repeat))
            with tempfile.TemporaryDirectory(prefix="cleaner-reports-") as folder:
                runs = [_report_all(pages, mode, Path(folder)) for _ in range(args.repeat)]
            report = min(seconds for seconds, _ in runs)
            size = runs[0][1] / 1e6
            print(
                f"| {set_name} | {mode} | {len(pages)} | {clean:.2f} | {report:.2f}"
                f" | {report / clean:.2f}x | {size:.1f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
