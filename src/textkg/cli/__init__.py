"""The `textkg` command: parses options and calls the library. No pipeline logic lives here;
each command is a module of this package with ``register`` (its options) and ``run``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from textkg import __version__
from textkg.cli import build, explain, export, info, push, query, serve, stats, view
from textkg.cli.build import default_output
from textkg.config import Config, find_config
from textkg.errors import InterruptedBuild, TextkgError, install_error, printable

COMMANDS = (build, query, export, view, explain, stats, serve, push, info)

#: One example per command, shown by bare `textkg`, `textkg --help` and each command's help.
EXAMPLES = {
    "build": "textkg build examples/   # writes graphs/examples.ttl and .html",
    "query": "textkg query graphs/examples.ttl --saved leaders",
    "export": "textkg export graphs/examples.ttl -o graphs/examples.gexf",
    "view": "textkg view graphs/examples.ttl --focus 'Amina Odhiambo' --hops 2",
    "explain": "textkg explain graphs/examples.ttl KWS",
    "stats": "textkg stats graphs/examples.ttl",
    "serve": "textkg serve graphs/examples.ttl   # SPARQL endpoint on http://127.0.0.1:7878",
    "push": "TEXTKG_PUSH_AUTH=user:pass textkg push graphs/examples.ttl http://host/store",
    "info": "textkg info",
}

__all__ = ["default_output", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = _parser(find_config())
        if not argv:  # a first try: teach, do not scold
            parser.print_help()
            return 0
        args = parser.parse_args(argv)
        command: Callable[[argparse.Namespace], int] = args.command
        _show_library_warnings()
        graph = getattr(args, "graph", None)
        if isinstance(graph, str):  # the commands that read a graph read a complete one
            from textkg.outputs import readable_output

            args.graph = str(readable_output(graph))
        return command(args)
    except InterruptedBuild as exc:  # its message says what was and was not replaced
        _say(str(exc))
        return exc.exit_code
    except TextkgError as exc:
        _say(f"error: {exc}")
        return exc.exit_code
    except ImportError as exc:  # a broken or incomplete install, not a bug of ours
        error = install_error(exc)
        _say(f"error: {error}")
        return error.exit_code
    except KeyboardInterrupt:
        _say("interrupted (a file is replaced only once it is complete: none is half-written)")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so in one line, traceback only on request
        if os.environ.get("TEXTKG_DEBUG"):
            traceback.print_exc()
        _say(
            f"internal error: {type(exc).__name__}: {exc} "
            "(set TEXTKG_DEBUG=1 to see the traceback, and please report it)"
        )
        return 70


def _say(message: str) -> None:
    """One line on stderr; whatever a message holds (a file name with a newline or terminal
    codes) is escaped, so it can neither forge another line nor reach the terminal raw."""
    print(f"textkg: {printable(message)}", file=sys.stderr)


class _WarningLine(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        _say(f"warning: {record.getMessage()}")


def _show_library_warnings() -> None:
    """The library warns through logging (e.g. a mixed output set); show it as our lines."""
    logger = logging.getLogger("textkg")
    if not any(isinstance(h, _WarningLine) for h in logger.handlers):
        logger.addHandler(_WarningLine(logging.WARNING))
        logger.propagate = False


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Every option's help ends with its default (unless the help already says it); the
    examples in the epilog keep their lines."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if (
            action.option_strings
            and "default" not in text
            and default not in (None, False, argparse.SUPPRESS)
            and not isinstance(default, bool)
        ):
            text += " (default: %(default)s)"
        return text


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def _parser(config: Config | None = None) -> argparse.ArgumentParser:
    config = config or Config()
    parser = _Parser(
        prog="textkg",
        description="Build a traceable knowledge graph from articles, offline.",
        epilog="examples:\n"
        + "\n".join(f"  {example}" for example in EXAMPLES.values())
        + "\n\n`textkg COMMAND --help` for a command's options. Options you repeat can live in "
        "textkg.toml (or [tool.textkg] in pyproject.toml)"
        + (f"; using {config.path}." if config.path else "."),
    )
    parser.add_argument("--version", action="version", version=f"textkg {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    for name, sub in commands.choices.items():
        if name in EXAMPLES:
            sub.epilog = f"example:\n  {EXAMPLES[name]}"
        _apply_config(sub, config)
    return parser


def _apply_config(parser: argparse.ArgumentParser, config: Config) -> None:
    """The file's settings become the command's defaults: the command line still wins."""
    dests = {action.dest for action in parser._actions}
    settings = {key: value for key, value in config.settings().items() if key in dests}
    if settings:
        parser.set_defaults(**settings)
