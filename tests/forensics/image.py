"""Build the ext4 images the carve test reads: one of a live vault, one after its wipe.

    python tests/forensics/image.py SCENARIO WORK [--mode loop|fuse2fs] [--size-mib N]

writes WORK/before.img (the live vault: passphrase changed, shares made), WORK/after.img (the
same file system after the wipe, or after the duress passphrase was used) and
WORK/secrets.json (passphrases and shares, kept outside the images). SCENARIO is ``passwd`` or
``duress`` (see tests/forensics/driver.py).

The image is a file formatted with mkfs.ext4 (4 KiB blocks) and mounted in one of two ways:

- ``loop``: ``mount -o loop`` inside a private mount namespace (``unshare -m --propagation
  private``), so nothing shows in the host's mounts and the mount dies with the namespace.
  Needs root (or CAP_SYS_ADMIN) and loop devices.
- ``fuse2fs``: the image is mounted by fuse2fs (Debian's fuse2fs package), which writes the ext4
  file system through the image file as an ordinary user. Needs /dev/fuse and fusermount.

Each phase runs the driver in a child process, then syncs and unmounts (unmounting flushes
everything to the image) before the image is copied or carved. Mounts and loop devices are
released in ``finally`` blocks, also when a phase fails.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "driver.py"
MODES = ("loop", "fuse2fs")
SIZE_MIB = 32
_SBIN = os.pathsep.join(["/usr/sbin", "/sbin"])


def tool(name: str) -> str | None:
    """The path of a system tool, looking in the sbin folders too (often not on a user's
    PATH)."""
    return shutil.which(name) or shutil.which(name, path=_SBIN)


def _loop_problem() -> str | None:
    if os.geteuid() != 0:
        return "loop mounts need root"
    if not Path("/dev/loop-control").exists():
        return "no loop devices (/dev/loop-control)"
    if not (tool("unshare") and tool("mount") and tool("umount") and tool("losetup")):
        return "unshare, mount, umount or losetup is missing"
    probe = subprocess.run(
        [str(tool("unshare")), "-m", "--propagation", "private", "true"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        return "no private mount namespace (unshare -m refused)"
    return None


def _fuse_problem() -> str | None:
    if not tool("fuse2fs"):
        return "fuse2fs is not installed (Debian package fuse2fs)"
    if os.geteuid() != 0 and not (tool("fusermount") or tool("fusermount3")):
        return "fusermount is missing (Debian package fuse)"
    if not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "/dev/fuse is not usable"
    return None


def choose_mode() -> tuple[str | None, str]:
    """(mode, why) where mode is "loop", "fuse2fs" or None (the test then skips with why).

    FIELDMON_FORENSICS_MODE=loop|fuse2fs|skip forces a choice.
    """
    forced = os.environ.get("FIELDMON_FORENSICS_MODE", "")
    if forced == "skip":
        return None, "FIELDMON_FORENSICS_MODE=skip"
    if not tool("mkfs.ext4"):
        return None, "mkfs.ext4 is not installed (Debian package e2fsprogs)"
    problems = []
    for mode, check in (("loop", _loop_problem), ("fuse2fs", _fuse_problem)):
        if forced and forced != mode:
            continue
        problem = check()
        if problem is None:
            return mode, f"{mode} mount"
        problems.append(f"{mode}: {problem}")
    return None, "cannot mount an ext4 image here (" + "; ".join(problems) + ")"


def make_filesystem(image: Path, size_mib: int = SIZE_MIB) -> None:
    """A new ext4 file system in the file ``image`` (4 KiB blocks, inode tables written now so
    the kernel does not zero them in the background while the test runs)."""
    with open(image, "wb") as handle:
        handle.truncate(size_mib * 1024 * 1024)
    subprocess.run(
        [
            str(tool("mkfs.ext4")), "-q", "-F", "-b", "4096", "-L", "fieldmon-forensics",
            "-E", "lazy_itable_init=0,lazy_journal_init=0,nodiscard", str(image),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip


def _umount(mountpoint: Path) -> None:
    for _ in range(50):
        done = subprocess.run([str(tool("umount")), str(mountpoint)], capture_output=True)
        if done.returncode == 0:
            return
        time.sleep(0.1)
    subprocess.run([str(tool("umount")), "-l", str(mountpoint)], capture_output=True, check=False)
    raise RuntimeError(f"{mountpoint} could not be unmounted (busy); detached lazily")


def _detach_loops(image: Path) -> None:
    listed = subprocess.run(
        [str(tool("losetup")), "-j", str(image)], capture_output=True, text=True, check=False
    ).stdout
    for line in listed.splitlines():
        device = line.split(":", 1)[0]
        subprocess.run([str(tool("losetup")), "-d", device], capture_output=True, check=False)


@contextlib.contextmanager
def mounted(mode: str, image: Path, mountpoint: Path) -> Iterator[Path]:
    """The image mounted at ``mountpoint`` for the block; synced, unmounted and its loop
    device detached (or fuse2fs stopped) afterwards, whatever happens inside."""
    mountpoint.mkdir(exist_ok=True)
    if mode == "loop":
        try:
            subprocess.run(
                ["mount", "-t", "ext4", "-o", "loop", str(image), str(mountpoint)],
                check=True,
                capture_output=True,
            )
            try:
                yield mountpoint
            finally:
                os.sync()
                _umount(mountpoint)
        finally:
            _detach_loops(image)
        return
    fusermount = tool("fusermount") or tool("fusermount3")
    unmount = [str(tool("umount"))] if os.geteuid() == 0 else [str(fusermount), "-u"]
    server = subprocess.Popen(
        [str(tool("fuse2fs")), "-f", "-o", "fakeroot", str(image), str(mountpoint)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while not os.path.ismount(mountpoint):
            if server.poll() is not None or time.monotonic() > deadline:
                error = server.stderr.read().decode(errors="replace") if server.stderr else ""
                raise RuntimeError(f"fuse2fs did not mount {image}: {error.strip()}")
            time.sleep(0.05)
        try:
            yield mountpoint
        finally:
            os.sync()
            subprocess.run([*unmount, str(mountpoint)], check=False)
    finally:
        try:
            server.wait(timeout=60)  # fuse2fs writes everything back before it exits
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
            raise


def _driver(step: str, vault: Path, work: Path, scenario: str) -> None:
    env = dict(os.environ, TMPDIR=str(work / "tmp"))
    (work / "tmp").mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, str(DRIVER), step, "--vault", str(vault), "--work", str(work),
         "--scenario", scenario],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"driver {step} failed: {done.stdout}{done.stderr}")


def run_phases(mode: str, scenario: str, work: Path) -> None:
    """Both phases on WORK/after.img (made before): build, copy to before.img, wipe."""
    image = work / "after.img"
    mountpoint = work / "mnt"
    with mounted(mode, image, mountpoint) as root:
        _driver("build", root / "vault", work, scenario)
    shutil.copyfile(image, work / "before.img")
    with mounted(mode, image, mountpoint) as root:
        _driver("wipe", root / "vault", work, scenario)


def build_images(mode: str, scenario: str, work: Path, size_mib: int = SIZE_MIB) -> None:
    """Make WORK/before.img, WORK/after.img and WORK/secrets.json (see the module docstring).

    :raises RuntimeError, subprocess.CalledProcessError: a step failed (its output is in the
        message); nothing stays mounted or attached.
    """
    work.mkdir(parents=True, exist_ok=True)
    make_filesystem(work / "after.img", size_mib)
    if mode == "fuse2fs":
        run_phases(mode, scenario, work)
        return
    done = subprocess.run(
        [str(tool("unshare")), "-m", "--propagation", "private", sys.executable, __file__,
         "--inside", "--mode", mode, scenario, str(work)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"building the {scenario} image failed:\n{done.stdout}{done.stderr}")


def main() -> int:
    """The command line; see the module's docstring."""
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=["passwd", "duress"])
    parser.add_argument("work", type=Path)
    parser.add_argument("--mode", choices=MODES)
    parser.add_argument("--size-mib", type=int, default=SIZE_MIB)
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:  # already in the private mount namespace
        run_phases(args.mode, args.scenario, args.work)
        return 0
    mode, why = (args.mode, "chosen") if args.mode else choose_mode()
    if mode is None:
        print(f"cannot build the image: {why}", file=sys.stderr)
        return 2
    build_images(mode, args.scenario, args.work.resolve(), args.size_mib)
    print(f"{args.work}/before.img, after.img and secrets.json made ({mode} mount)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
