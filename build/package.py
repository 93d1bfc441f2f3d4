"""Pack PyInstaller's app folder into FieldMon's three Linux artefacts (``make dist``).

Run by build/dist.sh after PyInstaller, with SOURCE_DATE_EPOCH set. Writes to build/output/:

- ``fieldmon-VERSION-linux-ARCH.tar.gz``: ``fieldmon-VERSION/`` holding ``app/`` (the program),
  ``fieldmon.desktop``, ``icons/`` (SVG and PNG), the AppStream metainfo, ``install.sh`` and
  ``uninstall.sh`` (for ``~/.local``) and ``README.txt``;
- ``fieldmon_VERSION_DEBARCH.deb``: the same app under ``/opt/fieldmon``, ``/usr/bin/fieldmon``,
  the desktop entry, icons and metainfo, built by ``dpkg-deb``;
- ``portable-VERSION-linux-ARCH.tar.gz``: ``portable/`` holding ``app/`` (the program, renamed
  ``run``), the launcher ``start``, ``setup-portable`` and ``README.txt``, and nothing else that
  names FieldMon: no desktop entry, no icon, no metainfo;
- ``SHA256SUMS`` for the three.

Every archive is made the same way twice from the same commit: files in sorted order, times
clamped to SOURCE_DATE_EPOCH, owner root, gzip without a name or time. The sizes to download and
unpacked are printed at the end.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import platform
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUTPUT = HERE / "output"
APP_ID = "org.fieldmon.FieldMon"
DEB_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}


def epoch() -> int:
    """SOURCE_DATE_EPOCH: every file's time in the artefacts (build/dist.sh sets it)."""
    return int(os.environ["SOURCE_DATE_EPOCH"])


def copy_tree(src: Path, dst: Path) -> None:
    """Copy a folder, keeping symbolic links as links (PyInstaller's app folder has some)."""
    shutil.copytree(src, dst, symlinks=True)


def write(path: Path, text: str, mode: int = 0o644) -> None:
    """Write a text file (UTF-8, LF) with a mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    path.chmod(mode)


def normalise(folder: Path) -> None:
    """Modes (0755 folders and programs, 0644 the rest) and times, for the same bytes each build."""
    when = epoch()
    for path in [folder, *sorted(folder.rglob("*"))]:
        if path.is_symlink():
            os.utime(path, (when, when), follow_symlinks=False)
            continue
        executable = path.is_dir() or path.stat().st_mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)
        os.utime(path, (when, when))


def tar_gz(folder: Path, archive: Path) -> None:
    """A .tar.gz of ``folder`` (named at its top), reproducible: sorted, owner root, fixed times."""

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = min(info.mtime, epoch())
        return info

    with (
        archive.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path in [folder, *sorted(folder.rglob("*"))]:
            name = str(path.relative_to(folder.parent))
            tar.add(path, arcname=name, recursive=False, filter=clean)


def desktop_entry(exec_line: str) -> str:
    """The desktop entry (fieldmon.desktop), starting ``exec_line``."""
    return (HERE / "fieldmon.desktop").read_text(encoding="utf-8").replace("@EXEC@", exec_line)


def metainfo(version: str) -> str:
    """The AppStream metainfo with this version and the commit's date as its release."""
    import datetime

    day = datetime.datetime.fromtimestamp(epoch(), tz=datetime.UTC).date().isoformat()
    text = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    return text.replace("@VERSION@", version).replace("@DATE@", day)


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under a folder (what unpacking it takes, before blocks)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_tarball(app: Path, stage: Path, version: str, arch: str) -> tuple[Path, Path]:
    """The .tar.gz for a desktop: app, desktop entry, icons, metainfo, install script."""
    top = stage / f"fieldmon-{version}"
    copy_tree(app, top / "app")
    write(top / "fieldmon.desktop", desktop_entry("@PREFIX@/app/fieldmon"))
    (top / "icons").mkdir()
    for name in ("fieldmon.svg", "fieldmon.png"):
        shutil.copy(HERE / "icons" / name, top / "icons" / name)
    write(top / f"{APP_ID}.metainfo.xml", metainfo(version))
    for name in ("install.sh", "uninstall.sh"):
        write(top / name, (HERE / "tarball" / name).read_text(encoding="utf-8"), 0o755)
    write(top / "README.txt", (HERE / "tarball" / "README.txt").read_text(encoding="utf-8"))
    normalise(top)
    archive = OUTPUT / f"fieldmon-{version}-linux-{arch}.tar.gz"
    tar_gz(top, archive)
    return archive, top


