"""Sub-commands of ``kms-wizard``. Each module exposes ``register(subparsers)``,
which adds its parser and sets ``handler`` to a function ``(args) -> int``.
``app.cli`` discovers the modules; adding one needs no edit elsewhere."""
