"""`rusta log write|search|timeline|show|rebuild`: the DevLog diary (SPEC §5.1)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer
from rich.console import Console

from rusta.config import rusta_home
from rusta.errors import UsageError
from rusta.memory import devlog, index
from rusta.memory.episodes import suggest_tags

app = typer.Typer(help="Write, search and read the DevLog diary.", no_args_is_help=True)


@app.command("write")
def write_command(
    title: str = typer.Option(..., "--title", help="One line: what this entry is about."),
    text: str | None = typer.Option(None, "--text", help="The body; without it, $EDITOR opens."),
    kind: str = typer.Option("semantic", "--type", help=f"One of {', '.join(devlog.TYPES)}."),
    tags: list[str] = typer.Option([], "--tag", help="A tag (repeatable)."),
    suggest: bool = typer.Option(True, "--suggest/--no-suggest", help="Add suggested tags."),
) -> None:
    """Write an entry; tags are suggested from its text and the crate you are in."""
    if kind not in devlog.TYPES:
        raise UsageError(f"unknown DevLog type {kind!r}; expected one of {', '.join(devlog.TYPES)}")
    body = text if text is not None else typer.edit("\n") or ""
    if not body.strip():
        raise UsageError("empty entry: nothing was written")
    suggested = suggest_tags(f"{title}\n{body}", _crate_name(Path.cwd())) if suggest else []
    entry = devlog.Entry(kind, title, body, tuple(dict.fromkeys([*tags, *suggested])))
    path = index.record(rusta_home(), entry)
    Console(highlight=False).print(f"wrote {devlog.entry_id(rusta_home(), path)} ({path})")


@app.command("search")
def search_command(
    query: str = typer.Argument("", help="Words to find (error codes, names, moves...)."),
    tags: list[str] = typer.Option([], "--tag", help="Only entries with this tag."),
    kinds: list[str] = typer.Option([], "--type", help="Only entries of this type."),
    since: str = typer.Option("", "--since", help="Only entries from this date (YYYY-MM-DD)."),
    limit: int = typer.Option(20, "--limit", help="At most this many results."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Search by text relevance, weighted by recency; green episodes first among equals."""
    hits = index.search(rusta_home(), query, tags=tags, types=kinds, since=since, limit=limit)
    _print(hits, as_json)


@app.command("timeline")
def timeline_command(
    kinds: list[str] = typer.Option([], "--type", help="Only entries of this type."),
    since: str = typer.Option("", "--since", help="Only entries from this date (YYYY-MM-DD)."),
    limit: int = typer.Option(50, "--limit", help="At most this many entries."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Entries newest first."""
    _print(index.timeline(rusta_home(), types=kinds, since=since, limit=limit), as_json)


@app.command("show")
def show_command(identifier: str = typer.Argument(..., help="An id from search/timeline.")) -> None:
    """Print one entry."""
    try:
        path = devlog.entry_path(rusta_home(), identifier)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if not path.is_file():
        raise UsageError(f"no DevLog entry {identifier!r}")
    print(path.read_text(encoding="utf-8"), end="")


@app.command("rebuild")
def rebuild_command() -> None:
    """Derive the search index again from the markdown files."""
    index.rebuild(rusta_home())
    Console().print(f"index rebuilt: {len(devlog.entry_files(rusta_home()))} entries")


def _print(hits: list[index.Hit], as_json: bool) -> None:
    if as_json:
        print(json.dumps([hit.to_json() for hit in hits], indent=1))
        return
    console = Console(highlight=False)
    if not hits:
        console.print("no entries")
    for hit in hits:
        extra = " ".join(filter(None, [hit.outcome, " ".join(hit.error_codes), hit.move]))
        console.print(f"{hit.date[:16]}  [bold]{hit.id}[/]  {hit.title}  [dim]{extra}[/]")
        if hit.snippet:
            console.print(f"    {' '.join(hit.snippet.split())}", markup=False)


def _crate_name(directory: Path) -> str:
    for folder in [directory, *directory.parents]:
        manifest = folder / "Cargo.toml"
        if manifest.is_file():
            for line in manifest.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.strip().startswith("name"):
                    return line.split("=", 1)[-1].strip().strip("\"'")
            return folder.name
        if folder == Path(os.sep):
            break
    return ""
