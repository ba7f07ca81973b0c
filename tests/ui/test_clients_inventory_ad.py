"""The inventory page's Active Directory tab against a real directory server.

The directory is OpenLDAP's slapd with AD's ``computer`` class (the fleet
tests' server, ``tests/fleet/slapd_server.py``): ten computer objects in two
OUs, one without a DNS host name, one whose DNS host name is a command. Pages
are capped at AD's own limit (1,000: slapd refuses a larger page request
where AD would cap it, and the wizard asks for 500). The wizard is the real one
(clients only, on the network): the tab is filled and "List the computers"
clicked as a user would; the listing is the production path (the fleet
backend, ldap3, TLS). The listed hosts then become the scan's inventory; they
are not lab machines (``example.test`` never resolves), so the scan must
report them unreachable.

Certificates: the directory's certificate comes from a throw-away CA. It is
refused as long as nothing trusts that CA, and accepted once the system's
trust store holds it (``SSL_CERT_FILE``, which OpenSSL reads for the default
verify paths) or once the tab's "CA file" field names it. An error says what
to do in the window's own terms: no command-line option ever shows.

Paging: a directory that caps pages below what the wizard asks for (slapd's
``size.pr``; AD caps silently) is asked again with smaller pages; one that
refuses every page is explained, with what to do.

The "slow link" is a TCP relay between the wizard and slapd that holds every
request a moment: the listing then takes over a second, long enough to see the
page busy, the GUI thread ticking, and Cancel.
"""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from app.domain.flow import PageId, Target
from app.domain.inventory_ad import ListedComputer
from app.domain.scan_results import HostOutcome
from app.i18n.pseudo import PSEUDO_LANGUAGE
from app.ui.layout_audit import audit
from app.ui.pages.clients_inventory import Source
from tests.fleet.slapd_server import READER_DN, READER_PASSWORD, SUFFIX, running_slapd
from tests.ui.clients_support import test_fleet
from tests.ui.driver import NEXT, click, go_back, go_next, next_enabled, wait_idle

AD_PAGE_LIMIT = 1000  # AD's MaxPageSize
WINRM_USER = "EXAMPLE\\scanner"
WINRM_PASSWORD = "winrm-Secret-7"
WRONG_PASSWORD = "Wrong-Secret-99"
SLOW_REQUEST_S = 0.8
CREDENTIALS_FIX = (
    "What to do: Check the user name and its form (DOMAIN\\user, user@domain.example or the "
    "distinguished name), the password, and that the account is neither locked nor expired."
)
TLS_FIX = (
    "What to do: Trust the directory's certification authority on this computer, or give "
    "its CA file."
)

WORKSTATIONS = [
    "pc-001.example.test",
    "pc-002.example.test",
    "pc-003.example.test",
    "pc-004.example.test",
    "pc-005.example.test",  # PC-005.example.test in the directory
    "pc-weird.example.test",
    "legacy",  # no dNSHostName: its cn, with a note
]  # EVIL ("evil.example.test; calc.exe") is left out, with a note
SERVERS = ["srv-01.example.test", "srv-02.example.test"]
EVERY_COMPUTER = sorted(WORKSTATIONS + SERVERS)


# --- the directory --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    with running_slapd(tmp_path_factory.mktemp("slapd"), page_limit=AD_PAGE_LIMIT) as server:
        yield server


@pytest.fixture
def untrusted(monkeypatch):
    """Nothing but the system's own trust store (which never holds the throw-away CA)."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def trust(monkeypatch, ca_file) -> None:
    """This computer trusts ``ca_file`` (OpenSSL's default verify paths)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))


class SlowLink:
    """A TCP relay to ``port`` on loopback that holds each request ``delay`` seconds."""

    def __init__(self, port: int, delay: float) -> None:
        self._upstream = port
        self._delay = delay
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.requests = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)  # closing a socket does not wake a blocked accept()
        self.port = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def _keep(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.append(sock)
        return sock

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            server = self._keep(socket.create_connection(("127.0.0.1", self._upstream)))
            self._keep(client)
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, slow: bool) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if slow:
                    with self._lock:
                        self.requests += 1
                    time.sleep(self._delay)
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._stop.set()
        self._acceptor.join(5)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)  # wakes a pump blocked in recv()
                sock.close()


