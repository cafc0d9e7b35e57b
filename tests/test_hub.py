"""The course hub for real: JupyterHub and its proxy on free ports, Unix accounts, nbgrader's exchange.

Driven through the hub's REST API and each student's own server (nbgrader's
assignment handlers), as a student's browser would. Negative tests run commands
as the students' Unix users.
"""

from __future__ import annotations

import json
import os
import pwd
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from llmath.hub.scratch import ScratchHub, StudentClient
from llmath.hub.server import CourseHub

REPO = Path(__file__).resolve().parents[1]
LESSON = "01-04-summation-product-notation"
COURSE = "math-for-llms"

pytestmark = pytest.mark.slow


def requirements_or_skip() -> None:
    missing = []
    if os.geteuid() != 0:
        missing.append("root")
    if not shutil.which("configurable-http-proxy"):
        missing.append("configurable-http-proxy")
    from llmath.hub.server import Hub, HubError, reachable_by_all

    try:
        reachable_by_all(Path(Hub().runtime), Path("/srv"))
    except HubError as exc:
        missing.append(str(exc))
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the hub tests need {', '.join(missing)}; scripts/setup.sh installs them")
        pytest.skip(f"needs {', '.join(missing)}")


def as_user(user: str, command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", user, "--", "bash", "-c", command], capture_output=True, text=True,
                          cwd="/")


@pytest.fixture(scope="module")
def hub():
    requirements_or_skip()
    tag = secrets.token_hex(3)
    users = {"ann": f"ann{tag}", "ben": f"ben{tag}", "prof": f"prof{tag}"}
    members = {name: "instructor" if key == "prof" else "student" for key, name in users.items()}
    with ScratchHub(REPO, [LESSON], members, prefix="llmath-test") as scratch:
        passwords = {key: scratch.passwords[name] for key, name in users.items()}
        yield scratch.hub, scratch.course, scratch.base, users, passwords


def start_server(h: CourseHub, user: str) -> str:
    try:
        h.api("POST", f"/users/{user}/server")
    except urllib.error.HTTPError as exc:
        if exc.code != 400:  # 400: already running
            raise
    for _ in range(240):
        info = h.api("GET", f"/users/{user}")
        if info.get("server") and not info.get("pending"):
            return info["server"]
        time.sleep(0.5)
    raise AssertionError(f"{user}'s server did not start")


def user_token(h: CourseHub, user: str) -> str:
    return h.api("POST", f"/users/{user}/tokens", {"note": "test", "expires_in": 3600})["token"]


