"""Tools under test: cleaner and its peers, one adapter per tool and mode.

Each adapter takes the page input (text mode: ``str``; HTML mode: gunzipped
``bytes``) and returns the extracted text. Everything the tool needs to do
(decoding, wrapping lines as paragraphs...) happens inside the adapter, so it
is part of the timed call. Peers are optional: a factory raising
:class:`Unavailable` (or ImportError) makes the tool skipped with a note.
"""

from __future__ import annotations

import atexit
import contextlib
import html as html_lib
import json
import logging
import struct
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from bench import trafipy_env
from bench.pages import decode_html


def cleaner_build() -> str:
    """Which cleaner the run measures: its version, its build, and where it was imported from."""
    import cleaner

    return f"cleaner {cleaner.__version__} ({cleaner.BUILD}) from {cleaner.__path__[0]}"


Extract = Callable[[Any], str]

_PROBE_HTML = b"<html><body><article><p>Probe paragraph of text.</p></article></body></html>"


class Unavailable(Exception):
    """The tool cannot run in this mode (not installed, not implemented...)."""


@dataclass(frozen=True)
class Tool:
    """A named extractor for one mode."""

    name: str
    mode: str
    extract: Extract


def as_text(value: object) -> str:
    """Tool output as str: None is ""; anything else but str is an error."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    raise TypeError(f"tool returned {type(value).__name__}, not str")


# --- cleaner -----------------------------------------------------------------


def _import_cleaner() -> Any:
    try:
        import cleaner
    except Exception as exc:  # a library being written may fail in any way
        raise Unavailable(f"import cleaner failed: {type(exc).__name__}: {exc}") from exc
    if not callable(getattr(cleaner, "clean", None)):
        raise Unavailable("cleaner has no clean() yet")
    return cleaner


def cleaner_text() -> Extract:
    cleaner = _import_cleaner()
    return lambda text: as_text(cleaner.clean(text, mode="text"))


def cleaner_html() -> Extract:
    cleaner = _import_cleaner()
    try:
        cleaner.clean(_PROBE_HTML, mode="html")
    except ValueError as exc:
        raise Unavailable(f"html mode not supported: {exc}") from exc
    except Exception:
        pass  # a real per-page failure, counted when it happens on pages
    return lambda html: as_text(cleaner.clean(html, mode="html"))


# --- text-mode peers ---------------------------------------------------------


def identity() -> Extract:
    return lambda text: text


def c4() -> Extract:
    """datatrove's C4QualityFilter, line rules only.

    Kept lines end in terminal punctuation, have >= 3 words, do not mention
    'javascript' and contain no policy phrase. The page-level rules (minimum
    sentences, lorem ipsum, curly bracket) and the citation and long-word
    rules are off. A page the filter drops gives "".
    """
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter
    from datatrove.pipeline.filters.base_filter import get_filter_result

    rules = C4QualityFilter(
        split_paragraph=True,
        remove_citations=False,
        filter_no_terminal_punct=True,
        min_num_sentences=-1,
        min_words_per_line=3,
        max_word_length=-1,
        filter_lorem_ipsum=False,
        filter_javascript=True,
        filter_curly_bracket=False,
        filter_policy=True,
    )

    def extract(text: str) -> str:
        doc = Document(text=text, id="page")
        kept, _reason = get_filter_result(rules.filter(doc))  # edits doc.text
        return doc.text if kept else ""

    return extract


def justext_lines() -> Extract:
    """jusText with each non-empty line of the text given as a <p>."""
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(text: str) -> str:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            return ""
        body = "".join(f"<p>{html_lib.escape(line)}</p>" for line in lines)
        paragraphs = justext.justext(f"<html><body>{body}</body></html>", stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


# --- HTML-mode peers ---------------------------------------------------------


def trafilatura_() -> Extract:
    """trafilatura.extract with defaults except include_comments=False.

    The README's peer row (P 0.942, R 0.978, F1 0.960 on aeb) is this setting;
    with comments included (the library default) aeb gives P 0.928, F1 0.953.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return lambda html: as_text(trafilatura.extract(html, include_comments=False))


def readability() -> Extract:
    """readability-lxml's summary of the decoded page, as lxml text_content.

    This is the README's peer row (aeb F1 0.947); html_text on the summary
    separates blocks better (aeb F1 0.953). Passing bytes instead of str makes
    readability guess the encoding itself and doubles its time.
    """
    import lxml.html
    from readability import Document

    logging.getLogger("readability").setLevel(logging.CRITICAL)

    def extract(html: bytes) -> str:
        summary = Document(decode_html(html)).summary()
        return as_text(lxml.html.fromstring(summary).text_content())

    return extract


def resiliparse() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def extract(html: bytes) -> str:
        text = bytes_to_str(html, detect_encoding(html) or "utf-8")
        return as_text(extract_plain_text(text, main_content=True))

    return extract


