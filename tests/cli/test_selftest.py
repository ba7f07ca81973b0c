"""`kms-wizard selftest` finds its catalog, scripts and both translation catalogs."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_selftest_json_in_a_fresh_process():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "selftest", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    doc = json.loads(result.stdout)
    checks = {c["name"]: c for c in doc["checks"]}
    assert set(checks) >= {"catalog", "scripts", "translations"}
    assert all(c["ok"] for c in checks.values()), checks
    assert result.returncode == 0
    assert checks["catalog"]["detail"]["gvlks"] > 100
    assert checks["translations"]["detail"]["fr"]["probe"] != "All checks passed."
    assert checks["translations"]["detail"]["de"]["probe"] != "All checks passed."


def test_selftest_fails_when_a_resource_is_missing(tmp_path):
    # A bundle that lost its data files must say so rather than pass.
    (tmp_path / "resources").mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KMSW_RESOURCE_ROOT=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "selftest", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    doc = json.loads(result.stdout)
    assert result.returncode == 1
    assert doc["ok"] is False
    failed = {c["name"] for c in doc["checks"] if not c["ok"]}
    assert {"catalog", "scripts", "translations"} <= failed
