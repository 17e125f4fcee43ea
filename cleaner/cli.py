"""Command line: ``cleaner [FILE ...]`` writes each page's article to stdout.

All logic lives in the library; this module parses arguments, reads and
writes, and turns failures into one-line messages and exit codes:
0 success, 1 unreadable input (or a page or record that failed), 2 usage error.

Batch mode: files, globs and directories in, ``--out-dir`` out (same names);
``--jsonl`` cleans one field of each JSON line; ``-j N`` cleans in N processes
(:func:`cleaner.batch.clean_many`), and the output is the same for any N.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from cleaner import BUILD, __version__
from cleaner.batch import PageResult, clean_tagged
from cleaner.config import MODES, OUTPUTS, Config
from cleaner.pipeline import RULE_NAMES, Cleaner
from cleaner.rules import RULE_DESCRIPTIONS

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
        "--output",
        choices=OUTPUTS,
        default="text",
        help="article format: plain text, or Markdown from the page's markup (default: text)",
    )
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
    batch = parser.add_argument_group("batches")
    batch.add_argument(
        "-j",
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="clean in N processes (0: one per core; default 1); the output is the same",
    )
    batch.add_argument(
        "--out-dir",
        metavar="DIR",
        help="write each input's output to DIR under the same name (directories keep their tree)",
    )
    batch.add_argument(
        "--jsonl",
        action="store_true",
        help="inputs are JSON Lines: clean one field of each record, write the records back",
    )
    batch.add_argument(
        "--field",
        metavar="NAME",
        help="--jsonl: the field to clean (default: text; html with --mode html)",
    )
    batch.add_argument(
        "--out-field",
        metavar="NAME",
        default="text",
        help="--jsonl: the field that gets the article (default: text)",
    )
    batch.add_argument(
        "--stats",
        action="store_true",
        help="--jsonl: add a cleaner_stats field: blocks and characters removed, by rule",
    )
    batch.add_argument(
        "--time-limit",
        type=float,
        metavar="SECONDS",
        help="a page that takes longer fails (and the batch goes on)",
    )
    batch.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar (shown only on a terminal)"
    )
    parser.add_argument(
        "--report",
        metavar="FILE.html",
        help="write an HTML report of every block and why it went instead of the article;"
        " for several pages, FILE.html is an index and the pages' reports go in FILE_files/",
    )
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help="list the rules in pipeline order, each with what it removes, and exit",
    )
    parser.add_argument("--version", action="version", version=f"cleaner {__version__} ({BUILD})")
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
        stdout.write(list_rules())
        return EXIT_OK
    unknown = sorted(set(args.disable) - set(RULE_NAMES))
    if unknown:
        print(f"cleaner: unknown rule(s): {', '.join(unknown)} (see --list-rules)", file=stderr)
        return EXIT_USAGE
    cleaner = Cleaner(Config(mode=args.mode, output=args.output, disable=frozenset(args.disable)))
    problem = _batch_usage_problem(args)
    if problem:
        print(f"cleaner: {problem} (see cleaner --help)", file=stderr)
        return EXIT_USAGE
    problem = _report_usage_problem(args)
    if problem:
        print(f"cleaner: {problem} (see cleaner --help)", file=stderr)
        return EXIT_USAGE
    run = _Run(args, cleaner, stdin, stdout, stderr)
    if args.report:
        return write_reports(run, Path(args.report))
    if args.explain:
        return run.explain()
    return run.records() if args.jsonl else run.pages()


def list_rules() -> str:
    """Every rule (reason code) in pipeline order, each with what it removes, a line each.

    >>> print(list_rules().splitlines()[2])
    consent_notice     cookie and consent banners
    """
    width = max(map(len, RULE_NAMES))
    return "".join(f"{name:<{width}}  {RULE_DESCRIPTIONS[name]}\n" for name in RULE_NAMES)


def _report_usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with --report beside the other options, if anything."""
    if args.report and (args.explain or args.jsonl or args.out_dir):
        return "--report does not go with --explain, --jsonl or --out-dir"
    return None


def write_reports(run: _Run, target: Path) -> int:
    """--report: one page's report at ``target``; for several pages, an index there
    and each page's report in ``TARGET_files/`` (pages cleaned one at a time)."""
    from cleaner.report_html import IndexRow, index_row, render_index, render_report

    inputs = list(_inputs(run.args.files or ["-"], run.fail))
    if len(inputs) == 1 and not run.failures:
        name = inputs[0][0]
        page = run._read(name)
        if page is not None:
            try:
                report = render_report(run.cleaner.explain(page), name=_shown(name))
            except ValueError as error:
                run.fail(f"{name}: {error}")
            else:
                target.write_text(report, encoding="utf-8")
        return run._finish()
    folder = target.with_name(f"{target.stem}_files")
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[IndexRow] = []
    for number, (name, out_name) in enumerate(inputs, 1):
        shown = _shown(name)
        page = run._read(name)
        if page is None:
            rows.append(IndexRow(shown, None, error="cannot be read"))
            continue
        try:
            explanation = run.cleaner.explain(page)
        except ValueError as error:
            run.fail(f"{name}: {error}")
            rows.append(IndexRow(shown, None, error=str(error)))
            continue
        file = f"{number:04d}-{_safe_name(out_name)}.html"
        back = os.path.relpath(target, folder)
        (folder / file).write_text(
            render_report(explanation, name=shown, back=back), encoding="utf-8"
        )
        rows.append(index_row(shown, f"{folder.name}/{file}", explanation))
    target.write_text(render_index(rows), encoding="utf-8")
    return run._finish()


