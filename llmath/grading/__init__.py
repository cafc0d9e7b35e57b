"""Secure grading: each submission in its own container, tests in a trusted process."""
