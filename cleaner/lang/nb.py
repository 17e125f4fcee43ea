"""Norwegian (Bokmål) (nb): the words and phrases sites in Norwegian (Bokmål) print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "nb"
NAME = "Norwegian (Bokmål)"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "reserved_word": """
        reservert
    """,
}
