"""How the text variants are laid out, and where text mode loses on them.

    python bench/layout.py [--variants a,b] [--set aeb|wcxb-dev|all] [--limit N]
        [--pages FILE] [--study DIR] [--per-variant N] [--dir DIR] [--data DIR]

Reads the files of bench/variants.py and the page scores of bench/scrapers.py
(``--pages``, default bench/out/scrapers-pages.jsonl) and prints:

1. Layout features per variant, over every non-blank line of every page:
   lines a page, blank lines (share of all lines), lines opening with a
   bullet, with a number ("1. "), indented (leading space), indented 3+,
   within 5 characters of the page's longest line, with a run of 3+ spaces
   inside, with a lynx-style marker ("[1]", "(BUTTON)", "[image.png]", "____"),
   ending in terminal punctuation, followed by a line that opens in lower case
   or with punctuation (a sentence cut in two), and mean words a line.
2. The lines as cleaner's text reader measures them: pages that open with
   the <title> (html_text's first line), lines its locator scores as prose
   (``is_prose``), bullets and code (its ``features.bullet``, ``.code``: a line
   indented 4 or more is code), menu-like lines (at most
   3 words, no sentence end), and the share of truth tokens on prose lines.
3. Where cleaner's verdicts go wrong, per variant (``cleaner.explain`` on every
   page): a block is "truth" when most of its 4-gram shingles are in the
   page's truth (a block under 4 tokens: when its tokens occur in the truth in
   that order). Truth tokens dropped, by rule (share of all truth-block
   tokens), and non-truth tokens kept (share of all non-truth-block tokens),
   also by kind of line (code, bullet, other; lines with a lynx-style marker).
4. With ``--study DIR``: for each variant, the ``--per-variant`` pages where
   cleaner's F1 falls most below its F1 on html_text, each written as
   ``DIR/VARIANT/SET--ID.tsv``: the scores, then every block of the variant and
   of html_text as verdict, rule, why, T (truth block) or '.', text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.metric import tokenize  # noqa: E402
from bench.pages import DEFAULT_DATA, REPO_ROOT, Page, load_pages, resolve_sets  # noqa: E402
from bench.scrapers import DEFAULT_PAGES  # noqa: E402
from bench.variants import DEFAULT_OUT, VARIANTS, variant_parser, variant_path  # noqa: E402

DEFAULT_STUDY = REPO_ROOT / "bench" / "out" / "study"

_BULLET = re.compile(r"^\s*(?:[*•·◦▪‣+\-–]|\s{3}o)\s+\S")  # lynx nests "+" and "o"
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+\S")
_INNER_GAP = re.compile(r"\S {3,}\S")
_MARKER = re.compile(
    r"\[\d+\]|\((?:BUTTON|submit|reset)\)|\[[^\]\s]*\.(?:png|jpe?g|gif|svg|webp)[^\]]*\]"
    r"|\[(?:IMG|INLINE|image|LINK)\]|_{6,}|\[[ X]\]|\([ *]\)",
    re.I,
)
_CONTINUED = re.compile(r"[a-zà-ÿ,.;:)]")
_TERMINAL = re.compile(r"""[.!?。！？…:;]["'”’)\]]*\s*$""")

FEATURES = (
    ("lines/page", "non-blank lines a page"),
    ("blank", "blank lines, of all lines"),
    ("bullet", "open with a bullet (* • - + o)"),
    ("numbered", 'open with "1." or "1)"'),
    ("indented", "open with a space"),
    ("indent3", "open with 3+ spaces"),
    ("near max", "within 5 chars of the page's longest line"),
    ("gap3", "a run of 3+ spaces inside"),
    ("marker", "a lynx-style marker ([1], (BUTTON), [x.png], ____)"),
    ("terminal", "end in terminal punctuation"),
    ("split", "followed by a line that opens in lower case or with , . ; : ) (a cut sentence)"),
    ("words/line", "mean words a non-blank line"),
)


