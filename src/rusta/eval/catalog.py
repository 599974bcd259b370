"""The eval reports written on this machine: RUSTA_HOME/eval-reports.json lists the JSON
documents `rusta eval --json/--report/--from` wrote, newest last, so the dashboard's eval view
can show reports on disk. The server reads only paths in this list (written by the CLI, never
by an HTTP request), and only while they are still eval documents."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

from rusta.fs import atomic_write
from rusta.home import Home

KEEP = 200


def entries(home: Path | Home) -> list[dict[str, Any]]:
    try:
        data = json.loads(Home.of(home).eval_reports.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in data if isinstance(e, dict) and isinstance(e.get("path"), str)]


def remember(home: Path | Home, document: Path) -> None:
    path = str(document.resolve())
    kept = [e for e in entries(home) if e["path"] != path]
    kept.append({"path": path, "written": round(time.time(), 3)})
    file = Home.of(home).eval_reports
    file.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(file, json.dumps(kept[-KEEP:], indent=1).encode())


def key(path: str) -> str:
    """A stable short id of a listed report (its position in the list changes on rewrite)."""
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:12]
