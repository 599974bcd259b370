"""The `rusta` command: parse, call, render. Errors become one line and an exit code."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from rusta import __version__
from rusta.cli import (
    anchor_cmd,
    check,
    doctor,
    eval_cmd,
    explain_cmd,
    fix,
    log_cmd,
    lsp_cmd,
    memory_cmd,
    repo_cmd,
    research_cmd,
    serve_cmd,
    teach_cmd,
    trace_cmd,
    undo,
)
from rusta.errors import RustaError

app = typer.Typer(
    name="rusta",
    help="Rusta: a local-first Rust programmer that proves its patches before applying them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("check")(check.check_command)
app.command("doctor")(doctor.doctor_command)
app.command("fix")(fix.fix_command)
app.command("undo")(undo.undo_command)
app.command("eval")(eval_cmd.eval_command)
app.add_typer(log_cmd.app, name="log")
app.add_typer(memory_cmd.app, name="memory")
app.add_typer(trace_cmd.app, name="trace")
app.command("lsp")(lsp_cmd.lsp_command)
app.command("explain")(explain_cmd.explain_command)
app.add_typer(anchor_cmd.app, name="anchor")
app.command("teach")(teach_cmd.teach_command)
app.command("research")(research_cmd.research_command)
app.add_typer(repo_cmd.app, name="repo")
app.command("serve")(serve_cmd.serve_command)


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


def main() -> None:
    try:
        code = app(standalone_mode=False)
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