@pytest.fixture
def slow_link(directory) -> Iterator[SlowLink]:
    link = SlowLink(directory.ldap_port, SLOW_REQUEST_S)
    try:
        yield link
    finally:
        link.close()


# --- steering -------------------------------------------------------------------------------


def directory_tab(qtbot, make_wizard, language="en", fleet=None):
    """Clients only, on the network: the inventory page's Active Directory tab.

    The WinRM account of the clients is typed, so the directory is all Next waits for.
    """
    wizard, _confirmer = make_wizard(language, target=Target.REMOTE, fleet=fleet)
    wizard.ctx.state.skip_to_clients = True
    wizard.ctx.notify()
    go_next(qtbot, wizard, PageId.CLIENTS_INVENTORY)
    page = wizard.currentPage()
    wait_idle(qtbot, page)
    page.sources.setCurrentIndex(Source.DIRECTORY)
    page.user.setText(WINRM_USER)
    page.password.setText(WINRM_PASSWORD)
    return wizard, page


def fill(
    page,
    url: str,
    *,
    base: str = SUFFIX,
    names: str = "",
    os_pattern: str = "",
    user: str = READER_DN,
    password: str = READER_PASSWORD,
    start_tls: bool = False,
    ca_file: str = "",
) -> None:
    page.ad_url.setText(url)
    page.ad_base.setText(base)
    page.ad_name.setText(names)
    page.ad_os.setText(os_pattern)
    page.ad_user.setText(user)
    page.ad_password.setText(password)
    page.ad_starttls.setChecked(start_tls)
    page.ad_ca_file.set_path(ca_file)


def list_computers(qtbot, page) -> None:
    """Click "List the computers" and wait for the answer."""
    click(qtbot, page.directory_list)
    assert page.operation.busy  # in the background: the click returned at once
    wait_idle(qtbot, page)


def listed(page) -> list[str]:
    """The hosts listed, sorted; the table under the form shows exactly them, in order."""
    inventory = page.inventory
    assert inventory is not None, page.summary.text()
    assert page.computer_list.isVisible() == bool(inventory.hosts)
    assert page.computer_list.hosts() == list(inventory.hosts)
    return sorted(inventory.hosts)


def shown_in_table(page) -> list[str]:
    """The host column of the table as painted (the model's display texts)."""
    model = page.computer_list.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def window_text(wizard) -> str:
    """Every text the window shows: labels, buttons, fields and their placeholders."""
    texts = []
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
            if widget.echoMode() == QLineEdit.EchoMode.Normal:  # a password shows as dots
                texts.append(widget.text())
    return "\n".join(texts)


def plain_url(directory) -> str:
    return f"ldap://127.0.0.1:{directory.ldap_port}"


def ldaps_url(directory) -> str:
    return f"ldaps://localhost:{directory.ldaps_port}"


NOTHING_FOUND_FIX = (
    "What to do: Check the search base (the domain, such as DC=example,DC=com, or one of its "
    "OUs) and the filters: the name filter matches the computer's name (PC-01), not its DNS "
    "name (pc-01.example.com) nor its account name (PC-01$)."
)


def assert_nothing_listed(wizard, page) -> None:
    assert page.inventory is None
    assert page.clients.inventory is None
    assert not next_enabled(wizard)
    assert not page.notes.text()
    assert not page.computer_list.isVisible() and page.computer_list.hosts() == []


def assert_refused(page, problem: str, fix: str) -> None:
    """The problem and what to do, under the tabs; the problem alone is why Next is off."""
    assert page.summary.text() == f"{problem}\n{fix}"
    assert page.blocker_label.text() == problem


# --- the tests ------------------------------------------------------------------------------


