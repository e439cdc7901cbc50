"""The docs stay honest: every command has help with an example and is in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from alliancegraph.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def commands(group, prefix: str = "") -> list[tuple[str, object]]:
    found = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        if hasattr(command, "commands"):
            found += commands(command, f"{full} ")
        else:
            found.append((full, command))
    return found


ALL = commands(typer.main.get_command(app))


def test_there_are_commands():
    assert len(ALL) >= 14


@pytest.mark.parametrize("name,command", ALL, ids=[n for n, _ in ALL])
def test_every_command_has_help_with_an_example(name, command):
    result = CliRunner().invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert "Example:" in (command.help or ""), f"`alliancegraph {name} --help` has no example"


@pytest.mark.parametrize("name", [n for n, _ in ALL])
def test_every_command_is_in_the_readme(name):
    assert re.search(rf"alliancegraph {re.escape(name)}\b", README), f"README lacks {name}"


def test_readme_gives_the_two_setup_commands():
    assert "make demo" in README and "make test" in README
