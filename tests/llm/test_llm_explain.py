"""Model-written explanations: prose only from anchors, every citation verified (SPEC §6)."""

from __future__ import annotations

from rusta.config import rusta_home
from rusta.knowledge import anchors
from rusta.knowledge.explain import Citation, Explainer, Explanation
from rusta.llm.cited import cited_sentences
from rusta.llm.scripted import ScriptedBackend

RULE = "A value was used after it was moved: ownership went to the new binding."
SAID = "error[E0382]: borrow of moved value: `name`"


def explanation() -> Explanation:
    cites = (
        Citation("a1", anchors.make("diagnostic", "src/lib.rs", "3:5", SAID), SAID),
        Citation("a2", anchors.make("error-index", "rustc --explain E0382", "", RULE), RULE),
    )
    text = f"What the compiler says: {SAID} [1]\nThe rule: {RULE} [2]"
    return Explanation("E0382", text, cites, where="src/lib.rs:3:5")


def test_sentences_survive_only_with_verified_citations() -> None:
    answer = "Moved values are gone [1]. Clone it [2]. Use Rc [7]. Trust me. Borrow it [1][9]."

    assert cited_sentences(answer, lambda n: n in (1, 2)) == [
        "Moved values are gone [1].",
        "Clone it [2].",
    ]


def test_the_model_writes_the_prose_when_enough_of_it_verifies() -> None:
    answer = "`name` moved into `upper` [1]. After a move the old binding is unusable [2]. Ok."
    explainer = Explainer(rusta_home(), None)
    try:
        written = explainer.with_model(explanation(), ScriptedBackend([answer]))
    finally:
        explainer.close()

    assert written.text.splitlines() == [
        "`name` moved into `upper` [1].",
        "After a move the old binding is unusable [2].",
    ]
    assert written.citations == explanation().citations


def test_too_little_verified_prose_falls_back_to_the_model_free_explanation() -> None:
    explainer = Explainer(rusta_home(), None)
    try:
        unverifiable = explainer.with_model(
            explanation(), ScriptedBackend(["It moved [4]. The book says so [5]. Fine [1]."])
        )
        silent = explainer.with_model(explanation(), ScriptedBackend([]))
    finally:
        explainer.close()

    assert unverifiable == explanation() and silent == explanation()
