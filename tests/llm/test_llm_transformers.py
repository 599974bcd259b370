"""The in-process transformers backend on a tiny random model built from a config (no download).

A Qwen2 model of a few hundred thousand parameters and a byte-level BPE tokenizer trained here
are saved to tmp_path; the backend loads them from disk like a user's model directory, with
and without a PEFT adapter. Skipped only when torch is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rusta.config import Settings
from rusta.llm.factory import backend_for
from rusta.llm.transformers_backend import TransformersBackend

torch = pytest.importorskip("torch", reason="torch is not installed (pip install torch==2.13.0)")
transformers = pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    torch.manual_seed(0)
    torch.set_num_threads(1)
    directory = tmp_path_factory.mktemp("tiny-qwen")
    raw = Tokenizer(models.BPE(unk_token=None))
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=300, special_tokens=["<|endoftext|>"], show_progress=False
    )
    raw.train_from_iterator(["fn main() { let x = 1; }", "error[E0382]: borrow"] * 20, trainer)
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=raw, eos_token="<|endoftext|>", pad_token="<|endoftext|>"
    )
    config = transformers.Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128,
        num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    )  # fmt: skip
    transformers.Qwen2ForCausalLM(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def test_a_local_model_directory_generates_n_samples(tiny_model: Path) -> None:
    backend = backend_for(Settings(model=str(tiny_model), model_temperature=0.9))
    assert isinstance(backend, TransformersBackend)

    completion = backend.generate("fn main() {", n=2, max_tokens=5)

    assert len(completion.texts) == 2 and all(isinstance(t, str) for t in completion.texts)
    assert completion.prompt_tokens > 0 and 0 < completion.completion_tokens <= 10


# peft reads a property transformers 5 deprecated; the warning is theirs, not Rusta's.
@pytest.mark.filterwarnings("ignore:`is_gradient_checkpointing` is deprecated:FutureWarning")
def test_a_peft_adapter_is_applied_on_top(tiny_model: Path, tmp_path: Path) -> None:
    peft = pytest.importorskip("peft")
    base = transformers.AutoModelForCausalLM.from_pretrained(tiny_model)
    adapted = peft.get_peft_model(base, peft.LoraConfig(r=4, target_modules=["q_proj", "v_proj"]))
    adapted.save_pretrained(tmp_path / "adapter")

    backend = TransformersBackend(tiny_model, tmp_path / "adapter", temperature=0)
    completion = backend.generate("let x", n=1, max_tokens=4)

    assert "adapter" in backend.name and len(completion.texts) == 1
