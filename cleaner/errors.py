"""The exceptions the library raises on purpose.

Everything ``cleaner`` raises for a page it cannot clean derives from
:class:`CleanerError`, so a corpus job can catch one type and go on.
"""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error the library raises about a page."""


class InputError(CleanerError, ValueError):
    """The page cannot be read as asked (for instance: not HTML in ``mode="html"``)."""


class OutputWarning(UserWarning):
    """The output asked for cannot be given for this page (Markdown of a page that is
    text, not HTML): the article comes in plain text instead."""


class PageTimeout(CleanerError, TimeoutError):
    """Cleaning one page took longer than the ``time_limit`` the caller set."""


def checkpoint() -> None:
    """Let a pending signal's handler run: the batch time limit is an alarm whose
    handler raises :class:`PageTimeout`.

    Python runs signal handlers only between the bytecodes of interpreted code,
    and the compiled build's loops run none for long stretches. This function
    stays interpreted (setup.py leaves errors.py out of the compiled modules), so
    a call from a compiled loop is where a pending alarm is handled.
    """
