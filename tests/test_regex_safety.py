"""No regular expression of the library backtracks catastrophically.

Every compiled pattern of every ``cleaner`` module (module attributes, and
patterns held in module-level tuples, lists and dicts) is found by
introspection, so a pattern added tomorrow is covered without touching this
file. Each is fed adversarial strings: long runs of the characters it
mentions or repeats, alone, after a prefix that gets the pattern going (a
word of its vocabulary, or a line it matches, cut at each space), and
followed by a character that makes the match fail at the very end, the case
that makes a backtracking engine try every split of the run.

Cost must stay linear: the run that costs the most at ``n`` characters is
timed again at ``8n``; linear cost gives a ratio near 8, quadratic near 64.
The test asserts the median ratio stays under 30 and never asserts an
absolute time. A pattern that cannot finish the screening string within a
few seconds (exponential backtracking) fails by the ``regex`` module's own
timeout rather than hanging the suite.

Run as a script for a report of every pattern's worst string and ratio::

    .venv/bin/python tests/test_regex_safety.py
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex

import cleaner

# Screening length, and the factor of the linearity check.
SCREEN = 1_000
FACTOR = 8
MAX_RATIO = 30.0
# Strings that take longer than this to screen are exponential: a failure.
SCREEN_TIMEOUT = 5.0
REPEATS = 5
# Seconds at 8n below which a ratio is timer noise.
NEGLIGIBLE = 1e-3


@dataclass(frozen=True)
class Found:
    """A compiled pattern and where it lives."""

    name: str
    pattern: object  # a re or regex Pattern, str or bytes

    @property
    def source(self) -> str:
        src = self.pattern.pattern  # type: ignore[attr-defined]
        return src.decode("latin-1") if isinstance(src, bytes) else src


def _is_pattern(value: object) -> bool:
    return isinstance(value, (re.Pattern, regex.Pattern))


def discover() -> list[Found]:
    """Every compiled pattern in the modules of the ``cleaner`` package."""
    found: dict[int, Found] = {}
    names = ["cleaner"] + [
        m.name
        for m in pkgutil.walk_packages(cleaner.__path__, prefix="cleaner.")
        if not m.name.endswith("__main__")  # importing it would run the command line
    ]
    for module_name in sorted(names):
        try:
            module = importlib.import_module(module_name)
        except Exception:  # a module another engineer is halfway through: its own tests say so
            continue
        for attr, value in sorted(vars(module).items()):
            candidates: list[tuple[str, object]] = []
            if _is_pattern(value):
                candidates.append((attr, value))
            elif isinstance(value, (tuple, list)):
                candidates += [(f"{attr}[{i}]", v) for i, v in enumerate(value) if _is_pattern(v)]
            elif isinstance(value, dict):
                candidates += [(f"{attr}[{k!r}]", v) for k, v in value.items() if _is_pattern(v)]
            for label, pattern in candidates:
                found.setdefault(id(pattern), Found(f"{module_name}.{label}", pattern))
    return sorted(found.values(), key=lambda f: f.name)


# -- adversarial strings ------------------------------------------------------------

_ESCAPES = {
    "s": " \t\u00a0",
    "S": "a",
    "d": "1",
    "D": "a",
    "w": "a_1é",
    "W": " .",
    "b": "",
    "B": "",
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "A": "",
    "Z": "",
    "z": "",
    "G": "",
    "K": "",
}
_PROPERTIES = {"lu": "A", "ll": "a", "l": "aé", "han": "日", "n": "1", "p": ".", "z": " "}
_BASE_UNITS = [
    " ",
    "\t",
    "a",
    "A",
    "1",
    ".",
    ",",
    "-",
    ":",
    "/",
    "|",
    ">",
    "<",
    "=",
    '"',
    "é",
    "日",
    "a ",
    "1 ",
    "A ",
    "a.",
    "a-",
    ". ",
    "- ",
    "| ",
    "@",
    "(",
    "…",
    "\u00a0",
]
_SUFFIXES = ("", "!", " x!")
_META = set("^$()|?*+{}.[]\\")
# Screening: strings of SCREEN characters; one that costs over SUPERLINEAR seconds
# ends the screening (a linear pattern scans 1,500 characters in microseconds).
SUPERLINEAR = 0.02


def pattern_characters(source: str) -> str:
    """Characters a pattern mentions: literals, class members, a usual member of each escape."""
    chars: list[str] = []
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            if nxt in "pP" and i + 2 < len(source) and source[i + 2] == "{":
                end = source.find("}", i)
                name = source[i + 3 : end].lower() if end > 0 else ""
                chars.append(_PROPERTIES.get(name, "a"))
                i = end + 1 if end > 0 else i + 2
                continue
            width = {"x": 2, "u": 4}.get(nxt)
            if width:
                with contextlib.suppress(ValueError):
                    chars.append(chr(int(source[i + 2 : i + 2 + width], 16)))
                i += 2 + width
                continue
            chars.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        if c == ".":
            chars.append("a")
        elif c not in _META:
            chars.append(c)
        i += 1
    return "".join(dict.fromkeys("".join(chars)))


def pattern_words(source: str, limit: int = 10) -> list[str]:
    """Words of a pattern's vocabulary (``published``, ``min``...), spread evenly."""
    words = list(dict.fromkeys(regex.findall(r"(?<!\\)\b\p{L}{2,}", source)))
    if len(words) > limit:
        step = len(words) / limit
        words = [words[int(i * step)] for i in range(limit)]
    return words


