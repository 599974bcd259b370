"""Child of the crash test: write DevLog entries, then hang at a chosen point until killed.

    python memory_crash_child.py HOME temp|index

Three entries are written normally; the fourth stops either after its temp file is written
but before the rename (`temp`), or after the file is in place but inside the index's SQLite
transaction (`index`). The child prints "hanging" there and sleeps; the parent SIGKILLs it.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from rusta import fs
from rusta.memory import devlog, index


def hang(original):
    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        print("hanging", flush=True)
        time.sleep(600)
        return result

    return wrapper


def main() -> None:
    home, where = Path(sys.argv[1]), sys.argv[2]
    for number in range(3):
        index.record(home, devlog.Entry("episodic", f"entry {number}", "body " * 200))
    if where == "temp":
        fs.write_new_file = hang(fs.write_new_file)
    else:
        index._upsert = hang(index._upsert)
    index.record(home, devlog.Entry("episodic", "entry 3", "the last one " * 200))


main()
