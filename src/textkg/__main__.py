"""`python -m textkg`: the same as the `textkg` command."""

from textkg.cli import main

raise SystemExit(main())