@dataclass
class LayoutTally:
    pages: int = 0
    lines: int = 0
    blank: int = 0
    words: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, text: str) -> None:
        self.pages += 1
        rows = text.split("\n")
        if rows and rows[-1] == "":
            rows.pop()
        lines = [r.rstrip() for r in rows if r.strip()]
        self.blank += len(rows) - len(lines)
        self.lines += len(lines)
        if not lines:
            return
        longest = max(len(line) for line in lines)
        for line, after in zip(lines, [*lines[1:], ""], strict=True):
            self.words += len(line.split())
            c = self.counts
            c["bullet"] += bool(_BULLET.match(line))
            c["numbered"] += bool(_NUMBERED.match(line))
            c["indented"] += line[0].isspace()
            c["indent3"] += line.startswith("   ")
            c["near max"] += len(line) >= longest - 5
            c["gap3"] += bool(_INNER_GAP.search(line.strip()))
            c["marker"] += bool(_MARKER.search(line))
            c["terminal"] += bool(_TERMINAL.search(line))
            c["split"] += bool(_CONTINUED.match(after.lstrip()))

    def row(self) -> dict[str, float]:
        n = max(1, self.lines)
        out = {k: self.counts[k] / n for k, _ in FEATURES if k in self.counts}
        out["lines/page"] = self.lines / max(1, self.pages)
        out["blank"] = self.blank / max(1, self.blank + self.lines)
        out["words/line"] = self.words / n
        for k, _ in FEATURES:
            out.setdefault(k, 0.0)
        return out


def layout_table(tallies: dict[str, LayoutTally]) -> str:
    head = [k for k, _ in FEATURES]
    lines = ["| variant | " + " | ".join(head) + " |", "|---" * (len(head) + 1) + "|"]
    for name, tally in tallies.items():
        row = tally.row()
        cells = []
        for k in head:
            if k in ("lines/page", "words/line"):
                cells.append(f"{row[k]:.1f}")
            else:
                cells.append(f"{100 * row[k]:.1f}%")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --- the lines as cleaner's text reader measures them ------------------------

READER = (
    ("title first", "pages whose first line is html_text's (the <title>)"),
    ("prose", "lines cleaner's locator scores as prose (is_prose)"),
    ("bullet", "lines cleaner's features call a bullet"),
    ("code", "lines cleaner's features call code (indented 4+, statement-shaped...)"),
    ("menu-like", "lines of at most 3 words that end no sentence"),
    ("truth in prose", "of the truth blocks' tokens, the share on prose lines"),
)


@dataclass
class ReaderTally:
    pages: int = 0
    title_first: int = 0
    lines: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    truth_tokens: int = 0
    truth_prose: int = 0

    def add(self, text: str, title: str, truth: Truth) -> None:
        from cleaner.config import Config
        from cleaner.measure.features import is_prose, measure

        prose_words = Config().prose_words
        self.pages += 1
        lines = [line for line in text.split("\n") if line.strip()]
        self.title_first += bool(lines) and lines[0].strip() == title.strip()
        for line in lines:
            f = measure(line)
            prose = is_prose(f, prose_words)
            self.lines += 1
            self.counts["prose"] += prose
            self.counts["bullet"] += f.bullet
            self.counts["code"] += f.code
            self.counts["menu-like"] += f.words <= 3 and not f.terminal
            tokens = tokenize(line)
            if truth.holds(tokens):
                self.truth_tokens += len(tokens)
                self.truth_prose += len(tokens) if prose else 0

    def row(self) -> dict[str, float]:
        n = max(1, self.lines)
        out = {k: self.counts[k] / n for k in ("prose", "bullet", "code", "menu-like")}
        out["title first"] = self.title_first / max(1, self.pages)
        out["truth in prose"] = self.truth_prose / max(1, self.truth_tokens)
        return out


def reader_table(tallies: dict[str, ReaderTally]) -> str:
    head = [k for k, _ in READER]
    lines = ["| variant | " + " | ".join(head) + " |", "|---" * (len(head) + 1) + "|"]
    for name, tally in tallies.items():
        row = tally.row()
        lines.append(f"| {name} | " + " | ".join(f"{100 * row[k]:.1f}%" for k in head) + " |")
    return "\n".join(lines)


# --- blocks against the truth -----------------------------------------------


class Truth:
    """The n-grams (1 to 4 tokens) of a page's truth, to tell a truth block."""

    def __init__(self, truth: str) -> None:
        tokens = tokenize(truth)
        self.grams: set[tuple[str, ...]] = set()
        for n in (1, 2, 3, 4):
            self.grams.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))

    def holds(self, tokens: list[str]) -> bool:
        if not tokens:
            return False
        if len(tokens) < 4:
            return tuple(tokens) in self.grams
        grams = [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]
        return sum(g in self.grams for g in grams) * 2 >= len(grams)


