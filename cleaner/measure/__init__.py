"""Measuring a block: what the rules and the locator know of its text (see :mod:`.features`)."""
