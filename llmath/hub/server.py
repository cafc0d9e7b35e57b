"""Start and stop the course hub: JupyterHub, configurable-http-proxy and nbgrader.

``HubSettings`` are ``c.Hub.*`` traitlets in ``nbgrader_config.py``. ``Hub.start``
prepares everything a cohort needs, then runs ``jupyterhub`` as a subprocess:

* Unix accounts for the roster (``accounts``), homes 0700;
* the nbgrader exchange (``exchange_root``, world-writable with the sticky bit,
  as nbgrader requires) and per-role Jupyter configuration: students get the
  assignment list and validation but no formgrader; instructors get the
  formgrader on this course directory, framed by the hub's own pages;
* the course directory closed to students: its solutions, hidden tests,
  gradebook and submissions are readable by root and the instructors' group only;
* a ``jupyterhub_config.py`` in ``state_dir`` with the roster authenticator, the
  proxy from npm, free ports, and an API token for llmath's own service.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

from traitlets import Dict, Int, Unicode
from traitlets.config import Configurable

from ..config import load_config
from ..errors import LlmathError
from . import accounts, exchange
from .roster import Roster

CLOSED = ("source", "graders", "submitted", "autograded", "feedback", "gradebook.db", "nbgrader_config.py",
          "build")


# The hub's members need no "official Jupyter news" prompt (and the course may be offline).
NO_NEWS = {"@jupyterlab/apputils-extension:announcements": True}


class HubError(LlmathError):
    pass


class Hub(Configurable):
    """Where the hub keeps its state and which ports it uses (``c.Hub.*``)."""

    state_dir = Unicode("/srv/llmath/hub", help="Roster, credentials, hub database and config.").tag(config=True)
    exchange_root = Unicode("/srv/llmath/exchange", help="nbgrader's filesystem exchange.").tag(config=True)
    ip = Unicode("127.0.0.1", help="Address the hub's proxy listens on.").tag(config=True)
    port = Int(0, help="Port of the hub's proxy; 0 picks a free one.").tag(config=True)
    proxy = Unicode("configurable-http-proxy", help="The proxy command (from npm).").tag(config=True)
    default_instructor = Unicode("instructor", help=(
        "The instructor account `llmath hub` adds (printing its password) when the roster has none.")
    ).tag(config=True)
    authenticator_class = Unicode("llmath.hub.auth.RosterAuthenticator", help=(
        "JupyterHub's authenticator. The default checks the roster's passwords; another "
        "(NativeAuthenticator, LTI, OAuth) must produce the roster's usernames, since each member "
        "needs their Unix account.")).tag(config=True)
    runtime = Unicode("/opt/llmath/runtime", help=(
        "The Python environment the members' servers run, as their own users: outside any private "
        "home, with the pinned packages and llmath (scripts/hub.sh keeps it current).")).tag(config=True)
    schedule = Dict(value_trait=Unicode(), help=(
        "When each module's lessons are released, as {module id: 'YYYY-MM-DD'} (UTC dates). "
        "Empty: every authored lesson is released when the hub starts. Modules missing from a "
        "non-empty schedule are not released.")).tag(config=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bin(name: str) -> str:
    return str(Path(sys.executable).parent / name)


class CourseHub:
    def __init__(self, course_root: Path, settings: "Hub | None" = None):
        self.root = Path(course_root).resolve()
        cfg = load_config(self.root)
        self.settings = settings or Hub(config=cfg)
        self.course_id = cfg.CourseDirectory.get("course_id", "math-for-llms")
        self.state = Path(self.settings.state_dir)
        self.public = self.state.with_name(self.state.name + "-jupyter")  # per-role Jupyter config
        self.roster = Roster(self.state)
        self.proc: subprocess.Popen | None = None
        self.port = self.settings.port or free_port()
        self.url = f"http://{self.settings.ip}:{self.port}"
        self.token = ""

    # -- lessons ---------------------------------------------------------------
    def due_lessons(self, catalog, today: date | None = None) -> list[str]:
        """Authored lessons whose module is due by the schedule (all of them without one)."""
        today = today or datetime.now(timezone.utc).date()
        schedule = self.settings.schedule
        unknown = sorted(set(schedule) - {m.id for m in catalog.modules})
        if unknown:
            raise HubError(f"c.Hub.schedule names unknown modules: {', '.join(unknown)}; see `llmath catalog`")
        due = []
        for module in catalog.modules:
            if schedule:
                when = schedule.get(module.id)
                if when is None:
                    continue
                try:
                    if date.fromisoformat(when) > today:
                        continue
                except ValueError:
                    raise HubError(f"c.Hub.schedule[{module.id!r}] = {when!r} is not a date; "
                                   "write it as YYYY-MM-DD") from None
            due += [lesson.id for lesson in module.lessons if catalog.is_authored(lesson.id)]
        return due

    def release(self, lesson_ids: list[str]) -> list[tuple[str, str]]:
        return exchange.release_lessons(self.root, Path(self.settings.exchange_root), self.course_id, lesson_ids)

    # -- preparation -----------------------------------------------------------
    def check_reachable(self) -> None:
        reachable_by_all(Path(self.settings.runtime), self.root)

    def prepare(self) -> None:
        if os.geteuid() != 0:
            raise HubError("the hub runs as root: it starts each member's server as that member's Unix user")
        if shutil.which(self.settings.proxy) is None:
            raise HubError(f"{self.settings.proxy} is not installed; run `bash scripts/hub.sh` "
                           "(npm install -g configurable-http-proxy)")
        self.check_reachable()
        self.state.mkdir(parents=True, exist_ok=True)
        os.chmod(self.state, 0o700)  # roster, hashes, credentials, API token, hub database
        for member in self.roster.members():
            accounts.ensure_user(member.username, instructor=member.role == "instructor")
        self.ensure_exchange()
        self._close_course()
        self._jupyter_configs()
        self._write_config()

    def ensure_exchange(self) -> None:
        exchange.ensure_exchange(Path(self.settings.exchange_root), self.course_id)

    def _close_course(self) -> None:
        accounts.ensure_group(accounts.INSTRUCTORS_GROUP)
        import grp

        gid = grp.getgrnam(accounts.INSTRUCTORS_GROUP).gr_gid
        for name in ("submitted", "autograded", "feedback"):
            (self.root / name).mkdir(exist_ok=True)  # closed now, so what is collected later is too
        from ..grading.gradebook import opened

        with opened(self.root):
            pass  # the gradebook exists before it is closed; SQLite keeps its mode
        # Instructors write the gradebook from the formgrader: SQLite makes its journal beside it.
        os.chown(self.root, -1, gid)
        os.chmod(self.root, os.stat(self.root).st_mode & 0o7777 | 0o070)
        for name in CLOSED:
            path = self.root / name
            if not path.exists():
                continue
            for p in [path, *(path.rglob("*") if path.is_dir() else [])]:
                os.chown(p, -1, gid, follow_symlinks=False)
                mode = os.stat(p, follow_symlinks=False).st_mode
                os.chmod(p, (mode & 0o770) | 0o070 if p.is_dir() else (mode & 0o770) | 0o060)

    def _jupyter_configs(self) -> None:
        exchange = {"Exchange": {"root": self.settings.exchange_root},
                    "CourseDirectory": {"course_id": self.course_id}}
        # Members' servers read these, so they live beside the private state directory.
        self.public.mkdir(exist_ok=True)
        os.chmod(self.public, 0o755)
        student = self.public / "jupyter-student"
        instructor = self.public / "jupyter-instructor"
        for base in (student, instructor):
            (base / "labconfig").mkdir(parents=True, exist_ok=True)
        _write_json(student / "nbgrader_config.json", exchange)
        _write_json(student / "jupyter_server_config.json", {"ServerApp": {"jpserver_extensions": {
            "nbgrader.server_extensions.formgrader": False,
            "nbgrader.server_extensions.course_list": False}}})
        _write_json(student / "labconfig" / "page_config.json", {"disabledExtensions": {
            "@jupyter/nbgrader:formgrader": True, "@jupyter/nbgrader:create-assignment": True,
            "@jupyter/nbgrader:course-list": True, **NO_NEWS}})
        _write_json(instructor / "nbgrader_config.json",
                    {**exchange, "CourseDirectory": {
                        "course_id": self.course_id, "root": str(self.root),
                        "db_url": load_config(self.root).CourseDirectory.db_url}})
        _write_json(instructor / "jupyter_server_config.json", {"ServerApp": {"tornado_settings": {
            "headers": {"Content-Security-Policy": "frame-ancestors 'self'"}}}})
        _write_json(instructor / "labconfig" / "page_config.json", {"disabledExtensions": NO_NEWS})
        for base in (student, instructor):
            for p in [base, *base.rglob("*")]:
                os.chmod(p, 0o755 if p.is_dir() else 0o644)

    def _write_config(self) -> None:
        token_file = self.state / "api_token"
        if not token_file.is_file():
            token_file.write_text(secrets.token_hex(32))
            os.chmod(token_file, 0o600)
        self.token = token_file.read_text().strip()
        bindir = str(Path(self.settings.runtime) / "bin")
        config = f'''# Written by `llmath hub`; edit nbgrader_config.py (c.Hub.*) instead.
import os
c = get_config()  # noqa: F821
c.JupyterHub.ip = {self.settings.ip!r}
c.JupyterHub.port = {self.port}
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.command = [{shutil.which(self.settings.proxy)!r}]
c.ConfigurableHTTPProxy.auth_token = {secrets.token_hex(32)!r}
c.JupyterHub.db_url = "sqlite:///{self.state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = "{self.state / 'cookie_secret'}"
c.JupyterHub.pid_file = "{self.state / 'jupyterhub.pid'}"
c.JupyterHub.authenticator_class = {self.settings.authenticator_class!r}
c.RosterAuthenticator.state_dir = {str(self.state)!r}
c.Authenticator.admin_users = set({sorted(self.roster.instructors())!r})
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.cmd = [{bindir + "/jupyterhub-singleuser"!r}]
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.environment = {{"PATH": {bindir + ":/usr/local/bin:/usr/bin:/bin"!r}}}
STATE = {str(self.state)!r}
PUBLIC = {str(self.public)!r}
COURSE = {str(self.root)!r}

def pre_spawn_hook(spawner):
    # Read the roster at spawn time, so members added later get the right role.
    import csv
    with open(os.path.join(STATE, "roster.csv")) as f:
        roles = {{r["username"]: r["role"] for r in csv.DictReader(f)}}
    role = roles.get(spawner.user.name, "student")
    spawner.environment["JUPYTER_CONFIG_PATH"] = os.path.join(PUBLIC, "jupyter-" + role)
    if role == "instructor":  # the formgrader needs the course inside the server's root
        spawner.notebook_dir = COURSE

c.Spawner.pre_spawn_hook = pre_spawn_hook
c.JupyterHub.services = [{{"name": "llmath", "api_token": {self.token!r}}}]
c.JupyterHub.load_roles = [{{"name": "llmath-service", "scopes": ["admin:users", "admin:servers", "tokens", "read:hub"],
                             "services": ["llmath"]}}]
'''
        path = self.state / "jupyterhub_config.py"
        path.write_text(config)
        os.chmod(path, 0o600)

    # -- life ------------------------------------------------------------------
    def start(self, timeout: float = 60.0) -> None:
        self.prepare()
        log = open(self.state / "jupyterhub.log", "ab")
        self.proc = subprocess.Popen([_bin("jupyterhub"), "-f", str(self.state / "jupyterhub_config.py")],
                                     cwd=self.state, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise HubError(f"jupyterhub exited with code {self.proc.returncode}; "
                               f"see {self.state / 'jupyterhub.log'}")
            try:
                self.api("GET", "/")
            except OSError:
                time.sleep(0.3)
                continue
            self.sync_users()
            return
        self.stop()
        raise HubError(f"jupyterhub did not answer within {timeout:g} s; see {self.state / 'jupyterhub.log'}")

    def sync_users(self) -> None:
        """Make the hub know every roster member (logins create them too; the API needs them first)."""
        known = {u["name"] for u in self.api("GET", "/users")}
        for m in self.roster.members():
            if m.username not in known:
                self.api("POST", f"/users/{m.username}", {"admin": m.role == "instructor"})

    def api(self, method: str, path: str, body: dict | None = None) -> dict:
        import urllib.request

        req = urllib.request.Request(f"{self.url}/hub/api{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=120) as resp:
            text = resp.read().decode()
        return json.loads(text) if text.strip() else {}

    def stop(self) -> None:
        """Stop the hub, its proxy and every single-user server it started."""
        if self.proc is None:
            return
        try:
            for user in self.api("GET", "/users"):
                if user.get("server"):
                    try:
                        self.api("DELETE", f"/users/{user['name']}/server")
                    except OSError:
                        pass
        except OSError:
            pass
        try:
            os.killpg(self.proc.pid, 15)
            self.proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.proc.pid, 9)
            except ProcessLookupError:
                pass
        for member in self.roster.members():
            subprocess.run(["pkill", "-u", member.username, "-f", "jupyterhub-singleuser"], capture_output=True)
        self.proc = None


def _private_parent(target: Path) -> Path | None:
    for folder in [target, *target.parents] if target.is_dir() else target.parents:
        if not os.stat(folder).st_mode & 0o001:
            return folder
    return None


def reachable_by_all(runtime: Path, course: Path) -> None:
    """Members' servers run the runtime as their own users, instructors' servers open the course."""
    python = runtime / "bin" / "python"
    packages = sorted(runtime.glob("lib/python3*/site-packages/llmath/runtime.py"))
    if not python.exists() or not packages:
        raise HubError(f"the members' Python environment {runtime} is missing or has no llmath; "
                       "run `bash scripts/hub.sh` as root")
    for target in (python, python.resolve(), packages[0]):
        private = _private_parent(target)
        if private is not None:
            raise HubError(f"the members' Python environment is not reachable by other users ({private} "
                           "is private); set c.Hub.runtime to a folder outside private homes")
    private = _private_parent(course)
    if private is not None:
        raise HubError(f"the course directory {course} is not reachable by the instructors' accounts "
                       f"({private} is private); clone the course outside a private home, e.g. under /srv")


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1))
