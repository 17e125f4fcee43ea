"""Turkish (tr): the words and phrases sites in Turkish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "tr"
NAME = "Turkish"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        ve bir bu da de ile için ama gibi daha çok olarak olan
    """,
    "reserved_word": """
        saklıdır
    """,
}
