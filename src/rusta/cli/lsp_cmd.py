"""`rusta lsp`: the language server over stdio (diagnostics, verified fixes, cited hovers)."""

from __future__ import annotations

import typer

from rusta.cli.explain_cmd import docs_root
from rusta.config import rusta_home


def lsp_command(
    stdio: bool = typer.Option(True, "--stdio", help="Talk LSP over stdin/stdout (default)."),
) -> None:
    """Run Rusta's language server for editors (VS Code, Neovim, Helix...)."""
    # pygls is imported here, not at start-up: every other command stays fast.
    from rusta.lsp.server import build_server

    server = build_server(rusta_home(), docs_root())
    server.start_io()
