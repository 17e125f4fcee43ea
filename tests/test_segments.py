"""Large text pages are cleaned in segments (``Config.segment_chars``).

Each segment is a page to the rules and the locator; the articles of the
segments are joined as their lines stood in the page: apart by a blank line
where the page had one between them, on adjacent lines where a paragraph ran
across the cut.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
from cleaner.read.text import cut_points

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FIRST = (SAMPLES / "en-blog-cookie-newsletter-comments.txt").read_text(encoding="utf-8")
SECOND = (SAMPLES / "de-news-teilen-mehrzumthema.txt").read_text(encoding="utf-8")
_SUBJECTS = ["The river", "A ferry", "The mayor", "Our reporter", "The weather office", "A farmer"]
_VERBS = ["said that", "warned that", "wrote that", "heard that", "believed that"]
_CLAUSES = [
    "the water rose by {n} centimetres during the night",
    "{n} houses near the old bridge had lost their power",
    "the road to the village would stay closed for {n} days",
    "the school had opened its hall to {n} families",
]
SENTENCES = [
    f"{_SUBJECTS[i % 6]} {_VERBS[i % 5]} {_CLAUSES[i % 4].format(n=i + 3)}, "
    "and more news would follow."
    for i in range(400)
]


def test_two_pages_cut_at_the_blank_line_between_them() -> None:
    page = FIRST.rstrip("\n") + "\n\n" + SECOND
    size = len(FIRST.rstrip("\n"))
    assert cut_points(page, size) == [size + 1]
    joined = cleaner.clean(page, segment_chars=size)
    assert joined == cleaner.clean(FIRST) + "\n" + cleaner.clean(SECOND)


def test_bytes_and_str_give_the_same_segments() -> None:
    # Sizes count bytes for bytes: the same cuts only where every character is one byte.
    page = (FIRST.encode("ascii", "ignore").decode() + "\n\n") * 6
    for size in (500, 2000, 5000):
        assert cleaner.clean(page.encode("utf-8"), segment_chars=size) == cleaner.clean(
            page, segment_chars=size
        )


def test_a_paragraph_across_a_cut_stays_one_paragraph() -> None:
    page = "\n".join(SENTENCES) + "\n"
    assert len(cut_points(page, 3000)) > 5
    assert cleaner.clean(page, segment_chars=3000) == cleaner.clean(page) == page


def test_paragraphs_across_cuts_keep_their_blank_lines() -> None:
    page = "\n\n".join("\n".join(SENTENCES[i : i + 7]) for i in range(0, 400, 7)) + "\n"
    for size in (1000, 3000, 10_000):
        assert cleaner.clean(page, segment_chars=size) == page


def test_explain_numbers_blocks_across_segments() -> None:
    page = (FIRST + "\n\n" + SECOND) * 3
    whole = cleaner.explain(page, segment_chars=None)
    cut = cleaner.explain(page, segment_chars=2000)
    assert [b.index for b in cut.blocks] == list(range(len(whole.blocks)))
    assert [b.text for b in cut.blocks] == [b.text for b in whole.blocks]
    kept = [b.text for b in cut.blocks if b.kept]
    assert [line for line in cut.article.split("\n") if line] == kept


def test_segment_chars_must_be_positive() -> None:
    with pytest.raises(ValueError):
        cleaner.Config(segment_chars=0)


def test_a_segmented_page_cleans_to_a_fixed_point() -> None:
    # Found by fuzzing: a 2 MB page whose 300 KB article, read whole, lost one
    # more line. An article no longer than a segment is cleaned once more, whole.
    samples = sorted(p for p in SAMPLES.glob("*.txt") if ".expected" not in p.name)
    page = "\n\n".join(p.read_text(encoding="utf-8") for p in samples)
    for size in (len(page) // 2, len(page) // 3):
        article = cleaner.clean(page, segment_chars=size)
        assert len(article) <= size < len(page)
        assert cleaner.clean(article, segment_chars=size) == article
        explained = cleaner.explain(page, segment_chars=size)
        assert explained.article == article
        kept = [b.text for b in explained.blocks if b.kept]
        assert [line for line in article.split("\n") if line] == kept


def test_lines_a_segment_kept_alone_go_when_the_article_is_read_whole() -> None:
    # Alone in its segment, a short tail is all there is and is kept; next to
    # the article's prose it is not. The article is read whole once more.
    prose = "\n\n".join("\n".join(SENTENCES[i : i + 5]) for i in range(0, 60, 5))
    menu = "Home\nNews\nSport\nWeather\nShare this @example.com\nCookie settings\n\n"
    page = menu + prose + "\n\nBlue river stones\nGreen valley roads\n"
    size = len(menu + prose) - 10
    assert len(cut_points(page, size)) == 1
    article = cleaner.clean(page, segment_chars=size)
    assert article == cleaner.clean(page, segment_chars=None) == prose + "\n"
    assert cleaner.clean(article, segment_chars=size) == article
    explained = cleaner.explain(page, segment_chars=size)
    dropped = [(b.text, b.rule) for b in explained.blocks if not b.kept][-2:]
    assert [text for text, _ in dropped] == ["Blue river stones", "Green valley roads"]


# Markdown of a text page is plain text, said by an OutputWarning (tests/test_api.py).
@pytest.mark.filterwarnings("ignore::cleaner.OutputWarning")
def test_markdown_joins_segments_as_text_does() -> None:
    # Text-mode blocks have no markup: their Markdown is their text, cut or not.
    page = "\n\n".join("\n".join(SENTENCES[i : i + 7]) for i in range(0, 400, 7)) + "\n"
    tail = "\n\nBlue river stones\nGreen valley roads\n"
    for size in (1000, 3000):
        assert cleaner.clean(page, segment_chars=size, output="markdown") == page
        assert cleaner.clean(page + tail, segment_chars=size, output="markdown") == cleaner.clean(
            page + tail, segment_chars=size
        )


def test_a_large_utf8_page_is_sniffed_for_html_as_text_too() -> None:
    # Read as Latin-1 by the byte sniff, a leading no-break space hides the doctype.
    body = "".join(f"<p>{sentence}</p>\n" for sentence in SENTENCES[:60])
    page = ("\u00a0<!DOCTYPE html><html><body>\n" + body + "</body></html>").encode()
    assert len(page) > 2000
    explained = cleaner.explain(page, segment_chars=2000)
    assert explained.mode == "html"
    assert "<p>" not in explained.article


def test_lines_are_counted_as_normalised_against_max_blocks() -> None:
    for page in ("word\r" * 50, "word\u2028" * 50):
        for form in (page, page.encode()):
            with pytest.raises(cleaner.InputError, match="50 lines"):
                cleaner.clean(form, max_blocks=10)
            with pytest.raises(cleaner.InputError, match="50 lines"):
                cleaner.clean(form, max_blocks=10, segment_chars=20)
