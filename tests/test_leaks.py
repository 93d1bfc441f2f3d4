"""A whole session with canary strings, then a search for them everywhere but the vault's
ciphertext and the dossier the user asked for: temp folder, home (config, cache, data, recently
used files) and the vault folder itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from fieldmon.resources import sample_cases_path
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
CANARIES = [
    "Kanareyka Zəfəranova",
    "КАНАРЕЙКА-ПЕРО",
    "canary-narrative-7f3e2a",
    "canary-file-c0ffee",
]

SESSION = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from fieldmon.hardening import harden_process
    harden_process()
    from fieldmon.vault.store import Vault
    from fieldmon.exchange import casejson
    from fieldmon.dossier import build
    work, out = Path(sys.argv[1]), Path(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\\n")
    vault = Vault.create(work / "vault", passphrase, name="Monitor 7")
    casejson.import_file(vault, work / "input" / "cases.json")
    vault.attach("CANARY-1", work / "input" / "statement.txt", title="Statement")
    vault.read_attachment("CANARY-1", "x1.1")
    vault.view_case("CANARY-1")
    assert vault.search("kanareyka")
    vault.seal("CANARY-1")
    build.write_dossier(vault, build.plan(vault, ["CANARY-1"], "echr", "en"), out / "d.pdf")
    vault.close()

    from PySide6.QtWidgets import QApplication
    from ui.app import MainWindow
    import time
    from ui import i18n
    app = QApplication([])
    window = MainWindow(work / "vault")
    window.show()
    window.set_language("ru")
    window.set_autolock(15)
    i18n.settings().sync()
    for round_ in range(2):
        window.unlock_page.passphrase.setText(passphrase)
        window.unlock_page.unlock()
        while window.vault is None:
            app.processEvents(); time.sleep(0.02)
        window.open_case("CANARY-1")
        window.case_list.search.setText("kanareyka")
        window.case_list.run_search()
        app.processEvents()
        window.lock()
    window.close()
    app.processEvents()
    print("done", flush=True)
    """
)


def test_no_canary_outside_what_the_user_asked_for(tmp_path: Path) -> None:
    work, out, home, tmp = (tmp_path / n for n in ("work", "out", "home", "tmp"))
    for folder in (work / "input", out, home, tmp):
        folder.mkdir(parents=True)
    document = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    case = document["cases"][0]
    case.pop("evidence")
    case["id"] = "c0ffee00-0000-4000-8000-000000000001"
    case["reference"] = "CANARY-1"
    case["persons"][0]["name"] = CANARIES[0]
    case["persons"][0]["other_names"] = [CANARIES[1]]
    case["interviews"][0]["narrative"] += " " + CANARIES[2]
    (work / "input" / "cases.json").write_text(
        json.dumps({"format": "fieldmon-case/1", "cases": [case]}, ensure_ascii=False),
        encoding="utf-8",
    )
    (work / "input" / "statement.txt").write_text(CANARIES[3] * 20, encoding="utf-8")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "TMP"))},
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(tmp / "runtime"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(ROOT),
    }
    (tmp / "runtime").mkdir(mode=0o700)
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(work), str(out)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0 and "done" in result.stdout, result.stderr[-3000:]
    assert (out / "d.pdf").exists()

    needles = [c.encode(enc) for c in CANARIES for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    scanned = 0
    for folder in (work / "vault", tmp, home):
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                scanned += 1
                for needle in needles:
                    assert needle not in data, (str(path), needle[:12])
    # The vault's own files, Qt's settings and font caches at least were there to be searched.
    assert scanned >= 5, scanned
    assert not list(home.rglob("recently-used.xbel"))
