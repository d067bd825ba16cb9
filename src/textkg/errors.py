"""The one error type users see: a single line naming the file (or input) and the problem."""

from __future__ import annotations

import re


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


class OutputLockedError(TextkgError):
    """Another build is writing the same outputs (exit 75, EX_TEMPFAIL: try again later)."""

    exit_code = 75


class InterruptedBuild(TextkgError):
    """Ctrl-C or SIGTERM: the message says which outputs were, and were not, replaced."""

    exit_code = 130


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


# C0 and C1 controls, DEL, lone surrogates and the bidirectional overrides that can make a
# printed line read as something else.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe to print as part of one line: control characters are shown escaped
    (``\\n``, ``\\x1b``), so a file name cannot start a line of its own or reach the terminal
    raw."""
    return _UNPRINTABLE.sub(_escape, text)
