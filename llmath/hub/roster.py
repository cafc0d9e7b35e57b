"""The course roster: who may log in to the hub, as what, and with which credentials.

``roster.csv`` (in the hub's state directory) lists one account per line,
``username,role``, role being ``student`` or ``instructor``. Each account gets a
random password when it is added; only a salted PBKDF2 hash is kept
(``accounts.json``), and the plain password is written once to
``credentials.csv`` (mode 0600, root only) for the instructor to hand out.
There is no shared or default password.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..errors import LlmathError

USERNAME = re.compile(r"^[a-z][a-z0-9-]{1,30}$")
ROLES = ("student", "instructor")
ITERATIONS = 200_000


class RosterError(LlmathError):
    pass


@dataclass(frozen=True)
class Member:
    username: str
    role: str


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        algo, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if algo != "pbkdf2_sha256":
        return False
    got = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(got.hex(), digest)


class Roster:
    """The roster files in ``state_dir``; every change is written at once."""

    def __init__(self, state_dir: Path):
        self.dir = Path(state_dir)
        self.roster = self.dir / "roster.csv"
        self.accounts = self.dir / "accounts.json"
        self.credentials = self.dir / "credentials.csv"

    def members(self) -> list[Member]:
        if not self.roster.is_file():
            return []
        with open(self.roster, newline="") as f:
            return [Member(r["username"], r["role"]) for r in csv.DictReader(f)]

    def students(self) -> list[str]:
        return [m.username for m in self.members() if m.role == "student"]

    def instructors(self) -> list[str]:
        return [m.username for m in self.members() if m.role == "instructor"]

    def hashes(self) -> dict[str, str]:
        try:
            return json.loads(self.accounts.read_text())
        except (OSError, ValueError):
            return {}

    def verify(self, username: str, password: str) -> bool:
        stored = self.hashes().get(username)
        return bool(stored) and check_password(password, stored)

    def add(self, username: str, role: str = "student", password: str | None = None) -> str:
        """Add an account; return its new password."""
        if not USERNAME.match(username):
            raise RosterError(f"invalid username {username!r}: use 2-31 lowercase letters, digits or '-', "
                              "starting with a letter")
        if role not in ROLES:
            raise RosterError(f"invalid role {role!r}: use student or instructor")
        members = [m for m in self.members() if m.username != username] + [Member(username, role)]
        password = password or secrets.token_urlsafe(12)
        hashes = self.hashes()
        hashes[username] = hash_password(password)
        self._write(members, hashes)
        creds = self._credentials()
        creds[username] = password
        self._write_credentials(creds)
        return password

    def remove(self, username: str) -> None:
        members = self.members()
        if username not in {m.username for m in members}:
            raise RosterError(f"{username} is not on the roster")
        hashes = self.hashes()
        hashes.pop(username, None)
        self._write([m for m in members if m.username != username], hashes)
        creds = self._credentials()
        creds.pop(username, None)
        self._write_credentials(creds)

    def _write(self, members: list[Member], hashes: dict[str, str]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.roster.with_suffix(".tmp")
        with open(tmp, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["username", "role"])
            for m in sorted(members, key=lambda m: (m.role, m.username)):
                w.writerow([m.username, m.role])
        os.replace(tmp, self.roster)
        _write_private(self.accounts, json.dumps(hashes, indent=1))

    def _credentials(self) -> dict[str, str]:
        if not self.credentials.is_file():
            return {}
        with open(self.credentials, newline="") as f:
            return {r["username"]: r["password"] for r in csv.DictReader(f)}

    def _write_credentials(self, creds: dict[str, str]) -> None:
        lines = ["username,password"] + [f"{u},{p}" for u, p in sorted(creds.items())]
        _write_private(self.credentials, "\n".join(lines) + "\n")

    def password(self, username: str) -> str:
        return self._credentials()[username]


def _write_private(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def read_usernames(path: Path) -> list[str]:
    """Usernames from a class list: one per line, or a CSV with a ``username`` column."""
    text = Path(path).read_text(encoding="utf-8-sig")
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if lines and "username" in [c.strip() for c in lines[0].split(",")]:
        return [row["username"].strip() for row in csv.DictReader(lines) if (row.get("username") or "").strip()]
    return [line.split(",")[0].strip() for line in lines]
