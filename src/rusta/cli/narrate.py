"""The terminal narrator: a trace sink that speaks each event in Rusta's voice, one line each."""

from __future__ import annotations

from rich.console import Console

from rusta.trace.events import Event


class Narrator:
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True, highlight=False)
        self._tried = 0

    def __call__(self, event: Event) -> None:
        say = getattr(self, f"_on_{event.kind}", None)
        if say is not None:
            say(event.data)

    def _on_intake(self, data: dict) -> None:
        mode = " (dry run: nothing will be applied)" if data.get("dry_run") else ""
        self.console.print(
            f"[bold]rusta[/] ▸ reading [cyan]{data['crate']}[/] ({data['files']} Rust files){mode}"
        )

    def _on_probe(self, data: dict) -> None:
        if data.get("probe") == "fault localization":
            failing = data.get("failing_tests", [])
            self.console.print(
                f"  probe  cargo test: {len(failing)} test(s) fail; most suspicious:", markup=False
            )
            for suspect in data.get("suspects", [])[:3]:
                self.console.print(f"           {suspect}", markup=False)
        elif "problems" in data:
            classes = ", ".join(f"{n} {c}" for c, n in sorted(data["classes"].items()))
            source = "clippy" if data.get("clippy") else "cargo check"
            self.console.print(f"  probe  {source}: {data['problems']} problem(s) {classes}")
        else:
            self.console.print(f"  probe  {data['probe']}: [dim]{data.get('summary', '')[:90]}[/]")

    def _on_decide(self, data: dict) -> None:
        if data.get("decision") == "search":
            self.console.print(f"  intent [bold]{data['intent']}[/] ({data['gear']} gear)")
        elif data.get("decision") == "failing-tests":
            failing = data.get("failing_tests", [])
            self.console.print(f"  probe  cargo test: {len(failing)} test(s) fail", markup=False)
        else:
            self.console.print("  nothing to fix: the crate is clean")

    def _on_plan(self, data: dict) -> None:
        causes = data.get("causes") or []
        if causes and any(not c.endswith("(1)") for c in causes):
            errors = sum(int(c.rsplit("(", 1)[1].rstrip(")")) for c in causes)
            self.console.print(
                f"  causes {errors} error(s), {len(causes)} cause(s): " + "; ".join(causes),
                markup=False,
            )
        self.console.print(
            f"  step {data['step']}: {data['candidates']} candidate(s) for "
            f"{data['targets'][0] if data['targets'] else '?'}"
        )

    def _on_validate(self, data: dict) -> None:
        if data.get("stage") == "tests":
            mark = "[green]✓[/]" if data["green"] else "[red]✗[/]"
            self.console.print(f"    {mark} tests: {data['passed']} passed · {data['reason']}")
            return
        self._tried += 1
        mark = "[green]✓[/]" if data["green"] else "[red]✗[/]"
        change = f"{data['errors_before']}→{data['errors_after']} problems"
        self.console.print(
            f"    {mark} #{self._tried} {data['move']} "
            f"[dim](p={data['p_green']:.2f}, {change}, {data['seconds']}s)[/]"
        )

    def _on_model(self, data: dict) -> None:
        """One line per model call: which task, how long, what came of it; a backend that
        does not answer is said once (the proposer stops asking)."""
        if data.get("error"):
            self.console.print(f"  model  unavailable: {data['error']}", markup=False)
            return
        task = data.get("task", "").split(":", 2)[-1] or "patch"
        rounds = f" round {data['round']}" if data.get("round") else ""
        checked = f" · {data['checked']}" if data.get("checked") else ""
        self.console.print(
            f"  model  {task}{rounds}: {data.get('seconds', 0):.0f}s, "
            f"{data.get('completion_tokens', 0)} tokens{checked}",
            markup=False,
        )

    def _on_reflect(self, data: dict) -> None:
        if data.get("outcome") == "red":
            self.console.print(f"    [yellow]reflect[/] {data['post_mortem']}")

    def _on_commit(self, data: dict) -> None:
        where = f"commit {data['commit'][:10]}" if data.get("commit") else "applied"
        self.console.print(
            f"  [green]{where}[/]: {len(data['files'])} file(s), "
            f"{data['changed_lines']} changed line(s) · undo: `rusta undo`"
        )

    def _on_abstain(self, data: dict) -> None:
        self.console.print(f"  [yellow]abstain[/]: {data['reason']}")
