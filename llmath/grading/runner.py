"""Run one grading job: in a fresh Docker container (the grader), or in a bare process.

``DockerRunner`` is what ``llmath grade`` uses: every submission gets its own
container with no network, a non-root user, memory without swap, a process
limit, a CPU quota, a read-only root and a small tmpfs, and a wall-clock limit
after which the container is killed. ``ProcessRunner`` runs the same box as a
plain subprocess, with no isolation at all; it exists for the test suite and
for the benchmark's floor, never for grading students.

Most of a container's life is not grading: starting it, starting Python,
importing NumPy and SymPy, and removing it afterwards cost more than running a
typical submission's tests. The box imports and forks before it reads its job,
so a container started ahead is simply waiting, warm, on its stdin. The Docker
runner therefore keeps a **warm pool**: up to ``c.Grader.warm_pool`` containers
started ahead with the same ``docker run`` arguments. ``run()`` takes one (or
starts one when none is ready), starts a replacement in the background, sends
the job, and returns as soon as the result line arrives; the container's exit
and removal finish in the background. Each container serves exactly one job
and then exits, so nothing of one student's run can reach another's.
"""

from __future__ import annotations

import atexit
import itertools
import json
import os
import secrets
import selectors
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass

from .box import __file__ as BOX_PATH
from .settings import Grader

POOL_LABEL = "llmath.pool"
ERR_KEPT = 64 * 1024         # bytes of a grader's stderr kept for the error message


@dataclass
class RunResult:
    stdout: bytes
    error: str = ""      # why there is no usable result, if so


@dataclass
class _Exchange:
    out: bytes
    err: bytes
    end: str             # "line": the result arrived; "eof", "timeout", "too-big"


def _exchange(proc: subprocess.Popen, data: bytes, deadline: float, limit: int) -> _Exchange:
    """Send ``data`` to ``proc`` and read its stdout until the first full line (the result)."""
    out, err = bytearray(), bytearray()
    sel = selectors.DefaultSelector()
    view = memoryview(data)
    stdin, stdout = proc.stdin.fileno(), proc.stdout.fileno()
    fds = {stdout: out, proc.stderr.fileno(): err}
    for fd in (stdin, *fds):
        os.set_blocking(fd, False)
    sel.register(stdin, selectors.EVENT_WRITE)
    for fd in fds:
        sel.register(fd, selectors.EVENT_READ)
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return _Exchange(bytes(out), bytes(err), "timeout")
            for key, _ in sel.select(min(left, 1.0)):
                fd = key.fd
                if fd == stdin:
                    try:
                        view = view[os.write(fd, view[:1 << 16]):]
                    except (BrokenPipeError, OSError):
                        view = view[:0]  # the grader is gone; its exit code tells why
                    if not view:
                        sel.unregister(fd)
                        proc.stdin.close()
                    continue
                try:
                    chunk = os.read(fd, 1 << 16)
                except BlockingIOError:
                    continue
                if not chunk:
                    sel.unregister(fd)
                    if fd == stdout:
                        return _Exchange(bytes(out), bytes(err), "eof")
                    continue
                buf = fds[fd]
                buf += chunk
                if buf is err and len(err) > ERR_KEPT:
                    del err[:-ERR_KEPT]
                if buf is out:
                    if len(out) > limit:
                        return _Exchange(b"", bytes(err), "too-big")
                    if b"\n" in chunk:
                        return _Exchange(bytes(out), bytes(err), "line")
    finally:
        sel.close()


