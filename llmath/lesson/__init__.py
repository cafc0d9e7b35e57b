"""The master-notebook format: what a lesson is made of and how it is read."""

from .master import Exercise, Master, Test, read_master

__all__ = ["Exercise", "Master", "Test", "read_master"]
