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
    _ANCHORS,
    ANCHOR_MARK,
    FOOTER_WORDS,
    SHARE_NETWORKS,
    STOPWORD_MARK,
    STOPWORDS,
    WORD_MARKS,
    phrase_hits,
    word_mark,
)
from cleaner.measure.features import measure

# The rule modules, not the rule functions the package exports under the same names.
footer = importlib.import_module("cleaner.rules.footer")
metadata = importlib.import_module("cleaner.rules.metadata")
social = importlib.import_module("cleaner.rules.social")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Each mark a rule tests, with the vocabulary it stands for.
VOCABULARIES = [
    (STOPWORD_MARK, STOPWORDS),
    (ANCHOR_MARK, _ANCHORS),
    (metadata._CREDIT_MARK, metadata._CREDIT_WORDS),
    (metadata._BIO_ROLE_MARK, metadata._BIO_ROLES),
    (social._SHARE_MARK, social._SHARE_VOCABULARY),
    (social._NEW_WINDOW_MARK, social._NEW_WINDOW_VERBS),
    (social._FOLLOW_MARK, social._FOLLOW),
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


def test_every_vocabulary_word_carries_its_mark():
    for mark, words in VOCABULARIES:
        for word in words:
            assert WORD_MARKS[word] & mark, word


def test_a_mark_is_made_once():
    name = lang._MARK_NAMES[0]
    try:
        word_mark(name, {"river"})
    except ValueError as error:
        assert name in str(error)
    else:
        raise AssertionError("a second mark of one name was made")
    assert "river" not in WORD_MARKS


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
