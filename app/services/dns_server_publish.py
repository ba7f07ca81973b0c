"""Publish, correct or delete the KMS SRV record on a Windows DNS server, through its own cmdlets.

For Active Directory–integrated zones, which refuse HMAC-TSIG updates: the
operations run ON the DNS server (a domain controller) over the same WinRM
runner as every other operation. First ``dns-server-srv`` finds the zone that
holds the domain (the domain itself, then its parents) and reads the records;
then ``set-dns-server-srv`` changes them and reads them back; the report says
whether the read-back holds what was asked, and whether the KMS host could
keep the record itself (its owner, ``app.domain.dns_server_records``).
Nothing is changed when there is nothing to delete.
"""

from __future__ import annotations

from app.domain.dns_remedies import SrvPublication
from app.domain.dns_server_records import (
    NOT_A_DNS_SERVER,
    ZONE_NOT_ON_SERVER,
    BadServerDocument,
    ServerPublishReport,
    ServerPublishStatus,
    ServerZoneRecords,
    candidate_zones,
    name_in_zone,
    operation_params,
    parse_zone_records,
    records_of,
    shows,
)
from app.domain.dns_update import PublishMode
from app.domain.ports import ScriptRunner
from app.services.host_setup.findings import MachineError
from app.services.host_setup.machine_calls import call, malformed


class DnsServerPublishService:
    """Reads and changes the KMS record on one Windows DNS server.

    Args:
        runner: the DNS server (a domain controller), reached like any machine.
        server_name: its name as the user gave it, for messages.
        timeout: deadline per operation.
    """

    def __init__(self, runner: ScriptRunner, server_name: str, *, timeout: float | None = None):
        self._runner = runner
        self._server = server_name
        self._timeout = timeout

    def read(self, record: SrvPublication) -> ServerPublishReport:
        """Only read: the zone and the records it holds now (status READ when found).

        Raises:
            ExecutionError: the DNS server could not be asked.
        """
        found = self._find_zone(record, PublishMode.ADD)
        if isinstance(found, ServerPublishReport):
            return found
        return self._report(record, PublishMode.ADD, ServerPublishStatus.READ, before=found)

    def publish(self, record: SrvPublication, mode: PublishMode) -> ServerPublishReport:
        """Apply ``mode`` for ``record`` on the DNS server, then judge the read-back.

        Raises:
            ExecutionError: the DNS server could not be asked.
        """
        found = self._find_zone(record, mode)
        if isinstance(found, ServerPublishReport):
            return found
        before = found
        if mode is PublishMode.DELETE and not records_of(before, record.host):
            return self._report(record, mode, ServerPublishStatus.NOTHING_TO_DELETE, before=before)
        params = operation_params(record, before.zone, mode)
        document, error = call(self._runner, "set-dns-server-srv", params, timeout=self._timeout)
        if error is not None:
            return self._failed(record, mode, error, before=before)
        after = self._parse(document)
        status = (
            ServerPublishStatus.VERIFIED
            if shows(record, mode, after)
            else ServerPublishStatus.NOT_VERIFIED
        )
        return self._report(record, mode, status, before=before, after=after)

    def _find_zone(
        self, record: SrvPublication, mode: PublishMode
    ) -> ServerZoneRecords | ServerPublishReport:
        asked: list[str] = []
        for zone in candidate_zones(record.domain):
            asked.append(zone)
            params = {"zone": zone, "name": name_in_zone(record, zone)}
            document, error = call(self._runner, "dns-server-srv", params, timeout=self._timeout)
            if error is None:
                return self._parse(document)
            if error.code == ZONE_NOT_ON_SERVER:
                continue
            if error.code == NOT_A_DNS_SERVER:
                return self._report(record, mode, ServerPublishStatus.NOT_A_DNS_SERVER)
            return self._failed(record, mode, error)
        return self._report(
            record, mode, ServerPublishStatus.ZONE_NOT_FOUND, zones_asked=tuple(asked)
        )

    def _parse(self, document) -> ServerZoneRecords:
        try:
            return parse_zone_records(document or {})
        except BadServerDocument as problem:
            raise malformed(self._runner, str(problem)) from None

    def _failed(
        self,
        record: SrvPublication,
        mode: PublishMode,
        error: MachineError,
        before: ServerZoneRecords | None = None,
    ) -> ServerPublishReport:
        return self._report(
            record,
            mode,
            ServerPublishStatus.FAILED,
            before=before,
            error_code=f"0x{error.code:08X}",
            error_text=error.windows_message,
        )

    def _report(self, record, mode, status, **fields) -> ServerPublishReport:
        before = fields.get("before")
        after = fields.get("after")
        zone = (after or before).zone if (after or before) else None
        return ServerPublishReport(record, mode, self._server, status, zone=zone, **fields)
