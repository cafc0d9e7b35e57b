"""Unix accounts for roster members: each student's server runs as its own user.

Homes are mode 0700, so no student can read another's files, and the
JupyterHub spawner starts each single-user server with the member's uid.
"""

from __future__ import annotations

import grp
import os
import pwd
import subprocess

from ..errors import LlmathError

INSTRUCTORS_GROUP = "llmath-instructors"


class AccountError(LlmathError):
    pass


def _run(*cmd: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise AccountError(f"{cmd[0]} failed: {(proc.stderr or proc.stdout).strip()[:200]}")


def ensure_group(name: str) -> None:
    try:
        grp.getgrnam(name)
    except KeyError:
        _run("groupadd", "--system", name)


def ensure_user(username: str, instructor: bool = False) -> pwd.struct_passwd:
    if os.geteuid() != 0:
        raise AccountError("creating Unix accounts needs root")
    try:
        user = pwd.getpwnam(username)
    except KeyError:
        _run("useradd", "--create-home", "--shell", "/bin/bash", "--user-group", username)
        user = pwd.getpwnam(username)
    if _locked(username):  # a member removed earlier and added again
        _run("usermod", "--unlock", username)
    os.chmod(user.pw_dir, 0o700)
    if instructor:
        ensure_group(INSTRUCTORS_GROUP)
        _run("usermod", "--append", "--groups", INSTRUCTORS_GROUP, username)
    return user


def _locked(username: str) -> bool:
    proc = subprocess.run(["passwd", "--status", username], capture_output=True, text=True)
    return proc.returncode == 0 and proc.stdout.split()[1:2] == ["L"]


def disable_user(username: str) -> None:
    """Keep the account's files (they are the student's work) but stop its logins and processes."""
    try:
        pwd.getpwnam(username)
    except KeyError:
        return
    subprocess.run(["pkill", "-KILL", "-u", username], capture_output=True)
    _run("usermod", "--lock", "--expiredate", "1", username)


def uid_of(username: str) -> int | None:
    try:
        return pwd.getpwnam(username).pw_uid
    except KeyError:
        return None
