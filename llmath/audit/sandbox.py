"""Run functions in forked children with a time limit; only JSON comes back.

The audit executes master solutions, released stubs and hundreds of mutants.
Each runs in its own child so that a mutant that loops, exhausts memory or
mutates a library cannot affect the next one, and the parent keeps its already
imported numpy, scipy and sympy (forking is far cheaper than a new interpreter).
Up to ``jobs`` children run at once.
"""

from __future__ import annotations

import json
import os
import select
import signal
import time
from typing import Any, Callable, Sequence


class Timeout(Exception):
    pass


class _Child:
    def __init__(self, index: int, fn: Callable[[], Any], timeout: float):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns
            os.close(read_fd)
            _child_main(fn, write_fd)
        os.close(write_fd)
        self.index, self.pid, self.fd = index, pid, read_fd
        self.deadline = time.monotonic() + timeout
        self.timeout = timeout
        self.chunks: list[bytes] = []

    def finish(self, timed_out: bool) -> Any:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        if timed_out:
            return Timeout(f"no result after {self.timeout:g} s")
        if not self.chunks:
            return RuntimeError("the child process died without a result")
        data = json.loads(b"".join(self.chunks))
        return RuntimeError(data["error"]) if "error" in data else data["ok"]


def _child_main(fn: Callable[[], Any], write_fd: int) -> None:
    code = 0
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        payload = json.dumps({"ok": fn()})
    except BaseException as exc:  # noqa: BLE001 - everything must reach the parent as data
        payload = json.dumps({"error": f"{type(exc).__name__}: {exc}"})
        code = 1
    try:
        with os.fdopen(write_fd, "w") as pipe:
            pipe.write(payload)
    finally:
        os._exit(code)


def run_many(fns: Sequence[Callable[[], Any]], timeout: float, jobs: int | None = None) -> list[Any]:
    """Results of ``fns`` in order; a failed or timed-out call yields its exception as the value."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    results: list[Any] = [None] * len(fns)
    pending = list(enumerate(fns))[::-1]
    running: dict[int, _Child] = {}
    while pending or running:
        while pending and len(running) < jobs:
            index, fn = pending.pop()
            child = _Child(index, fn, timeout)
            running[child.fd] = child
        wait = max(0.0, min(c.deadline for c in running.values()) - time.monotonic())
        ready, _, _ = select.select(list(running), [], [], wait)
        for fd in ready:
            child = running[fd]
            chunk = os.read(fd, 1 << 16)
            if chunk:
                child.chunks.append(chunk)
            else:
                results[child.index] = running.pop(fd).finish(timed_out=False)
        now = time.monotonic()
        for fd in [fd for fd, c in running.items() if c.deadline <= now]:
            child = running.pop(fd)
            results[child.index] = child.finish(timed_out=True)
    return results


def run_forked(fn: Callable[[], Any], timeout: float) -> Any:
    """``fn()`` computed in a child; raises ``Timeout`` or ``RuntimeError`` when it fails."""
    [result] = run_many([fn], timeout, jobs=1)
    if isinstance(result, Exception):
        raise result
    return result
