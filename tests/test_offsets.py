"""Where each block stands (offsets, lines, element paths), and the TSV that says it.

The offset property: for every block of a page read as text,
``explanation.source[block.start:block.end] == block.text`` and ``block.line``
is its line in that text, on any text (hypothesis, whole and cut in
segments); in HTML mode every block has its element path. On every bench
page, in both modes, tests/test_bench_invariants.py checks the same.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.read.text import normalize_text
from cleaner.write.report import Explanation

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
HTML_SAMPLE = SAMPLES / "en-html-news-share-related.html"
TEXT_SAMPLE = SAMPLES / "en-news-share-related.txt"


def assert_placed(explanation: Explanation, decoded: str) -> None:
    """Every block of a text page is where its offsets and line say, in the decoded text."""
    source = explanation.source
    assert source == normalize_text(decoded)
    for block in explanation.blocks:
        assert block.start is not None and block.end is not None and block.line is not None
        assert source[block.start : block.end] == block.text
        assert source.count("\n", 0, block.start) + 1 == block.line
        assert block.path is None


# -- offsets ------------------------------------------------------------------------------


def test_text_blocks_carry_their_line_and_offsets() -> None:
    page = "Menu\r\n\r\nThe council approved the new budget.\x00\u2028Second line.\n"
    explanation = cleaner.explain(page)
    assert explanation.source == "Menu\n\nThe council approved the new budget.\nSecond line.\n"
    assert [(b.text, b.line, b.start, b.end) for b in explanation.blocks] == [
        ("Menu", 1, 0, 4),
        ("The council approved the new budget.", 3, 6, 42),
        ("Second line.", 4, 43, 55),
    ]
    assert_placed(explanation, page)


def test_bytes_are_placed_in_their_decoded_text() -> None:
    page = "Menü\n\nDer Stadtrat hat den neuen Haushalt beschlossen.\n"
    explanation = cleaner.explain(page.encode("cp1252"), mode="text")
    assert_placed(explanation, page)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
        | st.sampled_from(["", " ", "\r\n", "\r", "\u2028", "\x0c", "Menu", "Share this"]),
        max_size=30,
    ),
    st.sampled_from([None, 40, 200]),
)
def test_offsets_hold_on_any_text(lines: list[str], segment_chars: int | None) -> None:
    page = "\n".join(lines)
    explanation = cleaner.explain(page, mode="text", segment_chars=segment_chars)
    if explanation.note is not None:  # noise (mostly unassigned characters): no page, no block
        assert (explanation.blocks, explanation.article) == ((), "")
        return
    assert_placed(explanation, page)


def test_a_page_cut_in_segments_is_placed_whole() -> None:
    page = TEXT_SAMPLE.read_text(encoding="utf-8") * 3
    whole = cleaner.explain(page)
    cut = cleaner.explain(page, segment_chars=500)
    assert_placed(cut, page)
    assert cut.source == whole.source
    assert [(b.line, b.start, b.text) for b in cut.blocks] == [
        (b.line, b.start, b.text) for b in whole.blocks
    ]
    # UTF-8 bytes over segment_chars are decoded a piece at a time.
    assert_placed(cleaner.explain(page.encode("utf-8"), segment_chars=500), page)


def test_html_blocks_carry_their_element_path() -> None:
    explanation = cleaner.explain(HTML_SAMPLE.read_bytes())
    assert explanation.mode == "html" and explanation.source is None
    paths = [b.path for b in explanation.blocks]
    assert all(path and re.match(r"^[a-z0-9]+:\d+", path) for path in paths)
    assert all(b.line is None and b.start is None and b.end is None for b in explanation.blocks)
    by_text = {b.text: b.path for b in explanation.blocks}
    assert "/nav:" in by_text["Sport"] and by_text["Sport"].endswith(tuple("0123456789"))
    assert "/footer:" in by_text["Privacy | Terms | Contact"]


# -- the TSV --------------------------------------------------------------------------------


def test_the_tsv_of_an_html_page_gives_the_path() -> None:
    page = (
        "<html><body><nav><a href='/'>Home</a></nav><pre>a\tb\nc</pre>"
        "<p>The council approved the new budget on Tuesday after a long debate about roads.</p>"
        "</body></html>"
    )
    explanation = cleaner.explain(page)
    rows = [r for r in explanation.to_tsv().split("\n")[1:] if r and not r.startswith("#")]
    assert explanation.to_tsv().startswith("verdict\trule\twhy\tpath\ttext\n")
    assert len(rows) == len(explanation.blocks)
    for row, block in zip(rows, explanation.blocks, strict=True):
        fields = row.split("\t")
        assert len(fields) == 5  # a tab or a line break inside a block is a space
        assert fields[3] == block.path
    assert rows[1].endswith("\ta b c")


def test_reports_pickle_and_compare_by_value() -> None:
    """A batch's workers send reports back pickled: the places come along."""
    import pickle

    for page in (TEXT_SAMPLE.read_bytes(), HTML_SAMPLE.read_bytes()):
        explanation = cleaner.explain(page)
        again = pickle.loads(pickle.dumps(explanation))
        assert again == explanation
        assert [(b.line, b.start, b.end, b.path) for b in again.blocks] == [
            (b.line, b.start, b.end, b.path) for b in explanation.blocks
        ]
