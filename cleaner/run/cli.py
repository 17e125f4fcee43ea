"""Command line: ``cleaner [FILE ...]`` writes each page's article to stdout.

All logic lives in the library; this module parses arguments, names the
inputs and outputs, and turns failures into one-line messages and exit codes:
0 success, 1 unreadable input (or a page or record that failed), 2 usage error.

Inputs are recognised by their bytes: gzip or zstd around anything; a WARC or
WET file (its records out as JSON lines); JSON Lines (``--jsonl``, a ``.jsonl``
name, or a first line that is a JSON object with the page's field); else a page.
Files, globs and directories in; stdout or ``--out-dir`` out (paths kept
relative to the inputs' common root, never overwriting). ``-j N`` cleans in N
processes, each reading its own share of the input (:mod:`cleaner.run.corpus`),
and the output is the same for any N.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from cleaner import BUILD, __version__
from cleaner.config import MODES, OUTPUTS, Config
from cleaner.errors import InputError
from cleaner.read.compressed import BROKEN, decompressing, peek, without_suffix
from cleaner.read.crawl import looks_like_warc
from cleaner.read.html import looks_like_html
from cleaner.read.shares import PAGES_PER_SHARE, Share, parse_record, plan_input
from cleaner.run.corpus import Out, Plan, ShareResult, run_shares
from cleaner.run.passes import DESCRIPTIONS, RULE_NAMES
from cleaner.run.pipeline import Cleaner

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
        "files",
        nargs="*",
        metavar="FILE",
        help="pages, JSONL, WARC or WET files (gzip or zstd too), globs, directories; "
        "none or '-' reads stdin",
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
        help="every block with its verdict and reason: a TSV a page, or a cleaner_explain "
        "field for records",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="do not run RULE (repeatable; see --list-rules)",
    )
    parser.add_argument(
        "--keep-title",
        action="store_true",
        help="keep the page's title in the article (it is metadata by default)",
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
        help="write each input's output under DIR, at its path relative to the inputs' "
        "common root (never overwriting; HTML pages give .txt, or .md)",
    )
    batch.add_argument(
        "--skip-existing",
        action="store_true",
        help="--out-dir: leave out the inputs whose output is there (resumes a run)",
    )
    batch.add_argument(
        "--headers",
        action="store_true",
        help="several pages to stdout: a '==> NAME <==' line above each (as head does; "
        "on with --explain)",
    )
    batch.add_argument(
        "--jsonl",
        action="store_true",
        help="inputs are JSON Lines: clean one field of each record, write the records back",
    )
    batch.add_argument(
        "--field",
        metavar="NAME",
        help="JSONL: the field to clean (default: text; html with --mode html)",
    )
    batch.add_argument(
        "--out-field",
        metavar="NAME",
        default="text",
        help="records: the field that gets the article (default: text)",
    )
    batch.add_argument(
        "--stats",
        action="store_true",
        help="records: add cleaner_stats: blocks and characters removed, by rule",
    )
    batch.add_argument(
        "--metadata",
        action="store_true",
        help="records: add cleaner_metadata: title, author, date, URL, language where known",
    )
    batch.add_argument(
        "--drop-empty",
        action="store_true",
        help="records: leave out the records whose article is empty",
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
    try:
        args = build_parser().parse_args(argv)
        if args.list_rules:
            stdout.write(list_rules())
            return EXIT_OK
        _check_usage(args)
        try:
            config = Config(
                mode=args.mode,
                output=args.output,
                disable=frozenset(args.disable),
                keep_title=args.keep_title,
            )
        except InputError as error:
            raise _UsageError(str(error)) from None
        run = _Run(args, Cleaner(config), stdin, stdout, stderr)
        if args.report:
            return write_reports(run, Path(args.report))
        return run.go()
    except _UsageError as error:
        print(f"cleaner: {error} (see cleaner --help)", file=stderr)
        return EXIT_USAGE
    except SystemExit as done:  # --help and --version print and exit 0
        return int(done.code or 0)


def list_rules() -> str:
    """Every rule (reason code) in pipeline order, each with what it removes, a line each.

    >>> print(list_rules().splitlines()[2])
    consent_notice     cookie and consent banners
    """
    width = max(map(len, RULE_NAMES))
    return "".join(f"{name:<{width}}  {DESCRIPTIONS[name]}\n" for name in RULE_NAMES)


def write_reports(run: _Run, target: Path) -> int:
    """--report: one page's report at ``target``; for several pages, an index there
    and each page's report in ``TARGET_files/`` (pages cleaned one at a time)."""
    from cleaner.write.report_html import IndexRow, index_row, render_index, render_report

    missing: list[str] = []
    inputs = list(_expand(run.args.files or ["-"], missing))
    run.progress = _Progress(run.stderr, False, None)
    for message in missing:
        run._fail(message)
    cleaner = run.plan.cleaner
    if len(inputs) == 1 and not run.counts.failures:
        name = inputs[0].path
        page = run.read_page(name)
        if page is not None:
            try:
                report = render_report(cleaner.explain(page), name=_shown(name))
            except ValueError as error:
                run._fail(f"{name}: {error}")
            else:
                target.write_text(report, encoding="utf-8")
        return run._finish()
    folder = target.with_name(f"{target.stem}_files")
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[IndexRow] = []
    for number, item in enumerate(inputs, 1):
        shown = _shown(item.path)
        page = run.read_page(item.path)
        if page is None:
            rows.append(IndexRow(shown, None, error="cannot be read"))
            continue
        try:
            explanation = cleaner.explain(page)
        except ValueError as error:
            run._fail(f"{item.path}: {error}")
            rows.append(IndexRow(shown, None, error=str(error)))
            continue
        file = f"{number:04d}-{_safe_name(os.path.basename(item.path))}.html"
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


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _check_usage(args: argparse.Namespace) -> None:
    """Raise _UsageError for what is wrong with the options together, if anything."""
    for name in args.files:
        if _URL.match(name) and not os.path.exists(name):
            raise _UsageError(
                f"{name} is a URL: cleaner does not fetch pages; try: curl -sL '{name}' | cleaner"
            )
    if args.workers < 0:
        raise _UsageError(f"--workers must be 0 or more, not {args.workers}")
    if args.time_limit is not None and not args.time_limit > 0:
        raise _UsageError(f"--time-limit must be positive, not {args.time_limit}")
    if args.out_dir and (not args.files or "-" in args.files):
        raise _UsageError("--out-dir needs FILE arguments (stdin goes to stdout)")
    if args.skip_existing and not args.out_dir:
        raise _UsageError("--skip-existing goes with --out-dir")
    if args.headers and args.out_dir:
        raise _UsageError("--headers goes with output to stdout, not --out-dir")
    if args.report and (args.explain or args.jsonl or args.out_dir):
        raise _UsageError("--report does not go with --explain, --jsonl or --out-dir")


