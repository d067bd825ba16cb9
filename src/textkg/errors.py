"""The one error type users see: a single line naming the file (or input) and the problem."""

from __future__ import annotations


class TextkgError(Exception):
    """A failure to report as one line on stderr, with a non-zero exit code, never a traceback."""

    exit_code: int = 1


class ModelNotFoundError(TextkgError):
    """No usable spaCy pipeline: says how to install one."""

    exit_code = 3


class NothingToReadError(TextkgError):
    """Every input was missing, empty or unreadable."""

    exit_code = 2


class QueryError(TextkgError):
    """A SPARQL query that does not parse or cannot run."""

    exit_code = 4
