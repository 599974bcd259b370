#!/usr/bin/env python3
"""Derive Rusta's error-code → class table from the toolchain's own error index.

For every code in the offline error index, read the first paragraph of `rustc --explain`
and classify it by keywords; a short table of hand-checked overrides wins over the keywords
(the codes users meet most, where a keyword would mislead). Writes
src/rusta/data/error_classes.json, which is committed: Rusta must classify even where the
docs are missing. Re-run after a toolchain upgrade.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "rusta" / "data" / "error_classes.json"

OVERRIDES = {
    "borrow": "E0499 E0502 E0503 E0505 E0506 E0501 E0500 E0510 E0716 E0373 E0713 E0626 E0524",
    "lifetime": "E0106 E0261 E0262 E0263 E0597 E0515 E0621 E0623 E0700 E0759 E0310 E0309 "
    "E0491 E0495 E0581 E0582 E0637 E0521 E0478 E0496 E0803",
    "move": "E0382 E0507 E0508 E0509 E0381 E0161",
    "mutability": "E0596 E0594 E0384",
    "trait": "E0277 E0369 E0368 E0046 E0050 E0053 E0117 E0119 E0120 E0184 E0185 E0186 "
    "E0195 E0199 E0200 E0204 E0206 E0207 E0210 E0220 E0221 E0191 E0038 E0275 E0276 E0323 "
    "E0324 E0325 E0404 E0407 E0437 E0438 E0600 E0604 E0183 E0229 E0366 E0367",
    "type": "E0308 E0061 E0057 E0060 E0063 E0069 E0070 E0071 E0107 E0271 E0282 E0283 E0284 "
    "E0605 E0606 E0607 E0608 E0610 E0617 E0618 E0620 E0689 E0054 E0029 E0023 E0026 E0027 "
    "E0164 E0308 E0317 E0562 E0599 E0614",
    "unresolved": "E0425 E0412 E0433 E0432 E0422 E0423 E0531 E0532 E0574 E0583 E0609 E0560 "
    "E0559 E0426 E0424 E0411 E0430 E0431 E0434 E0576 E0577 E0578 E0463 E0405",
    "visibility": "E0603 E0616 E0624 E0451 E0445 E0446 E0364 E0365 E0449",
}

KEYWORDS = [
    ("lifetime", r"lifetime|does not live long enough|outlive"),
    ("borrow", r"borrow"),
    ("move", r"\bmoved?\b|move out"),
    ("mutability", r"mutable|immutable"),
    ("visibility", r"\bprivate\b|\bvisib|\bpub\b"),
    ("unresolved", r"unresolved|not found|could not be found|undeclared|cannot find|unknown"),
    ("trait", r"\btraits?\b|\bimpl\b"),
    ("type", r"\btypes?\b|\bcast\b|argument|field"),
]


def codes() -> list[str]:
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True)
    folder = Path(sysroot.stdout.strip()) / "share/doc/rust/html/error_codes"
    return sorted(p.stem for p in folder.glob("E*.html"))


def classify(code: str) -> str:
    for error_class, listed in OVERRIDES.items():
        if code in listed.split():
            return error_class
    text = subprocess.run(["rustc", "--explain", code], capture_output=True, text=True).stdout
    first = text.split("\n\n", 1)[0].lower()
    for error_class, pattern in KEYWORDS:
        if re.search(pattern, first):
            return error_class
    return "other"


def main() -> None:
    table = {code: classify(code) for code in codes()}
    for error_class, listed in OVERRIDES.items():
        for code in listed.split():
            table.setdefault(code, error_class)
    OUT.write_text(json.dumps(dict(sorted(table.items())), indent=1) + "\n")
    counts: dict[str, int] = {}
    for error_class in table.values():
        counts[error_class] = counts.get(error_class, 0) + 1
    print(f"{len(table)} codes → {OUT.name}: {counts}")


if __name__ == "__main__":
    main()
