"""The Cleaner: page -> blocks -> verdicts -> article.

The rules and the locator run in passes over the blocks (:mod:`cleaner.run.passes`).
On a text page, passes repeat on the article until nothing more is removed,
so that cleaning an article again returns it unchanged. An HTML page takes one
pass: its article is text (cleaned again, it is read in text mode), and the
locator has the whole tree to judge by.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from cleaner.config import Config
from cleaner.errors import InputError, OutputWarning
from cleaner.locate.confidence import confidence, confidence_features
from cleaner.locate.page_type import page_type
from cleaner.locate.title import page_title
from cleaner.page import Block, Page
from cleaner.read.decode import decode, looks_binary, looks_like_noise, utf8_pieces
from cleaner.read.html import decode_html, looks_like_html, parse_html
from cleaner.read.text import (
    count_lines,
    cut_points,
    first_line_blank,
    last_line_blank,
    normalize_text,
    text_to_blocks,
)
from cleaner.rules import RULES
from cleaner.run.passes import block_reports, clean_blocks, kept_blocks
from cleaner.run.pool import PageResult, clean_pages
from cleaner.verdicts import TITLE, Verdict
from cleaner.write.markdown import render
from cleaner.write.report import BlockReport, Explanation

# Said (an OutputWarning) when output="markdown" meets a page that is not HTML.
MARKDOWN_OF_TEXT = "the page is text, not HTML: its article is plain text, not Markdown"

# What explain() says of input that is not a page (its article is "").
_BINARY_NOTE = "binary input (an image, archive, executable or random bytes), not a page"
_NOISE_NOTE = "mostly replacement, unassigned or private-use characters, not a page"


def _check_size(page: object, limit: int | None) -> None:
    """Raise :class:`InputError` for a page over ``limit`` (``Config.max_bytes``)."""
    if limit is None:
        return
    if isinstance(page, memoryview):
        size, unit = page.nbytes, "bytes"
    elif isinstance(page, (bytes, bytearray)):
        size, unit = len(page), "bytes"
    elif isinstance(page, str):
        size, unit = len(page), "characters"
    else:
        return
    if size > limit:
        raise InputError(
            f"page of {size:,} {unit} is over the limit of {limit:,} (max_bytes; None lifts it)"
        )


class Cleaner:
    """A reusable, picklable page cleaner: ``Cleaner(config)(page) -> article``.

    >>> Cleaner(disable=["share_line"]).config.disable
    frozenset({'share_line'})
    """

    def __init__(self, config: Config | None = None, **options: Any) -> None:
        base = config if config is not None else Config()
        self.config = base.with_options(**options) if options else base

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cleaner) and other.config == self.config

    def __hash__(self) -> int:
        return hash(self.config)

    def __call__(self, page: Page) -> str:
        return self.clean(page)

    def clean(self, page: Page) -> str:
        """The article of ``page`` as text."""
        return self._run(page, reports=False).article

    def explain(self, page: Page) -> Explanation:
        """Every block of ``page`` with its verdict, and the article."""
        return self._run(page, reports=True)

    def _run(self, page: Page, reports: bool) -> Explanation:
        result = self._run_page(page, reports)
        if result.article and looks_like_noise(result.article):
            # What is left of a page is noise (its prose, if any, gone): the page
            # is none, as its article would be when cleaned again.
            return Explanation(article="", blocks=(), mode=result.mode, passes=0, note=_NOISE_NOTE)
        if reports and result.blocks:
            # How far to trust the article: a predicted F1 (see locate.confidence).
            measures = confidence_features(
                [block.text for block in result.blocks],
                [block.kept for block in result.blocks],
                result.mode == "html",
                str(result.metadata.get("page_type", "")),
            )
            result.metadata["confidence"] = confidence(measures)
        return result

    def _run_page(self, page: Page, reports: bool) -> Explanation:
        source, mode, note = self._read(page)
        if note is not None:
            return Explanation(article="", blocks=(), mode=mode, passes=0, note=note)
        if mode == "text":
            assert not isinstance(source, bytes)  # text comes back decoded, or in pieces
            if self.config.output == "markdown":
                warnings.warn(MARKDOWN_OF_TEXT, OutputWarning, stacklevel=_callers_level())
            return self._clean_text(source, reports)
        assert isinstance(source, (str, bytes))
        parsed = parse_html(source)
        del source
        # One pass: the container and the DOM rules see the whole page at once,
        # and the blocks the rules removed weigh in where they stand. A second
        # pass over the survivors changed no aeb page and lowered wcxb-dev's F1.
        verdicts, passes = clean_blocks(parsed.blocks, self.config, RULES, max_passes=1)
        if self.config.keep_title:
            _keep_title_heading(parsed.blocks, verdicts)
        kept = kept_blocks(parsed.blocks, verdicts)
        article = render(kept, self.config.output)
        if not reports:
            return Explanation(article=article, blocks=(), mode=mode, passes=passes)
        metadata: dict[str, Any] = dict(parsed.metadata)
        metadata["page_type"], metadata["page_type_by"] = page_type(
            parsed.blocks, metadata.get("declared", "").split(), metadata.get("og_type", "")
        )
        return Explanation(
            article=article,
            blocks=tuple(block_reports(parsed.blocks, verdicts, 0)),
            mode=mode,
            passes=passes,
            metadata=metadata,
            markdown=article if self.config.output == "markdown" else render(kept, "markdown"),
        )

    def _clean_text(self, source: str | list[memoryview], reports: bool) -> Explanation:
        """Clean a text page, whole or (over ``Config.segment_chars``) segment by segment.

        A segment is cut after a line break, at a blank line where one is near;
        the articles of the segments are joined as the lines stood in the page.
        Only one segment's blocks are alive at a time.
        """
        result, segments = self._clean_segments(source, reports)
        size = self.config.segment_chars
        article = result.article
        if segments <= 1 or size is None or len(article) > size:
            return result
        # Read whole, the article of a page cut in segments may lose a little
        # more (the locator sees it all at once): it is cleaned once more, so
        # that cleaning it again returns it. An article over segment_chars is
        # left as it is (cut again elsewhere, it could still change).
        again, _ = self._clean_segments(article, reports)
        found = list(result.blocks)
        if reports:
            # The article's blocks are the page's kept blocks, in order, one a line.
            kept_at = [i for i, block in enumerate(found) if block.kept]
            for position, report in zip(kept_at, again.blocks, strict=True):
                if not report.kept:
                    block = found[position]
                    found[position] = replace(block, kept=False, rule=report.rule, why=report.why)
        return Explanation(
            article=again.article,
            blocks=tuple(found),
            mode="text",
            passes=result.passes + again.passes,
            source=result.source,
            metadata=result.metadata,
        )

    def _clean_segments(
        self, source: str | list[memoryview], reports: bool
    ) -> tuple[Explanation, int]:
        """One run over the page's segments: the joined article, and how many segments."""
        segments = 0
        pieces: list[str] = []
        found: list[BlockReport] = []
        passes = 0
        offset = 0
        # Where the segment starts in the page's normalised text: its characters
        # and lines before it, and the segments themselves (explain's source).
        shift = 0
        lines = 1
        texts: list[str] = []
        # Whether a blank line stands between the article so far and what comes next.
        gap = False
        metadata: dict[str, Any] = {}
        for segment in _segments(source, self.config.segment_chars):
            segments += 1
            blocks = text_to_blocks(segment)
            verdicts, count = clean_blocks(blocks, self.config)
            if segments == 1:
                # The page's title is in its first lines (see locate.title.page_title).
                title = page_title(blocks)
                if title is not None:
                    metadata["title"] = blocks[title].text.strip()
                    if self.config.keep_title:
                        verdicts.pop(title, None)
                if reports:
                    metadata["page_type"], metadata["page_type_by"] = page_type(blocks)
            passes = max(passes, count)
            if reports:
                found.extend(block_reports(blocks, verdicts, offset, segment, shift, lines))
                shift += len(segment)
                lines += segment.count("\n")
                texts.append(segment)
            offset += len(blocks)
            kept = kept_blocks(blocks, verdicts)
            starts_apart = first_line_blank(segment)
            if kept:
                if pieces and (gap or starts_apart or kept[0].paragraph != 0):
                    pieces.append("\n")
                pieces.append(render(kept, self.config.output))
                gap = kept[-1].paragraph != blocks[-1].paragraph or last_line_blank(segment)
            else:
                gap = (
                    gap
                    or not blocks
                    or starts_apart
                    or blocks[-1].paragraph != 0
                    or last_line_blank(segment)
                )
        article = "".join(pieces)
        text = (texts[0] if len(texts) == 1 else "".join(texts)) if reports else None
        return Explanation(
            article=article,
            blocks=tuple(found),
            mode="text",
            passes=passes,
            source=text,
            metadata=metadata,
        ), segments

    def clean_many(self, pages: Iterable[Page], **options: Any) -> Iterator[PageResult]:
        """Clean an iterable of pages: a :class:`cleaner.run.pool.PageResult` a page, in order.

        ``workers=N``, ``time_limit=``, ``stats=``...: see :func:`cleaner.run.batch.clean_many`.
        """
        return clean_pages(pages, self, **options)

    def _read(self, page: Page) -> tuple[str | bytes | list[memoryview], str, str | None]:
        """Decode the page and tell its mode; a note instead when it is not text.

        Text comes back as decoded, or for a large UTF-8 page as its undecoded
        pieces (see :func:`_segments`); HTML comes back as it came, for
        :func:`cleaner.read.html.parse_html` to decode (its charset sniffed from the markup).
        """
        mode = self.config.mode
        _check_size(page, self.config.max_bytes)
        if isinstance(page, (bytes, bytearray, memoryview)):
            data = bytes(page)
            if looks_binary(data):
                return "", "text", _BINARY_NOTE
            if mode == "html" or (mode == "auto" and looks_like_html(data)):
                return self._html_bytes(data), "html", None
            size = self.config.segment_chars
            if size is not None and len(data) > size:
                pieces = utf8_pieces(data, cut_points(data, size))
                if pieces is not None:
                    # Sniffed again as text: "\u00a0<!DOCTYPE html>" is HTML, which
                    # the byte sniff (read as Latin-1) cannot tell.
                    if mode == "auto" and looks_like_html(str(pieces[0][:4096], "utf-8", "ignore")):
                        return self._html_bytes(data), "html", None
                    self._check_count(data, count_lines, "lines")
                    return pieces, "text", None
            page = decode(data)
        elif not isinstance(page, str):
            raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
        if looks_like_noise(page):
            return "", "text", _NOISE_NOTE
        if mode == "html" or (mode == "auto" and looks_like_html(page)):
            return self._counted(page, "html"), "html", None
        return self._counted(page, "text"), "text", None

    def _counted(self, text: str, mode: str) -> str:
        """``text``, once its lines (text) or tags (HTML) are within ``Config.max_blocks``.

        Every block costs memory and time whatever its length: a page of
        millions of two-letter lines would take gigabytes well within ``max_bytes``.
        """
        if mode == "html":
            self._check_count(text, _count_tags, "tags")
        else:
            self._check_count(text, count_lines, "lines")
        return text

    def _html_bytes(self, data: bytes) -> bytes:
        """``data``, once its tags are within ``Config.max_blocks``."""
        limit = self.config.max_blocks
        if limit is not None and len(data) > limit and data.count(b"<") > limit:
            # Counted in bytes, a UTF-16 page's other characters may look like "<".
            self._counted(decode_html(data), "html")
        return data

    def _check_count(self, text: str | bytes, counter: Callable[[Any], int], unit: str) -> None:
        limit = self.config.max_blocks
        # A page holds at most a line (or a tag) a character: a short one is not counted.
        if limit is None or len(text) <= limit:
            return
        count = counter(text)
        if count > limit:
            raise InputError(
                f"page of {count:,} {unit} is over the limit of {limit:,} "
                "(max_blocks; None lifts it)"
            )


