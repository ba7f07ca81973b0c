"""Fixtures for the wizard tests: the real wizard, the real backend, the simulated lab.

Every test drives :func:`app.bootstrap.build_wizard` as a user would (buttons,
fields), against the in-process lab reached over real WinRM/HTTPS and DNS. The
only substitution is the confirmation seam: an :class:`AutoConfirmer` answers
the "are you sure?" questions and records them, so no modal dialog runs.
"""

from __future__ import annotations

import pytest

from app.bootstrap import DesktopBackend, build_wizard
from app.domain.flow import Target
from app.i18n import install_language
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab
from app.ui.confirm import AutoConfirmer
from tests.ui.clients_support import test_fleet


@pytest.fixture
def make_wizard(qtbot, pool, tmp_path):
    """``make_wizard(language, target=…, answer=…, backend=…, fleet=…, scenario=…)``
    → (wizard, confirmer).

    The client pages' journal, reports and keyring live in the test's own folder. The
    lab tells the Windows Server 2008 R2 story unless a test asks for another ``scenario``.
    """
    made = []

    def make(
        language="en",
        *,
        target=Target.LAB,
        answer=True,
        backend=None,
        fleet=None,
        scenario="legacy-2008r2",
    ):
        install_language(language)
        backend = backend or DesktopBackend()
        confirmer = AutoConfirmer(answer)
        wizard = build_wizard(
            language,
            demo=target is Target.LAB,
            backend=backend,
            confirmer=confirmer,
            pool=pool,
            fleet=fleet or test_fleet(tmp_path),
            lab_scenario=scenario,
        )
        if target is not Target.LAB:
            wizard.ctx.choose_target(target)
            wizard.page(0).remote.setChecked(target is Target.REMOTE)
        qtbot.addWidget(wizard)
        with qtbot.waitExposed(wizard):
            wizard.show()
        made.append((wizard, backend))
        return wizard, confirmer

    yield make
    for wizard, backend in made:
        wizard.ctx.confirmer = AutoConfirmer()  # a test's "no" must not keep the window open
        wizard.close()
        pool.waitForDone(30_000)
        backend.stop_lab()
    install_language("en")


@pytest.fixture
def lab():
    """A lab of our own, for the remote-host paths (reached by its URLs)."""
    runtime = LabRuntime(build_default_lab(clients=12, scenario="legacy-2008r2")).start()
    yield runtime
    runtime.stop()
