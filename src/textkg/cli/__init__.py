"""The `textkg` command: parses options and calls the library. No pipeline logic lives here;
each command is a module of this package with ``register`` (its options) and ``run``."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from textkg import __version__
from textkg.cli import build, explain, export, push, query, serve, stats, view
from textkg.cli.build import default_output
from textkg.errors import TextkgError, install_error

COMMANDS = (build, query, export, view, explain, stats, serve, push)

__all__ = ["default_output", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except TextkgError as exc:
        print(f"textkg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except ImportError as exc:  # a broken or incomplete install, not a bug of ours
        error = install_error(exc)
        print(f"textkg: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("textkg: interrupted; earlier outputs are untouched", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so in one line, traceback only on request
        if os.environ.get("TEXTKG_DEBUG"):
            traceback.print_exc()
        print(
            f"textkg: internal error: {type(exc).__name__}: {exc} "
            "(set TEXTKG_DEBUG=1 to see the traceback, and please report it)",
            file=sys.stderr,
        )
        return 70


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textkg",
        description="Build a traceable knowledge graph from articles, offline.",
    )
    parser.add_argument("--version", action="version", version=f"textkg {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return parser
