"""Run a function in a forked child with a time limit; only JSON comes back.

The audit executes master solutions, released stubs and hundreds of mutants.
Each runs in its own child so that a mutant that loops, exhausts memory or
mutates a library cannot affect the next one, and the parent keeps its already
imported numpy, scipy and sympy (forking is far cheaper than a new interpreter).
"""

from __future__ import annotations

import json
import os
import select
import signal
import time
from typing import Any, Callable


class Timeout(Exception):
    pass


def run_forked(fn: Callable[[], Any], timeout: float) -> Any:
    """Return ``fn()``'s JSON-able result computed in a child process.

    Raises ``Timeout`` if the child does not finish in ``timeout`` seconds and
    ``RuntimeError`` if it dies without a result.
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        code = 0
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            payload = json.dumps({"ok": fn()})
        except BaseException as exc:  # noqa: BLE001 - everything must reach the parent as data
            payload = json.dumps({"error": f"{type(exc).__name__}: {exc}"})
            code = 1
        with os.fdopen(write_fd, "w") as pipe:
            pipe.write(payload)
        os._exit(code)
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        with os.fdopen(read_fd, "rb") as pipe:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Timeout(f"no result after {timeout:g} s")
                ready, _, _ = select.select([pipe], [], [], left)
                if ready:
                    chunk = os.read(pipe.fileno(), 1 << 16)
                    if not chunk:
                        break
                    chunks.append(chunk)
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    if not chunks:
        raise RuntimeError("the child process died without a result")
    data = json.loads(b"".join(chunks))
    if "error" in data:
        raise RuntimeError(data["error"])
    return data["ok"]
