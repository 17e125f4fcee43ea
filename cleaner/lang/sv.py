"""Swedish (sv): the words and phrases sites in Swedish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "sv"
NAME = "Swedish"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        och att det som en på är av för med till den har inte om ett var jag
    """,
    "share_verb": """
        dela del
    """,
    "related_header": """
        läs också
        läs mer
        relaterat
        mest läst
    """,
    "crosslink_label": """
        läs också
        läs mer
    """,
    "reserved_word": """
        förbehållna
    """,
}