# -- inputs ---------------------------------------------------------------------

#: forms of input: a page, JSON Lines, a WARC or WET file
PAGE, JSONL, CRAWL = "page", "jsonl", "crawl"
_JSONL_NAMES = (".jsonl", ".ndjson", ".jsonlines")
_HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml")
_CRAWL_NAMES = (".warc.wet", ".warc", ".wet")


@dataclass
class _Input:
    """One input of the run: where it is, what it holds, where its output goes."""

    path: str  #: "-" for stdin
    root: str  #: the folder its output path is taken relative to
    form: str = PAGE
    html: bool = False
    target: Path | None = None
    size: int = 0
    #: what keeps it from being read, when something does
    problem: str | None = None
    #: stdin, or a pipe named by a path (``<(zcat a.gz)``): read once, as it comes
    stream: BinaryIO | None = None


def _expand(names: Sequence[str], missing: list[str]) -> Iterator[_Input]:
    """An input for every file that ``names`` point to, in order.

    A directory gives its files (not hidden ones), sorted, with their path
    inside it; a glob that names no file gives the files it matches, sorted;
    ``-`` is stdin. A directory or glob without files is added to ``missing``.
    """
    for name in names:
        if name == "-":
            yield _Input(name, "")
        elif os.path.isdir(name):
            found = False
            for root, dirs, files in os.walk(name):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(f for f in files if not f.startswith(".")):
                    found = True
                    yield _Input(os.path.join(root, file), name)
            if not found:
                missing.append(f"{name}: no files in this directory")
        elif not os.path.lexists(name) and any(c in name for c in "*?["):
            matches = sorted(p for p in glob.glob(name, recursive=True) if os.path.isfile(p))
            if not matches:
                missing.append(f"{name}: no file matches")
            for match in matches:
                yield _Input(match, os.path.dirname(match))
        else:
            yield _Input(name, os.path.dirname(name))