def server_call(h: CourseHub, user: str, path: str, method: str = "GET", data: dict | None = None):
    token = user_token(h, user)
    body = None if data is None else urllib.parse.urlencode(data).encode()
    req = urllib.request.Request(f"{h.url}/user/{user}/{path}", data=body, method=method,
                                 headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return json.loads(resp.read().decode() or "null")


def test_login_needs_the_roster_password(hub):
    h, _, _, users, passwords = hub
    assert not StudentClient(h.url, users["ann"], "wrong-password").login()
    assert not StudentClient(h.url, users["ann"], passwords["ben"]).login()
    assert not StudentClient(h.url, "nobody", passwords["ann"]).login()
    assert StudentClient(h.url, users["ann"], passwords["ann"]).login()


def test_each_server_runs_as_its_own_user(hub):
    h, _, _, users, _ = hub
    for key in ("ann", "ben"):
        start_server(h, users[key])
    for key in ("ann", "ben"):
        ps = subprocess.run(["pgrep", "-u", users[key], "-f", "jupyterhub-singleuser"], capture_output=True)
        assert ps.returncode == 0, f"no server process owned by {users[key]}"
    assert oct(os.stat(pwd.getpwnam(users["ann"]).pw_dir).st_mode & 0o777) == "0o700"


def test_fetch_and_submit_through_the_students_server(hub):
    h, course, base, users, _ = hub
    ann = users["ann"]
    start_server(h, ann)
    listed = server_call(h, ann, f"assignments?course_id={COURSE}")
    assert any(a["assignment_id"] == LESSON for a in listed["value"]), listed
    result = server_call(h, ann, "assignments/fetch", "POST", {"course_id": COURSE, "assignment_id": LESSON})
    assert result["success"], result
    home = Path(pwd.getpwnam(ann).pw_dir)
    nb_path = home / LESSON / f"{LESSON}.ipynb"
    assert nb_path.is_file() and nb_path.stat().st_uid == pwd.getpwnam(ann).pw_uid
    result = server_call(h, ann, "assignments/submit", "POST", {"course_id": COURSE, "assignment_id": LESSON})
    assert result["success"], result
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    out = subprocess.run([sys.executable, "-m", "llmath.cli", "collect", LESSON], cwd=course, env=env,
                         capture_output=True, text=True, check=True)
    assert f"collected {ann}" in out.stdout
    assert (course / "submitted" / ann / LESSON / f"{LESSON}.ipynb").is_file()


def test_students_cannot_read_each_other_or_the_course(hub):
    h, course, base, users, _ = hub
    ann, ben = users["ann"], users["ben"]
    home_b = pwd.getpwnam(ben).pw_dir
    assert as_user(ann, f"ls {home_b}").returncode != 0
    assert as_user(ann, f"cat {home_b}/.bashrc").returncode != 0
    for secret in (f"source/{LESSON}/{LESSON}.ipynb", "gradebook.db", "nbgrader_config.py"):
        assert as_user(ann, f"cat {course / secret}").returncode != 0, secret
    for folder in ("source", "submitted", "autograded", "feedback"):
        assert as_user(ann, f"ls {course / folder}").returncode != 0, folder
    assert as_user(ann, f"cat {course / 'release' / LESSON / (LESSON + '.ipynb')}").returncode == 0
    assert as_user(ann, f"ls {base / 'exchange' / COURSE / 'inbound'}").returncode != 0
    for private in ("credentials.csv", "accounts.json", "jupyterhub.sqlite", "api_token"):
        assert as_user(ann, f"cat {base / 'state' / private}").returncode != 0, private


def test_a_student_cannot_submit_as_another(hub):
    h, course, base, users, _ = hub
    ann, ben = users["ann"], users["ben"]
    inbound = base / "exchange" / COURSE / "inbound"
    forged = f"{ben}+{LESSON}+2020-01-01 00:00:00.000000 UTC+forged"
    made = as_user(ann, f"mkdir '{inbound / forged}' && echo '2020-01-01 00:00:00.000000 UTC' > "
                        f"'{inbound / forged / 'timestamp.txt'}'")
    assert made.returncode == 0, made.stderr  # the exchange lets anyone write; collect must not believe it
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    out = subprocess.run([sys.executable, "-m", "llmath.cli", "collect", LESSON], cwd=course, env=env,
                         capture_output=True, text=True, check=True)
    assert f"rejected {forged}: not submitted by {ben}'s account" in out.stderr
    assert not (course / "submitted" / ben).exists()


def test_submission_time_is_the_servers(hub):
    h, course, base, users, _ = hub
    ann = users["ann"]
    stamp = (course / "submitted" / ann / LESSON / "timestamp.txt")
    if not stamp.is_file():
        pytest.skip("depends on the submit test")
    inbound = base / "exchange" / COURSE / "inbound"
    mine = [p for p in inbound.iterdir() if p.name.startswith(f"{ann}+")]
    assert mine
    for p in mine:  # the student rewrites the claimed time of their own submission
        as_user(ann, f"echo '1999-01-01 00:00:00.000000 UTC' > '{p / 'timestamp.txt'}'")
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    subprocess.run([sys.executable, "-m", "llmath.cli", "collect", LESSON], cwd=course, env=env, check=True,
                   capture_output=True)
    assert not stamp.read_text().startswith("1999")
    assert stamp.read_text().startswith(time.strftime("%Y", time.gmtime()))


def test_release_command_leaves_an_unchanged_lesson_alone(hub):
    h, course, base, users, _ = hub
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    out = subprocess.run([sys.executable, "-m", "llmath.cli", "release", LESSON], cwd=course, env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"unchanged {LESSON}"
    released = base / "exchange" / COURSE / "outbound" / LESSON / f"{LESSON}.ipynb"
    assert as_user(users["ann"], f"cat '{released}'").returncode == 0


def test_nobody_can_list_the_returned_feedback(hub):
    h, course, base, users, _ = hub
    feedback = base / "exchange" / COURSE / "feedback"
    assert oct(feedback.stat().st_mode & 0o777) == "0o711"
    assert as_user(users["ann"], f"ls '{feedback}'").returncode != 0


def test_llmath_hub_serves_releases_and_stops_cleanly():
    """The README's hub command: an instructor appears if the roster has none, lessons are released, Ctrl-C stops it."""
    import signal

    from llmath.hub.server import free_port

    requirements_or_skip()
    student = f"cli{secrets.token_hex(3)}"
    with ScratchHub(REPO, [LESSON], {student: "student"}, prefix="llmath-test", start=False) as scratch:
        prof = f"prof{secrets.token_hex(3)}"
        with open(scratch.course / "nbgrader_config.py", "a") as f:
            f.write(f'c.Hub.default_instructor = "{prof}"\n')
        scratch.members[prof] = "instructor"  # made by the command; removed with the scratch hub
        port = free_port()
        env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
        proc = subprocess.Popen([sys.executable, "-m", "llmath.cli", "hub", "--port", str(port)], cwd=scratch.course,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            outbound = scratch.base / "exchange" / COURSE / "outbound" / LESSON / f"{LESSON}.ipynb"
            for _ in range(240):
                if outbound.is_file():
                    break
                assert proc.poll() is None, proc.stdout.read()
                time.sleep(0.5)
            assert outbound.is_file()
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/hub/login", timeout=30) as resp:
                assert resp.status == 200
            assert [m.username for m in scratch.hub.roster.members() if m.role == "instructor"] == [prof]
            assert StudentClient(f"http://127.0.0.1:{port}", student, scratch.passwords[student]).login()
        finally:
            proc.send_signal(signal.SIGINT)
            out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0, out
        assert f"added instructor account: {prof}," in out and f"released {LESSON}" in out
        state = str(scratch.base / "state")
        assert subprocess.run(["pgrep", "-f", state], capture_output=True).returncode != 0
