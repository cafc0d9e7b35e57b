"""Run one grading job: in a fresh Docker container (the grader), or in a bare process.

``DockerRunner`` is what ``llmath grade`` uses: every submission gets its own
container with no network, a non-root user, memory without swap, a process
limit, a CPU quota, a read-only root and a small tmpfs, and a wall-clock limit
after which the container is killed. ``ProcessRunner`` runs the same box as a
plain subprocess, with no isolation at all; it exists for the test suite and
for the benchmark's floor, never for grading students.
"""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
from dataclasses import dataclass

from .box import __file__ as BOX_PATH
from .settings import Grader


@dataclass
class RunResult:
    stdout: bytes
    error: str = ""      # why there is no usable result, if so


class ProcessRunner:
    def __init__(self, settings: Grader):
        self.settings = settings

    def command(self, name: str) -> list[str]:
        return [sys.executable, "-I", BOX_PATH]

    def kill(self, name: str, proc: subprocess.Popen) -> None:
        proc.kill()

    def run(self, job: dict, label: str = "job") -> RunResult:
        name = f"llmath-{_safe(label)}-{secrets.token_hex(4)}"
        data = (json.dumps(job) + "\n").encode()
        proc = subprocess.Popen(self.command(name), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        try:
            out, err = proc.communicate(data, timeout=self.settings.timeout)
        except subprocess.TimeoutExpired:
            self.kill(name, proc)
            out, err = proc.communicate()
            return RunResult(out, f"grading stopped after the {self.settings.timeout:g} s limit")
        if len(out) > self.settings.result_limit:
            return RunResult(b"", "the grader's result was larger than allowed")
        if proc.returncode != 0 and not out.strip():
            return RunResult(out, self.explain(proc.returncode, err))
        return RunResult(out)

    def explain(self, code: int, err: bytes) -> str:
        if code in (137, -9):
            return "the grading process was killed (out of memory, or a limit was reached)"
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit code {code}"]
        return f"the grading process failed: {tail[0][:200]}"


class DockerRunner(ProcessRunner):
    def __init__(self, settings: Grader, image: str):
        super().__init__(settings)
        self.image = image

    def command(self, name: str) -> list[str]:
        return self.settings.run_args(self.image, name)

    def kill(self, name: str, proc: subprocess.Popen) -> None:
        subprocess.run([self.settings.docker, "kill", name], capture_output=True)
        proc.kill()

    def explain(self, code: int, err: bytes) -> str:
        if code == 137:
            return "the grading container was killed (out of memory, or a limit was reached)"
        text = err.decode("utf-8", "replace").strip()
        if "Cannot connect to the Docker daemon" in text or "Is the docker daemon running" in text:
            return "the Docker daemon is not running"
        tail = text.splitlines()[-1:] or [f"exit code {code}"]
        return f"the grading container failed: {tail[0][:200]}"


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text)[:60]