def _sniff(item: _Input, head: bytes, args: argparse.Namespace) -> None:
    """Tell an input's form (and whether a page is HTML) from its first bytes and name."""
    name = without_suffix(item.path).lower()
    if looks_like_warc(head):
        item.form = CRAWL
    elif args.jsonl or name.endswith(_JSONL_NAMES) or _first_line_is_record(head, args):
        item.form = JSONL
    else:
        item.html = args.mode == "html" or (
            args.mode == "auto" and (name.endswith(_HTML_NAMES) or looks_like_html(head))
        )


def _first_line_is_record(head: bytes, args: argparse.Namespace) -> bool:
    """Whether the first line of ``head`` that is not blank is a JSON object with the
    page's field."""
    lines = head.lstrip(b"\r\n\t ").split(b"\n", 1)
    if len(lines) < 2 or not lines[0].lstrip().startswith((b"{", b"\xef\xbb\xbf{")):
        return False
    record, _ = parse_record(lines[0], _field(args), first=True)
    return record is not None


def _field(args: argparse.Namespace) -> str:
    return str(args.field or ("html" if args.mode == "html" else "text"))


#: what keeps an input from being read: the system's word, a broken compressed
#: stream, zstd without its package
_UNREADABLE: tuple[type[Exception], ...] = (*BROKEN, InputError)
#: how far the first line is read to tell JSON Lines (an HTML record is long)
_FIRST_LINE_MAX = 64 * 1024 * 1024


def _head(stream: BinaryIO, name: str) -> tuple[bytes, BinaryIO]:
    """The first 4 KB of a stream, decompressed, and the stream still at its start.

    When they start a JSON object, its whole first line. A compressed stream
    that breaks before anything comes raises one of ``BROKEN``; one that breaks
    later gives what came (reading it on says where it broke).
    """
    head, stream = peek(decompressing(stream, name), 4096)
    start = head.lstrip(b"\r\n\t \xef\xbb\xbf")[:1]
    if start == b"{" and b"\n" not in head.lstrip():
        head, stream = peek(stream, _FIRST_LINE_MAX)
    return head, stream


def _output_name(item: _Input, output: str) -> str:
    """The name of an input's output under --out-dir, relative to the common root."""
    relative = os.path.relpath(os.path.abspath(item.path), item.root)
    name = without_suffix(relative)
    lowered = name.lower()
    if item.form == CRAWL:
        for suffix in _CRAWL_NAMES:
            if lowered.endswith(suffix):
                return name[: -len(suffix)] + ".jsonl"
        return name + ".jsonl"
    if item.form == JSONL or not item.html:
        return name
    stem = name[: -len(Path(name).suffix)] if lowered.endswith(_HTML_NAMES) else name
    return stem + (".md" if output == "markdown" else ".txt")


# -- outputs --------------------------------------------------------------------


class _Progress:
    """tqdm on a terminal: bytes of input read (of all, where known), pages, errors."""

    def __init__(self, stream: TextIO, enabled: bool, total: int | None) -> None:
        self.bar: Any = None
        self.pages = self.errors = 0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                file=stream,
                desc="cleaner",
                ncols=_columns(stream),
                mininterval=0.2,
            )
        self.stream = stream

    def advance(self, size: int, pages: int, errors: int) -> None:
        self.pages += pages
        self.errors += errors
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.pages:,} pages, {self.errors:,} errors", refresh=False)
            self.bar.update(size)

    def say(self, message: str) -> None:
        """A message of its own line, above the bar."""
        if self.bar is not None:
            self.bar.write(f"cleaner: {message}", file=self.stream)
        else:
            print(f"cleaner: {message}", file=self.stream)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()  # its last line, ended by a newline


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: the process's file creation mask, read once
_UMASK = _umask()


def _columns(stream: TextIO) -> int:
    """The terminal's width (100 where it says none, as a new pseudo-terminal does)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns or 100
    except (OSError, ValueError, AttributeError):
        return 100


class _Target:
    """An output file under --out-dir, written to a temporary name and renamed when
    complete, so that an interrupted run leaves no partial file (--skip-existing).
    Raises OSError where it cannot be written."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        handle, self.temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        # mkstemp makes a file only its owner reads: the output gets the usual mode.
        os.chmod(self.temporary, 0o666 & ~_UMASK)
        self.handle = open(handle, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, text: str) -> None:
        self.handle.write(text)

    def finish(self) -> None:
        self.handle.close()
        os.replace(self.temporary, self.path)

    def abandon(self) -> None:
        self.handle.close()
        os.unlink(self.temporary)


