"""The HTML report of a page (``Explanation.to_html``), a batch's index, and ``--report``.

What the report shows is checked here in its markup; tests/test_report_browser.py
opens it in a real browser.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import cleaner
from cleaner.run.cli import main
from cleaner.write.report_html import IndexRow, index_row, render_index, render_report

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
HTML_SAMPLE = SAMPLES / "en-html-news-share-related.html"
TEXT_SAMPLE = SAMPLES / "en-news-share-related.txt"


# -- the HTML report ------------------------------------------------------------------------


def block_elements(report: str) -> list[str]:
    return re.findall(r'<div class="b [^"]*">.*?</div>\n', report)


def test_the_report_shows_every_block_in_order_with_its_rule() -> None:
    explanation = cleaner.explain(TEXT_SAMPLE.read_bytes())
    report = explanation.to_html()
    elements = block_elements(report)
    assert len(elements) == len(explanation.blocks)
    for element, block in zip(elements, explanation.blocks, strict=True):
        assert html.escape(block.text) in element
        assert f'<span class="n" aria-hidden="true">{block.line}</span>' in element
        if block.kept:
            assert element.startswith('<div class="b k') and "<del" not in element
        else:
            assert f"<b>{block.rule}</b>" in element
            assert html.escape(block.why or "") in element
            assert f'<del class="t">{html.escape(block.text)}</del>' in element
    # The summary: a button a rule, with its count of blocks.
    for place, (rule, count, chars) in enumerate(explanation.summary()):
        assert (
            f'data-show="r{place}" aria-pressed="false" data-count="{count}">{rule}</button>'
        ) in report
        assert f'<td class="num">{chars:,}</td>' in report
    assert "Article as Markdown" not in report  # text input has no Markdown view


def test_the_report_is_self_contained() -> None:
    report = cleaner.explain(HTML_SAMPLE.read_bytes()).to_html()
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b|\bsrc=|@import|url\(", report)
    external = re.findall(r'href="([^"#][^"]*)"', report)
    assert external == []  # the sample declares no URL; a declared one is the only link out
    assert report.count("<script>") == 1 and report.count("<style>") == 1


def test_the_report_of_html_input_has_the_metadata_and_the_markdown() -> None:
    explanation = cleaner.explain(HTML_SAMPLE.read_bytes())
    report = render_report(explanation, name="page.html")
    assert f"<h1>{html.escape(explanation.metadata['title'])}</h1>" in report
    assert "<dt>author</dt><dd>Dana Whitlock</dd>" in report
    assert explanation.markdown is not None and explanation.markdown.startswith("The Harbor")
    assert f'<pre class="md">{html.escape(explanation.markdown)}</pre>' in report
    # The kinds of block the markup tells: headings and list items are styled as such.
    elements = block_elements(report)
    kinds = {b.text: e for b, e in zip(explanation.blocks, elements, strict=True)}
    assert kinds["What changed"].startswith('<div class="b k h2">')
    assert kinds["new lighting along the whole span"].startswith('<div class="b k li">')
    assert 'title="html:1/body:' in elements[0]


def test_the_report_escapes_the_page() -> None:
    page = (
        '<script>alert("x")</script> & <b>bold</b>\n\n'
        "The council approved the new budget on Tuesday after a long debate about roads.\n"
    )
    report = cleaner.explain(page, mode="text").to_html(title="<i>t</i>")
    assert "<script>alert" not in report and "<b>bold</b>" not in report
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in report
    )
    assert "<h1>&lt;i&gt;t&lt;/i&gt;</h1>" in report


def test_the_report_of_binary_input_shows_the_note() -> None:
    explanation = cleaner.explain(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    report = explanation.to_html()
    assert "<dt>note</dt><dd>binary input" in report
    assert block_elements(report) == []


def test_the_index_links_every_page_and_shows_errors() -> None:
    good = cleaner.explain(TEXT_SAMPLE.read_bytes())
    rows = [index_row("a & b.txt", "pages/0001.html", good), IndexRow("c.txt", None, error="bad")]
    page = render_index(rows, title="samples")
    assert '<a href="pages/0001.html">a &amp; b.txt</a>' in page
    kept = sum(len(b.text.strip()) for b in good.blocks if b.kept)
    removed = sum(chars for _, _, chars in good.summary())
    assert f'<td class="num">{kept:,}</td><td class="num">{removed:,}</td>' in page
    top = sorted(good.summary(), key=lambda item: -item[2])[0]
    assert f"<td>{top[0]} {top[2]:,}" in page
    assert '<tr class="err"><th scope="row">c.txt</th>' in page and "<td>bad</td>" in page
    assert "1 failed" in page


# -- the command line -----------------------------------------------------------------------


def run(argv: list[str]) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.BytesIO(b""), stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_report_of_one_page(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    assert run(["--report", str(target), str(TEXT_SAMPLE)]) == (0, "", "")
    expected = render_report(cleaner.explain(TEXT_SAMPLE.read_bytes()), name=str(TEXT_SAMPLE))
    assert target.read_text(encoding="utf-8") == expected


def test_report_of_a_batch_writes_an_index_and_a_report_a_page(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        ["--report", str(target), str(TEXT_SAMPLE), str(missing), str(HTML_SAMPLE)]
    )
    assert (code, out) == (1, "")
    assert str(missing) in err
    pages = sorted((tmp_path / "out" / "report_files").iterdir())
    assert [p.name for p in pages] == [
        "0001-en-news-share-related.txt.html",
        "0003-en-html-news-share-related.html.html",
    ]
    index = target.read_text(encoding="utf-8")
    for page in pages:
        assert f'href="report_files/{page.name}"' in index
        assert '<a href="../report.html">All pages</a>' in page.read_text(encoding="utf-8")
    assert "<td>cannot be read</td>" in index


def test_report_does_not_go_with_explain(tmp_path: Path) -> None:
    code, out, err = run(["--report", str(tmp_path / "r.html"), "--explain", str(TEXT_SAMPLE)])
    assert (code, out) == (2, "")
    assert "--report" in err
