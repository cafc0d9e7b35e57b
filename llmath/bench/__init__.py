"""``llmath bench``: grade one synthetic cohort with llmath, nbgrader, otter and the floor.

The cohort (``cohort.py``) mixes correct, partial, wrong, crashing and slow
submissions, each exercise fully right or fully wrong, so the graders owe the
same scores. Each grader gets its own copy of the course with the same
submissions, prepared before the clock starts (the gradebook already knows the
lesson, as after ``llmath build``; the grading image is built). Then each is
timed on its own, one after another (``systems.py``); the report holds wall
time, throughput and peak memory per grader, the ratios, and whether the
graders agree on every score (``report.py``).
"""

DEFAULT_LESSON = "01-04-summation-product-notation"
DEFAULT_SUBMISSIONS = 20
