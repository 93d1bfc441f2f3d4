"""Compare two PyInstaller app folders of the same commit (issue 17's reproducibility check).

    build/output/venv/bin/python build/compare_builds.py FIRST/fieldmon SECOND/fieldmon

Prints: files only in one folder; files whose bytes differ; then, inside the program's embedded
PYZ archive, modules only in one and modules whose bytecode differs; and exits 1 if the file
lists or the bytecode differ (other differing files are listed for the report, not failed on).
Run it with the build's environment, which has PyInstaller's archive readers.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader


def files(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file (a link: its target) under a folder."""
    result = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            result[name] = "-> " + str(path.readlink())
        elif path.is_file():
            result[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def bytecode(program: Path) -> dict[str, bytes]:
    """Module name -> its (marshalled) code from the PYZ archive embedded in the program."""
    package = CArchiveReader(str(program))
    result: dict[str, bytes] = {}
    for name, entry in package.toc.items():
        if entry[-1] == "z":  # the PYZ
            pyz = package.open_embedded_archive(name)
            for module in pyz.toc:
                result[module] = pyz.extract(module, raw=True) or b""
        elif entry[-1] == "s":  # the entry script and PyInstaller's start-up scripts
            result[f"<script {name}>"] = package.extract(name)
    return result


def report(kind: str, first: dict[str, object], second: dict[str, object]) -> tuple[int, int]:
    """Print what differs between two name -> content maps; return (names, contents) differing."""
    only = sorted(set(first) ^ set(second))
    changed = sorted(n for n in set(first) & set(second) if first[n] != second[n])
    print(
        f"{kind}: {len(first)} and {len(second)}; only in one: {len(only)}; differing: "
        f"{len(changed)}"
    )
    for name in only:
        print(f"  only in {'first' if name in first else 'second'}: {name}")
    for name in changed:
        print(f"  differs: {name}")
    return len(only), len(changed)


def main() -> int:
    """Compare the two folders given; 1 if the file lists or any module's bytecode differ."""
    first, second = (Path(arg) for arg in sys.argv[1:3])
    only_files, _ = report("files", dict(files(first)), dict(files(second)))
    program = "fieldmon.exe" if (first / "fieldmon.exe").exists() else "fieldmon"
    only_modules, changed_modules = report(
        "modules in the PYZ", dict(bytecode(first / program)), dict(bytecode(second / program))
    )
    return 1 if only_files or only_modules or changed_modules else 0


if __name__ == "__main__":
    sys.exit(main())
