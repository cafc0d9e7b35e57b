"""The grader's settings: traitlets set as ``c.Grader.*`` in ``nbgrader_config.py``."""

from __future__ import annotations

import os

from traitlets import Bool, Float, Int, Unicode
from traitlets.config import Configurable


class Grader(Configurable):
    """How submissions are graded: the Docker image and the limits of every run."""

    # --- the image ------------------------------------------------------------
    base_image = Unicode(
        "",
        help="Base image for the grading image, e.g. 'python:3.11-slim' where a registry "
        "is reachable. Empty: build a Debian base locally with debootstrap.",
    ).tag(config=True)
    debian_suite = Unicode("bookworm", help="Debian release for the debootstrap base.").tag(config=True)
    debian_mirror = Unicode("http://deb.debian.org/debian", help="Debian mirror for debootstrap.").tag(
        config=True
    )
    image_name = Unicode("llmath-grader", help="Repository name of the grading image.").tag(config=True)
    docker = Unicode("docker", help="The docker command.").tag(config=True)

    # --- limits of one submission's container ----------------------------------
    memory = Unicode("1g", help="Memory limit of a grading container; swap is not allowed.").tag(config=True)
    pids_limit = Int(128, help="Most processes and threads a grading container may run.").tag(config=True)
    cpus = Float(1.0, help="CPU quota of a grading container, in cores.").tag(config=True)
    tmpfs_size = Unicode("64m", help="Size of the writable scratch tmpfs at /tmp.").tag(config=True)
    user = Unicode("1000:1000", help="uid:gid that grading containers run as; never root.").tag(config=True)
    timeout = Float(300.0, help="Wall-clock limit for one submission, in seconds.").tag(config=True)
    cell_timeout = Float(30.0, help="Wall-clock limit for one notebook cell, in seconds.").tag(config=True)
    test_timeout = Float(10.0, help="Wall-clock limit for one test, in seconds.").tag(config=True)
    output_limit = Int(
        65536, help="Bytes of printed output kept per cell; the rest is dropped and noted."
    ).tag(config=True)
    result_limit = Int(
        8 * 2**20, help="Largest result a container may return, in bytes; larger is an error."
    ).tag(config=True)

    # --- the batch -------------------------------------------------------------
    jobs = Int(0, help="Submissions graded at once; 0 means one per core.").tag(config=True)
    warm_pool = Int(
        -1,
        help="Grading containers started ahead of their submission, each waiting with Python, "
        "NumPy and SymPy already imported; each still grades exactly one submission. "
        "-1 means one more than the submissions graded at once; 0 starts every container "
        "only when its submission is due.",
    ).tag(config=True)
    progress = Bool(True, help="Show a progress bar on a terminal during a batch.").tag(config=True)
    scheduler = Unicode(
        "",
        help="Address of a Dask scheduler, e.g. 'tcp://grading-head:8786': send each submission to a "
        "Dask worker, which grades it in its own Docker engine (every worker needs Docker and the "
        "grading image under the same tag); results come back to this course's gradebook. "
        "Empty: grade on this machine.",
    ).tag(config=True)

    def job_count(self) -> int:
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)

    def warm_pool_size(self) -> int:
        return self.warm_pool if self.warm_pool >= 0 else self.job_count() + 1

    def box_limits(self) -> dict:
        """The limits the box inside the container enforces itself."""
        return {
            "cell_timeout": self.cell_timeout,
            "test_timeout": self.test_timeout,
            "output_limit": self.output_limit,
        }

    def run_args(self, image: str, name: str, labels: dict[str, str] | None = None) -> list[str]:
        """``docker run`` arguments for one submission's fresh container."""
        marks = [arg for key, value in (labels or {}).items() for arg in ("--label", f"{key}={value}")]
        return [
            self.docker, "run", "--rm", "-i", "--name", name, *marks,
            "--network", "none",
            "--user", self.user,
            "--memory", self.memory, "--memory-swap", self.memory,
            "--pids-limit", str(self.pids_limit),
            "--cpus", str(self.cpus),
            "--read-only",
            "--tmpfs", f"/tmp:rw,nosuid,nodev,size={self.tmpfs_size}",
            "--cap-drop", "ALL",
            "--security-opt", "no-new-privileges",
            "--ulimit", "core=0",
            "--log-driver", "none",
            image,
        ]
