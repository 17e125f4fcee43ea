"""The build backend: setuptools', with mypyc for wheels (see ``setup.py``).

Only a wheel build asks for mypy (which ships mypyc) and tells ``setup.py`` to
compile; editable installs and sdists are setuptools' own, pure Python.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403  (every hook not redefined here)

# The mypyc the modules are known to compile with, and the one typed dependency
# mypyc must see to type the code as mypy checks it (lxml and regex are untyped).
COMPILER = ["mypy>=2.4", "charset-normalizer>=3.0"]


def _compiling() -> bool:
    return os.environ.get("CLEANER_COMPILE", "").strip() != "0"


def get_requires_for_build_wheel(config_settings: Any = None) -> list[str]:
    requires = list(build_meta.get_requires_for_build_wheel(config_settings))
    return requires + COMPILER if _compiling() else requires


def build_wheel(
    wheel_directory: str, config_settings: Any = None, metadata_directory: str | None = None
) -> str:
    os.environ["_CLEANER_BUILDING_WHEEL"] = "1"
    try:
        return build_meta.build_wheel(wheel_directory, config_settings, metadata_directory)
    finally:
        del os.environ["_CLEANER_BUILDING_WHEEL"]
