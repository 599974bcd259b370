"""Issue 20 end to end: one edit that breaks every use is fixed once, at the definition, and
an unrelated error beside it is fixed in the same step (real cargo, real sandboxes)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from rusta.cli.narrate import Narrator
from rusta.config import load_settings, rusta_home
from rusta.loop.episode import run_episode
from rusta.trace.events import Event
from rusta.types import Outcome, Status

PLAN = ("step", "targets", "candidates", "gear", "causes")
MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'

# `register` was changed to take `path: String`; its four calls (in another module) pass
# literals; and, unrelated, `evens` lost the `mut` of its vector.
ROUTER = {
    "src/lib.rs": "pub mod app;\npub mod router;\n\npub fn evens(limit: u32) -> Vec<u32> {\n"
    "    let out = Vec::new();\n    for n in (0..limit).filter(|n| n % 2 == 0) {\n"
    "        out.push(n);\n    }\n    out\n}\n",
    "src/router.rs": """#[derive(Default)]
pub struct Router {
    routes: Vec<(String, u16)>,
}

impl Router {
    pub fn register(&mut self, path: String, status: u16) -> &mut Self {
        self.routes.push((path.to_string(), status));
        self
    }

    pub fn status(&self, path: &str) -> u16 {
        self.routes.iter().find(|(p, _)| p == path).map_or(404, |(_, s)| *s)
    }
}
""",
    "src/app.rs": """use crate::router::Router;

pub fn build() -> Router {
    let mut router = Router::default();
    router.register("/", 200);
    router.register("/health", 204);
    router.register("/old", 301);
    router.register("/admin", 403);
    router
}
""",
    "tests/app.rs": """use router_case::{app::build, evens};

#[test]
fn routes_and_evens() {
    let r = build();
    assert_eq!(r.status("/admin"), 403);
    assert_eq!(r.status("/nope"), 404);
    assert_eq!(evens(5), vec![0, 2, 4]);
}
""",
}


def _more_calls(files: dict[str, str], calls: int) -> dict[str, str]:
    """The same crate with `calls` calls of `register` instead of four."""
    lines = "".join(f'    router.register("/extra/{n}", 200);\n' for n in range(calls - 4))
    app = files["src/app.rs"].replace("    router\n}", f"{lines}    router\n}}")
    return {**files, "src/app.rs": app}


class Run:
    def __init__(self, root: Path, home: Path, outcome: Outcome) -> None:
        self.root, self.home, self.outcome = root, home, outcome

    def events(self, kind: str) -> list[dict[str, Any]]:
        path = self.home / "traces" / f"{self.outcome.trace_id}.jsonl"
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return [e for e in lines if e["kind"] == kind]


def _episode(base: Path, files: dict[str, str]) -> Run:
    root = base / "router_case"
    for name, text in {"Cargo.toml": MANIFEST.format(name="router_case"), **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith("RUSTA_"):
                patch.delenv(name)
        patch.setenv("RUSTA_HOME", str(base / "home"))
        outcome = run_episode(root, load_settings(root), rusta_home(), dry_run=True)
    return Run(root, base / "home", outcome)


@pytest.fixture(scope="module")
def router(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return _episode(tmp_path_factory.mktemp("rootcause"), ROUTER)


def test_the_budget_scales_with_causes_not_errors(
    router: Run, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Issue 20: 15 errors with 2 causes cost what 5 errors with the same 2 causes cost."""
    many = _episode(tmp_path_factory.mktemp("many"), _more_calls(ROUTER, 14))
    assert many.events("plan")[0]["causes"][0].endswith("(14)")
    assert many.outcome.status is Status.GREEN
    assert many.outcome.changed_lines == router.outcome.changed_lines
    assert many.outcome.candidates_validated == router.outcome.candidates_validated


def test_the_definition_is_fixed_once_not_every_call(router: Run) -> None:
    outcome = router.outcome
    assert outcome.status is Status.GREEN, outcome.reason
    assert set(outcome.files) == {"src/router.rs", "src/lib.rs"}
    assert "pub fn register(&mut self, path: &str, status: u16)" in outcome.files["src/router.rs"]
    assert outcome.changed_lines == 4  # two lines replaced: the parameter and the `mut`


def test_both_causes_are_fixed_in_one_combined_step(router: Run) -> None:
    moves = [step.candidate.move for step in router.outcome.steps]
    assert len(moves) == 1
    assert "retype-parameter" in moves[0] and "+" in moves[0]


def test_the_plan_names_the_causes(router: Run) -> None:
    causes = router.events("plan")[0]["causes"]
    assert causes[0] == "`register` takes `String` where its calls pass `&str` (4)"
    assert len(causes) == 2


def test_the_proven_state_compiles_and_passes(router: Run, tmp_path: Path) -> None:
    copy = tmp_path / "router_case"
    for name, text in {"Cargo.toml": MANIFEST.format(name="router_case"), **ROUTER}.items():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_text(router.outcome.files.get(name, text), encoding="utf-8")
    environment = {**os.environ, "CARGO_TARGET_DIR": str(tmp_path / "target")}
    done = subprocess.run(
        ["cargo", "test", "--offline"],
        cwd=copy,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_narrator_says_how_many_errors_and_causes(router: Run) -> None:
    console = Console(record=True, width=200)
    narrator = Narrator(console)
    for data in router.events("plan")[:1]:
        narrator(Event("t", 1, "plan", 0.0, {k: v for k, v in data.items() if k in PLAN}))
    text = console.export_text()
    assert "causes 5 error(s), 2 cause(s): `register` takes `String` where its calls pass" in text
