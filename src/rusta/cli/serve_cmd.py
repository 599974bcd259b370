"""`rusta serve`: the Trace Server and dashboard on 127.0.0.1 (SPEC §7, §13)."""

from __future__ import annotations

import typer
from rich.console import Console

from rusta.config import rusta_home
from rusta.errors import UsageError
from rusta.home import Home


def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Loopback address to bind."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="TCP port."),
    workers: int = typer.Option(2, "--workers", min=0, max=32, help="Worker processes."),
) -> None:
    """Serve jobs, traces, live events and the dashboard; mutating calls need the token."""
    from rusta.server.app import _is_loopback, serve  # fastapi/uvicorn load only here
    from rusta.server.deps import ensure_token

    if not _is_loopback(host):  # before any token is made or printed: nothing to leak
        raise UsageError(f"{host}: the server binds to loopback only (127.0.0.1, ::1, localhost)")
    home = rusta_home()
    token = ensure_token(home)
    console = Console(stderr=True, highlight=False)
    where = f"[{host}]" if ":" in host else host
    console.print(f"Rusta server on http://{where}:{port}/ ({workers} worker(s)); docs at /docs")
    console.print(f"dashboard: http://{where}:{port}/#token={token}", soft_wrap=True)
    console.print(f"token in {Home(home).token}; Ctrl-C stops the server")
    serve(home, host, port, workers)
