"""Smoke test of the PyInstaller build: the spec builds, the bundle runs and is whole.

Builds the Linux one-folder app with build/kms-wizard.spec (the Windows exe is built
by the same spec on a Windows runner, see .github/workflows/windows.yml), runs the
built binary's `selftest --json` offscreen, and checks that the bundle carries no
test data and no lab-only key outside the compiled lab module. The bundle size is
written to tests/perf/results/bundle.json for the record (target < 150 MB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "work"),
         str(ROOT / "build" / "kms-wizard.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return work / "dist" / "kms-wizard"


def _size_mb(folder: Path) -> float:
    """Bytes on disk as `du` counts them: a symbolic link is not a second copy."""
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def test_no_symbolic_link_dangles(bundle):
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_trimmed_bundle_still_runs_the_whole_wizard(bundle, tmp_path):
    """The spec drops Qt plugins and libraries; the frozen app must still draw every page."""
    env = {k: v for k, v in os.environ.items() if k != "KMSW_RESOURCE_ROOT"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path)  # settings and journal of this run stay in the test folder
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [str(bundle / "kms-wizard"), "screenshots", "--out", str(tmp_path / "shots"),
         "--lang", "de"],
        capture_output=True, text=True, env=env, timeout=300, cwd="/",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    shots = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert "01-welcome.png" in shots and any(name.endswith("-summary.png") for name in shots)
    assert all((tmp_path / "shots" / name).stat().st_size > 10_000 for name in shots)


def test_built_binary_passes_its_selftest(bundle):
    env = {k: v for k, v in os.environ.items() if k != "KMSW_RESOURCE_ROOT"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(bundle / "kms-wizard"), "--lang", "en", "selftest", "--json"],
        capture_output=True, text=True, env=env, timeout=120, cwd="/",
    )
    doc = json.loads(result.stdout)
    checks = {c["name"]: c for c in doc["checks"]}
    assert {"catalog", "scripts", "translations", "help"} <= set(checks)
    assert all(c["ok"] for c in checks.values()), checks
    # The catalogs came from inside the bundle, not from the source tree.
    for lang in ("fr", "de"):
        assert str(bundle) in checks["translations"]["detail"][lang]["app_catalog"]
        assert str(bundle) in checks["translations"]["detail"][lang]["qt_catalog"]
    assert result.returncode == 0


def test_version_flag(bundle):
    from app import __version__

    result = subprocess.run(
        [str(bundle / "kms-wizard"), "--version"], capture_output=True, text=True, timeout=60
    )
    assert __version__ in result.stdout


def test_bundle_has_no_test_data_and_reports_its_size(bundle):
    names = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    assert not [n for n in names if "/tests/" in f"/{n}" or (n.endswith(".pyc") and "test_" in n)]
    assert not [n for n in names if n.endswith((".ts", ".key", ".jnl", ".sqlite3"))]
    # certifi's public CA bundle is expected; a private key (a lab CA's, say) is not.
    private = [
        n for n in names
        if n.endswith(".pem") and b"PRIVATE KEY" in (bundle / n).read_bytes()
    ]
    assert private == []
    size = _size_mb(bundle)
    results = ROOT / "tests" / "perf" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "bundle.json").write_text(json.dumps({"bundle_mb": round(size, 1)}) + "\n")
    print(json.dumps({"benchmark": "bundle_size", "onefolder_mb": round(size, 1)}))
    assert size < 150, f"bundle is {size:.0f} MB"
