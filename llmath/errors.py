"""Exceptions the library raises; the CLI turns each into one ``Error: ...`` line."""


class LlmathError(Exception):
    """Base class for every error a user can cause and fix."""


class UnknownLessonError(LlmathError):
    """A lesson id that the catalog does not list."""


class CatalogError(LlmathError):
    """The catalog file is missing or malformed."""


class FormatError(LlmathError):
    """A master notebook that does not follow the lesson format."""

    def __init__(self, lesson: str, problem: str):
        super().__init__(f"{lesson}: {problem}")
        self.lesson = lesson
        self.problem = problem

    def __reduce__(self):  # rebuilt from its two parts when it crosses from a build process
        return type(self), (self.lesson, self.problem)


class NotAuthoredError(LlmathError):
    """A lesson that the catalog lists but that has no master notebook yet."""


class BuildError(LlmathError):
    """nbgrader or the build could not turn a master into a release."""
