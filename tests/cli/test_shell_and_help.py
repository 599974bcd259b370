"""The real `rusta` command as a user meets it (issue 11 #9, #10): shell completion, help
without `<bool>` beside flags, `rusta doctor` explaining each knob in words, `rusta explain`
taking a lower-case code, and `rusta serve` refusing a public address before it prints the
token URL."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rusta.config import SETTINGS

RUSTA = Path(sys.executable).parent / "rusta"
SETTING_NAMES = list(SETTINGS)


def _rusta(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "COLUMNS": "200", "RUSTA_DOCS": "none", **env}
    return subprocess.run(
        [str(RUSTA), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
    )


def _bash_completes(words: str) -> list[str]:
    """What bash offers after `words` with the script `rusta --show-completion bash` prints."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    # the script `rusta --show-completion` prints in bash; asked for by name, because typer
    # detects the shell from the parent process, which is make or pytest here, not bash
    script = _rusta(_RUSTA_COMPLETE="source_bash")
    assert script.returncode == 0, script.stderr
    assert "complete -o default -F _rusta_completion rusta" in script.stdout
    count = len(words.split()) - (0 if words.endswith(" ") else 1)
    program = (
        f"{script.stdout}\nCOMP_WORDS=({words}); COMP_CWORD={count}\n"
        f'_rusta_completion {RUSTA}\nprintf "%s\\n" "${{COMPREPLY[@]}}"\n'
    )
    env = {**os.environ, "PATH": f"{RUSTA.parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        [bash, "-c", program], capture_output=True, text=True, timeout=60, check=False, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_bash_completion_offers_commands_and_their_options() -> None:
    assert _bash_completes("rusta do") == ["doctor"]
    assert "gc" in _bash_completes("rusta g")
    assert _bash_completes("rusta gc --dr") == ["--dry-run"]


def test_help_shows_version_as_a_flag_and_no_flag_takes_a_bool() -> None:
    root = _rusta("--help")
    check = _rusta("check", "--help")

    assert root.returncode == 0 and check.returncode == 0
    assert "--version" in root.stdout and "--install-completion" in root.stdout
    assert "<bool>" not in root.stdout and "<bool>" not in check.stdout
    assert "<path>" in check.stdout  # value types of real values are still shown
    version = _rusta("--version")
    assert version.returncode == 0 and version.stdout.startswith("rusta ")


def test_doctor_says_in_words_what_every_setting_does() -> None:
    done = _rusta("doctor")

    assert done.returncode == 0, done.stderr
    rows = {}
    for line in done.stdout.splitlines():
        cells = [cell.strip() for cell in line.split("│")[1:-1]]
        if len(cells) == 4 and cells[0]:
            rows[cells[0]] = cells
    assert set(SETTING_NAMES) <= set(rows)
    assert rows["slots"][1:] == [
        "2",
        "default",
        "Sandbox copies of the crate in which candidates are validated in parallel.",
    ]
    for name in SETTING_NAMES:
        assert len(rows[name][3].split()) >= 4, (name, rows[name])  # a sentence, not a symbol
    assert "what it does" in done.stdout


def test_explain_takes_an_error_code_in_lower_case() -> None:
    upper = _rusta("explain", "E0382")
    lower = _rusta("explain", "e0382")

    assert upper.returncode == 0, upper.stdout + upper.stderr
    assert lower.returncode == 0, lower.stdout + lower.stderr
    assert "unknown" not in lower.stdout
    assert lower.stdout == upper.stdout


def test_serve_on_a_public_address_refuses_before_printing_a_token(
    isolated_rusta_home: Path,
) -> None:
    pytest.importorskip("uvicorn")
    done = _rusta("serve", "--host", "0.0.0.0", "--port", "8799")

    assert done.returncode == 2
    assert "loopback only" in done.stderr
    assert "token" not in done.stdout + done.stderr and "http://" not in done.stderr
    assert not (isolated_rusta_home / "token").exists()