@dataclass
class VerdictTally:
    truth_tokens: int = 0
    other_tokens: int = 0
    lost: Counter[str] = field(default_factory=Counter)  # rule -> truth tokens dropped
    lost_why: Counter[tuple[str, str]] = field(default_factory=Counter)
    kept_other: int = 0
    # (kind of line, "all" or "kept") -> non-truth tokens; kinds: code, bullet, marker, other
    by_kind: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, blocks: list[tuple[bool, str | None, str | None, str]], truth: Truth) -> None:
        from cleaner.measure.features import measure

        for kept, rule, why, text in blocks:
            tokens = tokenize(text)
            if truth.holds(tokens):
                self.truth_tokens += len(tokens)
                if not kept:
                    self.lost[rule or "?"] += len(tokens)
                    self.lost_why[rule or "?", why or ""] += len(tokens)
                continue
            self.other_tokens += len(tokens)
            self.kept_other += len(tokens) if kept else 0
            f = measure(text)
            kinds = ["code" if f.code else "bullet" if f.bullet else "other"]
            if _MARKER.search(text):
                kinds.append("marker")
            for kind in kinds:
                self.by_kind[kind, "all"] += len(tokens)
                self.by_kind[kind, "kept"] += len(tokens) if kept else 0


KINDS = ("code", "bullet", "other", "marker")


def kind_table(tallies: dict[str, VerdictTally]) -> str:
    """Non-truth tokens kept, by what cleaner's features call the line."""
    lines = [
        "| variant | " + " | ".join(f"{k} lines" for k in KINDS) + " |",
        "|---" * (len(KINDS) + 1) + "|",
    ]
    for name, t in tallies.items():
        cells = []
        for k in KINDS:
            total = t.by_kind[k, "all"]
            share = t.by_kind[k, "kept"] / total if total else 0.0
            cells.append(f"{100 * share:.0f}% of {total:,}" if total else "-")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def explain_blocks(text: str) -> list[tuple[bool, str | None, str | None, str]]:
    import cleaner

    return [(b.kept, b.rule, b.why, b.text) for b in cleaner.explain(text, mode="text").blocks]


