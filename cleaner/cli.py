"""Command line: ``cleaner [FILE ...]`` writes each page's article to stdout.

All logic lives in the library; this module parses arguments, reads and
writes, and turns failures into one-line messages and exit codes:
0 success, 1 unreadable input, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from cleaner import __version__
from cleaner.config import MODES, Config
from cleaner.pipeline import RULE_NAMES, Cleaner

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so ``main`` stays testable."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cleaner",
        description="Print the main article of web pages (text or HTML), without boilerplate.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="pages to clean; none or '-' reads stdin"
    )
    parser.add_argument("--mode", choices=MODES, default="auto", help="input kind (default: auto)")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print every block with its verdict and reason instead of the article",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="do not run RULE (repeatable; see --list-rules)",
    )
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    return parser


def _read(name: str, stdin: BinaryIO) -> bytes:
    if name == "-":
        return stdin.read()
    with open(name, "rb") as handle:
        return handle.read()


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code."""
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as error:
        print(f"cleaner: {error} (see cleaner --help)", file=stderr)
        return EXIT_USAGE
    except SystemExit as done:  # --help and --version print and exit 0
        return int(done.code or 0)
    if args.list_rules:
        stdout.write("\n".join(RULE_NAMES) + "\n")
        return EXIT_OK
    unknown = sorted(set(args.disable) - set(RULE_NAMES))
    if unknown:
        print(f"cleaner: unknown rule(s): {', '.join(unknown)} (see --list-rules)", file=stderr)
        return EXIT_USAGE
    cleaner = Cleaner(Config(mode=args.mode, disable=frozenset(args.disable)))
    status = EXIT_OK
    for name in args.files or ["-"]:
        try:
            page = _read(name, stdin)
        except OSError as error:
            print(f"cleaner: cannot read {name}: {error.strerror or error}", file=stderr)
            status = EXIT_INPUT
            continue
        try:
            if args.explain:
                stdout.write(cleaner.explain(page).to_tsv())
            else:
                stdout.write(cleaner.clean(page))
        except ValueError as error:
            print(f"cleaner: {name}: {error}", file=stderr)
            status = EXIT_INPUT
    stdout.flush()
    return status


def main_entry() -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        # Articles are UTF-8 whatever the locale says (a C locale would fail on "é").
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        code = main()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader went away (``cleaner page.txt | head``): not an error of ours.
        sys.stderr.close()
        code = EXIT_OK
    sys.exit(code)