def test_the_directory_is_listed_filtered_and_scanned(qtbot, make_wizard, directory):
    wizard, page = directory_tab(qtbot, make_wizard)
    assert not next_enabled(wizard)  # nothing listed yet

    # The whole domain: every computer object, by its DNS host name; nobody else.
    fill(page, plain_url(directory))
    list_computers(qtbot, page)
    assert listed(page) == EVERY_COMPUTER
    # The names are shown under the form, to be checked before the scan: host, system, OU.
    assert page.computer_list.isVisible()
    assert sorted(shown_in_table(page)) == EVERY_COMPUTER
    rows = {row.host: row for row in page.computer_list.computer_model.computers}
    assert rows["srv-01.example.test"] == ListedComputer(
        "srv-01.example.test", "Windows Server 2019 Standard", "Servers"
    )
    assert rows["legacy"].container == "Workstations"
    assert page.summary.text() == "9 hosts to scan."
    assert "Computer LEGACY has no DNS host name" in page.notes.text()
    assert "“evil.example.test; calc.exe” is not a valid host name" in page.notes.text()
    assert not page.operation.isVisible()  # no error
    assert next_enabled(wizard)

    # The OU is the search base.
    fill(page, plain_url(directory), base=f"OU=Servers,{SUFFIX}")
    list_computers(qtbot, page)
    assert listed(page) == SERVERS
    assert sorted(shown_in_table(page)) == SERVERS  # the new listing replaced the table
    assert page.summary.text() == "2 hosts to scan." and not page.notes.text()

    # Name and operating-system patterns, alone and together.
    fill(page, plain_url(directory), names="PC-00*")
    list_computers(qtbot, page)
    assert listed(page) == WORKSTATIONS[:5]
    fill(page, plain_url(directory), os_pattern="*Windows 10*")
    list_computers(qtbot, page)
    windows_10 = ["pc-001.example.test", "pc-004.example.test", "pc-005.example.test"]
    assert listed(page) == [*windows_10, "pc-weird.example.test"]
    assert "evil.example.test; calc.exe" in page.notes.text()  # Windows 10 too, left out
    fill(page, plain_url(directory), names="PC-*", os_pattern="*Enterprise")
    list_computers(qtbot, page)
    assert listed(page) == ["pc-003.example.test", "pc-004.example.test"]
    # A search that finds nothing says what was searched, and what to check.
    fill(page, plain_url(directory), base=f"ou=workstations,{SUFFIX}", os_pattern="*Server*")
    list_computers(qtbot, page)
    assert_refused(
        page,
        f"The directory has no computer under “ou=workstations,{SUFFIX}” with the name “*” "
        "and the operating system “*Server*”.",
        NOTHING_FOUND_FIX,
    )
    assert_nothing_listed(wizard, page)

    # Filter text is matched literally: it cannot widen the search.
    fill(page, plain_url(directory), names="*)(objectClass=*")
    list_computers(qtbot, page)
    assert page.blocker_label.text() == (
        f"The directory has no computer under “{SUFFIX}” with the name “*)(objectClass=*” "
        "and the operating system “*”."
    )
    assert_nothing_listed(wizard, page)
    fill(page, plain_url(directory), names="PC-(weird)")
    list_computers(qtbot, page)
    assert listed(page) == ["pc-weird.example.test"]

    # A search base that does not exist: said so, nothing listed.
    fill(page, plain_url(directory), base=f"OU=Nowhere,{SUFFIX}")
    list_computers(qtbot, page)
    nowhere = f"The search base “OU=Nowhere,{SUFFIX}” does not exist in the directory."
    assert page.summary.text() == nowhere
    assert page.blocker_label.text() == page.summary.text()
    assert_nothing_listed(wizard, page)

    # The workstations named PC-00… become the scan's inventory.
    fill(page, plain_url(directory), names="PC-00*")
    list_computers(qtbot, page)
    expected = WORKSTATIONS[:5]
    assert listed(page) == expected
    go_next(qtbot, wizard, PageId.CLIENTS_SCAN)
    assert sorted(page.clients.inventory.hosts) == expected
    scan = wizard.currentPage()
    qtbot.waitUntil(lambda: scan.report is not None and not scan.scanning, timeout=60_000)
    results = scan.report.results
    assert sorted(result.host for result in results) == expected
    # Not lab machines: each one unreachable (its name is never found), none crashed the scan.
    assert {result.outcome for result in results} == {HostOutcome.UNREACHABLE}
    assert {result.error_kind for result in results} == {"UNREACHABLE"}
    for result in results:
        # What happened (the name has no address), on HTTP 5985 by default: the listener
        # a stock Windows has.
        assert result.error.english() == (
            f"The name {result.host} could not be found (DNS): no address is known for it."
        )
        assert dict(result.error_data)["port"] == 5985
    assert scan.report.summary.unreachable == 5 and scan.report.summary.scanned == 0
    assert "0 read, 5 not read." in scan.counts.text()
    assert not scan.operation.isVisible()  # the scan itself did not fail
    assert scan.clients.results.rowCount() == 5

    # Back on the inventory, the listing is still there.
    go_back(qtbot, wizard, PageId.CLIENTS_INVENTORY)
    assert page.sources.currentIndex() == Source.DIRECTORY
    assert listed(page) == expected and next_enabled(wizard)


