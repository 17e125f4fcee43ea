"""The fuzz harness in CI: a short hypothesis run of each mode, and the corpus of past findings.

``fuzz/harness.py`` builds page-shaped inputs (text and HTML, str and bytes)
from bytes and checks the invariants; ``fuzz/run.py`` runs it for hours.
Here hypothesis draws the bytes (``derandomize``: the same inputs on every
run, so CI fails only when the library changes) for about a minute in all,
and every reproducer kept in ``fuzz/corpus/`` is replayed. Each example runs
under an alarm, so a hang fails the test instead of stalling CI.

``CLEANER_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py`` runs a longer pass.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fuzz.harness import build_case, check_case  # noqa: E402
from fuzz.run import input_bytes, load_case  # noqa: E402

CORPUS = ROOT / "fuzz" / "corpus"
# Examples per mode: about 25 s of text and 35 s of HTML on one core.
EXAMPLES = int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "8000"))
# An input of a few kilobytes that takes this long has hung.
HANG_SECONDS = 60

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


# Bytes as hypothesis draws them (small, shrinkable) and as the long runs draw
# them (random, up to 64 KB: the large pages where super-linear cost shows).
FUZZ_BYTES = st.one_of(
    st.binary(min_size=1, max_size=4096),
    st.integers(min_value=0, max_value=2**32).map(lambda seed: input_bytes(seed, 0)),
)


class Hang(Exception):
    """An input ran past ``HANG_SECONDS``."""


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    """Raise :class:`Hang` after ``seconds`` (POSIX main thread; a no-op elsewhere)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise Hang(f"an input took over {seconds} s")

    try:
        previous = signal.signal(signal.SIGALRM, ring)
    except ValueError:  # not the main thread
        yield
        return
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("kind", ["text", "html"])
@FUZZ
@given(data=FUZZ_BYTES)
def test_fuzz_pages(kind: str, data: bytes) -> None:
    case = build_case(data, (kind,))
    with alarm(HANG_SECONDS):
        check_case(case)


CASES = sorted(CORPUS.glob("*.case"))


def test_corpus_is_there() -> None:
    assert CASES, f"no reproducers in {CORPUS}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_corpus_replays(path: Path) -> None:
    """Every input that once crashed, hung or broke an invariant now keeps them all."""
    with alarm(HANG_SECONDS):
        check_case(load_case(path.read_bytes()))