def verdict_tables(tallies: dict[str, VerdictTally], top: int = 8) -> str:
    rules: Counter[str] = Counter()
    for t in tallies.values():
        for rule, n in t.lost.items():
            rules[rule] += round(1e6 * n / max(1, t.truth_tokens))
    order = [r for r, _ in rules.most_common(top)]
    head = ["variant", "truth lost", *order, "other rules", "boilerplate kept"]
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for name, t in tallies.items():
        total = max(1, t.truth_tokens)
        lost = sum(t.lost.values())
        rest = lost - sum(t.lost[r] for r in order)
        cells = [name, f"{100 * lost / total:.1f}%"]
        cells += [f"{100 * t.lost[r] / total:.1f}%" for r in order]
        cells += [
            f"{100 * rest / total:.1f}%",
            f"{100 * t.kept_other / max(1, t.other_tokens):.1f}%",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for name, t in tallies.items():
        total = max(1, t.truth_tokens)
        worst = ", ".join(
            f"{rule}/{why or '-'} {100 * n / total:.1f}%"
            for (rule, why), n in t.lost_why.most_common(6)
        )
        lines.append(f"- {name}: {worst}")
    return "\n".join(lines)


# --- study pages -------------------------------------------------------------


Scores = dict[tuple[str, str, str], dict[str, float]]


def read_scores(path: Path) -> Scores:
    """(variant, set, id) -> cleaner's scores on that page."""
    scores = {}
    with path.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            if row["tool"] == "cleaner":
                scores[row["variant"], row["set"], row["id"]] = row
    return scores


def pick_pages(scores: Scores, variant: str, count: int) -> list[tuple[str, str, float]]:
    """The pages where cleaner loses most F1 on ``variant`` against html_text:
    half from each set when both have enough (set, id, drop)."""
    drops: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (v, s, pid), row in scores.items():
        base = scores.get(("html_text", s, pid))
        if v == variant and base is not None:
            drops[s].append((base["f1"] - row["f1"], pid))
    picked = []
    share = max(1, count // max(1, len(drops)))
    for s, rows in sorted(drops.items()):
        rows.sort(reverse=True)
        picked += [(s, pid, d) for d, pid in rows[:share] if d > 0.1]
    return picked


def write_study(
    out: Path, variant: str, page: Page, text: str, base: str, scores: Scores, drop: float
) -> None:
    truth = Truth(page.truth)
    lines = [
        f"# {variant} {page.set_name}/{page.id} {page.url}",
        f"# cleaner F1 {scores[variant, page.set_name, page.id]['f1']:.3f} "
        f"(P {scores[variant, page.set_name, page.id]['p']:.3f}, "
        f"R {scores[variant, page.set_name, page.id]['r']:.3f}); on html_text "
        f"{scores['html_text', page.set_name, page.id]['f1']:.3f}; drop {drop:.3f}",
    ]
    for name, body in ((variant, text), ("html_text", base)):
        lines.append(f"## {name}: verdict, rule, why, truth block, text")
        for kept, rule, why, block in explain_blocks(body):
            mark = "T" if truth.holds(tokenize(block)) else "."
            shown = block.replace("\t", " ")
            lines.append(
                f"{'keep' if kept else 'drop'}\t{rule or ''}\t{why or ''}\t{mark}\t{shown}"
            )
    path = out / variant / f"{page.set_name}--{page.id}.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = variant_parser(__doc__)
    parser.add_argument("--no-verdicts", action="store_true", help="layout features only")
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help=f"({DEFAULT_PAGES})")
    parser.add_argument("--study", type=Path, help=f"write study pages here (e.g. {DEFAULT_STUDY})")
    parser.add_argument("--per-variant", type=int, default=10, help="study pages a variant")
    parser.add_argument("--dir", type=Path, default=DEFAULT_OUT, help=f"({DEFAULT_OUT})")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"({DEFAULT_DATA})")
    args = parser.parse_args(argv)
    names = list(VARIANTS)
    if args.variants:
        wanted = {v.strip() for v in args.variants.split(",")}
        if wanted - set(names):
            parser.error(f"unknown variants {sorted(wanted - set(names))}; known: {names}")
        names = [v for v in names if v in wanted]
    args.names = names
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    layouts = {v: LayoutTally() for v in args.names}
    verdicts = {v: VerdictTally() for v in args.names}
    readers = {v: ReaderTally() for v in args.names}
    pages: dict[tuple[str, str], Page] = {}
    for set_name in resolve_sets(args.set):
        for n, page in enumerate(load_pages(args.data, set_name, args.limit), 1):
            pages[set_name, page.id] = page
            truth = Truth(page.truth)
            base = variant_path(args.dir, "html_text", set_name, page.id)
            title = base.read_text(encoding="utf-8").split("\n", 1)[0]
            for v in args.names:
                text = variant_path(args.dir, v, set_name, page.id).read_text(encoding="utf-8")
                layouts[v].add(text)
                readers[v].add(text, title, truth)
                if not args.no_verdicts:
                    verdicts[v].add(explain_blocks(text), truth)
            if n % 200 == 0:
                print(f"  ... {set_name} {n} pages", file=sys.stderr, flush=True)
    print("### Layout features (share of non-blank lines)\n")
    print(layout_table(layouts))
    print("\n### The lines as cleaner's text reader measures them\n")
    print(reader_table(readers))
    if not args.no_verdicts:
        print("\n### cleaner's verdicts against the truth (share of tokens)\n")
        print(verdict_tables(verdicts))
        print("\n### Boilerplate kept, by kind of line (non-truth tokens kept, of all)\n")
        print("code, bullet: as cleaner's features say (code first); marker: a lynx-style")
        print("marker, whatever the kind; other: neither code nor bullet.\n")
        print(kind_table(verdicts))
    if args.study:
        scores = read_scores(args.pages)
        print(f"\n### Study pages ({args.study})\n")
        for v in args.names:
            if v == "html_text":
                continue
            for s, pid, drop in pick_pages(scores, v, args.per_variant):
                if (s, pid) not in pages:
                    continue
                page = pages[s, pid]
                text = variant_path(args.dir, v, s, pid).read_text(encoding="utf-8")
                base_text = variant_path(args.dir, "html_text", s, pid).read_text(encoding="utf-8")
                write_study(args.study, v, page, text, base_text, scores, drop)
                print(f"- {v} {s}/{pid}: F1 drop {drop:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