def _finish(proc: subprocess.Popen, err: bytes = b"", timeout: float | None = None) -> bytes:
    """Read what is left of ``proc``'s output and wait for it to exit; return its stderr."""
    rest = bytearray(err)
    if proc.stdin and not proc.stdin.closed:
        try:
            proc.stdin.close()
        except OSError:
            pass
    deadline = None if timeout is None else time.monotonic() + timeout
    for stream in (proc.stdout, proc.stderr):
        if stream is None or stream.closed:
            continue
        fd = stream.fileno()
        os.set_blocking(fd, True)
        while True:
            if deadline is not None:
                sel = selectors.DefaultSelector()
                sel.register(fd, selectors.EVENT_READ)
                ready = sel.select(max(0.0, deadline - time.monotonic()))
                sel.close()
                if not ready:
                    break
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            if stream is proc.stderr:
                rest += chunk
                del rest[:-ERR_KEPT]
        stream.close()
    try:
        proc.wait(None if deadline is None else max(0.1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return bytes(rest)


class ProcessRunner:
    """The box as a plain subprocess: no isolation. For tests and the benchmark's floor."""

    #: The grading image's environment for numerical libraries (see docker/Dockerfile).
    ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}

    def __init__(self, settings: Grader, preload: tuple[str, ...] = ()):
        self.settings = settings
        self.preload = tuple(preload)   # the lesson's imports; empty: the box's default set

    def box_args(self) -> list[str]:
        return [f"--preload={','.join(self.preload)}"] if self.preload else []

    def command(self, name: str) -> list[str]:
        return [sys.executable, "-I", BOX_PATH, *self.box_args()]

    def start(self, name: str) -> subprocess.Popen:
        return subprocess.Popen(self.command(name), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env={**os.environ, **self.ENV})

    def kill(self, name: str, proc: subprocess.Popen) -> None:
        proc.kill()

    def warm(self, count: int, preload: tuple[str, ...] | None = None) -> None:
        """Expect ``count`` more runs of a lesson that imports ``preload``.

        A bare process has nothing to start ahead; the Docker runner fills its pool.
        """
        if preload is not None:
            self.preload = tuple(preload)

    def close(self) -> None:
        """Release whatever was started ahead; a bare process starts nothing ahead."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def run(self, job: dict, label: str = "job") -> RunResult:
        name = f"llmath-{_safe(label)}-{secrets.token_hex(4)}"
        return self.talk(name, self.start(name), job)

    def talk(self, name: str, proc: subprocess.Popen, job: dict) -> RunResult:
        """Send ``job``, read the result; the time limit counts from now."""
        data = (json.dumps(job) + "\n").encode()
        limit = self.settings.result_limit
        got = _exchange(proc, data, time.monotonic() + self.settings.timeout, limit)
        if got.end == "line":
            self.done(proc)
            return RunResult(got.out)
        if got.end in ("timeout", "too-big"):
            self.kill(name, proc)
            _finish(proc, timeout=30)
            if got.end == "too-big":
                return RunResult(b"", "the grader's result was larger than allowed")
            return RunResult(got.out, f"grading stopped after the {self.settings.timeout:g} s limit")
        err = _finish(proc, got.err, timeout=30)
        if len(got.out) > limit:
            return RunResult(b"", "the grader's result was larger than allowed")
        if proc.returncode != 0 and not got.out.strip():
            return RunResult(got.out, self.explain(proc.returncode, err))
        return RunResult(got.out)

    def done(self, proc: subprocess.Popen) -> None:
        """The result is in: let the grader exit."""
        _finish(proc, timeout=30)

    def explain(self, code: int, err: bytes) -> str:
        if code in (137, -9):
            return "the grading process was killed (out of memory, or a limit was reached)"
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit code {code}"]
        return f"the grading process failed: {tail[0][:200]}"


@dataclass
class _Warm:
    name: str
    proc: subprocess.Popen
    preload: tuple[str, ...]


class DockerRunner(ProcessRunner):
    """One fresh container per job, started ahead from a warm pool (see the module's docstring)."""

    def __init__(self, settings: Grader, image: str, preload: tuple[str, ...] = ()):
        super().__init__(settings, preload)
        self.image = image
        self.pool_id = secrets.token_hex(6)
        self.size = settings.warm_pool_size()
        self._ready: deque[_Warm] = deque()
        self._remaining: int | None = None   # runs still to come, when the batch said so
        self._starting = 0
        self._lock = threading.Lock()
        self._threads: set[threading.Thread] = set()
        self._numbers = itertools.count(1)
        atexit.register(self.close)

    def command(self, name: str) -> list[str]:
        args = self.settings.run_args(self.image, name, labels={POOL_LABEL: self.pool_id})
        return args + self.box_args()

    def start(self, name: str) -> subprocess.Popen:
        return subprocess.Popen(self.command(name), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

    def kill(self, name: str, proc: subprocess.Popen) -> None:
        """Kill the container; its docker client exits once the container is removed (``--rm``)."""
        subprocess.run([self.settings.docker, "kill", name], capture_output=True)
        _finish(proc, timeout=30)  # kills the client if it does not exit by then

    def explain(self, code: int, err: bytes) -> str:
        if code == 137:
            return "the grading container was killed (out of memory, or a limit was reached)"
        text = err.decode("utf-8", "replace").strip()
        if "Cannot connect to the Docker daemon" in text or "Is the docker daemon running" in text:
            return "the Docker daemon is not running"
        tail = text.splitlines()[-1:] or [f"exit code {code}"]
        return f"the grading container failed: {tail[0][:200]}"

    # -- the pool ---------------------------------------------------------------
    def _new(self) -> _Warm:
        name = f"llmath-{self.pool_id}-{next(self._numbers)}"
        preload = self.preload
        return _Warm(name, self.start(name), preload)

    def _background(self, target, *args) -> None:
        thread = threading.Thread(target=self._tracked, args=(target, *args), daemon=True)
        with self._lock:
            self._threads.add(thread)
        thread.start()

    def _tracked(self, target, *args) -> None:
        try:
            target(*args)
        finally:
            with self._lock:
                self._threads.discard(threading.current_thread())

    def _fill(self) -> None:
        """Start containers until the pool holds what the rest of the batch can use."""
        while True:
            with self._lock:
                want = self.size if self._remaining is None else min(self.size, self._remaining)
                if len(self._ready) + self._starting >= want:
                    return
                self._starting += 1
            try:
                warm = self._new()
            finally:
                with self._lock:
                    self._starting -= 1
            with self._lock:
                self._ready.append(warm)

    def warm(self, count: int, preload: tuple[str, ...] | None = None) -> None:
        """Expect ``count`` more runs: start up to ``warm_pool`` containers for them now."""
        stale: list[_Warm] = []
        with self._lock:
            if preload is not None and tuple(preload) != self.preload:
                self.preload = tuple(preload)
                stale = [w for w in self._ready if w.preload != self.preload]
                self._ready = deque(w for w in self._ready if w.preload == self.preload)
            self._remaining = max(0, count)
        self._discard(stale)
        self._background(self._fill)

    def _take(self) -> _Warm:
        with self._lock:
            warm = self._ready.popleft() if self._ready else None
            if self._remaining is not None:
                self._remaining = max(0, self._remaining - 1)
        if warm is None:
            warm = self._new()  # nothing ready: start one now
        if self.size:
            self._background(self._fill)
        return warm

    def run(self, job: dict, label: str = "job") -> RunResult:
        warm = self._take()
        return self.talk(warm.name, warm.proc, job)

    def done(self, proc: subprocess.Popen) -> None:
        """The result is in: the container exits and is removed in the background."""
        self._background(_finish, proc, b"", 60)

    def _discard(self, warms: list[_Warm]) -> None:
        if not warms:
            return
        subprocess.run([self.settings.docker, "kill", *(w.name for w in warms)], capture_output=True)
        for w in warms:
            _finish(w.proc, timeout=30)

    def close(self) -> None:
        """Stop starting containers, kill those still waiting, and wait until all are removed."""
        with self._lock:
            self._remaining = 0
        while True:
            with self._lock:
                threads = [t for t in self._threads if t is not threading.current_thread()]
            if not threads:
                break
            for t in threads:
                t.join(60)
        with self._lock:
            waiting, self._ready = list(self._ready), deque()
        self._discard(waiting)


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text)[:60]