class _Records:
    """Where the JSON lines of the record input being written go: stdout, or its file
    under --out-dir (opened when its first share comes, renamed into place when the
    next input's does). ``base`` counts the input's lines or records so far."""

    def __init__(self, run: _Run) -> None:
        self.run = run
        self.source = -1
        self.target: _Target | None = None
        self.failed = False
        self.base = 0
        self.taken: set[int] = set()

    def take(self, source: int, item: _Input) -> None:
        if source == self.source or source in self.taken:
            return
        self.close()
        self.taken.add(source)
        self.source, self.base, self.failed = source, 0, False
        if item.target is not None:
            try:
                self.target = _Target(item.target)
            except OSError as error:
                self._failed(item.target, error)

    def write(self, line: str) -> None:
        if self.target is not None:
            try:
                self.target.write(line)
            except OSError as error:
                self._failed(self.target.path, error)
        elif not self.failed:
            self.run.stdout.write(line)

    def _failed(self, path: Path, error: OSError) -> None:
        self.run._fail(f"cannot write {path}: {error.strerror or error}")
        self.abandon()
        self.failed = True

    def close(self) -> None:
        if self.target is not None:
            target, self.target = self.target, None
            try:
                target.finish()
            except OSError as error:
                self.run._fail(f"cannot write {target.path}: {error.strerror or error}")

    def abandon(self) -> None:
        if self.target is not None:
            target, self.target = self.target, None
            target.abandon()


@dataclass
class _Counts:
    """What the run has done, for the closing lines."""

    failures: int = 0
    skipped: int = 0
    dropped: int = 0
    pages: int = 0
    markdown_of_text: str | None = None
    by_input: dict[int, int] = field(default_factory=dict)


