"""Finnish (fi): the words and phrases sites in Finnish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "fi"
NAME = "Finnish"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "share_verb": """
        jaa
    """,
    "reserved_word": """
        pidätetään
    """,
}
