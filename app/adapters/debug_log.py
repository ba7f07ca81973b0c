"""The debug log: where a bug's traceback goes, so a user can send it and nobody else reads it.

Code anywhere under ``app`` logs with ``logging.getLogger(__name__)``; this
module gives the ``app`` logger one file handler, in the user's log folder
(platformdirs), created only when something is written, mode 0600 (it names
hosts), rotated at 1 MB. Anything shaped like a product key is masked on the
way out, like in the journal; passwords never reach an exception text.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_dir

from app.adapters.journal import APP_DIR_NAME, mask_keys

_MAX_BYTES = 1_000_000
_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def default_debug_log_path() -> Path:
    """``<user log dir>/kms-host-wizard/debug.log``."""
    return Path(user_log_dir(APP_DIR_NAME, appauthor=False)) / "debug.log"


class _MaskingFormatter(logging.Formatter):
    """Masks product keys in the message and in the traceback alike."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_keys(super().format(record))


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file created readable by its owner only (0600), on first write."""

    def _open(self):  # logging's own signature
        path = Path(self.baseFilename)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(path, 0o600)  # a file left by an older version may be wider
        return os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace")


_installed: dict[str, Path] = {}


def debug_log_handler(path: Path) -> logging.Handler:
    """The debug log's handler on ``path``: warnings and up, keys masked, file 0600."""
    handler = _PrivateFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, delay=True, encoding="utf-8"
    )
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_MaskingFormatter(_FORMAT))
    return handler


def install_debug_log(path: Path | None = None) -> Path:
    """Send the ``app`` logger's warnings and errors to the debug log; returns its path.

    Calling it again changes nothing (the first path stays). Environment
    variable ``KMS_WIZARD_DEBUG_LOG`` overrides the default path (tests, support).
    """
    if "path" in _installed:
        return _installed["path"]
    chosen = path or Path(os.environ.get("KMS_WIZARD_DEBUG_LOG") or default_debug_log_path())
    logger = logging.getLogger("app")
    logger.addHandler(debug_log_handler(chosen))
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    _installed["path"] = chosen
    return chosen


def debug_log_path() -> Path:
    """Where the debug log is (or would be) written."""
    return _installed.get("path") or Path(
        os.environ.get("KMS_WIZARD_DEBUG_LOG") or default_debug_log_path()
    )
