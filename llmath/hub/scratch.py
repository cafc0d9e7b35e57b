"""A throwaway course hub, and a student's client for it.

``ScratchHub`` copies some lessons of a course into a fresh folder under
``/srv``, with its own hub state, exchange and Unix accounts, starts the hub and
releases the lessons; ``close()`` stops everything and removes the accounts and
the folder. ``llmath demo`` runs a cohort on one, and the hub tests use it.

``StudentClient`` is what a student's browser does, over plain HTTP through the
hub's proxy: it logs in with the roster password, gets its own API token from
that login, starts its server and calls nbgrader's assignment handlers and
Jupyter's contents API on it. It never uses the hub's admin token.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import secrets
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .server import CourseHub, HubError

COPIED = ("catalog.toml", "pyproject.toml", "nbgrader_config.py")


class ScratchHub:
    """A course hub on a copy of ``lessons``, for ``members`` ({username: role}); use as a context manager."""

    def __init__(self, repo: Path, lessons: list[str], members: dict[str, str], prefix: str = "llmath-scratch",
                 start: bool = True):
        self.start = start  # False: only the course and roster, for running `llmath hub` on it
        self.repo = Path(repo)
        self.lessons = lessons
        self.members = members
        self.base = Path("/srv") / f"{prefix}-{secrets.token_hex(3)}"
        self.course = self.base / "course"
        self.hub: CourseHub | None = None
        self.passwords: dict[str, str] = {}

    def __enter__(self) -> "ScratchHub":
        try:
            self.open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        self.course.mkdir(parents=True)
        os.chmod(self.base, 0o755)
        for name in COPIED:
            shutil.copy(self.repo / name, self.course / name)
        for lesson in self.lessons:
            for part in ("source", "release"):
                shutil.copytree(self.repo / part / lesson, self.course / part / lesson)
        with open(self.course / "nbgrader_config.py", "a") as f:
            f.write(f'\nc.Hub.state_dir = "{self.base}/state"\nc.Hub.exchange_root = "{self.base}/exchange"\n'
                    f'c.Hub.port = 0\nc.Hub.schedule = {{}}\n')
        self.hub = CourseHub(self.course)
        for name, role in self.members.items():
            self.passwords[name] = self.hub.roster.add(name, role)
        if self.start:
            self.hub.start()
            self.hub.release(self.lessons)

    def close(self) -> None:
        if self.hub is not None:
            self.hub.stop()
        for name in self.members:
            subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)
        for name in self.members:
            for _ in range(20):  # userdel refuses while the user's processes are still exiting
                if subprocess.run(["userdel", "--remove", name], capture_output=True).returncode in (0, 6):
                    break
                time.sleep(0.5)
            subprocess.run(["groupdel", name], capture_output=True)
        shutil.rmtree(self.base, ignore_errors=True)

    def client(self, name: str) -> "StudentClient":
        return StudentClient(self.hub.url, name, self.passwords[name])


class StudentClient:
    """One member's session with the hub: cookies from the login form, then the member's own token."""

    def __init__(self, url: str, username: str, password: str):
        self.url, self.username, self.password = url, username, password
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token = ""

    def _xsrf(self) -> str:
        return next((c.value for c in self.jar if c.name == "_xsrf"), "")

    def login(self) -> bool:
        self.opener.open(f"{self.url}/hub/login", timeout=30).read()
        data = urllib.parse.urlencode({"username": self.username, "password": self.password,
                                       "_xsrf": self._xsrf()}).encode()
        try:
            resp = self.opener.open(urllib.request.Request(f"{self.url}/hub/login", data=data), timeout=60)
        except urllib.error.HTTPError:
            return False
        if "/hub/login" in resp.geturl():
            return False
        req = urllib.request.Request(f"{self.url}/hub/api/users/{self.username}/tokens", method="POST",
                                     data=json.dumps({"note": "llmath client", "expires_in": 7200}).encode(),
                                     headers={"X-XSRFToken": self._xsrf(), "Content-Type": "application/json"})
        with self.opener.open(req, timeout=60) as r:
            self.token = json.loads(r.read())["token"]
        return True

    def request(self, method: str, path: str, body: bytes | None = None, content_type: str = "") -> bytes:
        headers = {"Authorization": f"token {self.token}"}
        if content_type:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=headers)
        with urllib.request.urlopen(req, timeout=180) as resp:
            return resp.read()

    def hub_api(self, method: str, path: str) -> dict:
        text = self.request(method, f"/hub/api{path}").decode()
        return json.loads(text) if text.strip() else {}

    def start_server(self, timeout: float = 180) -> None:
        try:
            self.hub_api("POST", f"/users/{self.username}/server")
        except urllib.error.HTTPError as exc:
            if exc.code != 400:  # 400: already running
                raise
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            info = self.hub_api("GET", f"/users/{self.username}")
            if info.get("server") and not info.get("pending"):
                return
            time.sleep(0.5)
        raise HubError(f"{self.username}'s server did not start within {timeout:g} s")

    def server(self, method: str, path: str, form: dict | None = None):
        """Call the member's own server, e.g. nbgrader's ``assignments/fetch``."""
        body = None if form is None else urllib.parse.urlencode(form).encode()
        text = self.request(method, f"/user/{self.username}/{path}", body,
                            "application/x-www-form-urlencoded" if form is not None else "").decode()
        return json.loads(text or "null")

    def assignment(self, action: str, course_id: str, lesson_id: str) -> dict:
        result = self.server("POST", f"assignments/{action}", {"course_id": course_id, "assignment_id": lesson_id})
        if not result.get("success"):
            raise HubError(f"{self.username}: {action} {lesson_id} failed: {str(result.get('value'))[:300]}")
        return result

    def read_file(self, path: str) -> dict:
        quoted = urllib.parse.quote(path)
        return json.loads(self.request("GET", f"/user/{self.username}/api/contents/{quoted}?content=1"))

    def write_notebook(self, path: str, notebook: dict) -> None:
        model = json.dumps({"type": "notebook", "format": "json", "content": notebook}).encode()
        self.request("PUT", f"/user/{self.username}/api/contents/{urllib.parse.quote(path)}", model,
                     "application/json")
