"""`python -m app` runs the same entry point as the `kms-wizard` script."""

from app.cli import main

raise SystemExit(main())