def boilerpy3() -> Extract:
    from boilerpy3 import extractors

    article = extractors.ArticleExtractor()  # raise_on_failure: errors count as failures
    logging.getLogger("boilerpy3").setLevel(logging.CRITICAL)
    return lambda html: as_text(article.get_content(decode_html(html)))


def justext_html() -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(html: bytes) -> str:
        paragraphs = justext.justext(html, stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def html_text_all() -> Extract:
    import html_text

    return lambda html: as_text(html_text.extract_text(decode_html(html)))


# --- a peer in another Python, behind a pipe ---------------------------------

_LENGTH = struct.Struct(">I")
_ANSWER = struct.Struct(">Bd")


class PipeWorker:
    """A long-lived extraction process fed one page at a time over pipes.

    The protocol is bench/trafipy_worker.py's: a length-prefixed frame of page
    bytes out; a status byte, the worker's own seconds and a length-prefixed
    frame of text back. Calling the worker is the whole round trip, so the
    bench times it as it times an in-process tool; ``inner_seconds`` adds up
    the worker's own time, to show what the pipes cost. A worker that dies on
    a page is started again, and that page counts as a failure.
    """

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv
        self.inner_seconds = 0.0
        self.about = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._start()
        atexit.register(self.close)

    def _start(self) -> None:
        self._proc = subprocess.Popen(self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.about = self._read(self._out(), "worker started").decode()

    def _out(self) -> IO[bytes]:
        assert self._proc is not None and self._proc.stdout is not None
        return self._proc.stdout

    def _read(self, stream: IO[bytes], what: str) -> bytes:
        head = stream.read(_LENGTH.size)
        if len(head) < _LENGTH.size:
            raise EOFError(f"worker ended before: {what}")
        (size,) = _LENGTH.unpack(head)
        body = stream.read(size)
        if len(body) < size:
            raise EOFError(f"worker ended inside: {what}")
        return body

    def __call__(self, data: bytes) -> str:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write(_LENGTH.pack(len(data)))
            self._proc.stdin.write(data)
            self._proc.stdin.flush()
            answer = self._out().read(_ANSWER.size)
            if len(answer) < _ANSWER.size:
                raise EOFError("worker ended before its answer")
            status, seconds = _ANSWER.unpack(answer)
            payload = self._read(self._out(), "answer")
        except (OSError, EOFError) as exc:
            self.close()
            self._start()
            raise RuntimeError(f"worker died: {exc}") from exc
        self.inner_seconds += seconds
        if status != 0:
            raise RuntimeError(payload.decode(errors="replace"))
        return payload.decode()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):  # the worker died with a page unread
                proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def rs_trafilatura() -> Extract:
    """rs-trafilatura through its Python bindings ``trafipy``, defaults, no URL, ``.text``.

    ``trafipy`` needs Python 3.12+, so it runs in bench/.venv-trafipy (made
    by ``--setup-trafipy``) as bench/trafipy_worker.py, one process for the
    whole run. These settings reproduce ../shared/bench/README.md's figures
    (word F1 0.857 on wcxb-dev); the page's URL (which the library uses for
    its page-type guess) gives 0.859, and its markdown output 0.762.
    """
    python = trafipy_env.env_python()
    if not python.exists():
        raise Unavailable(f"no {python}: run `python bench/accuracy.py --setup-trafipy`")
    try:
        worker = PipeWorker([str(python), str(trafipy_env.WORKER), json.dumps({})])
    except (OSError, EOFError) as exc:
        raise Unavailable(f"trafipy worker did not start: {exc}") from exc
    return worker


FACTORIES: dict[str, dict[str, Callable[[], Extract]]] = {
    "text": {
        "cleaner": cleaner_text,
        "identity": identity,
        "c4": c4,
        "justext": justext_lines,
    },
    "html": {
        "cleaner": cleaner_html,
        "trafilatura": trafilatura_,
        "rs-trafilatura": rs_trafilatura,
        "readability": readability,
        "resiliparse": resiliparse,
        "boilerpy3": boilerpy3,
        "justext": justext_html,
        "html_text": html_text_all,
    },
}


def all_names() -> list[str]:
    """Every tool name, in table order."""
    names: list[str] = []
    for factories in FACTORIES.values():
        names += [n for n in factories if n not in names]
    return names


def load_tools(mode: str, wanted: list[str] | None) -> tuple[list[Tool], list[str]]:
    """The runnable tools of ``mode`` (all, or those in ``wanted``) and notes
    on the ones skipped."""
    tools: list[Tool] = []
    notes: list[str] = []
    for name, factory in FACTORIES[mode].items():
        if wanted is not None and name not in wanted:
            continue
        try:
            tools.append(Tool(name, mode, factory()))
        except (Unavailable, ImportError) as exc:
            notes.append(f"{name} ({mode}): unavailable: {exc}")
    return tools, notes
