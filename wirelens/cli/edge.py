"""The command line's edge: every error becomes one line on stderr and an exit code (2 for bad
input or usage, 1 for anything else; the traceback only with --verbose). A reader that stops
early (`wirelens export | head`) ends the command quietly with 141, as SIGPIPE ends other tools."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path

import typer
from rich.console import Console

from ..errors import ConfigError, WirelensError

stderr = Console(stderr=True, soft_wrap=True)
# The shell's status of a process that SIGPIPE ended (128 + 13).
_CLOSED_PIPE = 141


def edge(command: Callable) -> Callable:
    """Turn errors into one line on stderr and an exit code, once, at the edge."""

    @wraps(command)
    def run(*args, verbose: bool = False, **kwargs):
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except BrokenPipeError:
            # Python would report the pipe again when it flushes stdout at exit: point it nowhere.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(_CLOSED_PIPE) from None
        except WirelensError as error:
            if verbose:
                stderr.print_exception()
            stderr.print(f"wirelens: {error}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        except Exception as error:  # the one place that catches everything: the process edge
            if verbose:
                stderr.print_exception()
            stderr.print(f"wirelens: unexpected error: {type(error).__name__}: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None

    return run


def require_files(*paths: Path) -> None:
    for path in paths:
        if not path.is_file():
            raise ConfigError(f"{path}: no such file")
