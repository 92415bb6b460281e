"""README.md stays true: every command and option of the CLI is documented there, and the example
is what the command prints."""

from __future__ import annotations

import typer
from conftest import REPO, SEED
from typer.testing import CliRunner

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


def test_the_example_output_is_the_real_output(tmp_path):
    """Every line of the README's example excerpt is a line `make run` prints today."""
    db = f"sqlite:///{tmp_path / 'example.db'}"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SEED), "--published", "2025-12-29", "--db", db]).exit_code == 0
    printed = {line.rstrip() for line in runner.invoke(app, ["report", "--db", db]).stdout.splitlines()}
    start = README.index("```\n", README.index("## Example")) + 4
    excerpt = README[start : README.index("```\n", start)].splitlines()
    assert len(excerpt) > 50
    assert [line for line in excerpt if line.rstrip() not in printed] == []
