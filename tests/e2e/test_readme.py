"""README.md stays true: every command and option of the CLI is documented there."""

from __future__ import annotations

import typer
from conftest import REPO

from wirelens.cli import app

README = (REPO / "README.md").read_text(encoding="utf-8")


def commands():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from ((f"{name} {sub}", c) for sub, c in command.commands.items())
        else:
            yield name, command


def test_every_command_is_in_the_readme():
    for name, _ in commands():
        assert f"wirelens {name}" in README, name


def test_every_option_is_in_the_readme():
    for name, command in commands():
        for param in command.params:
            if param.param_type_name == "option" and param.name != "help":
                assert any(opt in README for opt in param.opts), f"{name} {param.opts}"


def test_the_two_commands_are_named():
    assert "make run" in README and "make test" in README
