"""The environment of the rs-trafilatura peer: ``trafipy`` under Python 3.12+.

``trafipy`` (rs-trafilatura's Python bindings) needs Python 3.12 or newer,
which the project's own environment need not be. :func:`setup` makes
bench/.venv-trafipy with such a Python and installs
bench/requirements-trafipy.txt there; bench/tools.py then runs
bench/trafipy_worker.py with that environment's Python.

    python bench/accuracy.py --setup-trafipy   # or: python bench/trafipy_env.py

An environment already there whose Python is 3.12+ is kept (trafipy is
installed in it again, which does nothing when the pin is met); else it is
made anew with ``$TRAFIPY_PYTHON`` if set, or the oldest 3.12+ of this
interpreter, ``python3.12`` to ``python3.14`` on PATH and the Pythons under
``~/.pyenv/versions`` (the figures in bench/README.md are of Python 3.12).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ENV = BENCH / ".venv-trafipy"
REQUIREMENTS = BENCH / "requirements-trafipy.txt"
WORKER = BENCH / "trafipy_worker.py"
MIN_PYTHON = (3, 12)


def env_python() -> Path:
    """The Python of bench/.venv-trafipy (it may not exist yet)."""
    return ENV / "bin" / "python"


def _version(python: str | Path) -> tuple[int, ...] | None:
    try:
        out = subprocess.run(
            [str(python), "-c", "import sys; print(*sys.version_info[:3])"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return tuple(int(part) for part in out.split())


def find_python() -> Path | None:
    """A Python 3.12+ to build the environment with, or None."""
    if os.environ.get("TRAFIPY_PYTHON"):
        return Path(os.environ["TRAFIPY_PYTHON"])
    candidates: list[Path] = [Path(sys.executable)]
    for name in ("python3.12", "python3.13", "python3.14"):
        found = shutil.which(name)
        if found:
            candidates.append(Path(found))
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if pyenv.is_dir():
        candidates += sorted(pyenv.glob("3.*/bin/python"))
    found_versions = [(_version(python), python) for python in candidates]
    usable = [(v, python) for v, python in found_versions if v is not None and v >= MIN_PYTHON]
    return min(usable)[1] if usable else None


def _usable(python: Path) -> bool:
    version = _version(python) if python.exists() else None
    return version is not None and version >= MIN_PYTHON


def setup() -> int:
    """Make bench/.venv-trafipy (unless a usable one is there) and install
    trafipy in it; 0 on success."""
    if _usable(env_python()):
        print(f"using {ENV}", flush=True)
    else:
        python = find_python()
        if python is None:
            print(
                "no Python 3.12+ found (set TRAFIPY_PYTHON, or e.g. `pyenv install 3.12`)",
                file=sys.stderr,
            )
            return 1
        if ENV.exists():
            shutil.rmtree(ENV)
        print(f"making {ENV} with {python}", flush=True)
        subprocess.run([str(python), "-m", "venv", str(ENV)], check=True)
    pip = [str(env_python()), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
    subprocess.run(
        [
            str(env_python()),
            "-c",
            "import trafipy, sys; print('trafipy', trafipy.__version__, "
            "'on Python', sys.version.split()[0])",
        ],
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(setup())
