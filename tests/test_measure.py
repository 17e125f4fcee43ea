"""The ASCII form of a line (typographic separators as spaces) measures as the line.

``features.measure`` takes a line whose only non-ASCII characters are
``TYPOGRAPHIC_SEPARATORS`` through its byte tables, as if each were a space.
That is a shortcut, never a change: the same line measured by the patterns
(``fold=False``) gives the same features, field by field.
"""

from __future__ import annotations

import re
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.lang.script import words_of
from cleaner.measure.features import TYPOGRAPHIC_SEPARATORS, _fold_typography, _measure

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def both(line: str) -> tuple[object, object]:
    return _measure(line, False, True), _measure(line, False, False)


def test_each_separator_is_a_space_to_every_measure():
    for mark in TYPOGRAPHIC_SEPARATORS:
        assert mark not in " " and not mark.isascii()
        assert words_of(f"a{mark}b") == ["a", "b"], mark
        assert re.match(r"[\w\d]", mark) is None, mark
        assert regex.match(r"[\w\d\p{Lu}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", mark) is None
        assert ord(mark) < 0x3040, mark


def test_folding_stops_at_ascii_and_leaves_other_letters():
    assert _fold_typography("don’t — «stop»") == "don t    stop "
    assert not _fold_typography("Café — ouvert").isascii()


LINES = [
    "Don’t miss: the city’s budget — approved",
    "“We will rebuild,” the mayor said…",
    "© 2024 Example Media • All rights reserved",
    "Macy’s ® Day Parade™ 2019–2020 · €5 · £4",
    "Read more »",
    "« Previous post",
    "‘Quoted’ words—and dashes–everywhere",
    "    return x — y",
    "Share this — 12 shares",
    "Café — ouvert",  # not foldable: measured by the patterns either way
]


def test_lines_measure_the_same_folded_or_not():
    for line in LINES:
        folded, plain = both(line)
        assert folded == plain, line


def test_sample_lines_measure_the_same_folded_or_not():
    lines = {
        line
        for path in SAMPLES.glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.isascii()
    }
    assert lines
    for line in lines:
        folded, plain = both(line)
        assert folded == plain, line


ALPHABET = st.sampled_from(
    list("abcXYZ019 _-.,!?:;()[]=/$'\"<>*#@&%+\t") + list(TYPOGRAPHIC_SEPARATORS)
)


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=120))
def test_any_line_of_ascii_and_separators_measures_the_same(line):
    folded, plain = both(line)
    assert folded == plain


def test_features_compare_and_print_by_their_fields():
    # Features is a plain class (a C type in the compiled build): equal by value,
    # printed with every field, in both builds.
    from cleaner.measure.features import _FIELDS, measure

    line = "Share this story with friends."
    first, second = measure(line), measure(line)
    assert first == second and first is not second
    assert first != measure("Another line.")
    shown = repr(first)
    assert shown.startswith("Features(chars=30, words=5,")
    assert all(f"{name}=" in shown for name in _FIELDS)


def test_verdicts_compare_hash_and_print_by_their_fields():
    from cleaner.verdicts import COPYRIGHT, FURNITURE, Verdict

    said = Verdict(3, "footer", "a copyright line", COPYRIGHT, barrier=True)
    assert said == Verdict(3, "footer", "a copyright line", COPYRIGHT, True)
    assert said != Verdict(3, "footer", "a copyright line", COPYRIGHT)
    assert said != Verdict(3, "footer", "a copyright line", FURNITURE, True)
    assert len({said, Verdict(3, "footer", "a copyright line", COPYRIGHT, True)}) == 1
    assert repr(said) == (
        "Verdict(index=3, rule='footer', why='a copyright line', kind=copyright, barrier=True)"
    )
