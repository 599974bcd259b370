"""Explanations keep the code they quote (issue 11 #9).

Before: a Book excerpt kept the sentence "...it won't work:" and dropped the listing it
introduces, and a compiler suggestion rendered as fragments (`<'a>`; `'a`; `'a`). Now the
listing follows its sentence, and a suggestion is shown as the line reads with it applied.
Real rustc diagnostics on a real crate; a docs root shaped like rustup's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

PAGE = """<!DOCTYPE html><html><body><nav>menu</nav><main>
<h2 id="{anchor}">{title}</h2>
<p>Ownership rules decide when a value can be used, and a moved value is no longer valid.</p>
<p>Check out what happens when you try to use the moved value after the move; it won't work:</p>
<pre><code class="language-rust">fn main() {{
    let first = String::from("hello");
    let second = first;
    println!("{{first}}, world!");
}}
</code></pre>
<p>You get an error because Rust prevents you from using the value that was moved away.</p>
</main></body></html>"""

ERROR_PAGE = """<!DOCTYPE html><html><body><main>
<h1 id="error-code-e0382">Error code E0382</h1>
<p>A variable was used after its contents have been moved elsewhere.</p>
</main></body></html>"""


def _docs(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    book = root / "book" / "ch04-01-what-is-ownership.html"
    book.parent.mkdir(parents=True)
    book.write_text(PAGE.format(anchor="moves", title="Moves"), encoding="utf-8")
    index = root / "error_codes" / "E0382.html"
    index.parent.mkdir(parents=True)
    index.write_text(ERROR_PAGE, encoding="utf-8")
    return root


def test_a_book_excerpt_keeps_the_listing_it_introduces(
    tmp_path: Path, rusta_cli: Callable
) -> None:
    done = rusta_cli("explain", "E0382", docs=str(_docs(tmp_path)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "it won't work:" in done.stdout
    assert "    let second = first;" in done.stdout
    assert 'println!("{first}, world!");' in done.stdout


def test_a_suggestion_reads_as_the_changed_line(make_crate: Callable, rusta_cli: Callable) -> None:
    lib = (
        "pub fn longest(x: &str, y: &str) -> &str {\n    if x.len() > y.len() { x } else { y }\n}\n"
    )
    crate = make_crate({"src/lib.rs": lib}, name="longest")
    done = rusta_cli("explain", "--crate", str(crate), docs="none")
    flat = " ".join(done.stdout.split())
    assert "pub fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {" in flat, done.stdout
    assert "`<'a>`; `'a`" not in flat
