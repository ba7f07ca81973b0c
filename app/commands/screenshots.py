"""``kms-wizard screenshots --out DIR [--lang L]``: every wizard page, rendered to PNG.

The wizard runs offscreen against the in-process simulated lab, in its default
story (a Windows Server 2022 KMS host; the Welcome page shows the choice of
story), and is walked through a realistic journey: the Windows Server 2022 host
key, the lab host without internet (so the activation page shows a real failure
with its explanation, and the phone page a real Installation ID), Office 2016
online and Office LTSC 2021 by phone, the firewall
opened, a second DNS domain verified red and then green after publishing, and
the dashboard after two simulated hours. Each page is saved when it shows its
result, as ``NN-page.png``; the Connection page, the help window, the Welcome
page with "only the clients" chosen and, last, a KMS → MAK plan with an Office
MAK too. The point is to *look* at them: clipped text or overlapping widgets
are bugs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.commands.output import EXIT_OK, EXIT_USAGE, ensure_translations, say
from app.domain.text import QT_TRANSLATE_NOOP, msg

TIMEOUT_S = 60.0
# The default lab story's host (app.lab.topology, "current"): Windows Server 2022, its own
# host key group, the Office versions whose packs kms01 holds; the key-group guidance asks
# for its clients.
HOST_KEY_GROUP = "ws2022"
OFFICE_VERSIONS = ("office2016", "office2021")
CLIENT_MIX = ("win10", "win11", "ws2019", "ws2022", *OFFICE_VERSIONS)
CANNOT_CREATE = QT_TRANSLATE_NOOP("ScreenshotsCommand", "Cannot create %1: %2")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "screenshots",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "render every wizard page offscreen against the simulated lab, as PNG files",
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Walk the wizard through the simulated lab and save each page as a PNG.",
        ),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=QT_TRANSLATE_NOOP("CommandLine", "folder for the PNG files"),
    )
    parser.add_argument(
        "--lang",
        dest="screenshot_lang",
        choices=("en", "fr", "de", "pseudo"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "language of the pages (default: English, or the global --lang; "
            "pseudo: stretched texts)",
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as problem:
        ensure_translations(args.screenshot_lang or getattr(args, "lang", None))
        say(msg(CANNOT_CREATE, out, problem.strerror or problem), file=sys.stderr)
        return EXIT_USAGE
    language = args.screenshot_lang or getattr(args, "lang", None) or "en"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.main import gui_application

    gui_application()
    saved = render_all(out, language)
    for path in saved:
        say(str(path))
    return EXIT_OK


def render_all(out: Path, language: str, camera: Callable[..., Any] | None = None) -> list[Any]:
    """Walk the wizard on the lab in ``language`` and save every page; returns the files.

    Args:
        out: the folder for the PNG files.
        language: the interface language.
        camera: ``camera(out, wizard)`` makes what takes each shot (default: PNG files);
            the layout tests pass one that checks every page in every language instead.
    """
    import tempfile

    from app.bootstrap import DesktopBackend, build_wizard
    from app.commands.screenshots_clients import clients_tour, screenshot_fleet
    from app.i18n import install_language
    from app.ui.confirm import AutoConfirmer

    install_language(language)
    backend = DesktopBackend()
    with tempfile.TemporaryDirectory(prefix="kmsw-shots-") as scratch:
        fleet = screenshot_fleet(Path(scratch))
        wizard = build_wizard(
            language, demo=True, backend=backend, confirmer=AutoConfirmer(), fleet=fleet
        )
        shots = (camera or _Shots)(out, wizard)
        try:
            _host_tour(wizard, shots)
            clients_tour(wizard, shots, _wait, _idle)
            _connection_tour(backend, language, shots, fleet)
            _clients_only_welcome(backend, language, shots, fleet)
            _office_maks(backend, language, shots, Path(scratch) / "office")
            _adba_tour(backend, language, shots, fleet)
        finally:
            wizard.close()
            wizard.ctx.pool.waitForDone(30_000)
            backend.stop_lab()
    return shots.saved


class _Shots:
    def __init__(self, out: Path, wizard) -> None:
        self.out = out
        self.wizard = wizard
        self.saved: list[Path] = []

    def take(self, name: str, widget=None) -> None:
        target = widget or self.wizard
        _settle()
        path = self.out / f"{len(self.saved) + 1:02d}-{name}.png"
        target.grab().save(str(path))
        self.saved.append(path)


def _settle(rounds: int = 3) -> None:
    """Let layouts, deferred deletes and queued signals run (a real event loop, briefly)."""
    from PySide6.QtCore import QEventLoop, QTimer

    for _ in range(rounds):
        loop = QEventLoop()
        QTimer.singleShot(15, loop.quit)
        loop.exec()


def _wait(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"screenshots: gave up waiting for {what}")
        _settle(1)


def _idle(page) -> None:
    _wait(lambda: not page.operation.busy, f"{type(page).__name__} to finish")


def _host_tour(wizard, shots: _Shots) -> None:
    from app.domain.flow import PageId

    ctx = wizard.ctx
    wizard.show()
    shots.take("welcome")
    wizard.next()
    check = wizard.currentPage()
    _idle(check)
    _wait(lambda: ctx.state.inspected, "the host check")
    shots.take("host-check")
    lab = ctx.session.lab
    keys = lab.runtime.world.lab_keys()

    wizard.next()
    group_page = wizard.currentPage()
    # The lab's default story (app.domain.lab_scenarios): a Windows Server 2022 host. The
    # guidance for its Windows 10/11 and Server 2019/2022 clients and Office 2016/LTSC 2021.
    for version in CLIENT_MIX:
        group_page.client_boxes[version].setChecked(True)
    shots.take("key-group-advice")
    for version in CLIENT_MIX:
        group_page.client_boxes[version].setChecked(False)
    group_page.choose_group(HOST_KEY_GROUP)
    for version in OFFICE_VERSIONS:
        group_page.office_boxes[version].setChecked(True)
    shots.take("key-group")

    wizard.next()
    key_page = wizard.currentPage()
    key_page.key.paste_text(keys[HOST_KEY_GROUP])
    key_page.install_key()
    _idle(key_page)
    shots.take("host-key")

    wizard.next()
    activation = wizard.currentPage()
    lab.set_internet(False)
    activation.activate_online()
    _idle(activation)
    shots.take("activation-failed")
    activation.phone.setChecked(True)

    wizard.next()
    phone = wizard.currentPage()
    _idle(phone)
    phone._on_lab_centre_clicked()
    phone.cid.paste_text(phone.lab_answer.text())
    shots.take("phone-activation")
    _leave_question(wizard, shots)
    phone.deposit()
    _idle(phone)
    lab.set_internet(True)

    wizard.next()
    office = wizard.currentPage()
    _idle(office)
    for version in OFFICE_VERSIONS:
        tab = office.tab_for[version]
        tab.key.paste_text(keys[version])
        office.install_key(tab)
        _idle(office)
    online, by_phone = OFFICE_VERSIONS
    office.tabs.setCurrentIndex(0)
    office.activate(office.tab_for[online])
    _idle(office)
    office.tab_for[by_phone].phone.setChecked(True)
    office.tabs.setCurrentIndex(1)
    shots.take("office")

    wizard.next()
    office_phone = wizard.currentPage()
    _idle(office_phone)
    shots.take("office-phone-activation")
    office_phone._on_lab_centre_clicked()
    office_phone.cid.paste_text(office_phone.lab_answer.text())
    office_phone.deposit()
    _idle(office_phone)

    wizard.next()
    network = wizard.currentPage()
    network.apply_settings()
    _idle(network)
    shots.take("network")

    wizard.next()
    dns = wizard.currentPage()
    dns.add_domain_row("branch.lab.test", 10, 50)
    dns.verify_dns()
    _idle(dns)
    shots.take("dns-red")
    dns.apply_publishing()
    _idle(dns)
    dns.verify_dns()
    _idle(dns)
    dns.scroll.verticalScrollBar().setValue(0)
    shots.take("dns-green")

    wizard.next()
    ready = wizard.currentPage()
    _idle(ready)
    ready.let_lab_time_pass()
    _idle(ready)
    shots.take("host-ready")
    assert wizard.current_page_id is PageId.HOST_READY

    wizard.open_help()
    help_window = wizard.help_browser
    help_window.show_page(ctx.language, "phone_activation")
    shots.take("help", help_window)
    help_window.close()


def _leave_question(wizard, shots: _Shots) -> None:
    """Esc in the middle of the call: the question before leaving names the typed ID."""
    from app.ui.leave_guard import LeaveQuestionBox

    box = LeaveQuestionBox(wizard)
    box.show()
    shots.take("leave-question", box)
    box.close()
    box.deleteLater()


def _connection_tour(backend, language: str, shots: _Shots, fleet=None) -> None:
    """The Connection page, against the running lab as if it were a remote host."""
    from app.bootstrap import build_wizard
    from app.domain.flow import Target
    from app.ui.confirm import AutoConfirmer

    runtime = backend.lab_runtime
    world = runtime.world

    wizard = build_wizard(language, backend=backend, confirmer=AutoConfirmer(), fleet=fleet)
    try:
        wizard.ctx.choose_target(Target.REMOTE)
        wizard.show()
        wizard.next()
        page = wizard.currentPage()
        page.host.setText("kms01.lab.test")
        page.url.setText(runtime.winrm_url("kms01.lab.test", https=True))
        page.ca_file.setText(str(runtime.ca_file))
        page.auth.setCurrentIndex(2)  # Basic (AUTH_CHOICES: negotiate, ntlm, basic)
        page.user.setText(world.user)
        page.password.setText(world.password)
        page.test_connection()
        _idle(page)
        shots.wizard = wizard
        shots.take("connection")
    finally:
        wizard.close()
        wizard.ctx.pool.waitForDone(30_000)


def _clients_only_welcome(backend, language: str, shots: _Shots, fleet=None) -> None:
    """The Welcome page once "only the clients" is chosen (after the shots numbered before:
    their numbers stay as they were)."""
    from app.bootstrap import build_wizard
    from app.ui.confirm import AutoConfirmer

    wizard = build_wizard(
        language, demo=True, backend=backend, confirmer=AutoConfirmer(), fleet=fleet
    )
    try:
        wizard.show()
        wizard.currentPage().clients_only.setChecked(True)
        shots.wizard = wizard
        shots.take("welcome-clients-only")
    finally:
        wizard.close()
        wizard.ctx.pool.waitForDone(30_000)


def _office_maks(backend, language: str, shots: _Shots, folder: Path) -> None:
    """KMS → MAK with an Office MAK, on a wizard of its own whose MAKs are in memory (the
    last shot: the numbers before it stay as they were)."""
    from app.bootstrap import build_wizard
    from app.commands.screenshots_clients import office_maks, office_maks_tour, screenshot_fleet
    from app.ui.confirm import AutoConfirmer

    fleet = screenshot_fleet(folder, office_maks(backend.lab_runtime.world.lab_keys()))
    wizard = build_wizard(
        language, demo=True, backend=backend, confirmer=AutoConfirmer(), fleet=fleet
    )
    try:
        wizard.show()
        shots.wizard = wizard
        office_maks_tour(wizard, shots, _wait, _idle)
    finally:
        wizard.close()
        wizard.ctx.pool.waitForDone(30_000)


def _adba_tour(backend, language: str, shots: _Shots, fleet=None) -> None:
    """Activation via Active Directory on wizards of their own (the last shots: the numbers
    before them stay as they were): the Welcome choice, the Forest page (the lab has no
    directory server: it says so), the forest activated online through kms01, then by phone."""
    from app.bootstrap import build_wizard
    from app.ui.confirm import AutoConfirmer

    for method in ("online", "phone"):
        wizard = build_wizard(
            language, demo=True, backend=backend, confirmer=AutoConfirmer(), fleet=fleet
        )
        try:
            shots.wizard = wizard
            wizard.show()
            wizard.currentPage().adba.setChecked(True)
            if method == "online":
                shots.take("welcome-adba")
            wizard.next()
            if method == "online":
                shots.take("adba-forest")
            wizard.next()
            page = wizard.currentPage()
            _idle(page)
            page._on_lab_key_clicked()
            if method == "online":
                page.name.setText("Contoso Windows Server 2022")
                page.activate_online()
                _idle(page)
                shots.take("adba-activation")
                wizard.next()
                shots.take("adba-done")
                continue
            page.name.setText("Contoso by phone")
            page.phone.setChecked(True)
            wizard.next()
            phone = wizard.currentPage()
            _idle(phone)
            phone._on_lab_cid_clicked()
            shots.take("adba-phone")
        finally:
            wizard.close()
            wizard.ctx.pool.waitForDone(30_000)
