"""The `rusta` command: parse, call, render. Errors become one line and an exit code."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click
import typer
from rich.console import Console
from typer.core import TyperGroup

from rusta import __version__
from rusta.errors import RustaError

# Every command lives in its own module, imported only when that command runs: start-up
# stays fast (`rusta explain` must answer within a second) and model-free Rusta never
# imports the server, the model layer or the eval machinery it does not use.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("rusta.cli.check", "check_command"),
    "doctor": ("rusta.cli.doctor", "doctor_command"),
    "fix": ("rusta.cli.fix", "fix_command"),
    "undo": ("rusta.cli.undo", "undo_command"),
    "eval": ("rusta.cli.eval_cmd", "eval_command"),
    "explain": ("rusta.cli.explain_cmd", "explain_command"),
    "teach": ("rusta.cli.teach_cmd", "teach_command"),
    "research": ("rusta.cli.research_cmd", "research_command"),
    "lsp": ("rusta.cli.lsp_cmd", "lsp_command"),
    "serve": ("rusta.cli.serve_cmd", "serve_command"),
    "gc": ("rusta.cli.gc_cmd", "gc_command"),
}
GROUPS: dict[str, str] = {
    "log": "rusta.cli.log_cmd",
    "memory": "rusta.cli.memory_cmd",
    "trace": "rusta.cli.trace_cmd",
    "anchor": "rusta.cli.anchor_cmd",
    "repo": "rusta.cli.repo_cmd",
    "moves": "rusta.cli.moves_cmd",
    "model": "rusta.cli.model_cmd",
}


def _flags_show_no_value_type() -> None:
    """typer's rich help prints a value type beside every flag (`--version <bool>`, even
    `--help <bool>`) as if the flag took a value; its plain help does not. Print none, for
    every command (they are all built through this app)."""
    option: Any = typer.core.TyperOption
    shown = getattr(option, "display_type_rich", None)  # typer versions without it are fine
    if shown is None or getattr(shown, "rusta_flags_fixed", False):
        return

    def display_type_rich(self: Any, ctx: click.Context) -> str | None:
        return None if self.is_flag or self.count else shown(self, ctx)

    display_type_rich.rusta_flags_fixed = True  # type: ignore[attr-defined]
    option.display_type_rich = display_type_rich


_flags_show_no_value_type()


class LazyGroup(TyperGroup):
    """A click group that builds a command from its module the first time it is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS) | set(GROUPS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.commands:
            return self.commands[name]
        if name in COMMANDS:
            module, function = COMMANDS[name]
            single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
            single.command(name)(getattr(importlib.import_module(module), function))
            command = typer.main.get_command(single)
        elif name in GROUPS:
            command = typer.main.get_command(importlib.import_module(GROUPS[name]).app)
        else:
            return None
        command.name = name
        self.add_command(command, name)
        return command


app = typer.Typer(
    name="rusta",
    cls=LazyGroup,
    help="Rusta: a local-first Rust programmer that proves its patches before applying them.",
    no_args_is_help=True,
    # --install-completion / --show-completion (bash, zsh, fish, PowerShell): completion asks
    # the LazyGroup for names only, so it stays as fast as `rusta --help`.
    add_completion=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        print(f"rusta {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Rusta reads the compiler, probes, patches in a sandbox, and applies only green fixes."""


def main(prog_name: str | None = None) -> None:
    try:
        code = app(standalone_mode=False, prog_name=prog_name)
    except RustaError as error:
        print(f"rusta: {error.message}", file=sys.stderr)
        sys.exit(error.exit_code)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        Console(stderr=True).print("rusta: interrupted; nothing was applied")
        sys.exit(1)
    except typer.TyperException as error:  # usage errors arrive here in non-standalone mode
        error.show()
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


def cargo_main() -> None:
    """`cargo rusta ARGS...`: cargo runs `cargo-rusta rusta ARGS...` (a cargo subcommand gets
    its own name as the first argument); drop it and run `rusta ARGS...`."""
    if sys.argv[1:2] == ["rusta"]:
        del sys.argv[1]
    main(prog_name="cargo rusta")
