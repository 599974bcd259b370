"""An in-process Hugging Face model from a local directory or GGUF file (SPEC §8).

torch and transformers are imported on first use, never at module import, so merely naming
this backend costs nothing; loading is local only (`local_files_only`, HF_HUB_OFFLINE):
Rusta never downloads weights. A PEFT adapter directory, when given, is applied on top.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rusta.errors import EnvironmentProblem
from rusta.llm.base import CompletesByGenerating, Completion

INSTALL_HINT = "pip install torch==2.13.0 'rusta[train]' (CPU build; install torch first)"


@dataclass
class _Loaded:
    torch: Any
    model: Any
    tokenizer: Any


class TransformersBackend(CompletesByGenerating):
    """Generates with `model.generate`; the weights load at the first call."""

    def __init__(
        self,
        path: Path,
        adapter: Path | None = None,
        *,
        temperature: float = 0.6,
        threads: int = 0,
    ) -> None:
        self.path = path
        self.adapter = adapter
        self.temperature = temperature
        self.threads = threads
        suffix = f" + adapter {adapter.name}" if adapter else ""
        self.name = f"transformers {path.name}{suffix}"
        self._loaded: _Loaded | None = None

    def generate(
        self,
        prompt: str,
        n: int = 1,
        max_tokens: int = 512,
        temperature: float | None = None,
        schema: dict[str, Any] | None = None,  # no grammar here: the parser gives feedback
    ) -> Completion:
        started = time.monotonic()
        loaded = self._load()
        inputs = loaded.tokenizer(_chat_text(loaded.tokenizer, prompt), return_tensors="pt")
        temperature = self.temperature if temperature is None else temperature
        sampling = {"do_sample": True, "temperature": temperature} if temperature > 0 else {}
        with loaded.torch.no_grad():
            output = loaded.model.generate(
                **inputs,
                max_new_tokens=max_tokens,
                num_return_sequences=n,
                pad_token_id=loaded.tokenizer.pad_token_id or loaded.tokenizer.eos_token_id,
                **({"do_sample": False} | sampling),
            )
        prompt_length = inputs["input_ids"].shape[1]
        new_tokens = output[:, prompt_length:]
        texts = tuple(loaded.tokenizer.decode(row, skip_special_tokens=True) for row in new_tokens)
        generated = int((new_tokens != loaded.tokenizer.pad_token_id).sum()) if n else 0
        return Completion(
            texts, prompt_length * n, generated, time.monotonic() - started, self.name
        )

    def _load(self) -> _Loaded:
        if self._loaded is None:
            self._loaded = _load(self.path, self.adapter, self.threads)
        return self._loaded


def _load(path: Path, adapter: Path | None, threads: int) -> _Loaded:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a missing file must fail, not download
    try:
        import torch
        import transformers
    except ImportError as error:
        raise EnvironmentProblem(f"the transformers backend needs {INSTALL_HINT}") from error
    if threads > 0:
        torch.set_num_threads(threads)
    if not path.exists():
        raise EnvironmentProblem(f"model path {path} does not exist")
    where, extra = (path.parent, {"gguf_file": path.name}) if path.is_file() else (path, {})
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            where, local_files_only=True, **extra
        )
        model = transformers.AutoModelForCausalLM.from_pretrained(
            where, local_files_only=True, **extra
        )
    except (OSError, ValueError) as error:
        raise EnvironmentProblem(f"cannot load a model from {path}: {error}") from error
    if adapter is not None:
        model = _with_adapter(model, adapter)
    model.eval()
    return _Loaded(torch, model, tokenizer)


def _with_adapter(model: Any, adapter: Path) -> Any:
    try:
        from peft import PeftModel
    except ImportError as error:
        raise EnvironmentProblem(f"a PEFT adapter needs peft: {INSTALL_HINT}") from error
    try:
        return PeftModel.from_pretrained(model, str(adapter), local_files_only=True)
    except (OSError, ValueError) as error:
        raise EnvironmentProblem(f"cannot load the adapter {adapter}: {error}") from error


def _chat_text(tokenizer: Any, prompt: str) -> str:
    """The prompt in the model's chat template when it has one (instruct models need it)."""
    if not getattr(tokenizer, "chat_template", None):
        return prompt
    messages = [{"role": "user", "content": prompt}]
    return str(tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True))
