"""PyInstaller entry point: the same main as ``kms-wizard`` and ``python -m app``."""

from app.cli import main

raise SystemExit(main())
