"""Host addresses from a CIDR range (``192.168.10.0/24``, ``2001:db8::/120``).

A range is an easy way to sweep a subnet, and an easy way to sweep far too
much by a typo (``/16`` instead of ``/26``). So: more than
:data:`CONFIRM_ABOVE` addresses needs an explicit confirmation (the CLI's
``--yes``), more than :data:`MAX_ADDRESSES` is refused outright. For IPv4
networks the network and broadcast addresses are left out (nothing answers
there); a single address (``/32``, ``/128``, or no prefix) is one host.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from app.domain.inventory import Inventory, InventoryRefused, shown
from app.domain.text import QT_TRANSLATE_NOOP, Message, TextEnum, msg

CONFIRM_ABOVE = 256
MAX_ADDRESSES = 4096


class RangeProblem(TextEnum):
    NOT_CIDR = QT_TRANSLATE_NOOP(
        "Inventory",
        "“%1” is not an address range. Write it as 192.168.10.0/24 or 2001:db8::/120.",
    )
    TOO_LARGE = QT_TRANSLATE_NOOP(
        "Inventory",
        "The range %1 holds %2 addresses; at most %3 can be scanned at once. Use a longer "
        "prefix (a smaller range).",
    )
    NEEDS_CONFIRMATION = QT_TRANSLATE_NOOP(
        "Inventory",
        "The range %1 holds %2 addresses (more than %3). Confirm to scan them all (--yes).",
    )


@dataclass(frozen=True)
class RangePlan:
    """A validated range: how many addresses, and whether the user must confirm it."""

    network: ipaddress.IPv4Network | ipaddress.IPv6Network
    addresses: int

    @property
    def needs_confirmation(self) -> bool:
        return self.addresses > CONFIRM_ABOVE

    @property
    def confirmation(self) -> Message:
        """The question to ask (or the refusal to show without ``--yes``)."""
        return msg(
            RangeProblem.NEEDS_CONFIRMATION.text, self.network, self.addresses, CONFIRM_ABOVE
        )

    def hosts(self) -> Inventory:
        """Every address to contact, in order."""
        net = self.network
        if net.num_addresses == 1:
            addresses = [net.network_address]
        elif net.version == 4 and net.prefixlen < 31:
            addresses = list(net.hosts())
        else:
            addresses = list(net)
        return Inventory(tuple(str(a) for a in addresses), (), str(net))


def plan_range(text: str) -> RangePlan:
    """Validate a CIDR range and count its addresses (nothing is expanded yet).

    Host bits are tolerated (``10.0.0.7/24`` means ``10.0.0.0/24``).

    Raises:
        InventoryRefused: not a range, or more than :data:`MAX_ADDRESSES` addresses.
    """
    raw = (text or "").strip()
    try:
        if not raw or not raw.isascii() or any(ch.isspace() for ch in raw):
            raise ValueError(raw)
        network = ipaddress.ip_network(raw, strict=False)
    except ValueError:
        raise InventoryRefused(msg(RangeProblem.NOT_CIDR.text, shown(raw))) from None
    count = network.num_addresses
    if network.version == 4 and network.prefixlen < 31:
        count -= 2  # network and broadcast addresses
    if count > MAX_ADDRESSES:
        raise InventoryRefused(msg(RangeProblem.TOO_LARGE.text, network, count, MAX_ADDRESSES))
    return RangePlan(network, count)


def expand_range(text: str, *, confirmed: bool = False) -> Inventory:
    """The addresses of a range, when it is small enough or confirmed.

    Raises:
        InventoryRefused: invalid, too large, or above :data:`CONFIRM_ABOVE`
            addresses without ``confirmed`` (the message asks for the confirmation).
    """
    plan = plan_range(text)
    if plan.needs_confirmation and not confirmed:
        raise InventoryRefused(plan.confirmation)
    return plan.hosts()
