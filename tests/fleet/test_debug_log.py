"""The debug log: a bug's traceback lands in a private file, product keys masked."""

from __future__ import annotations

import logging
import os
import stat

from app.adapters.debug_log import debug_log_handler

# Key-shaped but not a real key (the lab's style): it must never appear in the log as is.
KEY_SHAPED = "BCDFG-HJKMP-QRTVW-XY234-6789B"


def test_a_logged_exception_goes_to_a_private_file_with_keys_masked(tmp_path):
    path = tmp_path / "logs" / "debug.log"
    handler = debug_log_handler(path)
    logger = logging.getLogger("app.test_debug_log")
    logger.addHandler(handler)
    try:
        assert not path.exists()  # created on the first record only
        try:
            raise RuntimeError(f"a bug near {KEY_SHAPED}")
        except RuntimeError:
            logger.exception("converting pc021.lab.test failed unexpectedly")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert "converting pc021.lab.test failed unexpectedly" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError" in text
    assert KEY_SHAPED not in text and "XXXXX-XXXXX-XXXXX-XXXXX-6789B" in text
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
