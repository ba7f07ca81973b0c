"""Fail when a layer imports what it must not (DESIGN §2).

- app.domain: the standard library, app.domain and app.resources (a stdlib-only
  path lookup: where the catalog's JSON files are) only;
- app.services: no Qt, no adapters, no outside libraries (ports only);
- only app.ui imports QtWidgets.
Run as a script (CI) or through tests/test_layers.py.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STDLIB = set(sys.stdlib_module_names) | {"__future__"}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def violations() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for name in imports_of(path):
            top = name.split(".")[0]
            if rel.startswith("app/domain/"):
                if top not in STDLIB and not name.startswith(("app.domain", "app.resources")):
                    found.append(f"{rel}: domain imports {name}")
            elif rel.startswith("app/services/"):
                if top not in STDLIB and top != "app":
                    found.append(f"{rel}: services import {name}")
                if name.startswith(("app.adapters", "app.ui", "app.workers", "app.lab")):
                    found.append(f"{rel}: services import {name}")
            if "QtWidgets" in name and not rel.startswith("app/ui/"):
                found.append(f"{rel}: only app/ui may import {name}")
    return found


if __name__ == "__main__":
    problems = violations()
    for line in problems:
        print(line)
    print("layers ok" if not problems else f"{len(problems)} layer violation(s)")
    raise SystemExit(1 if problems else 0)
