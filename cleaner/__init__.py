"""cleaner: the main article of a web page, without its boilerplate.

>>> import cleaner
>>> page = "Share this @example.com\\n\\nThe council approved the budget after a long debate.\\n"
>>> cleaner.clean(page)
'The council approved the budget after a long debate.\\n'
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from typing import Any

from cleaner.config import MODES, Config
from cleaner.errors import CleanerError, InputError, OutputWarning, PageTimeout
from cleaner.page import Page
from cleaner.run import passes as _passes
from cleaner.run.batch import (
    FieldCleaner,
    PageResult,
    PageStats,
    clean_many,
    clean_page,
    clean_tagged,
)
from cleaner.run.passes import RULE_NAMES
from cleaner.run.pipeline import Cleaner
from cleaner.write.report import BlockReport, Explanation

__version__ = "0.1.0"

# Whether the hot modules run compiled (a wheel built with mypyc, see setup.py)
# or as Python source (an editable install, or a build without a compiler).
COMPILED: bool = (_passes.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
BUILD = "compiled" if COMPILED else "pure Python"  # as --version and the benchmarks say it

__all__ = [
    "BUILD",
    "COMPILED",
    "BlockReport",
    "Cleaner",
    "CleanerError",
    "InputError",
    "OutputWarning",
    "PageTimeout",
    "Config",
    "Explanation",
    "FieldCleaner",
    "PageResult",
    "PageStats",
    "clean",
    "clean_many",
    "clean_page",
    "clean_tagged",
    "explain",
    "rule_names",
    "__version__",
]


def clean(page: Page, *, mode: str = "auto", **options: Any) -> str:
    """The main article of ``page`` (text, or bytes in any encoding).

    ``options`` override fields of :class:`Config` (``disable=["share_line"]``...).
    """
    return _cleaner(mode, options).clean(page)


def explain(page: Page, *, mode: str = "auto", **options: Any) -> Explanation:
    """Every block of ``page`` with its verdict and reason, and the article."""
    return _cleaner(mode, options).explain(page)


# A Cleaner holds nothing but its frozen Config: the one of each mode with no
# other options is made once, where validating a new Config on every call
# would cost about a fiftieth of cleaning a page.
_DEFAULT_CLEANERS: dict[str, Cleaner] = {}


def _cleaner(mode: str, options: dict[str, Any]) -> Cleaner:
    if options or not isinstance(mode, str) or mode not in MODES:
        return Cleaner(mode=mode, **options)  # a bad mode raises here, as it always did
    found = _DEFAULT_CLEANERS.get(mode)
    if found is None:
        found = _DEFAULT_CLEANERS[mode] = Cleaner(mode=mode)
    return found


def rule_names() -> tuple[str, ...]:
    """Every reason code, in the order the pipeline applies them."""
    return RULE_NAMES
