"""The bench pages' text as other scrapers lay it out (text variants).

    python bench/variants.py [--variants a,b] [--set aeb|wcxb-dev|all] [--limit N]
        [--out DIR] [--lynx-timeout S] [--data DIR]

Text mode was tuned on one scraper's layout: the bench's text/ files are
``html_text.extract_text(html, guess_layout=True)``. This script makes, from
each bench page's HTML (the rows of truth.jsonl), the text that other
scrapers give, and writes it to ``OUT/NAME/SET/ID.txt`` (default
bench/out/variants, gitignored), with ``OUT/manifest.json`` (tool versions,
the exact calls, failures, a SHA-256 of every variant's files).

Every tool that takes str gets the same string: ``bench.pages.decode_html``
(UTF-8 when valid, else the ``<meta charset>``, else cp1252; every bench page
is valid UTF-8). resiliparse decodes with its own ``bytes_to_str(html,
detect_encoding(html))``; the summary says on how many pages that string
differs from decode_html's.

The variants (see VARIANTS below for the exact calls):

- ``html_text``: ``html_text.extract_text(decoded, guess_layout=True)``; must
  equal the bench's text/ files (checked on every page, summary line).
- ``bs4``: ``BeautifulSoup(decoded, "lxml").get_text("\\n")``, blank lines
  dropped. Nothing is removed first: bs4 (4.13 and later) already leaves out
  the strings of <script>, <style> and <template> and comments from
  get_text(); <noscript> text stays.
- ``resiliparse``: ``extract_plain_text(bytes_to_str(html,
  detect_encoding(html)), main_content=False)``, other options default.
- ``inscriptis``: ``inscriptis.get_text(decoded)``, defaults.
- ``wrap72``: the html_text text, each line ``textwrap.wrap(line, width=72)``
  (defaults otherwise), blank lines kept blank.
- ``lynx``: ``lynx -dump -nolist -force_html -stdin -assume_charset=utf-8
  -display_charset=utf-8`` (default width 80, margins on), fed the decoded
  page encoded as ASCII with every other character as a numeric character
  reference (``str.encode("ascii", "xmlcharrefreplace")``): whatever charset
  a page's <meta> declares (8 bench pages declare iso-8859-1, windows-1252 or
  macintosh yet are UTF-8), lynx reads the same characters. A page that
  takes longer than ``--lynx-timeout`` seconds is a failure.

A file is the tool's output with a newline added when it does not end in one
(the bench's text/ files are html_text's output plus "\\n"). A tool that
fails on a page leaves an empty file and a line in the manifest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import textwrap
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.pages import DEFAULT_DATA, REPO_ROOT, SETS, Page, decode_html, load_pages  # noqa: E402

DEFAULT_OUT = REPO_ROOT / "bench" / "out" / "variants"
LYNX_TIMEOUT = 20.0
WRAP_WIDTH = 72
LYNX_ARGS = (
    "lynx",
    "-dump",
    "-nolist",
    "-force_html",
    "-stdin",
    "-assume_charset=utf-8",
    "-display_charset=utf-8",
)


@dataclass
class Source:
    """One page's HTML, decoded once, and the html_text text (wrap72's input)."""

    html: bytes
    decoded: str
    _html_text: str | None = None

    def html_text(self) -> str:
        if self._html_text is None:
            self._html_text = make_html_text(self)
        return self._html_text


# --- the variants ------------------------------------------------------------


def make_html_text(src: Source) -> str:
    import html_text

    return str(html_text.extract_text(src.decoded, guess_layout=True))


def make_bs4(src: Source) -> str:
    from bs4 import BeautifulSoup

    text = BeautifulSoup(src.decoded, "lxml").get_text("\n")
    return "\n".join(line for line in text.splitlines() if line.strip())


def resiliparse_decode(html: bytes) -> str:
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    return str(bytes_to_str(html, detect_encoding(html) or "utf-8"))  # as bench/tools.py


def make_resiliparse(src: Source) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(resiliparse_decode(src.html), main_content=False))


def make_inscriptis(src: Source) -> str:
    import inscriptis

    return str(inscriptis.get_text(src.decoded))


def wrap_lines(text: str, width: int = WRAP_WIDTH) -> str:
    """Each line of ``text`` hard-wrapped at ``width`` columns; blank lines stay blank.

    >>> wrap_lines("one two three\\n\\nfour", width=8)
    'one two\\nthree\\n\\nfour'
    """
    return "\n".join("\n".join(textwrap.wrap(line, width=width)) for line in text.split("\n"))


def make_wrap72(src: Source) -> str:
    return wrap_lines(src.html_text())


class LynxTimeout(Exception):
    """lynx took longer than the per-page timeout."""


def make_lynx(src: Source, timeout: float = LYNX_TIMEOUT) -> str:
    data = src.decoded.encode("ascii", "xmlcharrefreplace")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "TERM": "dumb"}
    try:
        done = subprocess.run(
            LYNX_ARGS, input=data, capture_output=True, timeout=timeout, env=env, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise LynxTimeout(f"lynx took over {timeout:g} s") from exc
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip()[:200]
        raise RuntimeError(f"lynx exited {done.returncode}: {err}")
    return done.stdout.decode("utf-8", "replace")


Maker = Callable[[Source], str]

VARIANTS: dict[str, Maker] = {
    "html_text": make_html_text,
    "bs4": make_bs4,
    "resiliparse": make_resiliparse,
    "inscriptis": make_inscriptis,
    "wrap72": make_wrap72,
    "lynx": make_lynx,
}

CALLS: dict[str, str] = {
    "html_text": "html_text.extract_text(decode_html(html), guess_layout=True)",
    "bs4": 'lines of BeautifulSoup(decode_html(html), "lxml").get_text("\\n")'
    " with blank (whitespace-only) lines dropped",
    "resiliparse": "extract_plain_text(bytes_to_str(html, detect_encoding(html)),"
    " main_content=False)",
    "inscriptis": "inscriptis.get_text(decode_html(html))",
    "wrap72": "each line of the html_text variant as textwrap.wrap(line, width=72),"
    " blank lines kept",
    "lynx": " ".join(LYNX_ARGS)
    + ' < decode_html(html).encode("ascii", "xmlcharrefreplace"), per-page timeout',
}

DISTRIBUTIONS = ("html-text", "beautifulsoup4", "lxml", "Resiliparse", "inscriptis")


def variant_path(out: Path, name: str, set_name: str, page_id: str) -> Path:
    """Where variant ``name`` of a page lives."""
    return out / name / set_name / f"{page_id}.txt"


def as_file_text(text: str) -> str:
    """A tool's output as the file holds it: with a final newline."""
    return text if text.endswith("\n") else text + "\n"


