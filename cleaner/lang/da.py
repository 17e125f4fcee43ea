"""Danish (da): the words and phrases sites in Danish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "da"
NAME = "Danish"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        og at det som en på er af for med til den har ikke om et var jeg
    """,
    "related_header": """
        se også
        læs også
    """,
    "crosslink_label": """
        læs også
        se også
    """,
    "reserved_word": """
        forbeholdes
        forbeholdt
    """,
}
