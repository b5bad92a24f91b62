"""The command table: every command is a name, a help text and the module that adds its
options and runs it. A module is imported only when its command is chosen, so
`healthroom --help` and each command pay for their own imports only (pypinyin, reportlab,
openpyxl and the database layer stay out of commands that do not use them)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from app.catalogue.language import Wording
from app.cli.argparse_words import Parser
from app.cli.speech import language

if TYPE_CHECKING:  # generic only for the type checker on Python 3.11
    Subparsers = argparse._SubParsersAction[Parser]
else:
    Subparsers = argparse._SubParsersAction


class CommandModule(Protocol):
    def configure(self, parser: argparse.ArgumentParser) -> None:
        """Add the command's options and `set_defaults(handler=...)`."""


@dataclass(frozen=True)
class Command:
    name: str  # as typed: "report", "quarterly"
    help: Wording  # one line in `--help`
    module: str = ""  # "app.cli.backup": has configure(parser); empty when it has kinds
    kinds: tuple[Command, ...] = ()  # sub-commands: `report KIND`, `import KIND`
    report: str = ""  # a catalogue report whose options its spec declares (app.cli.report_kind)
    # It opens the register to write: its quick check may start while its modules load.
    checks_early: bool = False

    def load(self) -> CommandModule:
        module: CommandModule = importlib.import_module(self.module)
        return module

    def configure(self, parser: argparse.ArgumentParser) -> None:
        if self.report:
            from app.catalogue.reports import ReportKey
            from app.cli.report_kind import configure_kind

            configure_kind(parser, ReportKey(self.report))
        else:
            self.load().configure(parser)


def chosen_command(commands: Sequence[Command], words: Sequence[str]) -> Command | None:
    """The command the words from the command's name on choose (`import staff …`), if any."""
    for command in commands:
        if list(words[:1]) == [command.name]:
            return chosen_command(command.kinds, words[1:]) if command.kinds else command
    return None


def add_commands(sub: Subparsers, commands: Sequence[Command], words: Sequence[str] | None) -> None:
    """Add `commands` to `sub`; with `words` (the command line from the command's name on),
    only the chosen one is configured in full, the others are a name and a help text."""
    chosen = None if words is None else next(iter(words), None)
    for command in commands:
        said = command.help.in_(language())
        parser = sub.add_parser(command.name, help=said, description=said)
        if words is not None and command.name != chosen:
            continue
        rest = None if words is None else words[1:]
        if command.kinds:
            kinds = parser.add_subparsers(
                dest=f"{command.name}_kind", required=True, metavar="KIND"
            )
            add_commands(kinds, command.kinds, rest)
        else:
            command.configure(parser)
