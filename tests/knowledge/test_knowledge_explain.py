"""`rusta explain` and `rusta anchor`: cited explanations, anchors that verify, or "unknown"."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

MOVED = """pub fn total(words: Vec<String>) -> usize {
    words.len()
}

pub fn run() -> usize {
    let words = vec![String::from("a")];
    let n = total(words);
    n + words.len()
}
"""


def test_explain_a_code_cites_the_error_index_and_the_book(rusta_cli, docs_root: Path) -> None:
    done = rusta_cli("explain", "E0382", "--json", docs=str(docs_root))

    explanation = json.loads(done.stdout)["explanations"][0]
    sources = [a["source"] for a in explanation["anchors"]]
    assert done.returncode == 0, done.stderr
    assert explanation["code"] == "E0382"
    assert sources[:2] == ["error-index", "book"]
    assert explanation["anchors"][0]["path"] == "error_codes/E0382.html"
    assert "[1]" in explanation["text"] and "[2]" in explanation["text"]
    assert "doc index:" in done.stderr  # built lazily on first use, with its build time


def test_explain_crate_cites_the_diagnostic_and_its_anchors_verify(
    rusta_cli, docs_root: Path, make_crate: Callable[..., Path]
) -> None:
    crate = make_crate({"src/lib.rs": MOVED})

    done = rusta_cli("explain", "--crate", str(crate), "--json", docs=str(docs_root))
    explanations = json.loads(done.stdout)["explanations"]
    ids = [a["id"] for e in explanations for a in e["anchors"]]
    verified = rusta_cli("anchor", "verify", *ids, docs=str(docs_root))
    shown = rusta_cli("anchor", "show", explanations[0]["anchors"][0]["id"])

    assert [e["code"] for e in explanations] == ["E0382"]
    assert [a["source"] for a in explanations[0]["anchors"]][:2] == ["diagnostic", "error-index"]
    assert "What the compiler says: error[E0382] borrow of moved value" in explanations[0]["text"]
    assert verified.returncode == 0, verified.stdout
    assert "borrow of moved value" in shown.stdout
    assert not (crate / "target").exists()  # checked in a sandbox slot


def test_verify_fails_when_the_cited_text_is_gone_or_changed(
    rusta_cli, docs_root: Path, make_crate: Callable[..., Path]
) -> None:
    crate = make_crate({"src/lib.rs": MOVED})
    done = rusta_cli(
        "explain", "--file", str(crate / "src/lib.rs"), "--line", "8", "--json", docs=str(docs_root)
    )
    anchors = json.loads(done.stdout)["explanations"][0]["anchors"]
    by_source = {a["source"]: a["id"] for a in anchors}

    (crate / "src/lib.rs").write_text(MOVED.replace("total(words)", "total(words.clone())"))
    page = docs_root / "error_codes/E0382.html"
    page.write_text(page.read_text().replace("moved elsewhere", "moved away"))
    diagnostic = rusta_cli("anchor", "verify", by_source["diagnostic"], docs=str(docs_root))
    index = rusta_cli("anchor", "verify", by_source["error-index"], docs=str(docs_root))
    notes = rusta_cli("anchor", "verify", by_source["rusta-notes"], docs=str(docs_root))

    assert (diagnostic.returncode, "gone") == (1, diagnostic.stdout.split()[-1])
    assert (index.returncode, "changed") == (1, index.stdout.split()[-1])
    assert notes.returncode == 0


def test_without_docs_the_fallback_set_is_used_and_named(rusta_cli) -> None:
    done = rusta_cli("explain", "E0502", docs="none")

    assert done.returncode == 0, done.stderr
    assert "rustc --explain E0502" in done.stdout  # the error index, straight from rustc
    assert "rusta-notes: docs/borrow.md" in done.stdout
    assert "sources: bundled fallback set" in done.stdout


def test_nothing_relevant_means_unknown_and_probes(rusta_cli, docs_root: Path) -> None:
    done = rusta_cli("explain", "E9999", "--json", docs=str(docs_root))

    explanation = json.loads(done.stdout)["explanations"][0]
    assert done.returncode == 1
    assert explanation["unknown"] is True
    assert explanation["anchors"] == []
    assert "unknown" in explanation["text"] and explanation["probes"]


def test_a_line_without_a_diagnostic_is_a_usage_error(
    rusta_cli, docs_root: Path, make_crate: Callable[..., Path]
) -> None:
    crate = make_crate({"src/lib.rs": MOVED})

    done = rusta_cli(
        "explain", "--file", str(crate / "src/lib.rs"), "--line", "2", docs=str(docs_root)
    )

    assert done.returncode == 2
    assert "no diagnostic at this line" in done.stderr
