"""`kpidesk team join URL [--upload FILE]`: test the connection, remember it, upload history once.

The connection is remembered in the user's data folder as its URL *without* the password; the
password goes to the system keyring (Windows Credential Manager, macOS Keychain, Secret Service)
when there is one, and is otherwise not kept at all. Nothing is written beside the database.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.commands.common import CliError, data_dir, open_store, text
from desktop.models import backend

SERVICE = "KPIDesk"


def saved_file() -> Path:
    return data_dir() / "team.json"


def _keyring():  # noqa: ANN202 - the keyring module, or None where no real backend exists
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    return None if isinstance(keyring.get_keyring(), fail.Keyring) else keyring


def remember(url: str) -> bool:
    """Keep the URL without its password, the password in the keyring; True when it was kept."""
    parsed = make_url(url)
    plain = parsed._replace(password=None).render_as_string(hide_password=False)  # set() skips None
    saved_file().write_text(json.dumps({"url": plain}, ensure_ascii=False), encoding="utf-8")
    ring = _keyring()
    if ring is None or not parsed.password:
        return False
    ring.set_password(SERVICE, plain, parsed.password)
    return True


def saved_url(with_password_only: bool = False) -> str | None:
    """The remembered team URL with the password from the keyring (None when nothing is saved, or
    with `with_password_only` when the keyring does not hold its password)."""
    try:
        plain = json.loads(saved_file().read_text(encoding="utf-8"))["url"]
    except (OSError, ValueError, KeyError):
        return None
    ring = _keyring()
    password = ring.get_password(SERVICE, plain) if ring is not None else None
    if password:
        return make_url(plain).set(password=password).render_as_string(hide_password=False)
    return None if with_password_only else plain


def forget() -> None:
    """Forget the remembered team connection (and its password in the keyring): back to the local file."""
    try:
        plain = json.loads(saved_file().read_text(encoding="utf-8"))["url"]
    except (OSError, ValueError, KeyError):
        plain = None
    ring = _keyring()
    if plain and ring is not None:
        try:
            ring.delete_password(SERVICE, plain)
        except Exception:  # noqa: BLE001 - keyring.errors.PasswordDeleteError: nothing was kept there
            pass
    saved_file().unlink(missing_ok=True)


def run(args: argparse.Namespace) -> int:
    if not backend.is_server_url(args.url):
        raise CliError("not_server_url", detail=args.url)
    server = open_store(args.url)  # tests the connection and the login
    try:
        uploaded = _upload(server, Path(args.upload)) if args.upload else None
        where = server.location
    finally:
        server.close()
    kept = remember(args.url)
    print(text("joined", path=where, detail=text("password_in_keyring" if kept else "no_keyring")))
    if uploaded is not None:
        print(text("uploaded", path=args.upload, detail=uploaded))
    return 0


def _upload(server, local_path: Path) -> int:  # noqa: ANN001 - Store
    from desktop.models import upload

    local = open_store(local_path)
    try:
        return upload.upload_from(local, server)
    finally:
        local.close()
