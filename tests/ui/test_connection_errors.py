"""The Connection page shows what actually went wrong and its fix, in the user's language
(issue 14 item 7): here, nothing listens on the default HTTP port 5985."""

from __future__ import annotations

import socket

import pytest

from app.domain.errors import NO_LISTENER, NO_LISTENER_HTTP
from app.domain.flow import PageId, Target
from app.i18n import render_text
from tests.ui.driver import click, go_next, wait_idle


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_a_refused_connection_names_the_port_the_scheme_and_quickconfig(
    qtbot, make_wizard, language
):
    wizard, _confirmer = make_wizard(language, target=Target.REMOTE)
    go_next(qtbot, wizard, PageId.CONNECTION)
    page = wizard.currentPage()
    port = _closed_port()
    page.host.setText("127.0.0.1")
    page.url.setText(f"http://127.0.0.1:{port}/wsman")
    page.user.setText("EXAMPLE\\administrator")
    page.password.setText("not-used")
    assert not page.settings().https and page.settings().auth == "negotiate"  # the defaults
    click(qtbot, page.test_button)
    wait_idle(qtbot, page)
    shown = page.operation.text
    assert render_text(NO_LISTENER, "127.0.0.1", str(port), "HTTP") in shown
    assert render_text(NO_LISTENER_HTTP, str(port)) in shown
    assert "winrm quickconfig" in shown and f"{port} (HTTP)" in shown
    if language != "en":  # translated, not the English source
        assert NO_LISTENER_HTTP.source.split(":")[0] not in shown
    assert not wizard.ctx.state.connected