def test_the_listing_runs_in_the_background(qtbot, make_wizard, directory, slow_link):
    wizard, page = directory_tab(qtbot, make_wizard)
    fill(page, f"ldap://127.0.0.1:{slow_link.port}", base=f"OU=Servers,{SUFFIX}")

    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    started = clock.elapsed()
    click(qtbot, page.directory_list)
    clicked = clock.elapsed()
    try:
        # While the directory is asked: busy, the button and Next off, Cancel offered.
        assert page.operation.busy
        assert not page.directory_list.isEnabled()
        assert not wizard.button(NEXT).isEnabled()
        assert page.operation.progress.isVisibleTo(page)
        assert page.operation.cancel_button.isVisibleTo(page)
        assert "Asking the directory…" in page.operation.text
        # The panel's own clock moves on while the answer is awaited.
        qtbot.waitUntil(lambda: "Asking the directory… (1 s)" in page.operation.text, timeout=5000)
        wait_idle(qtbot, page)
    finally:
        timer.stop()
    ended = clock.elapsed()
    assert clicked - started < 500  # the click did not wait for the directory
    assert slow_link.requests >= 2  # bind and search, each held
    assert ended - started >= 2 * SLOW_REQUEST_S * 1000
    during = [tick for tick in ticks if started <= tick <= ended]
    gaps = [later - earlier for earlier, later in itertools.pairwise(during)]
    assert len(during) >= 30, len(during)
    assert max(gaps) < 500, max(gaps)  # the GUI thread never waited for the directory
    assert listed(page) == SERVERS
    assert page.directory_list.isEnabled() and next_enabled(wizard)

    # Cancel: the wizard stops waiting at once; a late answer is ignored; a new listing works.
    fill(page, f"ldap://127.0.0.1:{slow_link.port}", names="PC-00*")
    click(qtbot, page.directory_list)
    assert page.operation.busy
    click(qtbot, page.operation.cancel_button)
    assert not page.operation.busy and page.directory_list.isEnabled()
    assert "Cancelled" in page.operation.text
    qtbot.wait(int(3 * SLOW_REQUEST_S * 1000))  # the late answer has come back meanwhile
    assert listed(page) == SERVERS  # the cancelled listing changed nothing
    fill(page, plain_url(directory), names="PC-00*")
    list_computers(qtbot, page)
    assert listed(page) == WORKSTATIONS[:5]
    assert page.blocker_label.text() == ""
    assert next_enabled(wizard)  # the cancelled listing holds nothing back


