# Configuration for the llmath course directory.
# nbgrader reads this file; llmath's own settings live here too, as traitlets.
c = get_config()  # noqa: F821

# --- nbgrader -----------------------------------------------------------
c.CourseDirectory.course_id = "math-for-llms"
c.CourseDirectory.root = "."
c.CourseDirectory.db_url = "sqlite:///gradebook.db"
# Masters live in source/<id>/<id>.ipynb; tests for otter live beside releases.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".OTTER_LOG"]
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.begin_solution_delimeter = "BEGIN SOLUTION"
c.ClearSolutions.end_solution_delimeter = "END SOLUTION"
c.ClearHiddenTests.begin_test_delimeter = "BEGIN HIDDEN TESTS"
c.ClearHiddenTests.end_test_delimeter = "END HIDDEN TESTS"

# --- llmath: audit (the content quality gate) -----------------------------
# c.Audit.min_exercises = 8
# c.Audit.min_kill_rate = 0.8
# c.Audit.mutants_per_exercise = 30
# c.Audit.mutant_timeout = 1.0
# c.Audit.jobs = 0                # mutants run at once; 0 = one per core
# c.Audit.execute_timeout = 120.0

# --- llmath: grading (limits of the grading containers: see README, "Grading") --
# c.Grader.jobs = 0               # submissions at once; 0 = one per core, or the Dask cluster's threads
# c.Grader.scheduler = ""         # a Dask scheduler, e.g. "tcp://grading-head:8786"; empty = grade here