def _example_lines() -> list[str]:
    """Lines that patterns match: boilerplate of many kinds, and the sample pages' lines."""
    lines = [
        "Home > News > World",
        "Startseite / Politik / Ausland",
        "By Jane Doe, 12 March 2020",
        "Published: 12.03.2021 14:05",
        "November 20, 2019 at 10:30 am",
        "Updated 10:30 am",
        "5 min read",
        "Lesezeit: 4 Minuten",
        "Page 2 of 5",
        "1 2 3 … 9 Next",
        "Next page »",
        "© 2024 Example Media. All rights reserved.",
        "jane@example.com",
        "@example",
        "12 shares",
        "Share this @example.com",
        "READ ALSO: Storm hits coast",
        "Privacy | Terms",
        "Image 3 of 12",
        "The mayor at the opening. Photo: Jane Doe / AFP",
        "Jane Doe says:",
        "More from The Site",
        "Council Approves New Budget - The Daily News",
        "1. Preheat the oven",
        "- Always set a timeout.",
        "    for attempt in range(attempts):",
        "x = compute(a, b)",
        '<meta charset="utf-8">',
        "<?xml version='1.0' encoding='utf-8'?>",
        "<html><body>",
        '<div class="post-share-buttons" id="x">',
        "display: none",
        "The storm left…",
        "www.example.com/news/2020/story.html",
        "Mon, 12 Mar 2020 10:30",
        "<!-- c --><p a=1>",
    ]
    samples = Path(__file__).resolve().parent.parent / "samples"
    for path in sorted(samples.glob("*.txt"))[:40]:
        if not path.name.endswith(".expected.txt"):
            lines += path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


EXAMPLES = _example_lines()


def _to_subject(pattern: object, text: str) -> str | bytes:
    if isinstance(pattern.pattern, bytes):  # type: ignore[attr-defined]
        return text.encode("utf-8", errors="replace")
    return text


def _walks(found: Found, alphabet: list[str], rng: random.Random) -> list[str]:
    """Prefixes the pattern can still match to the end of (``partial=True``): random walks
    that spell its way in ("updated 10:3", "12.03.2021 14:0"), where runs cost the most."""
    pattern = found.pattern
    prefixes: list[str] = []
    for _ in range(WALKS):
        prefix = ""
        for step in range(WALK_LENGTH):
            for piece in rng.sample(alphabet, len(alphabet)):
                text = _to_subject(pattern, prefix + piece)
                try:
                    viable = pattern.fullmatch(text, partial=True, timeout=1.0)  # type: ignore[attr-defined]
                except TimeoutError:
                    viable = None
                if viable is not None:
                    prefix += piece
                    break
            else:
                break
            if step in (1, 4, 9, 15) or step == WALK_LENGTH - 1:
                prefixes.append(prefix)
    return prefixes


WALKS = 10
WALK_LENGTH = 24


def adversarial(found: Found) -> Iterator[tuple[str, str, str]]:
    """(prefix, unit, suffix): the string is ``prefix + unit * k + suffix``."""
    source = found.source
    rng = random.Random(found.name)
    chars = list(pattern_characters(source))
    units = list(dict.fromkeys(_BASE_UNITS + rng.sample(chars, min(len(chars), 24))))
    words = pattern_words(source)
    prefixes = ["", "1", "a", "A", "by "] + [w + " " for w in words]
    twin = _screening_twin(found)
    prefixes += _walks(twin, list(dict.fromkeys(chars + _BASE_UNITS + words)), rng)
    # Lines the pattern matches, cut where a run could be inserted.
    matched = 0
    for line in EXAMPLES:
        subject = _to_subject(found.pattern, line)
        m = twin.pattern.search(subject)  # type: ignore[attr-defined]
        if m is None or m.end() == 0:
            continue
        matched += 1
        text = line[: m.end()] if isinstance(subject, str) else line
        cuts = [i for i, ch in enumerate(text) if ch in " .,:/|-=" and i] + [len(text)]
        prefixes += [text[:i] for i in cuts[:5]]
        if matched >= 4:
            break
    # A suffix holding the pattern's punctuation: engines skip a string that
    # lacks a literal the pattern requires ("@"), which would hide the cost.
    marks = "".join(c for c in chars if not c.isalnum() and not c.isspace())[:12]
    suffixes = _SUFFIXES + (("!" + marks + "!",) if marks else ())
    for prefix in dict.fromkeys(prefixes):
        for unit in units:
            for suffix in suffixes:
                yield prefix, unit, suffix


