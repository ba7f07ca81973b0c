"""Activation thresholds and the KMS host's count (seeds 001 and 002, facts §0).

Driven through real operation scripts and command lines; the simulated clock
jumps days at a time.
"""

from __future__ import annotations

from tests.lab.spp_lab_driver import Driver

NOT_ENOUGH = "0xC004F038"
# Special clients that cannot be counted by kms01 or share a CMID.
UNCOUNTED = {"pc-skew", "pc-oldkms", "pc-clone-a", "pc-clone-b"}
MINUTES_180_DAYS = 180 * 24 * 60


def _win7(d: Driver) -> list[str]:
    return [n for n in d.names(os_prefix="Microsoft Windows 7") if n not in UNCOUNTED]


def _servers(d: Driver) -> list[str]:
    return d.names(os_prefix="Microsoft Windows Server 2008 R2 Standard") + d.names(
        os_prefix="Microsoft Windows Web Server 2008 R2"
    )


def test_servers_activate_at_five_and_clients_at_twenty_five() -> None:
    d = Driver(clients=60)
    d.make_host()
    win7, servers = _win7(d), _servers(d)
    assert len(win7) >= 25 and servers
    for expected, name in enumerate(win7[:4], start=1):
        assert d.fails(name, "activate") == NOT_ENOUGH
        assert d.count() == expected
        assert d.windows(name)["status_reason"] == "0x4004F00C"  # informational: in grace
        assert d.last_error(name) == NOT_ENOUGH  # from its events 12288/12289
        assert d.windows(name)["license_status"] == 2  # still in grace
    # The fifth machine is a server: 5 is its threshold.
    product = d.ok(servers[0], "activate")["product"]
    assert product["license_status"] == 1
    assert product["grace_minutes"] == MINUTES_180_DAYS
    assert product["discovered_host"] == "kms01.lab.test"
    assert product["discovered_port"] == 1688
    assert d.count() == 5
    # Windows 7 needs 25: the 6th … 24th contacts are refused, the 25th is activated.
    for name in win7[4:23]:
        assert d.fails(name, "activate") == NOT_ENOUGH
    assert d.count() == 24
    assert d.ok(win7[23], "activate")["product"]["license_status"] == 1
    assert d.count() == 25
    # An early client retrying now gets in, without counting twice.
    assert d.ok(win7[0], "activate")["product"]["license_status"] == 1
    assert d.count() == 25


def test_count_is_capped_at_ten_with_servers_only_then_fifty() -> None:
    d = Driver(clients=140)
    d.make_host()
    servers, win7 = _servers(d), _win7(d)
    assert len(servers) >= 12 and len(win7) >= 50
    for name in servers[:12]:
        d.run(name, "activate")
    assert d.count() == 10  # 2 × the server threshold
    d.fails(win7[0], "activate")
    assert d.count() == 11  # a Windows client raised the cache to 2 × 25
    for name in win7[1:60]:
        d.run(name, "activate")
    assert d.count() == 50
    service = d.status("kms01")["service"]
    assert service["is_kms_host"] is True
    assert service["requests"]["total"] == 72
    assert service["requests"]["failed"] == 0


def test_a_duplicate_cmid_adds_nothing() -> None:
    d = Driver()
    d.make_host()
    a, b = d.status("pc-clone-a"), d.status("pc-clone-b")
    assert a["service"]["cmid"] == b["service"]["cmid"]
    d.fails("pc-clone-a", "activate")
    assert d.count() == 1
    d.fails("pc-clone-b", "activate")
    assert d.count() == 1  # the sysprep problem
    d.fails(_win7(d)[0], "activate")
    assert d.count() == 2


def test_the_count_rises_as_clients_call_on_their_schedule() -> None:
    d = Driver()
    d.make_host()
    counts = []
    for _ in range(5):
        d.world.advance(minutes=30)
        counts.append(d.count())
    assert counts == sorted(counts) and counts[0] < counts[-1]
    d.world.advance(hours=4)
    # Default lab: enough Windows 7 / 2008 R2 KMS clients for the client threshold.
    assert d.count() >= 25
    assert all(d.windows(n)["license_status"] == 1 for n in _win7(d) + _servers(d))


def test_a_cmid_not_renewed_for_thirty_days_drops_off() -> None:
    d = Driver()
    d.make_host()
    d.world.advance(hours=6)
    before = d.count()
    leaver = _win7(d)[0]
    assert d.windows(leaver)["license_status"] == 1
    # The client now asks a host that does not exist: its renewals never reach kms01.
    d.ok(leaver, "set-kms-host", host="gone.lab.test", port=1688)
    d.world.advance(days=29)
    assert d.count() == before
    d.world.advance(days=2)
    assert d.count() == before - 1
    # Still activated: the activation is valid for 180 days.
    assert d.windows(leaver)["license_status"] == 1


def test_renewals_every_seven_days_and_back_to_grace_after_180_days_without() -> None:
    d = Driver()
    d.make_host()
    d.world.advance(hours=6)
    client = _win7(d)[1]
    first = d.windows(client)["grace_minutes"]
    d.world.advance(days=8)  # a renewal happened on day 7: validity restarts
    assert d.windows(client)["grace_minutes"] > first - 8 * 24 * 60
    # Close the port: no renewal gets through any more.
    d.ok("kms01", "firewall", port=1688, profiles=["Domain", "Private"], enabled=False)
    d.world.advance(days=31)
    assert d.count() == 0  # every CMID older than 30 days is gone
    assert d.windows(client)["license_status"] == 1
    d.world.advance(days=150)  # 181 days after the last renewal
    product = d.windows(client)
    assert product["license_status"] == 3  # additional (OOT) grace
    assert 0 < product["grace_minutes"] <= 30 * 24 * 60
    # Open again: the clients come back on their 2-hour retry.
    d.ok("kms01", "firewall", port=1688, profiles=["Domain", "Private"], enabled=True)
    d.world.advance(hours=3)
    assert d.windows(client)["license_status"] == 1
    assert d.count() >= 25


def test_grace_ends_in_notification_when_no_host_ever_answers() -> None:
    d = Driver()
    product = d.windows("pc001")
    assert product["license_status"] == 2
    assert product["status_reason"] == "0x4004F00C"  # LicenseStatusReason: in initial grace
    assert d.last_error("pc001") == "0x8007232B"  # event 12288: no _vlmcs SRV record at all
    d.world.advance(days=31)
    product = d.windows("pc001")
    assert product["license_status"] == 5
    assert product["grace_minutes"] == 0
