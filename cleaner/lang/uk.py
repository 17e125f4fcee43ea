"""Ukrainian (uk): the words and phrases sites in Ukrainian print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "uk"
NAME = "Ukrainian"
SCRIPT = "cyrillic"

CONCEPTS: dict[str, str] = {
    "function_word": """
        та що як але це і й з до від
    """,
}
