"""The licensing state a step reads back after writing: products, KMS service, publish list.

One ``status`` operation gives everything: every product holding a key
(Windows and Office), the KMS service fields and ``DnsDomainPublishList``.
Validation is the domain's (:class:`ProductState`, :class:`KmsHostState`); an
answer that fails it is a malformed answer from the machine.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.domain.licensing import (
    InvalidStatusData,
    KmsHostState,
    LicenseChannel,
    ProductState,
    as_list,
    optional_count,
)
from app.domain.ports import ScriptRunner
from app.services.host_setup.machine_calls import malformed

MAX_PRIORITY = 65535


@dataclass(frozen=True)
class PublishDomain:
    """One ``DnsDomainPublishList`` entry: a DNS domain with SRV priority and weight."""

    domain: str
    priority: int = 0
    weight: int = 0

    @classmethod
    def from_registry(cls, line: object) -> PublishDomain | None:
        """``"example.test, 10, 50"`` (the registry form); None for a line without a domain.

        An absent DnsDomainPublishList read with an older script arrives as ``[null]``
        (PowerShell's ``@($null)`` is a one-element array): not a domain.
        """
        if not isinstance(line, str):
            return None
        parts = [part.strip() for part in line.split(",")]
        if not parts or not parts[0]:
            return None
        numbers = [
            int(p) if _is_small_number(p) and int(p) <= MAX_PRIORITY else 0 for p in parts[1:3]
        ]
        numbers += [0, 0]
        return cls(parts[0].rstrip(".").lower(), numbers[0], numbers[1])


def _is_small_number(text: str) -> bool:
    """ASCII digits, at most 10: int() refuses "²" and raises on more than 4,300 digits."""
    return 0 < len(text) <= 10 and text.isascii() and text.isdigit()


@dataclass(frozen=True)
class HostKeyCount:
    """The count a host key product reports (Windows host key, or one Office host key)."""

    activation_id: str
    current: int  # -1: no request yet (null, -1 or the uint32 sentinel in the answer)
    required: int

    @property
    def count(self) -> int:
        return max(0, self.current)


@dataclass(frozen=True)
class Licensing:
    """What the ``status`` operation read on one machine."""

    products: tuple[ProductState, ...]
    service: KmsHostState
    dns_domains: tuple[PublishDomain, ...]
    host_counts: tuple[HostKeyCount, ...] = ()

    def windows(self) -> ProductState | None:
        """The Windows product holding a key (one per machine; ESU add-ons are not it)."""
        return next((p for p in self.products if p.is_windows and p.has_key), None)

    def product(self, activation_id: str) -> ProductState | None:
        wanted = activation_id.strip().strip("{}").lower()
        return next((p for p in self.products if p.activation_id == wanted), None)

    def by_partial_key(self, last5: str) -> ProductState | None:
        wanted = last5.upper()
        return next((p for p in self.products if p.partial_key == wanted), None)

    def host_count(self, activation_id: str) -> HostKeyCount | None:
        wanted = activation_id.lower()
        return next((c for c in self.host_counts if c.activation_id == wanted), None)

    @property
    def windows_host_key(self) -> ProductState | None:
        product = self.windows()
        return product if product and product.channel is LicenseChannel.KMS_HOST else None


def read_licensing(runner: ScriptRunner, *, timeout: float | None = None) -> Licensing:
    """Run ``status`` and validate its answer.

    Raises:
        ExecutionError: the machine could not be asked, or answered nonsense.
    """
    return parse_status(runner, runner.run("status", {}, timeout=timeout))


def parse_status(runner: ScriptRunner, document: dict[str, Any]) -> Licensing:
    """A ``status`` document as :class:`Licensing` (MALFORMED_OUTPUT when it is not one)."""
    raw_products = as_list(document.get("products"))  # one product: an object on PS 2/3
    try:
        service = KmsHostState.from_dict(document.get("service"))
        products = tuple(ProductState.from_dict(item) for item in raw_products)
    except InvalidStatusData as problem:
        raise malformed(runner, problem.field) from None
    counts = []
    for item, product in zip(raw_products, products, strict=True):
        if product.is_kms_host_key or product.channel is LicenseChannel.KMS_HOST:
            current = optional_count(item.get("current_count"))
            counts.append(
                HostKeyCount(
                    product.activation_id,
                    -1 if current is None else current,
                    optional_count(item.get("required_count")) or 0,
                )
            )
    service = _with_host_product_count(service, products, counts)
    service_doc = document.get("service")
    raw_domains = as_list(service_doc.get("dns_domains") if isinstance(service_doc, dict) else None)
    domains = tuple(
        d for d in (PublishDomain.from_registry(line) for line in raw_domains) if d is not None
    )
    return Licensing(products, service, domains, tuple(counts))


def _with_host_product_count(
    service: KmsHostState, products: tuple[ProductState, ...], counts: list[HostKeyCount]
) -> KmsHostState:
    """The host's Windows count as slmgr.vbs reads it: from the host key product.

    slmgr's DisplayKMSInformation reads KeyManagementServiceCurrentCount (and the
    request counters) of the product whose ID it shows, not of the service; the
    service-wide value is what remains when no Windows host key is installed.
    """
    windows = next((p for p in products if p.is_windows and p.has_key), None)
    if windows is None:
        return service
    counted = next((c for c in counts if c.activation_id == windows.activation_id), None)
    if counted is None or counted.current < 0:
        return service
    return replace(service, current_count=counted.current)
