"""Child of the read-only tests, run as an unprivileged user (root ignores write bits).

    python readonly_child.py slots HOME CRATE
    python readonly_child.py apply HOME CRATE

`slots`: the crate is read-only (chmod -R a-w) and a run killed earlier left a slot-0 with
read-only contents. A pool must open anyway, its copy must be writable (a candidate is written
into it), closing it must remove the copy, and the next pool must open too.
`apply`: applying a fix to a read-only crate must raise a RustaError naming the user's file
and change nothing. The child prints one line, "ok" or what went wrong, and exits 0 or 1.
Only the standard library and Rusta's own modules are needed, so a system python3 can run it
with PYTHONPATH pointing at a copy of the package.
"""

import sys
from pathlib import Path

from rusta.errors import RustaError
from rusta.loop.commit import apply_to_tree
from rusta.sandbox.slots import crate_key, pool


def slots(home: Path, crate: Path) -> str:
    leftover = home / "sandboxes" / crate_key(crate) / "slot-0"
    (leftover / "src").mkdir(parents=True)
    (leftover / "src" / "lib.rs").write_text("// half a copy\n")
    (leftover / "src").chmod(0o555)
    leftover.chmod(0o555)
    with pool(home, crate, 1) as (slot,):
        if slot.root != leftover:
            return f"the pool took {slot.root.name}, not the broken slot-0"
        slot.sync({"src/lib.rs": "pub fn two() -> u32 {\n    2\n}\n"})
        (slot.root / "Cargo.lock").write_text("# cargo writes this at the crate root\n")
        copied = slot.root
    if copied.exists():
        return f"closing the pool left {copied}"
    with pool(home, crate, 1) as (again,):
        if not (again.root / "src" / "lib.rs").read_text().startswith("pub fn one"):
            return "the second pool's copy is not the crate"
    return "ok"


def apply(home: Path, crate: Path) -> str:
    lib = crate / "src" / "lib.rs"
    before = lib.read_bytes()
    try:
        apply_to_tree(home, crate, {"src/lib.rs": "pub fn two() {}\n"}, "rusta: test", {})
    except RustaError as error:
        if str(crate) not in str(error) or "sandboxes" in str(error):
            return f"the error does not name the user's crate: {error}"
        if lib.read_bytes() != before:
            return "the file changed although the apply was refused"
        if (home / "undo").is_dir() and any((home / "undo").iterdir()):
            return "an undo record was saved for an apply that did not happen"
        return "ok"
    return "the apply to a read-only crate did not raise a RustaError"


def main() -> None:
    mode, home, crate = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    try:
        said = {"slots": slots, "apply": apply}[mode](home, crate)
    except Exception as error:  # the parent shows what broke
        said = f"{type(error).__name__}: {error}"
    print(said)
    sys.exit(0 if said == "ok" else 1)


if __name__ == "__main__":
    main()
