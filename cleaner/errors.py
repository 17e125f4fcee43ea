"""The exceptions the library raises on purpose.

Everything ``cleaner`` raises for a page it cannot clean derives from
:class:`CleanerError`, so a corpus job can catch one type and go on.
"""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error the library raises about a page."""


class InputError(CleanerError, ValueError):
    """The page cannot be read as asked (for instance: not HTML in ``mode="html"``)."""


class PageTimeout(CleanerError, TimeoutError):
    """Cleaning one page took longer than the ``time_limit`` the caller set."""
