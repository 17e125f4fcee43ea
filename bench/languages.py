"""cleaner by language: bench pages and F1 per language, and the samples that pass.

    python bench/languages.py [--set aeb|wcxb-dev|all] [--mode text|html|both]
        [--limit N] [--data DIR] [--samples DIR]

Each bench page's language is told by py3langid (``pip install -r
bench/requirements.txt``; the library itself never imports it) from the
page's truth, or from its text where the truth is empty. cleaner runs on every
page in each mode and is scored as bench/accuracy.py scores it
(``accuracy.run_tool``, ``metric.aggregate``), the pages grouped by language.
A sample of samples/ belongs to the language its name opens with
(``de-news-...``) and passes when its article is its ``NAME.expected.txt``.

One Markdown table: a row a language that has bench pages or samples, the
languages with most pages first.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.accuracy import PageResult, run_tool  # noqa: E402
from bench.metric import aggregate  # noqa: E402
from bench.pages import (  # noqa: E402
    DEFAULT_DATA,
    REPO_ROOT,
    Page,
    load_pages,
    resolve_modes,
    resolve_sets,
)
from bench.tools import cleaner_build, load_tools  # noqa: E402

SAMPLES = REPO_ROOT / "samples"


def page_language(page: Page) -> str:
    """The language py3langid tells of the page's truth (of its text if the truth is empty)."""
    import py3langid

    text = page.truth if page.truth.strip() else page.text()
    code, _ = py3langid.classify(text)
    return str(code)


def sample_results(directory: Path) -> dict[str, tuple[int, int]]:
    """Language code -> (samples passed, samples) of the samples in ``directory``."""
    import cleaner

    suffix = ".expected.txt"
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for expected in sorted(directory.glob(f"*{suffix}")):
        name = expected.name[: -len(suffix)]
        source = next(
            (p for p in (directory / f"{name}.txt", directory / f"{name}.html") if p.is_file()),
            None,
        )
        if source is None:
            continue
        page: str | bytes = (
            source.read_bytes() if source.suffix == ".html" else source.read_bytes().decode()
        )
        code = name.split("-", 1)[0]
        counts[code][1] += 1
        counts[code][0] += cleaner.clean(page) == expected.read_bytes().decode()
    return {code: (passed, total) for code, (passed, total) in counts.items()}


def _names() -> dict[str, str]:
    """Language code -> its name, from cleaner's packs where one is written."""
    from cleaner import lang

    return {pack.CODE: pack.NAME for pack in lang.PACKS if pack.CODE != "intl"}


def table(
    languages: dict[str, str],
    results: dict[str, list[PageResult]],
    modes: list[str],
    samples: dict[str, tuple[int, int]],
) -> str:
    """The Markdown table: pages, F1 a mode, samples passed, a row a language."""
    pages = Counter(languages.values())
    names = _names()
    codes = sorted(set(pages) | set(samples), key=lambda c: (-pages.get(c, 0), c))
    head = ["language", "bench pages"] + [f"F1 {mode}" for mode in modes] + ["samples passed"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for code in codes:
        cells = [f"{code} ({names[code]})" if code in names else code, str(pages.get(code, 0))]
        for mode in modes:
            rows = [result for result in results.get(mode, []) if languages[result.id] == code]
            cells.append(f"{aggregate(r.counts for r in rows).f1:.3f}" if rows else "-")
        passed, total = samples.get(code, (0, 0))
        cells.append(f"{passed}/{total}" if total else "-")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="all", choices=["aeb", "wcxb-dev", "all"])
    parser.add_argument("--mode", default="both", choices=["text", "html", "both"])
    parser.add_argument("--limit", type=int, default=None, help="the first N pages of each set")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--samples", type=Path, default=SAMPLES)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        import py3langid  # noqa: F401
    except ImportError:
        print("py3langid is not installed: pip install -r bench/requirements.txt", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    print(cleaner_build())
    pages = [
        page for name in resolve_sets(args.set) for page in load_pages(args.data, name, args.limit)
    ]
    # A page is known by its set and id (the sets' ids could meet).
    keyed = {f"{page.set_name}/{page.id}": page for page in pages}
    languages = {key: page_language(page) for key, page in keyed.items()}
    modes = list(resolve_modes(args.mode))
    results: dict[str, list[PageResult]] = {}
    for mode in modes:
        tools, notes = load_tools(mode, ["cleaner"])
        if not tools:
            print(f"note: {'; '.join(notes)}", file=sys.stderr)
            continue
        rows = []
        for key, page in keyed.items():
            result = run_tool(tools[0], page, page.load(mode), None)
            result.id = key
            rows.append(result)
        results[mode] = rows
    sets = " and ".join(resolve_sets(args.set))
    print(f"\n{len(pages)} pages of {sets}; samples of {args.samples.name}/\n")
    print(table(languages, results, modes, sample_results(args.samples)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