def test_ldaps_and_starttls_check_the_certificate(
    qtbot, make_wizard, directory, untrusted, monkeypatch
):
    wizard, page = directory_tab(qtbot, make_wizard)
    display = f"ldaps://localhost:{directory.ldaps_port}"
    refused = f"The certificate of the directory server {display} could not be verified"

    # The directory's CA is trusted by nobody: refused, explained with what to do in the
    # window's terms (the CA file field beside it, never a command-line option).
    fill(page, ldaps_url(directory))
    list_computers(qtbot, page)
    problem, _fix = page.summary.text().split("\n")
    assert problem.startswith(refused)
    assert "CERTIFICATE_VERIFY_FAILED" in problem
    assert_refused(page, problem, TLS_FIX)
    assert READER_PASSWORD not in window_text(wizard)
    assert "--" not in window_text(wizard)
    assert_nothing_listed(wizard, page)

    # StartTLS on ldap:// too.
    fill(page, f"ldap://localhost:{directory.ldap_port}", start_tls=True)
    list_computers(qtbot, page)
    assert page.summary.text().startswith(
        f"The certificate of the directory server ldap://localhost:{directory.ldap_port} could "
        "not be verified"
    )
    assert page.summary.text().endswith(f"\n{TLS_FIX}")
    assert "--" not in window_text(wizard)
    assert_nothing_listed(wizard, page)

    # Trusted by another CA only: still refused.
    trust(monkeypatch, directory.other_ca_file)
    fill(page, ldaps_url(directory))
    list_computers(qtbot, page)
    assert page.summary.text().startswith(refused)
    assert_nothing_listed(wizard, page)

    # Once this computer trusts the directory's CA: LDAPS and StartTLS both list the computers.
    trust(monkeypatch, directory.ca_file)
    fill(page, ldaps_url(directory))
    list_computers(qtbot, page)
    assert listed(page) == EVERY_COMPUTER
    assert next_enabled(wizard)
    servers = f"OU=Servers,{SUFFIX}"
    fill(page, f"ldap://localhost:{directory.ldap_port}", base=servers, start_tls=True)
    list_computers(qtbot, page)
    assert listed(page) == SERVERS


def test_the_ca_file_field_names_the_directory_ca(
    qtbot, make_wizard, directory, untrusted, tmp_path, monkeypatch
):
    wizard, page = directory_tab(qtbot, make_wizard)
    assert page.ad_ca_file.isVisible() and page.ad_ca_file.browse.isVisible()
    assert page.ad_ca_file.browse.text() == "Browse…"
    display = f"ldaps://localhost:{directory.ldaps_port}"
    # Copies whose names hold no "--" (the lab's do): every text of the window is checked.
    ca_file = tmp_path / "directory-ca.pem"
    ca_file.write_bytes(directory.ca_file.read_bytes())
    other_ca_file = tmp_path / "other-ca.pem"
    other_ca_file.write_bytes(directory.other_ca_file.read_bytes())

    # Nothing on this computer trusts the directory's CA; the field names it: LDAPS lists.
    fill(page, ldaps_url(directory), ca_file=str(ca_file))
    list_computers(qtbot, page)
    assert listed(page) == EVERY_COMPUTER
    assert sorted(shown_in_table(page)) == EVERY_COMPUTER
    assert next_enabled(wizard)
    # StartTLS on ldap:// too.
    servers = f"OU=Servers,{SUFFIX}"
    starttls = f"ldap://localhost:{directory.ldap_port}"
    fill(page, starttls, base=servers, start_tls=True, ca_file=str(ca_file))
    list_computers(qtbot, page)
    assert listed(page) == SERVERS

    # The wrong CA: refused with the error and what to do; nothing listed.
    for url, start_tls, shown in ((ldaps_url(directory), False, display), (starttls, True, None)):
        fill(page, url, start_tls=start_tls, ca_file=str(other_ca_file))
        list_computers(qtbot, page)
        problem = page.summary.text().split("\n")[0]
        shown = shown or f"ldap://localhost:{directory.ldap_port}"
        assert problem.startswith(
            f"The certificate of the directory server {shown} could not be verified"
        )
        assert "CERTIFICATE_VERIFY_FAILED" in problem
        assert_refused(page, problem, TLS_FIX)
        assert "--" not in window_text(wizard)
        assert_nothing_listed(wizard, page)

    # A CA file that cannot be read: said so, nothing sent.
    missing = tmp_path / "missing.pem"
    fill(page, ldaps_url(directory), ca_file=str(missing))
    list_computers(qtbot, page)
    assert_refused(
        page,
        f"The CA file {missing} cannot be read.",
        "What to do: Give the PEM file of the certification authority that issued the "
        "directory server's certificate.",
    )
    assert "--" not in window_text(wizard)
    assert_nothing_listed(wizard, page)

    # Chosen with Browse… (the file dialog answers): listed again.
    asked = []

    def choose(parent, caption, folder, filters):
        asked.append((caption, filters))
        return str(ca_file), filters

    monkeypatch.setattr("app.ui.widgets.ca_file_field.QFileDialog.getOpenFileName", choose)
    click(qtbot, page.ad_ca_file.browse)
    assert page.ad_ca_file.path() == str(ca_file)
    assert asked == [("CA certificate file", "Certificates (*.pem *.crt *.cer);;All files (*)")]
    list_computers(qtbot, page)
    assert listed(page) == EVERY_COMPUTER


