"""Indonesian (id): the words and phrases sites in Indonesian print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "id"
NAME = "Indonesian"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        yang dan di ke dari ini itu dengan untuk tidak adalah pada juga
    """,
    "reserved_word": """
        dilindungi
    """,
}