def _keep_title_heading(blocks: list[Block], verdicts: dict[int, Verdict]) -> None:
    """Withdraw the verdict on an HTML page's title heading (``Config.keep_title``)."""
    for block in blocks:
        said = verdicts.get(block.index)
        if said is not None and said.kind == TITLE:
            del verdicts[block.index]
            return


def _callers_level() -> int:
    """The stack level of the first frame outside this package: a warning names the
    caller's line, whether it called ``clean()``, ``Cleaner.clean`` or a batch."""
    package = os.path.dirname(os.path.dirname(__file__))  # cleaner/, above run/
    frame, level = sys._getframe(1), 1
    while frame is not None and frame.f_code.co_filename.startswith(package):
        frame, level = frame.f_back, level + 1  # type: ignore[assignment]
    return level


def _count_tags(text: str) -> int:
    return text.count("<")


def _segments(source: str | list[memoryview], size: int | None) -> Iterator[str]:
    """The normalised text of a page, in segments of about ``size`` (see ``cut_points``).

    ``source`` is the decoded page, or the UTF-8 pieces of a large one, each
    decoded only when its turn comes.
    """
    if isinstance(source, list):
        for piece in source:
            yield normalize_text(str(piece, "utf-8"))
        return
    if size is None or len(source) <= size:
        yield normalize_text(source)
        return
    bounds = [0, *cut_points(source, size), len(source)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        yield normalize_text(source[start:end])