def test_wrong_credentials_are_explained_and_change_nothing(
    qtbot, make_wizard, directory, tmp_path
):
    fleet = test_fleet(tmp_path)
    wizard, page = directory_tab(qtbot, make_wizard, fleet=fleet)
    # Another source already holds hosts: a failed directory listing must not touch them.
    page.set_host_list("pc900.example.test")
    qtbot.waitUntil(lambda: page.inventory is not None)
    page.sources.setCurrentIndex(Source.DIRECTORY)
    display = f"ldap://127.0.0.1:{directory.ldap_port}"
    rejected = f"The directory server {display} rejected the user name or password."

    for user, password in (
        (READER_DN, WRONG_PASSWORD),  # a wrong password
        (f"cn=nobody,{SUFFIX}", WRONG_PASSWORD),  # an account the directory does not know
    ):
        fill(page, plain_url(directory), user=user, password=password)
        list_computers(qtbot, page)
        # What was rejected, then what to do; the rejection alone is why Next is off.
        assert_refused(page, rejected, CREDENTIALS_FIX)
        assert WRONG_PASSWORD not in window_text(wizard)
        assert_nothing_listed(wizard, page)
        # What was typed stays, to be corrected; nothing was stored anywhere.
        assert page.ad_user.text() == user and page.ad_password.text() == password
        assert fleet.secret_labels() == []
    page.sources.setCurrentIndex(Source.LIST)
    assert page.inventory is not None and page.inventory.hosts == ("pc900.example.test",)
    assert page.summary.text() == "1 host to scan." and next_enabled(wizard)
    page.sources.setCurrentIndex(Source.DIRECTORY)

    # A simple bind in clear to a remote server is refused before anything is sent; the fix said.
    fill(page, "ldap://dc01.example.test")
    list_computers(qtbot, page)
    assert page.summary.text() == (
        "A simple bind over plain LDAP would send the password in clear to "
        "ldap://dc01.example.test:389. Use ldaps:// or StartTLS. Over plain LDAP only a "
        "DOMAIN\\user account can bind (NTLM), and Samba domain controllers do not accept it."
    )
    assert page.blocker_label.text() == page.summary.text()  # the fix is in the sentence
    assert_nothing_listed(wizard, page)

    # The password corrected: listed.
    fill(page, plain_url(directory))
    list_computers(qtbot, page)
    assert listed(page) == EVERY_COMPUTER
    assert page.summary.text() == "9 hosts to scan."
    assert next_enabled(wizard)
    assert fleet.secret_labels() == []


def test_in_french(qtbot, make_wizard, directory, untrusted):
    wizard, page = directory_tab(qtbot, make_wizard, "fr")
    display = f"ldap://127.0.0.1:{directory.ldap_port}"

    fill(page, plain_url(directory), password=WRONG_PASSWORD)
    list_computers(qtbot, page)
    english = f"The directory server {display} rejected the user name or password."
    assert page.summary.text() != english
    rejected, fix = page.summary.text().split("\n")
    assert rejected == (
        f"Le serveur d’annuaire {display} a refusé le nom d’utilisateur ou le mot de passe."
    )
    assert fix.startswith("Que faire\u00a0: Vérifiez le nom d’utilisateur")
    assert "DOMAINE\\utilisateur" in fix
    assert_nothing_listed(wizard, page)

    fill(page, ldaps_url(directory))
    list_computers(qtbot, page)
    refused, fix = page.summary.text().split("\n")
    assert refused.startswith(
        f"Le certificat du serveur d’annuaire ldaps://localhost:{directory.ldaps_port} n’a pas "
        "pu être vérifié"
    )
    assert fix.startswith("Que faire\u00a0: ") and "autorité de certification" in fix
    assert "--" not in window_text(wizard)
    assert_nothing_listed(wizard, page)

    fill(page, plain_url(directory))
    list_computers(qtbot, page)
    assert listed(page) == EVERY_COMPUTER
    assert page.summary.text() == "9 hôtes à analyser."
    assert "L’ordinateur LEGACY n’a pas de nom d’hôte DNS" in page.notes.text()
    assert next_enabled(wizard)