def _shown(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _safe_name(name: str) -> str:
    """A file name made of letters, digits, dots, dashes and underscores only."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in name)
    return safe.strip(".") or "page"


#: seconds between two redraws of the progress bar
_PROGRESS_EVERY = 0.2


def _batch_usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the batch options together, if anything."""
    if args.workers < 0:
        return f"--workers must be 0 or more, not {args.workers}"
    if args.time_limit is not None and not args.time_limit > 0:
        return f"--time-limit must be positive, not {args.time_limit}"
    if args.explain and (args.jsonl or args.out_dir):
        return "--explain does not go with --jsonl or --out-dir"
    if not args.jsonl and (args.field or args.stats):
        return "--field and --stats go with --jsonl"
    if args.out_dir and (not args.files or "-" in args.files):
        return "--out-dir needs FILE arguments (stdin goes to stdout)"
    return None


def _inputs(names: Sequence[str], missing: Callable[[str], None]) -> Iterator[tuple[str, str]]:
    """``(path, output name)`` for every file that ``names`` point to, in order.

    A directory gives its files (not hidden ones), sorted, with their path
    inside it; a glob that names no file gives the files it matches, sorted,
    by base name; ``-`` is stdin. ``missing(message)`` hears of a directory or
    glob without files.
    """
    for name in names:
        if name == "-":
            yield name, name
        elif os.path.isdir(name):
            found = False
            for root, dirs, files in os.walk(name):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(f for f in files if not f.startswith(".")):
                    found = True
                    path = os.path.join(root, file)
                    yield path, os.path.relpath(path, name)
            if not found:
                missing(f"{name}: no files in this directory")
        elif not os.path.lexists(name) and any(c in name for c in "*?["):
            matches = sorted(p for p in glob.glob(name, recursive=True) if os.path.isfile(p))
            if not matches:
                missing(f"{name}: no file matches")
            for match in matches:
                yield match, os.path.basename(match)
        else:
            yield name, os.path.basename(name)


@dataclass
class _Record:
    """A JSON line on its way through the cleaner, and where it goes after."""

    where: str
    out: str | None
    record: dict[str, Any] | None


class _Progress:
    """One line on stderr, redrawn: pages, pages/s, errors (on a terminal only)."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.start = self.drawn = time.monotonic()
        self.pages = self.errors = 0

    def count(self, ok: bool) -> None:
        self.pages += 1
        self.errors += not ok
        now = time.monotonic()
        if self.enabled and now - self.drawn >= _PROGRESS_EVERY:
            self.drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.pages / max(now - self.start, 1e-9)
        self.stream.write(
            f"\r\033[Kcleaner: {self.pages:,} pages, {rate:,.1f} pages/s, {self.errors:,} errors"
        )
        self.stream.flush()

    def say(self, message: str) -> None:
        """A message of its own line, above the bar."""
        if self.enabled:
            self.stream.write("\r\033[K")
        print(f"cleaner: {message}", file=self.stream)

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


class _Run:
    """One run of the command over its inputs: counts failures, owns the outputs."""

    def __init__(
        self,
        args: argparse.Namespace,
        cleaner: Cleaner,
        stdin: BinaryIO,
        stdout: TextIO,
        stderr: TextIO,
    ) -> None:
        self.args = args
        self.cleaner = cleaner
        self.stdin, self.stdout = stdin, stdout
        self.out_dir = Path(args.out_dir) if args.out_dir else None
        tty = hasattr(stderr, "isatty") and stderr.isatty()
        self.progress = _Progress(stderr, enabled=tty and not args.quiet)
        self.failures = 0

    def fail(self, message: str) -> None:
        self.failures += 1
        self.progress.say(message)

    def _clean(self, items: Any) -> Iterator[tuple[Any, PageResult]]:
        workers = self.args.workers or os.cpu_count() or 1
        return clean_tagged(
            items,
            cleaner=self.cleaner,
            workers=workers,
            time_limit=self.args.time_limit,
            stats=self.args.stats,
        )

    def _finish(self) -> int:
        self.progress.close()
        self.stdout.flush()
        return EXIT_INPUT if self.failures else EXIT_OK

    def _read(self, name: str) -> bytes | None:
        try:
            return _read(name, self.stdin)
        except OSError as error:
            self.fail(f"cannot read {name}: {error.strerror or error}")
            return None

    def _target(self, source: str, out_name: str) -> Path | None:
        """Where the output of ``source`` goes under --out-dir; None if that would be the input."""
        assert self.out_dir is not None
        target = self.out_dir / out_name
        if target.exists() and target.samefile(source):
            self.fail(f"{source}: --out-dir would overwrite the input")
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def explain(self) -> int:
        """--explain: every block of every page, serially."""
        for name, _ in _inputs(self.args.files or ["-"], self.fail):
            page = self._read(name)
            if page is None:
                continue
            try:
                self.stdout.write(self.cleaner.explain(page).to_tsv())
            except ValueError as error:
                self.fail(f"{name}: {error}")
        return self._finish()

    def pages(self) -> int:
        """Each input is a page: its article to stdout, or to --out-dir under its name."""

        def items() -> Iterator[tuple[tuple[str, str], bytes]]:
            for name, out_name in _inputs(self.args.files or ["-"], self.fail):
                page = self._read(name)
                if page is not None:
                    yield (name, out_name), page

        for (name, out_name), result in self._clean(items()):
            self.progress.count(result.ok)
            if result.article is None:
                self.fail(f"{name}: {result.message}")
            elif self.out_dir is None:
                self.stdout.write(result.article)
            else:
                target = self._target(name, out_name)
                if target is not None:
                    target.write_text(result.article, encoding="utf-8")
        return self._finish()

    def records(self) -> int:
        """--jsonl: clean one field of each record, write the records back in order."""
        args = self.args
        field = args.field or ("html" if args.mode == "html" else "text")

        def items() -> Iterator[tuple[_Record, str]]:
            for name, out_name in _inputs(args.files or ["-"], self.fail):
                where = "<stdin>" if name == "-" else name
                out: str | None = None
                if self.out_dir is not None:
                    target = self._target(name, out_name)
                    if target is None:
                        continue
                    target.write_bytes(b"")  # an input without good records gives an empty file
                    out = str(target)
                try:
                    lines = self.stdin if name == "-" else open(name, "rb")  # noqa: SIM115
                except OSError as error:
                    self.fail(f"cannot read {name}: {error.strerror or error}")
                    continue
                try:
                    for number, line in enumerate(lines, 1):
                        if not line.strip():
                            continue
                        record, problem = _parse_record(line, field, first=number == 1)
                        if record is None:
                            self.progress.count(False)
                            self.fail(f"{where}:{number}: {problem}")
                            continue
                        yield _Record(f"{where}:{number}", out, record), record[field]
                finally:
                    if lines is not self.stdin:
                        lines.close()

        writer = _RecordWriter(self.stdout)
        try:
            for item, result in self._clean(items()):
                self.progress.count(result.ok)
                if result.article is None or item.record is None:
                    self.fail(f"{item.where}: {result.error}: {result.message}")
                    continue
                item.record[args.out_field] = result.article
                if result.stats is not None:
                    item.record["cleaner_stats"] = result.stats.to_dict()
                writer.write(item.out, _dump(item.record))
        finally:
            writer.close()
        if self.failures:
            # Every record, good or bad, was counted once by the progress line.
            self.progress.say(f"{self.failures:,} of {self.progress.pages:,} records failed")
        return self._finish()


class _RecordWriter:
    """Lines to stdout, or to the output file of their input (opened as the inputs come)."""

    def __init__(self, stdout: TextIO) -> None:
        self.stdout = stdout
        self.name: str | None = None
        self.handle: TextIO | None = None

    def write(self, name: str | None, line: str) -> None:
        if name is None:
            self.stdout.write(line)
            return
        if name != self.name:
            self.close()
            self.name, self.handle = name, open(name, "a", encoding="utf-8", newline="\n")  # noqa: SIM115
        assert self.handle is not None
        self.handle.write(line)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
        self.name = self.handle = None


def _parse_record(line: bytes, field: str, *, first: bool) -> tuple[dict[str, Any] | None, str]:
    """The record of a JSON line whose ``field`` is a string, or None and what is wrong."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"not UTF-8 (byte 0x{line[error.start]:02x} at column {error.start + 1})"
    if first:
        text = text.removeprefix("\ufeff")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"invalid JSON: {error.msg} (column {error.colno})"
    if not isinstance(record, dict):
        return None, f"not a JSON object but {type(record).__name__}"
    if field not in record:
        return None, f"no field {field!r}"
    if not isinstance(record[field], str):
        return None, f"field {field!r} is not a string"
    return record, ""


def _dump(record: dict[str, Any]) -> str:
    """A JSON line in UTF-8; escaped ASCII when a lone surrogate ("\\ud800") cannot be UTF-8."""
    line = json.dumps(record, ensure_ascii=False)
    if not line.isascii():
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            line = json.dumps(record)
    return line + "\n"


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
