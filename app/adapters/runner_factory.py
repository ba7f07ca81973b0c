"""Build a :class:`~app.domain.ports.RunnerFactory` from the chosen transport.

Three transports, one contract (DESIGN §2.1): ``local`` (powershell.exe on this
computer), ``winrm`` (a remote machine) and ``lab`` (the same winrm adapter
pointed at the simulated lab: the caller supplies how a lab machine name maps
to its URL, and the lab's credentials).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from app.adapters.local_runner import LocalRunner
from app.adapters.winrm_runner import (
    DEFAULT_PROBE_TIMEOUT,
    DEFAULT_TIMEOUT,
    WinrmRunner,
    WinrmSettings,
    default_url,
)
from app.domain.ports import RunnerFactory, ScriptRunner


class TransportMode(Enum):
    LOCAL = "local"
    WINRM = "winrm"
    LAB = "lab"


@dataclass(frozen=True)
class TransportSettings:
    """Everything the TRANSPORT options of the command line (or the GUI) decide.

    ``url`` may contain ``{host}``, replaced by each target; without it, it is
    used as given (one target). ``password`` is never shown in ``repr``.
    """

    mode: TransportMode = TransportMode.WINRM
    https: bool = True
    url: str | None = None
    auth: str = "negotiate"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    verify_tls: bool = True
    timeout: float = DEFAULT_TIMEOUT
    probe_timeout: float = DEFAULT_PROBE_TIMEOUT
    codepage: int = 65001

    def url_for(self, host: str) -> str:
        """The WinRM endpoint for ``host`` under these settings."""
        if self.url:
            return self.url.replace("{host}", host)
        return default_url(host, https=self.https)

    def winrm_settings(self, url: str) -> WinrmSettings:
        return WinrmSettings(
            url=url,
            auth=self.auth,
            user=self.user,
            password=self.password,
            ca_file=self.ca_file,
            verify_tls=self.verify_tls,
            timeout=self.timeout,
            probe_timeout=self.probe_timeout,
            codepage=self.codepage,
        )


def build_runner_factory(
    settings: TransportSettings, *, url_for: Callable[[str], str] | None = None
) -> RunnerFactory:
    """A factory making one runner per host for ``settings``.

    Args:
        settings: the transport and its options.
        url_for: maps a host name to its endpoint (the lab's machine URLs);
            defaults to :meth:`TransportSettings.url_for`.
    """
    if settings.mode is TransportMode.LOCAL:

        def local(host: str) -> ScriptRunner:
            return LocalRunner(host, timeout=settings.timeout)

        return local
    resolve = url_for or settings.url_for

    def remote(host: str) -> ScriptRunner:
        return WinrmRunner(host, settings.winrm_settings(resolve(host)))

    return remote
