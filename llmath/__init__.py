"""llmath: an auto-graded exercise platform for the Math for LLMs course.

The package follows a lesson through its life: ``catalog`` (what the course holds),
``lesson`` (the master-notebook format), ``build`` (master to release and grader
bundle), ``audit`` (does a lesson's test suite separate right from wrong), and
``runtime`` (the small piece that runs inside a student's notebook).
"""

__version__ = "0.1.0"
