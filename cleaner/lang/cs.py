"""Czech (cs): the words and phrases sites in Czech print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "cs"
NAME = "Czech"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        a v se na je že to jako ale by byl byla jsou pro
    """,
    "share_verb": """
        sdílet
    """,
    "reserved_word": """
        vyhrazena
    """,
}
