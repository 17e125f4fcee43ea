"""What each layout feature of the text variants costs cleaner: the variants
mended one feature at a time, and cleaner's scores on them.

    python bench/whatif.py [--variants a,b] [--fixes a,b] [--set aeb|wcxb-dev|all]
        [--limit N] [--dir DIR] [--data DIR]

A fix is a plain text edit that a text reader could make (or, for ``title``,
that only the scraper could, to show what the missing line is worth):

- ``title``: the html_text file's first line (the page's <title>) put first,
  with a blank line after it, where the variant does not open with it.
  resiliparse, inscriptis and lynx print no <title>.
- ``dedent``: every line's leading spaces removed (margins, indentation).
- ``bullets``: ``dedent``, and a leading bullet ("* ", "• ", "+ ", "- ",
  lynx's nested "o ") removed.
- ``unwrap``: hard-wrapped lines joined again. A page is taken as wrapped when
  at least a fifth of its non-blank lines reach within 12 characters of its
  longest line W; then a line is joined to the next non-blank line when the
  next line's first word would not have fitted (len(line) + 1 + len(word) >
  W), the rule a greedy wrapper breaks by, and the next line opens with no
  bullet.
- ``paragraphs``: a blank line between every two non-blank lines (each line
  its own paragraph), for text without blank lines (bs4).
- ``rejoin``: the pieces of a sentence that inline elements cut into lines
  (bs4's ``get_text("\\n")``) joined again: a line is joined to the line
  before it when that one ends with a space, or it opens with one space and
  then a word, or it opens in lower case or with , . ; : ) ! ?
- ``all``: title, then bullets, then unwrap.

Prints, per fix, cleaner's aeb F1, wcxb-dev F1 and wcxb-dev leak on every
variant, beside the unmended scores. The metric is bench/metric.py's, as in
bench/accuracy.py. A page whose text a fix leaves as it is keeps its
unmended result (not cleaned twice).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.metric import aggregate, match_counts, snippet_share, snippets_found  # noqa: E402
from bench.pages import DEFAULT_DATA, SETS, load_pages, resolve_sets  # noqa: E402
from bench.variants import DEFAULT_OUT, VARIANTS, variant_path  # noqa: E402

_LEADING_BULLET = re.compile(r"^(?:[*•·◦▪‣+\-–]|o)\s+(?=\S)")
_BULLET_START = re.compile(r"^\s*(?:[*•·◦▪‣+\-–]|o)\s+\S")


def fix_title(text: str, title: str) -> str:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not title.strip() or first == title.strip():
        return text
    return f"{title}\n\n{text}"


def fix_dedent(text: str) -> str:
    return "\n".join(line.lstrip() for line in text.split("\n"))


def fix_bullets(text: str) -> str:
    """Dedent, and drop a leading bullet.

    >>> fix_bullets("   * Home\\n     o News\\n   Text")
    'Home\\nNews\\nText'
    """
    return "\n".join(_LEADING_BULLET.sub("", line.lstrip()) for line in text.split("\n"))


def fix_unwrap(text: str) -> str:
    """Join the lines a greedy wrapper broke (see the module doc).

    >>> fix_unwrap("one two three\\nfour five\\n\\nsix seven eight\\nnine")
    'one two three four five\\n\\nsix seven eight nine'
    """
    lines = [line.rstrip() for line in text.split("\n")]
    full = [line for line in lines if line.strip()]
    if not full:
        return text
    width = max(len(line) for line in full)
    if sum(len(line) >= width - 12 for line in full) * 5 < len(full):
        return text
    out: list[str] = []
    joinable = False  # the last line out may take the next one
    for line in lines:
        if not line.strip():
            out.append(line)
            joinable = False
            continue
        word = line.split()[0]
        if joinable and len(out[-1]) + 1 + len(word) > width and not _BULLET_START.match(line):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
        joinable = True
    return "\n".join(out)


_CONTINUES: Final = re.compile(r"^(?: \S|[a-zà-ÿ,.;:)!?])")


def fix_rejoin(text: str) -> str:
    """Join the lines an inline element cut (see the module doc).

    >>> fix_rejoin("If \\nAPPEND_SLASH\\n is \\nTrue\\n and the URL.\\nNext")
    'If APPEND_SLASH is True and the URL.\\nNext'
    """
    out: list[str] = []
    for line in text.split("\n"):
        if out and out[-1].strip() and line.strip():
            last = out[-1]
            if last.endswith((" ", "\u00a0")) or _CONTINUES.match(line):
                glue = "" if last.endswith((" ", "\u00a0")) or line.startswith(" ") else " "
                if line.startswith((",", ".", ";", ":", ")", "!", "?")):
                    glue = ""
                out[-1] = last + glue + line
                continue
        out.append(line)
    return "\n".join(out)


def fix_paragraphs(text: str) -> str:
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def fix_all(text: str, title: str) -> str:
    return fix_unwrap(fix_bullets(fix_title(text, title)))


Fix = Callable[[str, str], str]  # (variant text, html_text's first line) -> text

FIXES: dict[str, Fix] = {
    "title": fix_title,
    "dedent": lambda text, _title: fix_dedent(text),
    "bullets": lambda text, _title: fix_bullets(text),
    "unwrap": lambda text, _title: fix_unwrap(text),
    "paragraphs": lambda text, _title: fix_paragraphs(text),
    "rejoin": lambda text, _title: fix_rejoin(text),
    "all": fix_all,
}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--variants", help=f"comma-separated subset of: {', '.join(VARIANTS)}")
    parser.add_argument("--fixes", help=f"comma-separated subset of: {', '.join(FIXES)}")
    parser.add_argument("--set", default="all", choices=[*SETS, "all"])
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--dir", type=Path, default=DEFAULT_OUT, help=f"({DEFAULT_OUT})")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"({DEFAULT_DATA})")
    args = parser.parse_args(argv)
    args.names = _subset(parser, args.variants, list(VARIANTS))
    args.fix_names = _subset(parser, args.fixes, list(FIXES))
    return args


def _subset(parser: argparse.ArgumentParser, value: str | None, known: list[str]) -> list[str]:
    if value is None:
        return known
    wanted = {v.strip() for v in value.split(",") if v.strip()}
    if wanted - set(known):
        parser.error(f"unknown {sorted(wanted - set(known))}; known: {known}")
    return [k for k in known if k in wanted]


Result = tuple[tuple[float, float, float], int, int]  # counts, without found, without total


def main(argv: list[str] | None = None) -> int:
    import cleaner

    args = parse_args(argv)
    columns = ["as is", *args.fix_names]
    results: dict[tuple[str, str, str], list[Result]] = {}  # (variant, set, column)
    changed: dict[tuple[str, str], int] = {}  # (variant, fix) -> pages changed
    sets = resolve_sets(args.set)
    for set_name in sets:
        pages = load_pages(args.data, set_name, args.limit)
        for n, page in enumerate(pages, 1):
            base = variant_path(args.dir, "html_text", set_name, page.id).read_text("utf-8")
            title = base.split("\n", 1)[0]
            for v in args.names:
                text = variant_path(args.dir, v, set_name, page.id).read_text("utf-8")
                plain = _score(cleaner.clean(text, mode="text"), page.truth, page.without)
                results.setdefault((v, set_name, "as is"), []).append(plain)
                for fix in args.fix_names:
                    mended = FIXES[fix](text, title)
                    if mended == text:
                        result = plain
                    else:
                        changed[v, fix] = changed.get((v, fix), 0) + 1
                        result = _score(
                            cleaner.clean(mended, mode="text"), page.truth, page.without
                        )
                    results.setdefault((v, set_name, fix), []).append(result)
            if n % 200 == 0 or n == len(pages):
                print(f"  ... {set_name} {n}/{len(pages)}", file=sys.stderr, flush=True)
    print(f"cleaner {cleaner.__version__} ({cleaner.BUILD})\n")
    print("cleaner's aeb F1 / wcxb-dev F1 / wcxb-dev leak, each variant mended one way;")
    print("(n) pages the fix changed\n")
    print("| variant | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for v in args.names:
        cells = []
        for col in columns:
            cell = " / ".join(_cell(results, v, s, col) for s in sets)
            if col != "as is":
                cell += f" ({changed.get((v, col), 0)})"
            cells.append(cell)
        print(f"| {v} | " + " | ".join(cells) + " |")
    return 0


def _score(output: str, truth: str, without: tuple[str, ...]) -> Result:
    return match_counts(output, truth), snippets_found(output, without), len(without)


def _cell(results: dict[tuple[str, str, str], list[Result]], v: str, s: str, col: str) -> str:
    rows = results[v, s, col]
    f1 = f"{aggregate(r[0] for r in rows).f1:.3f}"
    if s != "wcxb-dev":
        return f1
    leak = snippet_share(sum(r[1] for r in rows), sum(r[2] for r in rows))
    return f1 + (f" / {leak:.3f}" if leak is not None else "")


if __name__ == "__main__":
    sys.exit(main())
