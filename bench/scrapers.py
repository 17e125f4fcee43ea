"""Text mode on the text of other scrapers: cleaner, the raw text and the C4
line rules on every text variant that bench/variants.py wrote.

    python bench/scrapers.py [--variants a,b] [--set aeb|wcxb-dev|all] [--limit N]
        [--tools a,b] [--pages FILE] [--failures FILE] [--dir DIR] [--data DIR]

One run, one process: for each page, every variant, every tool, in turn (so
the timings of a tool on two variants are comparable). The metric and the
per-page scoring are bench/accuracy.py's (``run_tool``, ``ToolRun``), with the
variant's file as the text-mode input. Prints one table per variant (aeb
shingle F1, wcxb-dev shingle F1, wcxb-dev ``with`` and leak, ms/page per set,
empty outputs), then cleaner's row on every variant beside the figures of
issue 29. ``--pages`` writes every page's scores as JSON lines (default
bench/out/scrapers-pages.jsonl), which bench/layout.py reads.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path
from typing import IO

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.accuracy import ToolRun, run_tool  # noqa: E402
from bench.metric import f1, precision, recall  # noqa: E402
from bench.pages import DEFAULT_DATA, REPO_ROOT, load_pages, resolve_sets  # noqa: E402
from bench.tools import Tool, cleaner_build, load_tools  # noqa: E402
from bench.variants import DEFAULT_OUT, VARIANTS, variant_parser, variant_path  # noqa: E402

TOOLS = ("cleaner", "identity", "c4")
DEFAULT_PAGES = REPO_ROOT / "bench" / "out" / "scrapers-pages.jsonl"

# Issue 29's figures for cleaner: aeb F1, wcxb-dev F1, wcxb-dev leak.
ISSUE_FIGURES: dict[str, tuple[float, float, float]] = {
    "html_text": (0.941, 0.822, 0.095),
    "bs4": (0.916, 0.769, 0.080),
    "resiliparse": (0.858, 0.767, 0.247),
    "inscriptis": (0.827, 0.762, 0.459),
    "wrap72": (0.858, 0.757, 0.149),
    "lynx": (0.805, 0.735, 0.253),
}

Runs = dict[tuple[str, str, str], ToolRun]  # (variant, set, tool) -> results


def run_all(
    args: argparse.Namespace, tools: list[Tool], failures: IO[str] | None
) -> tuple[Runs, list[str]]:
    """Every tool on every variant of every page; returns the runs and the sets."""
    runs: Runs = {}
    sets = resolve_sets(args.set)
    started = time.perf_counter()
    for set_name in sets:
        pages = load_pages(args.data, set_name, args.limit)
        for variant in args.names:
            for tool in tools:
                runs[variant, set_name, tool.name] = ToolRun(tool.name)
        for n, page in enumerate(pages, 1):
            for variant in args.names:
                path = variant_path(args.dir, variant, set_name, page.id)
                text = path.read_text(encoding="utf-8")
                for tool in tools:
                    runs[variant, set_name, tool.name].results.append(
                        run_tool(tool, page, text, failures)
                    )
            if n % 100 == 0 or n == len(pages):
                elapsed = time.perf_counter() - started
                print(
                    f"  ... {set_name} {n}/{len(pages)} pages, {elapsed:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
    return runs, sets


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def variant_table(runs: Runs, variant: str, sets: list[str], tools: list[str]) -> str:
    """One variant: per tool, F1 of each set, wcxb-dev's with and leak, ms/page, empty."""
    head = ["tool"]
    for s in sets:
        head.append(f"{s} F1")
        if s == "wcxb-dev":
            head += ["wcxb-dev with", "wcxb-dev leak"]
    head += [f"{s} ms/page" for s in sets] + ["empty", "failures"]
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for tool in tools:
        cells = [tool]
        for s in sets:
            run = runs[variant, s, tool]
            cells.append(f"{run.scores().f1:.3f}")
            if s == "wcxb-dev":
                cells += [_fmt(run.with_share()), _fmt(run.leak_share())]
        cells += [f"{runs[variant, s, tool].ms_per_page():.1f}" for s in sets]
        cells.append(str(sum(runs[variant, s, tool].scores().empty for s in sets)))
        cells.append(str(sum(runs[variant, s, tool].failures() for s in sets)))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def cleaner_table(runs: Runs, variants: list[str], sets: list[str]) -> str:
    """cleaner on every variant, beside issue 29's figures (when both sets ran)."""
    lines = [
        "| variant | aeb F1 | wcxb-dev F1 | wcxb-dev leak | issue 29 (aeb / wcxb-dev / leak) |",
        "|---|---|---|---|---|",
    ]
    for v in variants:
        aeb = runs.get((v, "aeb", "cleaner"))
        dev = runs.get((v, "wcxb-dev", "cleaner"))
        ref = ISSUE_FIGURES.get(v)
        cells = [
            v,
            _fmt(aeb.scores().f1 if aeb else None),
            _fmt(dev.scores().f1 if dev else None),
            _fmt(dev.leak_share() if dev else None),
            " / ".join(f"{x:.3f}" for x in ref) if ref else "-",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_pages(path: Path, runs: Runs) -> None:
    """Every page's scores, one JSON line per (set, variant, tool, page)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for (variant, set_name, tool), run in runs.items():
            for r in run.results:
                p, rc = precision(*r.counts), recall(*r.counts)
                row = {
                    "set": set_name,
                    "variant": variant,
                    "tool": tool,
                    "id": r.id,
                    "p": round(p, 5),
                    "r": round(rc, 5),
                    "f1": round(f1(p, rc), 5),
                    "without_found": r.without_found,
                    "without_total": r.without_total,
                    "ms": round(1000 * r.seconds, 3),
                    "failed": r.failed,
                }
                out.write(json.dumps(row) + "\n")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = variant_parser(__doc__)
    parser.add_argument("--tools", help=f"comma-separated subset of: {', '.join(TOOLS)}")
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help=f"({DEFAULT_PAGES})")
    parser.add_argument("--failures", type=Path, help="write tool exceptions here (JSON lines)")
    parser.add_argument(
        "--dir", type=Path, default=DEFAULT_OUT, help=f"the variants' files ({DEFAULT_OUT})"
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"({DEFAULT_DATA})")
    args = parser.parse_args(argv)
    args.names = _subset(parser, "variants", args.variants, list(VARIANTS))
    args.tool_names = _subset(parser, "tools", args.tools, list(TOOLS))
    return args


def _subset(
    parser: argparse.ArgumentParser, what: str, value: str | None, known: list[str]
) -> list[str]:
    if value is None:
        return known
    wanted = [v.strip() for v in value.split(",") if v.strip()]
    unknown = sorted(set(wanted) - set(known))
    if unknown:
        parser.error(f"unknown {what} {unknown}; known: {known}")
    return [k for k in known if k in wanted]


def missing_variants(args: argparse.Namespace) -> list[str]:
    """Variants with no file for the first page of a set (not made yet)."""
    missing = []
    for set_name in resolve_sets(args.set):
        first = load_pages(args.data, set_name, 1)
        for v in args.names:
            if first and not variant_path(args.dir, v, set_name, first[0].id).exists():
                missing.append(f"{v}/{set_name}")
    return missing


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = missing_variants(args)
    if missing:
        print(f"no variant files for {missing}: run bench/variants.py first", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    print(cleaner_build())
    tools, notes = load_tools("text", args.tool_names)
    for note in notes:
        print(f"note: {note}")
    if not tools:
        return 2
    failures = args.failures.open("w", encoding="utf-8") if args.failures else None
    try:
        runs, sets = run_all(args, tools, failures)
    finally:
        if failures is not None:
            failures.close()
    names = [t.name for t in tools]
    limit = f", first {args.limit} pages of each set" if args.limit else ""
    for v in args.names:
        pages = ", ".join(f"{s} {len(runs[v, s, names[0]].results)}" for s in sets)
        print(f"\n### {v} ({pages} pages{limit})\n")
        print(variant_table(runs, v, sets, names))
    if "cleaner" in names:
        print("\n### cleaner on every variant\n")
        print(cleaner_table(runs, args.names, sets))
    write_pages(args.pages, runs)
    print(f"\npage scores: {args.pages}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
