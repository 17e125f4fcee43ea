"""Properties that hold for every input (hypothesis).

- clean never raises on any str or bytes, and returns str;
- every line of the article is a line of the (normalised) input;
- cleaning is idempotent: clean(clean(x)) == clean(x);
- cleaning is deterministic and does not depend on earlier calls.

Besides random text, pages are drawn as lists of lines from a pool of prose,
menu words, share lines, teasers and blank lines in any order, so that the
properties are exercised on page-like structures where rules and the locator
actually fire, not only on junk that every rule ignores.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, clean, explain
from cleaner.read.text import normalize_text

# Modest example counts keep the suite fast; no deadline, tests never assert time.
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The page-shaped pools are the fuzzing harness's, so the properties and the
# long fuzz runs exercise the same structures.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fuzz.harness import BOILERPLATE, PROSE  # noqa: E402

SPACING = ["", "", "", "   ", "\t"]
POOL = PROSE + BOILERPLATE + SPACING

page_lines = st.lists(st.sampled_from(POOL), max_size=60)
pages = st.builds(
    lambda lines, newline: newline.join(lines),
    page_lines,
    st.sampled_from(["\n", "\n", "\r\n", "\r", "\u2028"]),
)
# Page lines with random text mixed in (odd characters, controls, tabs, stray breaks).
mixed_pages = st.lists(st.one_of(st.sampled_from(POOL), st.text(max_size=40)), max_size=40).map(
    "\n".join
)
any_text = st.one_of(st.text(), pages, mixed_pages)
any_bytes = st.one_of(
    st.binary(),
    pages.map(lambda page: page.encode("utf-8")),
    pages.map(lambda page: page.encode("utf-16")),
    st.text().map(lambda text: text.encode("utf-8", "surrogatepass")),
)


def article_lines(article: str) -> list[str]:
    return [line for line in article.split("\n") if line]


@PROPERTY
@given(any_text)
def test_never_raises_on_text(page: str) -> None:
    assert isinstance(clean(page), str)


@PROPERTY
@given(any_bytes)
def test_never_raises_on_bytes(page: bytes) -> None:
    assert isinstance(clean(page), str)


@PROPERTY
@given(any_text)
def test_every_output_line_comes_from_the_input(page: str) -> None:
    # Read as text: "auto" would read a page that happens to look like markup
    # ("<P <P>0") as HTML, whose lines are its elements' text, not its own lines.
    input_lines = set(normalize_text(page).split("\n"))
    for line in article_lines(clean(page, mode="text")):
        assert line in input_lines


@PROPERTY
@given(any_text)
def test_article_ends_with_one_newline_or_is_empty(page: str) -> None:
    article = clean(page)
    assert article == "" or (article.endswith("\n") and not article.endswith("\n\n"))


@PROPERTY
@given(any_text)
def test_explain_agrees_with_clean(page: str) -> None:
    explanation = explain(page)
    assert explanation.article == clean(page)
    kept = [b.text for b in explanation.blocks if b.kept]
    assert kept == article_lines(explanation.article)


@PROPERTY
@given(any_text)
def test_clean_is_idempotent(page: str) -> None:
    once = clean(page)
    assert clean(once) == once


@PROPERTY
@given(any_text, any_text)
def test_same_input_same_output(page: str, other: str) -> None:
    first = clean(page)
    # Results depend on the input alone: not on the cleaner object nor on earlier calls.
    clean(other)
    assert clean(page) == first
    assert Cleaner()(page) == first


def test_a_page_of_one_repeated_section_is_cleaned_to_a_fixed_point() -> None:
    # Each section opens with a title-like line; with the first line taken for
    # the page's title, each pass cut one more section, and after the pass
    # limit cleaning the article again cut more (a fuzz finding).
    section = [
        "I just closed my eyes and kicked it,",
        "Silva said afterwards.",
        "When I opened them, everyone was running at me.",
        "Previous article Why the river flooded 12 comments $159 at the market",
    ]
    page = "\n".join(section * 100)
    once = clean(page)
    assert once
    assert clean(once) == once