def subject(found: Found, triple: tuple[str, str, str], n: int) -> str | bytes:
    prefix, unit, suffix = triple
    return _to_subject(found.pattern, prefix + unit * max(1, n // len(unit)) + suffix)


def run_once(found: Found, text: str | bytes, *, timeout: float | None = None) -> float:
    """Seconds to scan ``text`` for every match (what search, findall, sub and split all do)."""
    pattern = found.pattern
    start = time.perf_counter()
    if isinstance(pattern, regex.Pattern):
        for _ in pattern.finditer(text, timeout=timeout):  # type: ignore[call-overload]
            pass
    else:
        for _ in pattern.finditer(text):  # type: ignore[union-attr, arg-type]
            pass
    return time.perf_counter() - start


def _screening_twin(found: Found) -> Found:
    """A ``regex`` twin of a ``re`` pattern, so that screening can time out instead of hanging."""
    if isinstance(found.pattern, regex.Pattern):
        return found
    flags = found.pattern.flags & (re.I | re.M | re.S | re.X | re.A)  # type: ignore[attr-defined]
    return Found(found.name, regex.compile(found.pattern.pattern, flags))  # type: ignore[attr-defined]


def worst_string(found: Found) -> tuple[tuple[str, str, str], float]:
    """The adversarial triple that costs the most at the screening length."""
    twin = _screening_twin(found)
    worst: tuple[tuple[str, str, str], float] = (("", "a", ""), -1.0)
    for triple in adversarial(found):
        try:
            cost = run_once(twin, subject(twin, triple, SCREEN), timeout=SCREEN_TIMEOUT)
        except TimeoutError:
            return triple, float("inf")
        if cost > worst[1]:
            worst = (triple, cost)
            if cost > SUPERLINEAR:
                break
    return worst


def growth(found: Found, triple: tuple[str, str, str]) -> tuple[int, float, float, float]:
    """n, and the best-of-repeats seconds at ``n`` and ``FACTOR * n`` characters, and their ratio.

    ``n`` is chosen so that the time at ``n`` is well above timer noise and the
    time at ``FACTOR * n`` stays short even for a quadratic pattern.
    """

    def best(n: int) -> float:
        text = subject(found, triple, n)
        return min(run_once(found, text) for _ in range(REPEATS))

    n = SCREEN
    t_small = best(n)
    while t_small < 5e-4 and n < 256_000:
        n *= 4
        t_small = best(n)
    while t_small > 5e-3 and n > 64:
        n //= 2
        t_small = best(n)
    t_large = best(n * FACTOR)
    return n, t_small, t_large, t_large / max(t_small, 1e-9)


PATTERNS = discover()


def test_patterns_are_discovered() -> None:
    """Introspection finds the patterns of patterns, features and the rules (not an empty list)."""
    modules = {f.name.rsplit(".", 1)[0] for f in PATTERNS}
    assert "cleaner.lang" in modules and "cleaner.measure.features" in modules
    assert any(m.startswith("cleaner.rules.") for m in modules)
    assert len(PATTERNS) >= 30


@pytest.mark.parametrize("found", PATTERNS, ids=[f.name for f in PATTERNS])
def test_pattern_cost_is_linear(found: Found) -> None:
    triple, cost = worst_string(found)
    prefix, unit, suffix = triple
    described = f"{prefix!r} + {unit!r} * n + {suffix!r}"
    assert cost != float("inf"), f"{found.name} did not finish {described} at n={SCREEN}"
    n, t_small, t_large, ratio = growth(found, triple)
    # Timer noise (a busy machine): a retry before calling it super-linear.
    if ratio >= MAX_RATIO:
        n, t_small, t_large, ratio = growth(found, triple)
    # Microseconds at 8n (an anchored pattern that stops at once) is no cost
    # at all, whatever the ratio of two noisy microsecond timings says.
    assert ratio < MAX_RATIO or t_large < NEGLIGIBLE, (
        f"{found.name}: {described} costs {t_small * 1e3:.2f} ms at n={n} and "
        f"{t_large * 1e3:.2f} ms at {FACTOR}n (ratio {ratio:.0f}; linear is about {FACTOR})"
    )


def main() -> int:
    """Print every pattern's worst string and its growth ratio, worst first."""
    rows = []
    for found in PATTERNS:
        triple, cost = worst_string(found)
        if cost == float("inf"):
            rows.append((float("inf"), found.name, triple, cost, 0.0))
            continue
        n, t_small, t_large, ratio = growth(found, triple)
        rows.append((ratio, found.name, triple, t_small, t_large))
    for ratio, name, triple, t_small, t_large in sorted(rows, key=lambda r: r[0], reverse=True):
        print(
            f"{ratio:8.1f}  {name:50s} {t_small * 1e3:8.2f} ms {t_large * 1e3:9.2f} ms  "
            f"{triple!r:.90}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
