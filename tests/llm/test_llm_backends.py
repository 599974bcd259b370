"""Backends: the OpenAI-compatible client against a real llama.cpp server, and the factory."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from rusta.config import Settings
from rusta.errors import ConfigError, EnvironmentProblem
from rusta.llm.factory import backend_for
from rusta.llm.openai_compat import OpenAICompatBackend, normalize_base_url
from rusta.llm.scripted import ScriptedBackend


def test_blocking_and_streaming_completions_from_a_real_server(llama_server: str) -> None:
    backend = OpenAICompatBackend(llama_server, temperature=0.8, timeout=300)

    completion = backend.generate("Name one Rust keyword.", n=2, max_tokens=6)
    streamed = "".join(backend.stream("Name one Rust keyword.", max_tokens=6))

    assert len(completion.texts) == 2  # llama.cpp returns one choice: the backend asks twice
    assert completion.prompt_tokens > 0 and 0 < completion.completion_tokens <= 12
    assert completion.seconds > 0 and completion.model.endswith(".gguf")
    assert streamed.strip()


def test_a_server_that_is_not_there_is_one_clear_environment_problem() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again below: nothing listens there
    backend = OpenAICompatBackend(f"http://127.0.0.1:{port}", "m", retries=1, timeout=5)

    with pytest.raises(EnvironmentProblem, match="does not answer"):
        backend.generate("hello")


@pytest.mark.parametrize(
    ("spec", "name"),
    [
        ("http://127.0.0.1:8080", "openai-compatible http://127.0.0.1:8080/v1"),
        ("ollama:qwen2.5-coder", "openai-compatible http://127.0.0.1:11434/v1"),
        ("lmstudio", "openai-compatible http://127.0.0.1:1234/v1"),
    ],
)
def test_the_factory_picks_a_backend_by_url_or_short_name(spec: str, name: str) -> None:
    backend = backend_for(Settings(model=spec))

    assert backend is not None and backend.name == name


def test_model_free_paths_and_bad_specs(tmp_path: Path) -> None:
    script = tmp_path / "answers.json"
    script.write_text('["one", ["two", "three"]]', encoding="utf-8")

    assert backend_for(Settings()) is None and backend_for(Settings(model="none")) is None
    scripted = backend_for(Settings(model=f"scripted:{script}"))
    assert isinstance(scripted, ScriptedBackend)
    assert scripted.complete("p") == ["one"] and scripted.complete("p", n=2) == ["two", "three"]
    assert scripted.complete("p") == []
    with pytest.raises(ConfigError, match="not a URL"):
        backend_for(Settings(model=str(tmp_path / "missing.gguf")))
    assert normalize_base_url("http://h:1/v1/") == "http://h:1/v1"
