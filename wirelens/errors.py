"""Errors the core raises. Each names the input, the fault and, where there is one, the fix.

The edges translate them once: the CLI prints one line and exits 2 for `InputError` and
`ConfigError`; batch runs record the error of each failed article and go on.
"""


class WirelensError(Exception):
    """Base of every error wirelens raises on purpose."""


class InputError(WirelensError):
    """An input that cannot be read as an article (empty, binary, too large, not English ...)."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(WirelensError):
    """A setting or option that cannot work (bad database URL, unknown format ...)."""
