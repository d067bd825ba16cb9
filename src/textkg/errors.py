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


class InstallError(TextkgError):
    """A package textkg needs is missing or broken: says which one and how to install it."""

    exit_code = 3


def install_error(exc: ImportError) -> InstallError:
    """Turn an import failure deep inside a dependency into one line a user can act on."""
    text = str(exc)
    known = {
        "lxml.html.clean": "lxml_html_clean",
        "lxml_html_clean": "lxml_html_clean",
    }
    package = next((pip for marker, pip in known.items() if marker in text), None)
    if package is None:
        package = (exc.name or "").split(".")[0] or "textkg"
    first_line = text.splitlines()[0] if text else repr(exc)
    return InstallError(
        f"a package textkg needs could not be imported ({first_line}); "
        f"reinstall it with: pip install --upgrade {package}"
    )
