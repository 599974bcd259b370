"""Choose a backend from `--model` / RUSTA_MODEL / config.toml (STYLE.md §2).

    http://127.0.0.1:8080/v1        any OpenAI-compatible server (llama.cpp, vLLM, LM Studio)
    ollama, ollama:qwen2.5-coder    a short name for a local server's usual address [+ model]
    llama-server, lmstudio, vllm
    /models/coder.gguf, /models/dir a GGUF file or model directory, run in-process
    transformers:PATH               the same, explicitly
    scripted:answers.json           recorded completions (a JSON list or a Rusta trace)
    local                           the managed llama.cpp server with `rusta model install`'s
                                    Qwen2.5-Coder-1.5B-Instruct, started on the first call
    none, off                       model-free (the default)

Each backend's module is imported only here, only when chosen, and a missing library is an
EnvironmentProblem that says what to install. Rusta never downloads weights.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rusta.config import Settings
from rusta.errors import ConfigError, EnvironmentProblem
from rusta.llm.base import Backend

SHORT_NAMES = {
    "ollama": "http://127.0.0.1:11434/v1",
    "llama-server": "http://127.0.0.1:8080/v1",
    "llamacpp": "http://127.0.0.1:8080/v1",
    "lmstudio": "http://127.0.0.1:1234/v1",
    "vllm": "http://127.0.0.1:8000/v1",
}
OFF = {"", "none", "off", "false", "0"}


def backend_for(settings: Settings) -> Backend | None:
    """The configured backend, or None when Rusta runs model-free."""
    spec = (settings.model or "").strip()
    if spec.lower() in OFF:
        return None
    return create_backend(spec, settings)


def create_backend(spec: str, settings: Settings) -> Backend:
    kind, _, rest = spec.partition(":")
    if spec == "local":
        return _local(settings)
    if spec.startswith(("http://", "https://")):
        return _http(spec, settings.model_name, settings)
    if kind in SHORT_NAMES:
        return _http(SHORT_NAMES[kind], rest or settings.model_name, settings)
    if kind == "scripted" and rest:
        from rusta.llm.scripted import ScriptedBackend

        return ScriptedBackend.from_file(Path(rest).expanduser())
    path = Path(rest if kind in ("transformers", "hf") else spec).expanduser()
    if kind in ("transformers", "hf") or _looks_like_model(path):
        adapter = Path(settings.model_adapter).expanduser() if settings.model_adapter else None
        return _in_process(path.resolve(), adapter, settings.model_temperature)
    raise ConfigError(
        f"model `{spec}` is not a URL, a short name ({', '.join(SHORT_NAMES)}, scripted:FILE) "
        "or an existing model directory or .gguf file"
    )


def _looks_like_model(path: Path) -> bool:
    return (path.is_file() and path.suffix == ".gguf") or (path / "config.json").is_file()


def _http(url: str, model_name: str | None, settings: Settings) -> Backend:
    try:
        from rusta.llm.openai_compat import OpenAICompatBackend
    except ImportError as error:  # httpx is in the `llm` extra
        raise EnvironmentProblem(
            "the OpenAI-compatible backend needs httpx: pip install 'rusta[llm]'"
        ) from error
    return OpenAICompatBackend(
        url,
        model_name or None,
        timeout=settings.model_timeout,
        temperature=settings.model_temperature,
    )


def _local(settings: Settings) -> Backend:
    from rusta.config import rusta_home
    from rusta.llm.local import LocalBackend

    return LocalBackend(
        rusta_home(),
        threads=settings.model_threads,
        context=max(settings.model_context, 4096),
        idle=settings.model_idle_seconds,
        timeout=settings.model_timeout,
        temperature=settings.model_temperature,
    )


@cache
def _in_process(path: Path, adapter: Path | None, temperature: float) -> Backend:
    """Loaded weights are kept for the process: an eval run uses them for every case."""
    from rusta.llm.transformers_backend import TransformersBackend

    return TransformersBackend(path, adapter, temperature=temperature)
