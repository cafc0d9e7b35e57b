"""Figures, ratios and the agreement check of a benchmark run, as JSON and as a table."""

from __future__ import annotations

from dataclasses import dataclass, field

from .systems import SYSTEMS, Scores, SystemRun

#: Graders that share an exercise's points among its tests; they must agree to the point.
PARTIAL_CREDIT = ("llmath", "otter", "floor")
TOLERANCE = 1e-6
AGREEMENT_RULE = (
    "Per submission and exercise, every grader must agree on whether the exercise got full marks; "
    "llmath, otter and the floor (which share an exercise's points among its tests) must also agree "
    "on the points, within 1e-6. nbgrader gives a test cell all of its points or none, so only "
    "'full marks or not' is compared for it. The synthetic submissions make every exercise either "
    "fully right or fully wrong, so all four owe the same scores."
)
RATIOS = (("nbgrader/llmath", "nbgrader", "llmath"), ("otter/llmath", "otter", "llmath"),
          ("llmath/floor", "llmath", "floor"))


@dataclass
class Agreement:
    submissions: int
    agreeing: int
    disagreements: list[dict] = field(default_factory=list)

    @property
    def all_agree(self) -> bool:
        return not self.disagreements and self.agreeing == self.submissions

    def to_json(self) -> dict:
        return {"all_agree": self.all_agree, "submissions": self.submissions, "agreeing": self.agreeing,
                "rule": AGREEMENT_RULE, "disagreements": self.disagreements}


def compare(scores: dict[str, Scores], points: dict[str, float], students: list[str]) -> Agreement:
    """Check that the graders in ``scores`` agree on every exercise of every student (see AGREEMENT_RULE).

    A student or an exercise that a grader did not score is a disagreement.
    """
    disagreements = []
    agreeing = 0
    for student in students:
        ok = True
        for qid, full_points in points.items():
            got = {name: scores[name].get(student, {}).get(qid) for name in scores}
            missing = [name for name, value in got.items() if value is None]
            full = {abs(v - full_points) <= TOLERANCE for v in got.values() if v is not None}
            exact = [got[name] for name in PARTIAL_CREDIT if got.get(name) is not None]
            spread = max(exact) - min(exact) if exact else 0.0
            if missing or len(full) > 1 or spread > TOLERANCE:
                ok = False
                disagreements.append({"student": student, "exercise": qid, "points": full_points,
                                      "scores": got})
        agreeing += ok
    return Agreement(len(students), agreeing, disagreements)


def as_designed(full: dict[str, dict[str, bool]], scores: Scores, points: dict[str, float]) -> dict[str, int]:
    """How many students got exactly the designed points: full marks where ``full``, else zero."""
    matching = sum(
        1 for student, flags in full.items()
        if all(abs(scores.get(student, {}).get(qid, -1.0) - (points[qid] if ok else 0.0)) <= TOLERANCE
               for qid, ok in flags.items()))
    return {"matching": matching, "total": len(full)}


def figures(run: SystemRun, count: int) -> dict:
    return {
        "wall_seconds": round(run.wall, 3),
        "submissions_per_minute": round(count / run.wall * 60, 2) if run.wall else None,
        "seconds_per_submission": round(run.wall / count, 4) if count else None,
        "peak_memory_mb": round(run.peak_memory / 2**20, 1),
    }


def ratios(runs: dict[str, SystemRun]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for label, top, bottom in RATIOS:
        a, b = runs.get(top), runs.get(bottom)
        out[label] = round(a.wall / b.wall, 3) if a and b and b.wall > 0 else None
    return out


def per_submission(students: list[tuple[str, str, float]], runs: dict[str, SystemRun]) -> list[dict]:
    """Each student's kind, designed score and total score per grader (None: not graded)."""
    out = []
    for name, kind, expected in students:
        totals = {system: (round(sum(run.scores[name].values()), 6) if name in run.scores else None)
                  for system, run in runs.items()}
        out.append({"student": name, "kind": kind, "expected_score": expected, "scores": totals})
    return out


def to_json(lesson: str, count: int, cores: int, kinds: dict[str, int], runs: dict[str, SystemRun],
            agreement: Agreement, as_designed: dict[str, int], submissions: list[dict]) -> dict:
    return {
        "lesson": lesson,
        "submissions": count,
        "cores": cores,
        "cohort": {"kinds": kinds, "llmath_scores_as_designed": as_designed},
        "systems": {name: figures(runs[name], count) for name in SYSTEMS if name in runs},
        "ratios": ratios(runs),
        "agreement": agreement.to_json(),
        "memory_note": "peak memory: the machine's MemTotal - MemAvailable sampled every 0.05 s during "
                       "the system's run, minus its value just before; everything running is counted",
        "per_submission": submissions,
    }


def table(report: dict) -> str:
    lines = [f"{report['submissions']} submissions of {report['lesson']} on {report['cores']} cores "
             f"({', '.join(f'{n} {k}' for k, n in report['cohort']['kinds'].items())})", ""]
    lines.append(f"{'system':10s} {'wall s':>9s} {'subs/min':>9s} {'s/sub':>8s} {'peak MB':>9s}")
    for name, f in report["systems"].items():
        lines.append(f"{name:10s} {f['wall_seconds']:9.1f} {f['submissions_per_minute']:9.1f} "
                     f"{f['seconds_per_submission']:8.3f} {f['peak_memory_mb']:9.0f}")
    lines.append("")
    lines.append("ratios: " + "  ".join(f"{k} {v:.2f}" if v is not None else f"{k} -"
                                        for k, v in report["ratios"].items()))
    agreement = report["agreement"]
    if agreement["all_agree"]:
        lines.append(f"agreement: all graders agree on all {agreement['submissions']} submissions")
    else:
        lines.append(f"agreement: {agreement['agreeing']} of {agreement['submissions']} submissions; "
                     f"{len(agreement['disagreements'])} disagreements, e.g.:")
        for d in agreement["disagreements"][:10]:
            lines.append(f"  {d['student']} {d['exercise']} (of {d['points']:g}): "
                         + ", ".join(f"{k} {v}" for k, v in d["scores"].items()))
    done = report["cohort"]["llmath_scores_as_designed"]
    lines.append(f"cohort: llmath's scores match the designed ones for {done['matching']} of {done['total']}")
    lines.append("(agreement: full marks or not per exercise for every grader, and equal points for "
                 "llmath, otter and the floor; peak memory: machine-wide used memory above the baseline)")
    return "\n".join(lines)