def make_portable(app: Path, stage: Path, version: str, arch: str) -> tuple[Path, Path]:
    """The portable archive: a neutral folder, a launcher of the user's naming, no menu entry."""
    top = stage / "portable"
    copy_tree(app, top / "app")
    (top / "app" / "fieldmon").rename(top / "app" / "run")
    for name in ("start", "setup-portable"):
        write(top / name, (HERE / "portable" / name).read_text(encoding="utf-8"), 0o755)
    write(top / "README.txt", (HERE / "portable" / "README.txt").read_text(encoding="utf-8"))
    normalise(top)
    archive = OUTPUT / f"portable-{version}-linux-{arch}.tar.gz"
    tar_gz(top, archive)
    return archive, top


def make_deb(app: Path, stage: Path, version: str, arch: str) -> tuple[Path, Path]:
    """The .deb, built by dpkg-deb: /opt/fieldmon, /usr/bin/fieldmon, desktop entry, icons."""
    deb_arch = DEB_ARCH.get(arch, arch)
    top = stage / "deb"
    copy_tree(app, top / "opt" / "fieldmon")
    usr = top / "usr"
    write(usr / "bin" / "fieldmon", (HERE / "deb" / "fieldmon").read_text(encoding="utf-8"), 0o755)
    write(usr / "share" / "applications" / "fieldmon.desktop", desktop_entry("fieldmon"))
    icons = usr / "share" / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True)
    (icons / "256x256" / "apps").mkdir(parents=True)
    shutil.copy(HERE / "icons" / "fieldmon.svg", icons / "scalable" / "apps" / "fieldmon.svg")
    shutil.copy(HERE / "icons" / "fieldmon.png", icons / "256x256" / "apps" / "fieldmon.png")
    write(usr / "share" / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo(version))
    copyright_text = (HERE / "deb" / "copyright").read_text(encoding="utf-8")
    write(usr / "share" / "doc" / "fieldmon" / "copyright", copyright_text)
    installed_kib = (folder_size(top) + 1023) // 1024
    control = (HERE / "deb" / "control").read_text(encoding="utf-8")
    control = control.replace("@VERSION@", version).replace("@ARCH@", deb_arch)
    write(top / "DEBIAN" / "control", control.replace("@SIZE@", str(installed_kib)))
    normalise(top)
    (top / "DEBIAN").chmod(0o755)
    deb = OUTPUT / f"fieldmon_{version}_{deb_arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(top), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb, top / "opt" / "fieldmon"


def sha256(path: Path) -> str:
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def megabytes(size: int) -> str:
    """A size in MB (10^6 bytes, as download pages count), one decimal."""
    return f"{size / 1e6:.1f} MB"


def main() -> None:
    """Pack the artefacts from build/output/pyi/dist/fieldmon and print their sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True)
    parser.add_argument("--app", type=Path, default=OUTPUT / "pyi" / "dist" / "fieldmon")
    args = parser.parse_args()
    arch = platform.machine()
    stage = OUTPUT / "stage"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    for old in OUTPUT.glob("*.tar.gz"):
        old.unlink()
    for old in OUTPUT.glob("*.deb"):
        old.unlink()
    made = [
        make_tarball(args.app, stage, args.version, arch),
        make_deb(args.app, stage, args.version, arch),
        make_portable(args.app, stage, args.version, arch),
    ]
    sums = "".join(f"{sha256(archive)}  {archive.name}\n" for archive, _ in made)
    (OUTPUT / "SHA256SUMS").write_text(sums, encoding="utf-8")
    print(f"app folder: {megabytes(folder_size(args.app))} unpacked")
    for archive, unpacked in made:
        download = archive.stat().st_size
        print(
            f"{archive.name}: {megabytes(download)} to download, "
            f"{megabytes(folder_size(unpacked))} unpacked"
            + ("" if download < 120e6 else "  (over the 120 MB goal)")
        )
    print(f"{OUTPUT / 'SHA256SUMS'}:\n{sums}", end="")


if __name__ == "__main__":
    main()
