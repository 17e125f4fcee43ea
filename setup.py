"""Extension modules for a compiled build (see ``_build/backend.py``).

A wheel (``pip install .``, ``python -m build``) compiles the modules in
``COMPILED`` with mypyc when mypyc and a C compiler are there; an editable
install, an sdist, or ``CLEANER_COMPILE=0`` gives the pure-Python package.
The compiled modules behave the same (CI runs the tests on both), about a
fifth faster. ``CLEANER_COMPILE=1`` makes a failed compilation an error
instead of a warning; ``python setup.py build_ext --inplace`` with it compiles
the source tree in place (delete the ``.so`` files to go back).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules a page's time is spent in: every module of the stage packages
# below (a new one needs no entry here: a new rule module is compiled by its
# place in cleaner/rules/), and the single modules after them.
# Left interpreted: the command line, batches and integrations (process
# plumbing), the packages' __init__ modules that only import, errors, the
# pipeline (the Cleaner class, which callers subclass: a compiled class cannot
# be subclassed in Python; its work is in run/passes.py, which is compiled),
# config and write/report.py (frozen dataclasses, which mypyc's classes cannot
# unpickle), write/report_html.py (a report is written once a page, not per block), read/html/source.py (its functions take str or bytes through a type
# variable, which mypyc rejects) and lang/openings.py (it reads patterns' syntax
# trees, at import only).
_HERE = Path(__file__).resolve().parent
STAGE_PACKAGES = [
    "cleaner/locate",
    "cleaner/measure",
    "cleaner/read/html",
    "cleaner/rules",
    "cleaner/write",
]
MODULES = [
    "cleaner/page.py",
    "cleaner/verdicts.py",
    "cleaner/read/decode.py",
    "cleaner/read/text.py",
    "cleaner/lang/__init__.py",
    "cleaner/lang/match.py",
    "cleaner/lang/script.py",
    "cleaner/run/passes.py",
]
INTERPRETED = {
    "cleaner/measure/__init__.py",
    "cleaner/read/html/__init__.py",
    "cleaner/read/html/source.py",
    "cleaner/rules/__init__.py",
    "cleaner/write/__init__.py",
    "cleaner/write/report.py",
    "cleaner/write/report_html.py",
}


def _compiled() -> list[str]:
    """The modules to compile, as paths relative to the project's root."""
    found = [
        path.relative_to(_HERE).as_posix()
        for package in STAGE_PACKAGES
        for path in sorted((_HERE / package).glob("*.py"))
    ]
    return [module for module in found + MODULES if module not in INTERPRETED]


COMPILED = _compiled()


def _wanted() -> str:
    """ "0" (pure), "1" (compiled, or fail) or "auto" (compiled when it can be)."""
    choice = os.environ.get("CLEANER_COMPILE", "").strip()
    if choice in ("0", "1"):
        return choice
    # Set by _build/backend.py while it builds a wheel; editable installs stay pure,
    # so no compiled module shadows the source being edited.
    return "auto" if os.environ.get("_CLEANER_BUILDING_WHEEL") == "1" else "0"


def _fall_back(why: str) -> None:
    """Say that the build goes on as the pure-Python package (same output, slower)."""
    print(f"cleaner: {why}; building the pure-Python package instead", file=sys.stderr)


class _BuildExt(build_ext):
    """build_ext that, in "auto", falls back to the pure package when compiling fails."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as failed:  # a missing compiler, headers, or a mypyc error
            if _wanted() == "1":
                raise
            for built in self.get_outputs():  # no half-built extension is shipped
                Path(built).unlink(missing_ok=True)
            _fall_back(f"compiling failed ({failed})")


def _extensions() -> list[object]:
    choice = _wanted()
    if choice == "0":
        return []
    try:
        from mypyc.build import mypycify

        return list(mypycify(COMPILED, opt_level="3", group_name="cleaner"))
    except (Exception, SystemExit) as failed:  # mypyc missing, or exiting on a type error
        if choice == "1":
            raise
        _fall_back(f"mypyc failed ({failed!r})")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": _BuildExt})
