"""``python -m followup_lint``."""

from .cli import main

raise SystemExit(main())
