"""Hypothesis profiles for the property tests of every parser of outside input.

``ci`` (the default) is deterministic and bounded: a fixed number of examples per
test, derandomised, no per-example deadline (the machine is shared and loaded, a
wall-clock deadline would only measure the neighbours). ``long`` is for fuzzing by
hand before a release or after changing a parser:

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/property -p no:cacheprovider
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
# No "explain" phase: it traces every line while re-running a failure, which takes minutes on
# a catalog; the shrunk example and its traceback say enough.
_PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink)

settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=_QUIET,
    phases=_PHASES,
)
settings.register_profile(
    "long",
    max_examples=10_000,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=_QUIET,
    phases=_PHASES,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
