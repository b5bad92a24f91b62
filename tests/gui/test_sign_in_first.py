"""The sign-in window comes before the database layer and the services are imported; they are
imported in the background while the person types, and OK waits for them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.services import login

ROOT = Path(__file__).resolve().parents[2]
LIGHT_PATH = (
    "app.launch",
    "app.ui.splash",
    "app.ui.start",
    "app.ui.preload",
    "app.ui.dialogs.accounts.login_dialog",
    "app.ui.dialogs.accounts.create_chair_dialog",
    "app.ui.dialogs.accounts.recovery_dialog",
    "app.ui.account_messages",
    "app.db.file_kind",
)

# In a fresh process: the sign-in window at once, OK pressed as soon as it is open.
SIGN_IN = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from app.ui.splash import create_application
from app.ui.i18n import Translations, saved_language
from app.ui.dialogs.accounts.login_dialog import LoginDialog
from app.ui.preload import Preload
from app.ui.start import open_session

app = create_application()
Translations(app).apply(saved_language())
seen = {"before": sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "app.services")))}
preload = Preload().start()

def answer():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, LoginDialog):
        QTimer.singleShot(5, answer)
        return
    seen["title"] = dialog.windowTitle()
    seen["ok"] = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text()
    dialog.ui.usernameEdit.setText("zhang")
    dialog.ui.passwordEdit.setText("secret123")
    authenticate = dialog.authenticate

    def checked(username, password):
        value = authenticate(username, password)
        seen["loaded_when_ok_handled"] = "app.ui.app" in sys.modules
        seen["preload_alive"] = preload.thread.is_alive()
        return value

    dialog.authenticate = checked
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

QTimer.singleShot(0, answer)
session = open_session(Path(sys.argv[1]), preload=preload)
seen["user"] = session.actor.username if session else None
seen["waited"] = preload.waited
print(json.dumps(seen))
"""


def fresh_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["HOME"] = env["XDG_CONFIG_HOME"] = str(tmp_path / "home")  # default (Chinese) settings
    return env


def test_the_sign_in_path_imports_no_database_layer_and_no_services() -> None:
    probe = f"import sys, {', '.join(LIGHT_PATH)}; print(sorted(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(result.stdout.replace("'", '"')))
    assert "sqlalchemy" not in loaded
    assert not {m for m in loaded if m.startswith(("app.services", "sqlalchemy", "alembic"))}
    assert "app.db.migrate" not in loaded and "app.db.keyfile" not in loaded


def test_ok_waits_for_the_background_import_then_signs_in(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    session, _key = login.create_encrypted(path, "zhang", "secret123")
    session.db.close()
    result = subprocess.run(
        [sys.executable, "-c", SIGN_IN, str(path)],
        cwd=ROOT,
        env=fresh_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["before"] == []  # the window came before the services were imported
    assert seen["loaded_when_ok_handled"] and not seen["preload_alive"] and seen["waited"]
    assert seen["user"] == "zhang"
    assert seen["ok"] == "登录" and any("\u4e00" <= c <= "\u9fff" for c in seen["title"])


def smoke_without_user(database: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = fresh_env(tmp_path)
    env["HEALTHROOM_EXIT_AFTER_MS"] = "300"
    for name in ("HEALTHROOM_USER", "HEALTHROOM_PASSWORD"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_smoke_run_without_a_user_shows_the_sign_in_window_and_ends_by_itself(
    tmp_path: Path,
) -> None:
    path = tmp_path / "room.db"
    session, _key = login.create_encrypted(path, "zhang", "secret123")
    session.db.close()
    result = smoke_without_user(path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    first = next(i for i, line in enumerate(lines) if "first window shown" in line)
    sign_in = next(i for i, line in enumerate(lines) if "sign-in window shown" in line)
    assert first < sign_in
    assert "main window shown" not in result.stderr
    # A new file: the chair's account dialog is the first window to use.
    result = smoke_without_user(tmp_path / "new.db", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "sign-in window shown" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "new.db").exists()
