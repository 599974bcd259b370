"""`rusta doctor`: what Rusta can use on this machine, and the effective configuration."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from rusta.config import SECTIONS, SETTINGS, Settings, load_settings, rusta_home
from rusta.knowledge.docindex import DocIndex
from rusta.tools import environment


def doctor_command(
    path: Path = typer.Argument(Path("."), help="A crate whose .rusta.toml should be read."),
) -> None:
    """Check the toolchain, offline docs, Debian crates, RUSTA_HOME and the configuration."""
    console = Console(highlight=False)
    tools = Table("tool", "status", title="Toolchain", title_justify="left")
    for tool in environment.toolchain():
        status = f"[green]{tool.version}[/]" if tool.present else "[yellow]not installed[/]"
        tools.add_row(tool.name, status)
    console.print(tools)
    docs = environment.offline_docs()
    console.print(
        f"offline docs: {docs if docs else '[yellow]missing[/] (explain uses the bundled set)'}"
    )
    console.print(f"doc index: {_doc_index_status()}")
    crates = environment.debian_crates()
    if crates:
        console.print(f"Debian crate registry: {crates} crates in {environment.DEBIAN_REGISTRY}")
    else:
        console.print("Debian crate registry: [yellow]absent[/] (crates.io is unreachable offline)")
    console.print(
        "  to build crates with dependencies offline: `apt-get install librust-<name>-dev`, then "
        "put this in the crate's .cargo/config.toml:"
    )
    console.print(environment.DEBIAN_SOURCE_REPLACEMENT, style="dim", markup=False)
    console.print(f"RUSTA_HOME: {rusta_home()}")
    crate_dir = path if (path / "Cargo.toml").is_file() else None
    settings = load_settings(crate_dir)
    console.print(configuration_table(settings))
    console.print(f"model: {_model_status(settings)}")
    from rusta.cli.model_cmd import describe

    console.print(describe())


def configuration_table(settings: Settings) -> Table:
    """Each effective setting, the layer it came from, and what it does in words (its
    description in config.py: the one place a knob is explained), by section."""
    table = Table(
        "setting", "value", "from", "what it does", title="Configuration", title_justify="left"
    )
    for section in SECTIONS:
        table.add_row(f"[bold]{section.title}[/]", "", "", f"[dim]{section.about}[/]")
        for name in section.fields:
            value = repr(getattr(settings, name))
            source = settings.sources.get(name, "default")
            table.add_row(name, value, source, SETTINGS[name].description)
        table.add_section()
    return table


def _doc_index_status() -> str:
    index = DocIndex(rusta_home())
    try:
        if not index.is_built():
            return "[yellow]not built[/] (built on the first `rusta explain`)"
        chunks = sum(index.stats().values())
        return (
            f"built: {chunks} chunks from {index.meta('origin')} ({index.meta('build_seconds')} s)"
        )
    finally:
        index.close()


def _model_status(settings: Settings) -> str:
    """Which model is configured, and whether it answers a tiny prompt (issue 7)."""
    from rusta.errors import RustaError
    from rusta.llm.factory import backend_for

    try:
        backend = backend_for(settings)
        if backend is None:
            return "none (model-free; set --model, RUSTA_MODEL or `model` in config.toml)"
        answer = backend.generate("Reply with the single word: ready", n=1, max_tokens=8)
    except RustaError as error:
        return f"{settings.model} [red]does not answer[/]: {error.message}"
    return (
        f"{backend.name} [green]answers[/] in {answer.seconds:.1f} s "
        f"({answer.completion_tokens} token(s))"
    )
