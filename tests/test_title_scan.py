"""A later pass looks for the title's heading where the last pass stopped looking.

``passes.clean_blocks`` hands each pass the position, among the survivors, of
the first block the last pass's ``locate.title_scan`` had not ruled out. That is
a shortcut only: from there, the look finds what a look from the top finds.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.locate.title import title_heading, title_scan
from cleaner.page import renumber
from cleaner.read.text import text_to_blocks
from cleaner.run.passes import _survivors_before

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

TITLED = (
    "Storm hits the coast - Daily News\n"
    "Menu\n"
    "Storm hits the coast - Daily News\n"
    "Home | World | Storm hits the coast\n"
    "The storm hit the coast overnight, officials said on Tuesday.\n"
    "Storm Hits The Coast Hard\n"
    "Storm hits the coast\n"
    "More text about the storm and the coast.\n"
)


def pages() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return [TITLED, *[t for t in texts if not t.strip().startswith("<")]]


PAGES = pages()


def check(text: str, removed_at: set[int]) -> None:
    blocks = text_to_blocks(text)
    heading, scanned = title_scan(blocks)
    assert heading == title_heading(blocks)
    removed = {i: None for i in removed_at if 0 < i < len(blocks)}
    survivors = renumber([b for b in blocks if b.index not in removed])
    start = _survivors_before(blocks, removed, scanned)  # type: ignore[arg-type]
    assert start >= 1
    assert title_scan(survivors, start) == title_scan(survivors, 1), (text[:60], removed_at)


def test_the_samples_are_many() -> None:
    assert len(PAGES) > 20


def test_the_heading_removed_or_kept() -> None:
    blocks = text_to_blocks(TITLED)
    heading, scanned = title_scan(blocks)
    assert (heading, scanned) == (2, 2)
    # The title's copy taken away, the look goes on below where it stood.
    survivors = renumber([b for b in blocks if b.index != 2])
    start = _survivors_before(blocks, {2: None}, 2)  # type: ignore[dict-item]
    assert start == 2
    assert title_scan(survivors, start) == title_scan(survivors) == (2, 2)
    assert survivors[2].text.startswith("Home | World")
    for removed in (set(), {2}, {2, 5}, {2, 5, 6}, {1, 2, 3, 4}, {6, 7}):
        check(TITLED, removed)


def test_no_title_to_look_for() -> None:
    assert title_scan(text_to_blocks("Menu\nHome\nText.")) == (None, 1)
    assert title_scan(text_to_blocks("a\nb")) == (None, 1)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(range(len(PAGES))), st.sets(st.integers(min_value=1, max_value=120)))
def test_a_later_look_finds_what_a_look_from_the_top_finds(page: int, removed: set[int]) -> None:
    check(PAGES[page], removed)


# -- the title of a text page (metadata, and Config.keep_title) -------------------

_BODY = (
    "The council approved the budget on Monday after a long debate about the costs of the new"
    " bridge and the schools.\n"
    "Officials said the money would be spent over three years, starting with repairs to the"
    " roads in the old town.\n"
    "The mayor thanked the members of the council for their patience and promised a report on"
    " the work every six months.\n"
)


def test_a_text_page_names_its_title_heading_in_metadata() -> None:
    import cleaner

    page = (
        "Budget approved after long debate - Daily News\nHome\nBudget Approved After Long Debate\n"
    )
    explanation = cleaner.explain(page + _BODY, mode="text")
    assert explanation.metadata["title"] == "Budget Approved After Long Debate"
    assert "Budget Approved" not in explanation.article


def test_without_a_heading_the_first_line_is_the_title() -> None:
    import cleaner

    explanation = cleaner.explain("Budget approved\n\n" + _BODY, mode="text")
    assert explanation.metadata["title"] == "Budget approved"
    prose = cleaner.explain(_BODY, mode="text")
    assert "title" not in prose.metadata  # a sentence and another are no title


def test_keep_title_keeps_the_heading_in_the_article() -> None:
    import cleaner

    page = (
        "Budget approved after long debate - Daily News\nHome\nBudget Approved After Long Debate\n"
    )
    article = cleaner.clean(page + _BODY, mode="text", keep_title=True)
    assert article.splitlines()[0] == "Budget Approved After Long Debate"
    assert article.splitlines()[1:] == _BODY.splitlines()
    assert cleaner.clean(article, mode="text", keep_title=True) == article


def test_keep_title_keeps_an_html_title_heading() -> None:
    import cleaner

    body = "".join(f"<p>{line}</p>" for line in _BODY.splitlines())
    html = f"<title>Budget approved - Daily</title><h1>Budget approved</h1>{body}"
    assert cleaner.clean(html).splitlines()[0] != "Budget approved"
    assert cleaner.clean(html, keep_title=True).splitlines()[0] == "Budget approved"
    assert cleaner.explain(html).metadata["title"] == "Budget approved"


def test_a_recipe_keeps_its_ingredients_between_the_intro_and_the_method() -> None:
    """Issue 27: "Ingredients", its lines and "Method" stand between kept paragraphs."""
    import cleaner

    intro = (
        "This soup has carried our family through many grey winter evenings, and it only"
        " gets better when you make it the day before you need it."
    )
    method = (
        "Rinse the barley well under cold water and let it drain while you chop the onion"
        " and the garlic for the pot.\n"
        "Warm the oil in a large pot, soften the onion for five minutes, then add the garlic"
        " and the barley and stir well.\n"
    )
    structure = (
        "Ingredients\n1 cup pearl barley\n2 tablespoons olive oil\n"
        "1 onion, diced\n1 lemon\nMethod\n"
    )
    page = (
        "Lemon Barley Soup - Kitchen Notes\nHome\nRecipes\nLemon Barley Soup\n"
        f"{intro}\n{structure}{method}You May Also Like\nTomato Soup\n© 2025 Kitchen Notes\n"
    )
    article = cleaner.clean(page, mode="text")
    assert article == f"{intro}\n{structure}{method}"
    assert cleaner.explain(page, mode="text").metadata["title"] == "Lemon Barley Soup"
