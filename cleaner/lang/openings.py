"""The words a line must open with for an anchored pattern to match it.

A rule that tries ``^(?:read also|related|see also)...`` on every short line
of a page pays for a pattern call on each, though almost none opens with one
of its words. :func:`opening_words` reads the pattern's own syntax tree once,
at import, and gives the set of first words its matches can have; a line whose
first word is known (``Features.head``) and is not in the set cannot match,
and the pattern is not tried. The set is derived from the pattern, so the two
never disagree, and where the tree cannot tell (a class of letters after the
first word, an unanchored pattern, a parser this Python does not have) there
is no set and the pattern is always tried.

Runs at import only, so it stays out of the compiled build.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

try:  # Python 3.11 and later
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

__all__ = ["opening_words"]

_REPEATS = tuple(
    op
    for op in (
        getattr(_c, "MAX_REPEAT", None),
        getattr(_c, "MIN_REPEAT", None),
        getattr(_c, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
# Categories that never match a letter: a word ends at them.
_NOT_LETTERS = (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE)
# A path through the tree longer than this is not followed (the set is dropped).
_MAX_STEPS = 100_000


class _Unknown(Exception):
    """The tree does not tell the first word."""


def opening_words(pattern: Any) -> frozenset[str] | None:
    """The first words (runs of letters) that ``pattern``'s matches open with, or
    None when they cannot be told. ``""`` in the set stands for a match that opens
    with something other than a letter.

    The pattern must be anchored at the start (``^``) in each branch.

    >>> import re
    >>> sorted(opening_words(re.compile(r"^(?:read also|related|tags?)\\s*:")))
    ['read', 'related', 'tag', 'tags']
    >>> sorted(opening_words(re.compile(r"^(?:«\\s*)?(?:next|\\d+) page$")))
    ['', 'next']
    >>> opening_words(re.compile(r"^more\\w*")) is None   # the word may go on
    True
    >>> opening_words(re.compile(r"(?:^|\\s)comments$")) is None  # not anchored
    True
    """
    try:
        tree = list(_p.parse(pattern.pattern, pattern.flags))
        if pattern.flags & _c.SRE_FLAG_IGNORECASE:
            return None
        budget = [_MAX_STEPS]
        return frozenset(_starts(tree, 0, "", False, budget))
    except (_Unknown, _c.error, RecursionError, TypeError, ValueError, AttributeError):
        return None


def _starts(
    items: list[Any], i: int, word: str, anchored: bool, budget: list[int]
) -> Iterator[str]:
    """The first words of the matches of ``items[i:]``, having read ``word`` so far."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unknown
    if i == len(items):
        yield _ended(word, anchored)
        return
    op, av = items[i]
    rest = items[i + 1 :]
    if op is _c.AT:
        if av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING) and not word:
            yield from _starts(items, i + 1, word, True, budget)
        else:  # \b, $: the word ends here
            yield _ended(word, anchored)
    elif op is _c.LITERAL:
        char = chr(av)
        if char.isalpha():
            if not anchored:
                raise _Unknown
            yield from _starts(items, i + 1, word + char, anchored, budget)
        else:
            yield _ended(word, anchored)
    elif op is _c.SUBPATTERN:
        yield from _starts([*av[-1], *rest], 0, word, anchored, budget)
    elif _ATOMIC is not None and op is _ATOMIC:
        yield from _starts([*av, *rest], 0, word, anchored, budget)
    elif op is _c.BRANCH:
        for branch in av[1]:
            yield from _starts([*branch, *rest], 0, word, anchored, budget)
    elif op in _REPEATS:
        low, high, body = av
        if low == 0:
            yield from _starts(items, i + 1, word, anchored, budget)
        if high != 0:
            # Once through the body, then the repeat with one turn fewer.
            fewer = high if high == _c.MAXREPEAT else high - 1
            again = [] if high == 1 else [(op, (max(low - 1, 0), fewer, body))]
            yield from _starts([*body, *again, *rest], 0, word, anchored, budget)
    elif op is _c.IN:
        if _may_be_letter(av):
            raise _Unknown
        yield _ended(word, anchored)
    elif op is _c.CATEGORY and av in _NOT_LETTERS:
        yield _ended(word, anchored)
    else:  # any character, a negated literal, a letter category, a back reference...
        raise _Unknown


def _ended(word: str, anchored: bool) -> str:
    if not anchored:
        raise _Unknown
    return word


def _may_be_letter(members: list[Any]) -> bool:
    for op, av in members:
        if op is _c.LITERAL and chr(av).isalpha():
            return True
        if op is _c.RANGE and any(chr(c).isalpha() for c in range(av[0], av[1] + 1)):
            return True
        if op is _c.CATEGORY and av not in _NOT_LETTERS:
            return True
        if op is _c.NEGATE:
            return True
    return False