# --- running -----------------------------------------------------------------


@dataclass
class Tally:
    """What one variant did over the run."""

    pages: int = 0
    seconds: float = 0.0
    chars: int = 0
    lines: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)


def lynx_version() -> str:
    try:
        done = subprocess.run(["lynx", "-version"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "missing"
    return done.stdout.decode("utf-8", "replace").splitlines()[0] if done.stdout else "?"


def versions() -> dict[str, str]:
    found = {}
    for dist in DISTRIBUTIONS:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = "missing"
    found["lynx"] = lynx_version()
    found["python"] = sys.version.split()[0]
    return found


def make_page(
    page: Page, names: list[str], out: Path, tallies: dict[str, Tally], lynx_timeout: float
) -> dict[str, bool]:
    """Write every variant of one page; report the checks (html_text vs text/,
    resiliparse's decoding vs decode_html)."""
    html = page.html()
    src = Source(html, decode_html(html))
    checks: dict[str, bool] = {}
    for name in names:
        tally = tallies[name]
        start = time.perf_counter()
        try:
            text = make_lynx(src, lynx_timeout) if name == "lynx" else VARIANTS[name](src)
            body = as_file_text(text)
        except Exception as exc:
            body = ""
            error = f"{type(exc).__name__}: {exc}"
            tally.failures.append({"set": page.set_name, "id": page.id, "error": error})
        tally.seconds += time.perf_counter() - start
        tally.pages += 1
        tally.chars += len(body)
        tally.lines += body.count("\n")
        tally.digest.update(f"{page.set_name}/{page.id}\0".encode())
        tally.digest.update(body.encode("utf-8"))
        path = variant_path(out, name, page.set_name, page.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        if name == "html_text":
            checks["html_text_equal"] = body == page.text()
    if "resiliparse" in names:
        checks["decoders_equal"] = resiliparse_decode(html) == src.decoded
    return checks


def variant_parser(description: str | None) -> argparse.ArgumentParser:
    """The options every variant script takes: --variants, --set, --limit."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--variants", help=f"comma-separated subset of: {', '.join(VARIANTS)}")
    parser.add_argument("--set", default="all", choices=[*SETS, "all"])
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = variant_parser(__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"({DEFAULT_OUT})")
    parser.add_argument("--lynx-timeout", type=float, default=LYNX_TIMEOUT, help="seconds a page")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"({DEFAULT_DATA})")
    args = parser.parse_args(argv)
    args.names = parse_variants(parser, args.variants)
    return args


def parse_variants(parser: argparse.ArgumentParser, value: str | None) -> list[str]:
    if value is None:
        return list(VARIANTS)
    wanted = [v.strip() for v in value.split(",") if v.strip()]
    unknown = sorted(set(wanted) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown variants {unknown}; known: {list(VARIANTS)}")
    return [v for v in VARIANTS if v in wanted]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    warnings.simplefilter("ignore")  # bs4 and friends warn on odd pages
    sets = list(SETS) if args.set == "all" else [args.set]
    pages = [p for s in sets for p in load_pages(args.data, s, args.limit)]
    if not pages:
        print(f"no pages under {args.data}", file=sys.stderr)
        return 2
    tallies = {name: Tally() for name in args.names}
    equal = decoders = 0
    unequal: list[str] = []
    started = time.perf_counter()
    for n, page in enumerate(pages, 1):
        checks = make_page(page, args.names, args.out, tallies, args.lynx_timeout)
        if checks.get("html_text_equal", False):
            equal += 1
        elif "html_text_equal" in checks:
            unequal.append(f"{page.set_name}/{page.id}")
        decoders += checks.get("decoders_equal", False)
        if n % 100 == 0 or n == len(pages):
            elapsed = time.perf_counter() - started
            print(f"  ... {n}/{len(pages)} pages, {elapsed:.0f} s", file=sys.stderr, flush=True)
    write_manifest(args, tallies, len(pages))
    print_summary(args, tallies, len(pages), equal, unequal, decoders)
    return 1 if unequal else 0


def write_manifest(args: argparse.Namespace, tallies: dict[str, Tally], pages: int) -> None:
    manifest_path = args.out / "manifest.json"
    old = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    entries = old.get("variants", {})
    for name, tally in tallies.items():
        entries[name] = {
            "call": CALLS[name],
            "set": args.set,
            "limit": args.limit,
            "pages": tally.pages,
            "sha256": tally.digest.hexdigest(),
            "failures": tally.failures,
        }
    manifest = {"versions": versions(), "variants": entries}
    args.out.mkdir(parents=True, exist_ok=True)
    manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")


def print_summary(
    args: argparse.Namespace,
    tallies: dict[str, Tally],
    pages: int,
    equal: int,
    unequal: list[str],
    decoders: int,
) -> None:
    vers = versions()
    limit = f", first {args.limit}" if args.limit else ""
    print(f"{pages} pages ({args.set}{limit}) -> {args.out}")
    print(", ".join(f"{k} {v}" for k, v in vers.items()))
    print()
    print("| variant | pages | failures | lines/page | chars/page | ms/page | sha256 (first 12) |")
    print("|---|---|---|---|---|---|---|")
    for name, t in tallies.items():
        n = max(1, t.pages)
        print(
            f"| {name} | {t.pages} | {len(t.failures)} | {t.lines / n:.0f} | "
            f"{t.chars / n:.0f} | {1000 * t.seconds / n:.1f} | {t.digest.hexdigest()[:12]} |"
        )
    print()
    for name, t in tallies.items():
        for fail in t.failures[:5]:
            print(f"failure: {name} {fail['set']}/{fail['id']}: {fail['error']}")
        if len(t.failures) > 5:
            print(f"failure: {name}: {len(t.failures) - 5} more (manifest.json)")
    if "html_text" in tallies:
        verdict = "equal to" if not unequal else "NOT equal to"
        print(f"html_text: {equal}/{pages} pages {verdict} the bench's text/ files")
        for page_id in unequal[:10]:
            print(f"  differs: {page_id}")
    if "resiliparse" in tallies:
        print(
            f"resiliparse's bytes_to_str(html, detect_encoding(html)) equals decode_html on "
            f"{decoders}/{pages} pages"
        )


if __name__ == "__main__":
    sys.exit(main())
