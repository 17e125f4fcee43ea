"""Collection: skip the doctests of integrations whose tool is not installed."""

from __future__ import annotations

import importlib.util

collect_ignore = []
if importlib.util.find_spec("datatrove") is None:
    collect_ignore.append("cleaner/integrations/datatrove.py")
