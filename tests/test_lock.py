"""The lock files under requirements/ agree with pyproject.toml (issue 17).

``make lock`` (build/lock.sh) writes them; ``make test``/``make run`` install
requirements/dev.txt and ``make dist`` requirements/dist.txt, both with pip --require-hashes.
This test fails when someone edits pyproject.toml and forgets ``make lock``: a dependency added,
removed or given a range its pin leaves; a line without a hash; a package nothing needs any more;
the two files pinning one package at two versions. The checker is tested on small made-up files
first, so a checker that finds nothing cannot pass.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
# What hatchling asks for to build FieldMon editable (build/lock.sh adds it to dev.txt).
EDITABLE_BUILD = ["editables~=0.3"]
# lock file -> the optional-dependency groups it holds beside the runtime dependencies, and
# whether it holds the build backend too.
LOCKS = {"requirements/dev.txt": (["dev"], True), "requirements/dist.txt": (["dist"], False)}


@dataclass
class Pin:
    """One package of a lock file."""

    name: str
    version: str
    marker: str | None
    hashes: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)


def parse_lock(text: str) -> tuple[dict[str, Pin], list[str]]:
    """The pins of a pip-style lock file, and what is wrong with its form.

    :return: pins by canonical name, and one message per line that is not a hashed ``==`` pin.
    """
    pins: dict[str, Pin] = {}
    problems: list[str] = []
    current: Pin | None = None
    in_via = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("--hash="):
            if current is None:
                problems.append(f"a hash before any package: {line}")
            else:
                algo, _, digest = line.removeprefix("--hash=").rstrip(" \\").partition(":")
                if algo != "sha256" or not re.fullmatch(r"[0-9a-f]{64}", digest):
                    problems.append(f"{current.name}: not a SHA-256 hash: {line}")
                current.hashes.append(digest)
            continue
        if line.startswith("#"):
            comment = line.lstrip("# ").strip()
            if comment.startswith("via"):
                in_via = True
                rest = comment.removeprefix("via").strip()
                if rest and current is not None:
                    current.via.append(rest)
            elif in_via and current is not None and comment:
                current.via.append(comment)
            continue
        in_via = False
        if line.startswith("-"):
            problems.append(f"an option line the lock should not have: {line}")
            current = None
            continue
        requirement = Requirement(line.rstrip(" \\"))
        specs = list(requirement.specifier)
        name = canonicalize_name(requirement.name)
        if len(specs) != 1 or specs[0].operator != "==":
            problems.append(f"{name}: not pinned with ==: {line}")
            current = None
            continue
        if name in pins:
            problems.append(f"{name}: pinned twice")
        marker = str(requirement.marker) if requirement.marker else None
        current = Pin(name, specs[0].version, marker)
        pins[name] = current
    problems += [f"{p.name}=={p.version}: no hash" for p in pins.values() if not p.hashes]
    return pins, problems


def wanted(pyproject: dict[str, Any], groups: list[str], backend: bool) -> list[Requirement]:
    """What pyproject.toml asks a lock to hold at the top: runtime, groups, build backend."""
    project = pyproject["project"]
    lines = list(project["dependencies"])
    for group in groups:
        lines += project["optional-dependencies"][group]
    if backend:
        lines += pyproject["build-system"]["requires"] + EDITABLE_BUILD
    return [Requirement(line) for line in lines]


def check(pyproject: dict[str, Any], lock_text: str, groups: list[str], backend: bool) -> list[str]:
    """Every way a lock disagrees with pyproject.toml (an empty list when they agree)."""
    pins, problems = parse_lock(lock_text)
    top: set[str] = set()
    for req in wanted(pyproject, groups, backend):
        name = canonicalize_name(req.name)
        top.add(name)
        pin = pins.get(name)
        if pin is None:
            problems.append(f"{name}: in pyproject.toml, not in the lock")
        elif not req.specifier.contains(Version(pin.version), prereleases=True):
            problems.append(f"{name}=={pin.version}: outside pyproject's {req.specifier}")
    for pin in pins.values():
        # Every other package must be needed by a package of the lock (its "# via" comment, as
        # uv and pip-compile write it): a package left behind by a removed dependency fails.
        needers = {canonicalize_name(v.split()[0]) for v in pin.via if not v.startswith("-")}
        if pin.name not in top and not needers & set(pins):
            problems.append(f"{pin.name}: in the lock, needed by nothing pyproject.toml asks for")
    return problems


def read_pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# --- The checker itself, on small made-up files --------------------------------------------

HASH = "--hash=sha256:" + "ab" * 32
TOY: dict[str, Any] = {
    "project": {"dependencies": ["alpha>=1,<2"], "optional-dependencies": {"dev": ["beta"]}},
    "build-system": {"requires": []},
}
GOOD = f"alpha==1.5 \\\n    {HASH}\n    # via -r pyproject.toml\nbeta==3.0 \\\n    {HASH}\n"
GOOD += f"gamma==0.1 \\\n    {HASH}\n    # via\n    #   alpha\n    #   beta\n"


def toy_check(text: str, toy: dict[str, Any] = TOY) -> list[str]:
    return check(toy, text, ["dev"], False)


def test_checker_accepts_a_lock_that_agrees():
    assert toy_check(GOOD) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("alpha==1.5", "alpha==2.0"), "alpha==2.0: outside pyproject's"),
        (GOOD.replace("beta==3.0", "beta>=3.0"), "beta: not pinned with =="),
        (GOOD.replace(f"beta==3.0 \\\n    {HASH}\n", "beta==3.0\n"), "beta==3.0: no hash"),
        (GOOD.replace(f"alpha==1.5 \\\n    {HASH}\n    # via -r pyproject.toml\n", ""), "alpha:"),
        (GOOD + f"delta==1.0 \\\n    {HASH}\n    # via epsilon\n", "delta: in the lock, needed"),
        ("-e .\n" + GOOD, "an option line"),
        (GOOD.replace(HASH, "--hash=md5:0123", 1), "not a SHA-256 hash"),
    ],
)
def test_checker_finds_each_kind_of_disagreement(text, expected):
    found = toy_check(text)
    assert any(expected in p for p in found), found


def test_checker_finds_a_dependency_added_to_pyproject():
    toy = {**TOY, "project": {**TOY["project"], "dependencies": ["alpha>=1,<2", "zeta>=1"]}}
    assert toy_check(GOOD, toy) == ["zeta: in pyproject.toml, not in the lock"]


# --- The real files ------------------------------------------------------------------------


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_lock_agrees_with_pyproject(lock):
    groups, backend = LOCKS[lock]
    text = (ROOT / lock).read_text(encoding="utf-8")
    assert check(read_pyproject(), text, groups, backend) == [], f"{lock}: run `make lock`"
    assert "#    make lock" in text.splitlines()[1], "the lock says how it is refreshed"


def test_the_two_locks_pin_the_same_versions():
    dev, _ = parse_lock((ROOT / "requirements/dev.txt").read_text(encoding="utf-8"))
    dist, _ = parse_lock((ROOT / "requirements/dist.txt").read_text(encoding="utf-8"))
    differ = {n: (dev[n].version, dist[n].version) for n in set(dev) & set(dist)}
    assert {n: v for n, v in differ.items() if v[0] != v[1]} == {}
    # The app built by `make dist` holds the runtime dependencies the tests ran against.
    runtime = {
        canonicalize_name(Requirement(r).name) for r in read_pyproject()["project"]["dependencies"]
    }
    assert runtime <= set(dist) & set(dev)


def test_the_environment_running_the_tests_was_installed_from_the_lock():
    """What this run imports is what dev.txt pins (make test installs it), on this platform."""
    pins, _ = parse_lock((ROOT / "requirements/dev.txt").read_text(encoding="utf-8"))
    here = [p for p in pins.values() if p.marker is None or Marker(p.marker).evaluate()]
    installed: dict[str, str | None] = {}
    for p in here:
        try:
            installed[p.name] = metadata.version(p.name)
        except metadata.PackageNotFoundError:
            installed[p.name] = None
    assert {n: v for n, v in installed.items() if v != pins[n].version} == {}
