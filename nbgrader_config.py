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

# --- llmath: the course hub (`llmath hub`, as root) ------------------------
# c.Hub.state_dir = "/srv/llmath/hub"          # roster, hashed passwords, credentials.csv, hub database
# c.Hub.exchange_root = "/srv/llmath/exchange" # nbgrader's filesystem exchange
# c.Hub.ip = "127.0.0.1"                       # where the proxy listens ("0.0.0.0" for the network)
# c.Hub.port = 0                               # 0 picks a free port
# c.Hub.schedule = {"01": "2026-09-01", "02": "2026-09-08"}  # module -> release date (UTC); empty: all now
# c.Hub.runtime = "/opt/llmath/runtime"        # the members' Python environment (scripts/hub.sh)
# c.Hub.default_instructor = "instructor"      # added by `llmath hub` when the roster has no instructor
# c.Hub.authenticator_class = "llmath.hub.auth.RosterAuthenticator"
