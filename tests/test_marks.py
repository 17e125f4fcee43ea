"""Word marks: a line's ``Features.marks`` says which vocabularies its words are in.

Rules test a mark (one ``&``) where they tested ``not vocabulary.isdisjoint(tokens)``.
The two must agree on every line, and the phrases found through the anchor
mark must be the ones the word-by-word search finds on its own.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lang
from cleaner.lang import (
    ANCHOR_MARK,
    FOOTER_WORDS,
    PHRASES,
    SHARE_NETWORKS,
    STOPWORD_MARK,
    STOPWORDS,
    WORD_MARKS,
    phrase_hits,
)
from cleaner.lang.match import word_marks
from cleaner.measure.features import measure

# The rule modules, not the rule functions the package exports under the same names.
footer = importlib.import_module("cleaner.rules.footer")
metadata = importlib.import_module("cleaner.rules.metadata")
social = importlib.import_module("cleaner.rules.social")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Each mark a rule tests, with the vocabulary it stands for.
VOCABULARIES = [
    (STOPWORD_MARK, STOPWORDS),
    (ANCHOR_MARK, PHRASES.anchors),
    (metadata._CREDIT_MARK, lang.WIRE_CREDIT_WORDS),
    (metadata._BIO_ROLE_MARK, lang.AUTHOR_ROLES),
    (social._SHARE_MARK, social._SHARE_VOCABULARY),
    (social._NEW_WINDOW_MARK, lang.NEW_WINDOW_VERBS),
    (social._FOLLOW_MARK, lang.FOLLOW),
    (social._NETWORK_MARK, SHARE_NETWORKS),
    (footer._FOOTER_WORD_MARK, FOOTER_WORDS),
]


def sample_lines() -> list[str]:
    lines: set[str] = set()
    for path in sorted(SAMPLES.glob("*.txt")):
        lines.update(line for line in path.read_text("utf-8").splitlines() if line.strip())
    return sorted(lines)


def check(line: str) -> None:
    features = measure(line)
    for mark, words in VOCABULARIES:
        assert bool(features.marks & mark) == (not words.isdisjoint(features.tokens)), (line, words)
    assert features.hits == phrase_hits(features.tokens), line


def test_marks_are_distinct_bits():
    marks = [mark for mark, _ in VOCABULARIES]
    assert all(mark > 0 and mark & (mark - 1) == 0 for mark in marks)
    assert len(set(marks)) == len(marks)


def test_the_list_covers_every_mark():
    """A new mark is checked here too: the list names every mark the vocabularies have."""
    assert sorted(mark for mark, _ in VOCABULARIES) == sorted(lang.MARKS.values())


def test_every_vocabulary_word_carries_its_mark():
    for mark, words in VOCABULARIES:
        for word in words:
            assert WORD_MARKS[word] & mark, word


def test_marks_are_derived_by_a_pure_function():
    """Marks come from the vocabularies alone: deriving them again gives the same,
    and deriving others changes nothing that is already made."""
    before = dict(WORD_MARKS)
    assert word_marks(lang.MARK_VOCABULARIES) == (WORD_MARKS, lang.MARKS)
    words, bits = word_marks({"river": {"river"}})
    assert words == {"river": 1} and bits == {"river": 1}
    assert before == WORD_MARKS and "river" not in WORD_MARKS


def test_marks_agree_with_the_vocabularies_on_the_samples():
    lines = sample_lines()
    assert len(lines) > 500
    for line in lines:
        check(line)


def test_the_mark_tests_of_each_rule_on_made_lines():
    for line in (
        "Share on Facebook",
        "By Jane Doe, staff writer",
        "Follow us on Facebook, Twitter and Instagram",
        "Click to share on Reddit (Opens in new window)",
        "About Media Kit Contact Terms Privacy",
        "We use cookies. Join our mailing list",
        "The river rose in the night.",
        "東京で新しい図書館が開館しました。 share",
    ):
        check(line)


_VOCABULARY_WORDS = sorted({w for _, words in VOCABULARIES for w in words})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_VOCABULARY_WORDS), st.text(min_size=1, max_size=8)),
        min_size=1,
        max_size=12,
    )
)
def test_marks_agree_with_the_vocabularies_on_drawn_lines(words):
    check(" ".join(words))