def test_a_small_page_limit_is_met_and_a_refusal_explained(qtbot, make_wizard, tmp_path):
    # slapd refuses pages above 4 entries (adminLimitExceeded) where the wizard asks for 500.
    wizard, page = directory_tab(qtbot, make_wizard)
    with running_slapd(tmp_path / "small-pages", page_limit=4) as small_pages:
        fill(page, plain_url(small_pages))
        list_computers(qtbot, page)
        assert listed(page) == EVERY_COMPUTER
        assert sorted(shown_in_table(page)) == EVERY_COMPUTER
        assert page.summary.text() == "9 hosts to scan."
        assert next_enabled(wizard)

    # A directory that refuses every page, however small: explained, with what to do.
    with running_slapd(tmp_path / "no-pages", paged_results=False) as refusing:
        fill(page, plain_url(refusing))
        list_computers(qtbot, page)
        assert_refused(
            page,
            f"The directory server {plain_url(refusing)} ended the search at one of its limits "
            "(adminLimitExceeded), so the computers could not all be listed.",
            "What to do: Narrow the search (an OU as the search base, or a name filter), or ask "
            "the directory's administrators to raise this account's limits for paged searches.",
        )
        assert_nothing_listed(wizard, page)
        assert not page.operation.isVisible()  # explained on the page, not as a crash


def test_thousands_of_listed_computers_are_shown_at_once(qtbot, make_wizard):
    _wizard, page = directory_tab(qtbot, make_wizard)
    widgets = len(page.findChildren(QWidget))
    computers = [
        ListedComputer(f"pc-{number:05}.example.test", "Windows 11 Pro", "Clients/Paris")
        for number in range(20_000)
    ]
    clock = QElapsedTimer()
    clock.start()
    page.computer_list.show_computers(computers)
    page.computer_list.show()
    page.computer_list.repaint()
    assert clock.elapsed() < 500
    assert len(page.findChildren(QWidget)) == widgets  # no widget per row
    assert page.computer_list.hosts()[-1] == "pc-19999.example.test"
    model = page.computer_list.model()
    assert model.rowCount() == 20_000
    assert model.index(19_999, 0).data() == "pc-19999.example.test"
    assert model.index(0, 2).data() == "Clients/Paris"


def test_the_tab_fits_in_every_language(qtbot, make_wizard, directory, tmp_path):
    """The form with its CA file, a listing, and an error with its fix: nothing cut off."""
    wizard, page = directory_tab(qtbot, make_wizard)  # the window's own size
    ca_file = tmp_path / "directory-ca.pem"
    ca_file.write_bytes(directory.ca_file.read_bytes())
    problems = []
    for state in ("listed", "refused"):
        password = READER_PASSWORD if state == "listed" else WRONG_PASSWORD
        fill(page, ldaps_url(directory), password=password, ca_file=str(ca_file))
        list_computers(qtbot, page)
        assert page.computer_list.isVisible() == (state == "listed")
        for language in ("fr", "de", PSEUDO_LANGUAGE, "en"):
            wizard.switch_language(language)
            qtbot.wait(50)
            problems += [f"{state} [{language}] {problem}" for problem in audit(wizard)]
            if language == PSEUDO_LANGUAGE:
                model = page.computer_list.model()
                headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
                assert all("[" in header for header in headers), headers
                assert "[" in page.ad_ca_file.browse.text()
    assert problems == []
