"""`textkg info`: versions, the spaCy model a build would use and where it lives, the config
file in use and the vocabulary's prefixes (as `spacy info`)."""

from __future__ import annotations

import argparse
import sys


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    info = commands.add_parser(
        "info", help="print versions, the spaCy model in use and the vocabulary's prefixes"
    )
    info.add_argument("--model", help="spaCy package or path (default: best installed)")
    info.add_argument(
        "--tuned-ner", action="store_true", help="describe the model with textkg's tuned NER"
    )
    info.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from textkg.config import find_config
    from textkg.errors import TextkgError
    from textkg.info import ModelInfo, format_info, model_info
    from textkg.nlp import NlpOptions

    model: ModelInfo | str
    try:
        options = NlpOptions(model=args.model, ner_weights="conll04" if args.tuned_ner else "stock")
        model = model_info(options)
    except TextkgError as exc:  # info still helps when no model loads: it says why
        model = str(exc)
    config = find_config().path
    sys.stdout.write(format_info(model, str(config) if config else None))
    return 0