class _Run:
    """One run of the command over its inputs: plans them, writes the outputs in order."""

    def __init__(
        self,
        args: argparse.Namespace,
        cleaner: Cleaner,
        stdin: BinaryIO,
        stdout: TextIO,
        stderr: TextIO,
    ) -> None:
        self.args = args
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.plan = Plan(
            cleaner=cleaner,
            time_limit=args.time_limit,
            field=_field(args),
            out_field=args.out_field,
            stats=args.stats,
            metadata=args.metadata,
            explain=args.explain,
            drop_empty=args.drop_empty,
        )
        self.out_dir = Path(args.out_dir) if args.out_dir else None
        self.counts = _Counts()
        self.progress: _Progress | None = None
        self.spooled: list[str] = []
        self.opened: list[BinaryIO] = []

    def go(self) -> int:
        missing: list[str] = []
        inputs = list(_expand(self.args.files or ["-"], missing))
        try:
            self._name_inputs(inputs)
            tty = hasattr(self.stderr, "isatty") and self.stderr.isatty()
            to_read = [item for item in inputs if not self._done_already(item)]
            known = all(item.stream is None for item in to_read)
            total = sum(item.size for item in to_read) if known else None
            self.progress = _Progress(self.stderr, tty and not self.args.quiet, total)
            for message in missing:
                self._fail(message)
            try:
                self._write(inputs)
            finally:
                self.progress.close()
        finally:
            for handle in self.opened:
                handle.close()
            for path in self.spooled:
                os.unlink(path)
        return self._finish()

    def read_page(self, name: str) -> bytes | None:
        """One page's bytes, decompressed (``-``: stdin); None, said, when it cannot be read."""
        try:
            if name == "-":
                return decompressing(self.stdin, "<stdin>").read()
            with open(name, "rb") as raw:
                return decompressing(raw, name).read()
        except _UNREADABLE as error:
            self._fail(f"cannot read {name}: {getattr(error, 'strerror', None) or error}")
            return None

    def _fail(self, message: str) -> None:
        self.counts.failures += 1
        assert self.progress is not None
        self.progress.say(message)

    # -- naming ---------------------------------------------------------------

    def _name_inputs(self, inputs: list[_Input]) -> None:
        """Tell each input's form and output name; refuse a run that would lose output."""
        args = self.args
        readable: list[_Input] = []
        for item in inputs:
            try:
                if item.path == "-":
                    item.stream = self.stdin
                else:
                    status = os.stat(item.path)
                    item.size = status.st_size
                    if not stat.S_ISREG(status.st_mode):
                        item.stream = open(item.path, "rb")  # noqa: SIM115  (read once, closed at exit)
                        self.opened.append(item.stream)
                if item.stream is not None:
                    head, item.stream = _head(item.stream, item.path)
                else:
                    with open(item.path, "rb") as raw:
                        head, _ = _head(raw, item.path)
            except _UNREADABLE as error:
                if isinstance(error, OSError) and error.strerror:
                    item.problem = error.strerror
                elif isinstance(error, InputError):
                    item.problem = str(error)
                else:
                    item.problem = f"its compressed stream is broken ({error})"
                continue
            _sniff(item, head, args)
            readable.append(item)
        forms = {item.form for item in readable}
        if self.out_dir is None and PAGE in forms and len(forms) > 1:
            raise _UsageError(
                "pages and record files (JSONL, WARC, WET) cannot share stdout: use --out-dir"
            )
        if args.output == "markdown" and forms - {PAGE}:
            raise _UsageError("--output markdown goes with pages, not records")
        if args.field and JSONL not in forms and readable:
            raise _UsageError("--field is for JSON Lines inputs, and there are none")
        record_options = [
            name for name in ("stats", "metadata", "drop_empty") if getattr(args, name)
        ]
        if record_options and forms == {PAGE}:
            listed = ", ".join("--" + name.replace("_", "-") for name in record_options)
            raise _UsageError(f"{listed}: for records (JSONL, WARC, WET), and the inputs are pages")
        if self.out_dir is not None:
            self._place(readable)

    def _place(self, inputs: list[_Input]) -> None:
        """Give each input its output path; refuse names that meet, before any work."""
        assert self.out_dir is not None
        roots = [os.path.abspath(item.root or ".") for item in inputs]
        common = os.path.commonpath(roots) if roots else "."
        taken: dict[Path, str] = {}
        for item in inputs:
            item.root = common
            target = self.out_dir / _output_name(item, self.args.output)
            key = Path(os.path.abspath(target))
            if key in taken:
                raise _UsageError(f"{taken[key]} and {item.path} would both be written to {target}")
            if target.exists() and target.samefile(item.path):
                raise _UsageError(f"{item.path}: --out-dir would overwrite the input")
            taken[key] = item.path
            item.target = target
        for key, path in taken.items():
            for folder in key.parents:
                if folder in taken:
                    raise _UsageError(
                        f"{taken[folder]} would be written to {folder}, "
                        f"a folder that {path} is written into"
                    )

    # -- planning -------------------------------------------------------------

    def _shares(self, inputs: list[_Input]) -> Iterator[Share]:
        """The run's shares, in input order (planned as the workers take them)."""
        pages: list[int] = []

        def page_shares() -> Iterator[Share]:
            for at in range(0, len(pages), PAGES_PER_SHARE):
                run = pages[at : at + PAGES_PER_SHARE]
                paths = tuple(inputs[i].path for i in run)
                yield Share(run[0], PAGE, paths, size=sum(inputs[i].size for i in run))
            pages.clear()

        for index, item in enumerate(inputs):
            if item.problem is not None:
                yield from page_shares()
                self._fail(f"cannot read {item.path}: {item.problem}")
                continue
            if self._done_already(item):
                yield from page_shares()
                continue
            if item.form == PAGE and item.stream is None:
                if pages and pages[-1] != index - 1:
                    yield from page_shares()
                pages.append(index)
                continue
            yield from page_shares()
            if item.stream is not None:
                yield from self._stream_shares(index, item, item.stream)
            else:
                yield from plan_input(index, item.path, item.form)
        yield from page_shares()

    def _done_already(self, item: _Input) -> bool:
        return bool(self.args.skip_existing and item.target is not None and item.target.exists())

    def _stream_shares(self, index: int, item: _Input, stream: BinaryIO) -> Iterator[Share]:
        """The shares of stdin or a pipe: read here, as it comes."""
        if item.form == JSONL:
            yield from plan_input(index, item.path, JSONL, data=stream)
        elif item.form == CRAWL:
            # FastWARC seeks in what it reads: a WARC from a pipe is spooled to a
            # file, decompressed (the reader finds a break at the end of the plain file).
            with tempfile.NamedTemporaryFile(prefix="cleaner-", suffix=".warc", delete=False) as f:
                self.spooled.append(f.name)
                # What came before a break is read; the reader says where it broke.
                with contextlib.suppress(*BROKEN):
                    shutil.copyfileobj(stream, f, 1024 * 1024)
            yield from plan_input(index, f.name, CRAWL)
        else:
            try:
                data = stream.read()
            except BROKEN as error:
                self._fail(f"{item.path}: its compressed stream is broken ({error})")
                return
            yield Share(index, PAGE, (item.path,), data=data, size=len(data))

    # -- writing --------------------------------------------------------------

    def _write(self, inputs: list[_Input]) -> None:
        workers = self.args.workers or os.cpu_count() or 1
        shares = self._shares(inputs)
        several_pages = sum(item.form == PAGE for item in inputs) > 1
        headers = self.args.headers or (self.args.explain and several_pages)
        records = _Records(self)
        written_pages = 0
        try:
            for share, result in run_shares(self.plan, shares, workers=workers):
                item = inputs[share.source]
                if share.form != PAGE:
                    records.take(share.source, item)
                    self._records(item, share, result, records)
                    continue
                for out in result.outs:
                    page = inputs[share.source + out.number - 1]
                    written_pages += self._page(page, out, written_pages, headers or False)
                self._advance(share, result)
            records.close()
            # A record input without a record (an empty file) still gets its output.
            for index, item in enumerate(inputs):
                if item.form != PAGE and item.problem is None and not self._done_already(item):
                    records.take(index, item)
            records.close()
        finally:
            records.abandon()

    def _advance(self, share: Share, result: ShareResult) -> None:
        errors = sum(out.error is not None for out in result.outs)
        assert self.progress is not None
        self.progress.advance(share.size, len(result.outs), errors)
        self.counts.pages += len(result.outs)

    def _page(self, item: _Input, out: Out, written: int, headers: bool) -> int:
        """Write one page's output; returns 1 if it went to stdout."""
        name = "<stdin>" if item.path == "-" else item.path
        if out.text is None:
            self._fail(f"{name}: {out.error}")
            return 0
        wrong_kind = self.args.output == "markdown" and out.mode == "text"
        if wrong_kind and self.counts.markdown_of_text is None:
            self.counts.markdown_of_text = name
            assert self.progress is not None
            self.progress.say(f"{name} is text, not HTML: its article is plain text, not Markdown")
        if item.target is not None:
            try:
                target = _Target(item.target)
                target.write(out.text)
                target.finish()
            except OSError as error:
                self._fail(f"cannot write {item.target}: {error.strerror or error}")
            return 0
        if headers:
            self.stdout.write(f"{'' if written == 0 else chr(10)}==> {name} <==\n")
        elif written and out.text:
            self.stdout.write("\n")  # a blank line between two pages
        self.stdout.write(out.text)
        return 1 if out.text or headers else 0

    def _records(self, item: _Input, share: Share, result: ShareResult, records: _Records) -> None:
        name = "<stdin>" if item.path == "-" else item.path
        place = "record {}" if share.form == CRAWL else "{}"
        base = records.base
        for out in result.outs:
            if out.text is not None:
                records.write(out.text)
            elif out.error is not None:
                where = place.format(base + out.number)
                if share.form == JSONL:
                    self._fail(f"{name}:{where}: {out.error}")
                else:
                    self._fail(f"{name}: {where}: {out.error}")
            else:
                self.counts.dropped += 1
        if result.broken is not None:
            where = place.format(base + result.count)
            self._fail(f"{name}: {'line ' if share.form == JSONL else ''}{where}: {result.broken}")
        records.base += result.count
        self.counts.skipped += result.skipped
        self._advance(share, result)

    def _finish(self) -> int:
        counts = self.counts
        assert self.progress is not None
        if counts.skipped and not self.args.quiet:
            self.progress.say(f"responses skipped, not HTML: {counts.skipped:,}")
        if counts.dropped and not self.args.quiet:
            self.progress.say(f"records left out, their article empty: {counts.dropped:,}")
        if counts.failures and counts.pages > 1:
            self.progress.say(f"{counts.failures:,} of {counts.pages:,} inputs or records failed")
        self.stdout.flush()
        return EXIT_INPUT if counts.failures else EXIT_OK


class _Terminated(BaseException):
    """SIGTERM arrived."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def main_entry() -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        # Articles are UTF-8 whatever the locale says (a C locale would fail on "é").
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    # A job stopped by its scheduler (timeout, SLURM, Kubernetes: SIGTERM) cleans up
    # as Ctrl-C does: no temporary output or spooled input is left behind.
    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = main()
    except KeyboardInterrupt:
        code = 130
    except _Terminated:
        code = 143
    except BrokenPipeError:
        # The reader went away (``cleaner page.txt | head``): not an error of ours.
        sys.stderr.close()
        code = EXIT_OK
    sys.exit(code)
