"""Korean (ko): the words and phrases sites in Korean print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "ko"
NAME = "Korean"
SCRIPT = "cjk"

CONCEPTS: dict[str, str] = {
    "reserved_word": """
        무단전재
        무단 전재
        재배포 금지
    """,
}
