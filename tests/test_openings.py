"""The first-word gates: every gated pattern has its set, and a match implies the gate."""

from __future__ import annotations

import re

import pytest

from cleaner import lang
from cleaner.config import Config
from cleaner.lang.openings import opening_words
from cleaner.measure.features import may_open, measure
from cleaner.page import Block

GATED = {
    "CROSSLINK": (lang.CROSSLINK, lang.CROSSLINK_OPENINGS, "lower"),
    "RELATED_HEADER_PREFIX": (
        lang.RELATED_HEADER_PREFIX,
        lang.RELATED_HEADER_PREFIX_OPENINGS,
        "key",
    ),
    "PAGINATION": (lang.PAGINATION, lang.PAGINATION_OPENINGS, "key"),
    "TAGS": (lang.TAGS, lang.TAGS_OPENINGS, "lower"),
    "RELATIVE_TIME": (lang.RELATIVE_TIME, lang.RELATIVE_TIME_OPENINGS, "key"),
}

LINES = [
    "READ ALSO: Storm hits coast",
    "» Related: the budget",
    "→Related: the budget",
    "🚀 Read more: tips",
    "Lesen Sie auch: Neue Brücke",
    "À lire aussi : la réforme",
    "More from The Daily News",
    "Mehr aus Berlin",
    "« Previous",
    "Next page →",
    "1 2 3 … 9 Next",
    "Page 2 of 5",
    "Tags: politics, economy",
    "Mots-clés : budget",
    "Budget approved after long debate",
    "3 hours ago",
    "Updated 5 minutes ago",
    "Posted at 10:45 am",
    "vor 3 Stunden",
    "il y a 2 heures",
    "hace 4 días",
    "há 2 dias",
    "12 uur geleden",
    "The next page of history is unwritten.",
]


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_gated_pattern_has_its_set(name: str) -> None:
    pattern, words, _ = GATED[name]
    assert words is not None and words == opening_words(pattern)


@pytest.mark.parametrize("line", LINES)
def test_a_match_implies_the_gate(line: str) -> None:
    features = measure(line)
    for pattern, words, field in GATED.values():
        text = features.key if field == "key" else features.lower.strip()
        if pattern.match(text):
            assert may_open(features, words), (line, pattern.pattern[:40])


def test_the_gate_skips_lines_that_open_otherwise() -> None:
    features = measure("Budget approved after long debate")
    assert features.head == "budget"
    assert not may_open(features, lang.CROSSLINK_OPENINGS)


def test_unreadable_patterns_get_no_set() -> None:
    assert opening_words(re.compile(r"^more\w*")) is None
    assert opening_words(re.compile(r"(?:^|\s)comments$")) is None
    assert opening_words(re.compile(r"^read", re.IGNORECASE)) is None


NEW_WINDOW_NOTES = [
    "Click to share on Reddit (Opens in new window)",
    "Share on X (opens in a new tab)",
    "Auf Facebook teilen (öffnet sich in einem neuen Fenster)",
    "Partager sur Facebook (s'ouvre dans une nouvelle fenêtre)",
    "Compartir en Facebook (se abre en una nueva ventana)",
    "Condividi su Facebook (si apre in una nuova finestra)",
    "Compartilhar no Facebook (abre numa nova janela)",
    "Delen op Facebook (opent in een nieuw venster)",
]


@pytest.mark.parametrize("line", NEW_WINDOW_NOTES)
def test_a_new_window_note_holds_one_of_its_verbs(line: str) -> None:
    from cleaner.rules import social

    features = measure(line)
    assert lang.NEW_WINDOW.search(features.lower)
    assert not lang.NEW_WINDOW_VERBS.isdisjoint(features.tokens)
    assert list(social.share_line([Block(0, line, 0)], Config())) != []


def test_a_share_line_without_address_or_note_is_judged_on_its_own_words() -> None:
    from cleaner.rules import social

    assert social._is_share_line(Block(0, "Share on Facebook", 0))
    assert social._is_share_line(Block(0, "Share this @example.com", 0))
    assert not social._is_share_line(Block(0, "Share your thoughts", 0))
