"""Shared helpers of the knowledge tests: a tiny docs root and the `rusta` executable."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

PAGE = """<html><body><nav>sidebar with many links</nav><main>
<h1 id="{id}"><a class="header" href="#{id}">{title}</a></h1>
<p>{body}</p>
<pre><code>fn main() {{
    let v = vec![1];
}}</code></pre>
<h2 id="details"><a class="header" href="#details">Details</a></h2>
<p>More about {title}.</p>
</main></body></html>"""


@pytest.fixture
def docs_root(tmp_path: Path) -> Path:
    """A docs root shaped like rustup's: a Book page and an error-index page."""
    root = tmp_path / "docs"
    pages = {
        "book/ch04-01-what-is-ownership.html": (
            "what-is-ownership",
            "What Is Ownership?",
            "Each value has an owner. When ownership moves, the moved value cannot be used.",
        ),
        "reference/visibility.html": ("visibility", "Visibility", "Items are private."),
        "error_codes/E0382.html": (
            "error-code-e0382",
            "Error code E0382",
            "A variable was used after its contents have been moved elsewhere.",
        ),
    }
    for relative, (anchor, title, body) in pages.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PAGE.format(id=anchor, title=title, body=body), encoding="utf-8")
    return root


@pytest.fixture
def rusta_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed `rusta` with the test's environment (its RUSTA_HOME)."""
    executable = str(Path(sys.executable).parent / "rusta")

    def call(*args: str, docs: str | None = None, cwd: Path | None = None):
        env = dict(os.environ)
        if docs is not None:
            env["RUSTA_DOCS"] = docs
        return subprocess.run(
            [executable, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
        )

    return call
