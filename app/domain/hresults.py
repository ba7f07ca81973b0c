"""The error catalog: every activation HRESULT we know, with its cause and fix.

Windows reports the same code in several spellings: ``0xC004F074`` (slmgr, the
event log), ``c004f074`` (pasted from a forum), ``-1073418124`` (a .NET or
PowerShell exception's ``HResult``, a signed 32-bit int) or ``3221549172``.
:func:`parse_hresult` accepts them all and :func:`describe` explains any code:
a known one with its symbolic name, meaning, cause and fix (facts §4, §3.3 and
the seeds), an unknown one generically by its facility, always shown as
``0xXXXXXXXX``. Symbols and hex codes are never translated; the texts are.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum

from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, TextEnum, msg

_MASK = 0xFFFFFFFF
_SIGNED_MIN = -(1 << 31)
_FACILITY_WIN32 = 7
_FACILITY_ITF = 4  # the Software Protection Platform files its codes under FACILITY_ITF


class HResult(IntEnum):
    """The codes the catalog explains, by their symbolic names (slerror.h, winerror.h)."""

    S_OK = 0x00000000
    SL_I_OOB_GRACE_PERIOD = 0x4004F00C
    SL_I_OOT_GRACE_PERIOD = 0x4004F00D
    E_ACCESSDENIED = 0x80070005
    ERROR_INVALID_DATA = 0x8007000D
    ERROR_INVALID_NAME = 0x8007007B
    ERROR_SERVICE_DISABLED = 0x80070422
    RPC_S_SERVER_UNAVAILABLE = 0x800706BA
    DNS_ERROR_RCODE_SERVER_FAILURE = 0x8007232A
    DNS_ERROR_RCODE_NAME_ERROR = 0x8007232B
    DNS_ERROR_RCODE_BADSIG = 0x80072338
    DNS_INFO_NO_RECORDS = 0x8007251D
    # WinHTTP errors 12007, 12029 and 12175 (winhttp.h) as HRESULTs: online activation
    # goes through WinHTTP and its system-wide proxy, not the browser's.
    ERROR_WINHTTP_NAME_NOT_RESOLVED = 0x80072EE7
    ERROR_WINHTTP_CANNOT_CONNECT = 0x80072EFD
    ERROR_WINHTTP_SECURE_FAILURE = 0x80072F8F
    SL_E_CHPA_PRODUCT_KEY_BLOCKED = 0xC004C003
    SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED = 0xC004C008
    SL_E_CHPA_DMAK_LIMIT_EXCEEDED = 0xC004C020
    SL_E_CHPA_DMAK_EXTENSION_LIMIT_EXCEEDED = 0xC004C021
    SL_E_PKEY_INVALID_CONFIG = 0xC004E016
    SL_E_GRACE_TIME_EXPIRED = 0xC004F009
    SL_E_OUT_OF_TOLERANCE = 0xC004F00F
    SL_E_VALUE_NOT_FOUND = 0xC004F012
    SL_E_PRODUCT_SKU_NOT_INSTALLED = 0xC004F015
    SL_E_LUA_ACCESSDENIED = 0xC004F025
    SL_E_CIDIID_INVALID_DATA = 0xC004F02C
    SL_E_CIDIID_INVALID_DATA_LENGTH = 0xC004F02F
    SL_E_CIDIID_MISMATCHED = 0xC004F031
    SL_E_VL_NOT_WINDOWS_SLP = 0xC004F035
    SL_E_VL_NOT_ENOUGH_COUNT = 0xC004F038
    SL_E_VL_BINDING_SERVICE_NOT_ENABLED = 0xC004F039
    SL_E_VL_KEY_MANAGEMENT_SERVICE_NOT_ACTIVATED = 0xC004F041
    SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH = 0xC004F042
    SL_E_CIDIID_INVALID_CHECK_DIGITS = 0xC004F04D
    SL_E_INVALID_PRODUCT_KEY = 0xC004F050
    SL_E_MISMATCHED_PRODUCT_SKU = 0xC004F069
    SL_E_VL_INVALID_TIMESTAMP = 0xC004F06C
    SL_E_VL_BINDING_SERVICE_UNAVAILABLE = 0xC004F074
    SL_E_NOT_GENUINE = 0xC004F200


# (meaning, cause, fix) per code. Commands, switches and codes stay in English on purpose:
# they are what the administrator types.
_CATALOG: dict[HResult, tuple[Text, Text, Text]] = {
    HResult.S_OK: (
        QT_TRANSLATE_NOOP("HResult", "No error."),
        QT_TRANSLATE_NOOP("HResult", "The operation succeeded."),
        QT_TRANSLATE_NOOP("HResult", "Nothing to do."),
    ),
    HResult.SL_I_OOB_GRACE_PERIOD: (
        QT_TRANSLATE_NOOP("HResult", "The product is running in its initial grace period."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "It has not been activated since it was installed or since its product key "
            "was changed.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Activate it. A KMS client activates itself as soon as it reaches a KMS host "
            "whose count meets its activation threshold; a MAK or retail product needs an "
            "online or phone activation.",
        ),
    ),
    HResult.SL_I_OOT_GRACE_PERIOD: (
        QT_TRANSLATE_NOOP(
            "HResult", "The product is running in its additional (out-of-tolerance) grace period."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Its KMS activation expired (no renewal for 180 days) or the hardware changed "
            "too much.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Let the client reach its KMS host again (network, DNS, firewall), or activate "
            "it again.",
        ),
    ),
    HResult.E_ACCESSDENIED: (
        QT_TRANSLATE_NOOP("HResult", "Access denied: administrator rights are required."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The console was not elevated (User Account Control), or the remote account is "
            "not an administrator of the machine.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult", "Run the wizard elevated (“Run as administrator”) and use administrator "
            "credentials for remote machines.",
        ),
    ),
    # winerror.h ERROR_INVALID_DATA (13). Its activation causes are not documented by
    # a Microsoft page found here: the cause below is the usual one (not confirmed).
    HResult.ERROR_INVALID_DATA: (
        QT_TRANSLATE_NOOP("HResult", "The data is invalid."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The licensing service rejected what it was given or read: a malformed key or "
            "value, or a damaged licensing store on the machine.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Check the key or value and try again. If it persists, restart the Software "
            "Protection service (net stop sppsvc && net start sppsvc) and read the "
            "Application event log of the machine for the licensing error.",
        ),
    ),
    HResult.ERROR_INVALID_NAME: (
        QT_TRANSLATE_NOOP("HResult", "The DNS name does not exist (invalid name)."),
        QT_TRANSLATE_NOOP("HResult", "The client cannot find the KMS SRV records in DNS."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "As for 0x8007232B: check that a KMS host publishes its _vlmcs._tcp SRV record, "
            "or set the KMS host explicitly on the client (slmgr /skms host:port).",
        ),
    ),
    # winerror.h ERROR_SERVICE_DISABLED (1058).
    HResult.ERROR_SERVICE_DISABLED: (
        QT_TRANSLATE_NOOP("HResult", "The service is disabled and cannot be started."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The Software Protection service (sppsvc) has its start type set to Disabled, "
            "often by a hardening script or a Group Policy.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Set it back to its default, Automatic (Delayed Start): “sc.exe config sppsvc "
            "start= delayed-auto”, then start it (net start sppsvc); if a Group Policy "
            "disables it, change the policy.",
        ),
    ),
    HResult.RPC_S_SERVER_UNAVAILABLE: (
        QT_TRANSLATE_NOOP("HResult", "The RPC server is unavailable."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The KMS host cannot be reached: a firewall blocks its port, or a stale SRV "
            "record points at a machine that is no longer a KMS host.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Open TCP port 1688 (or the configured port) in the KMS host's firewall and "
            "delete stale _vlmcs._tcp SRV records.",
        ),
    ),
    HResult.DNS_ERROR_RCODE_SERVER_FAILURE: (
        QT_TRANSLATE_NOOP("HResult", "The DNS server failed."),
        QT_TRANSLATE_NOOP(
            "HResult", "A network or DNS server problem prevented the lookup of the KMS host."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Troubleshoot DNS: check that the client's DNS servers answer and that the zone "
            "is loaded on them.",
        ),
    ),
    HResult.DNS_ERROR_RCODE_NAME_ERROR: (
        QT_TRANSLATE_NOOP("HResult", "The DNS name does not exist."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The client found no _vlmcs._tcp SRV record for a KMS host in its DNS domain.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Check that a KMS host exists and that its DNS publishing is on, or publish the "
            "SRV record by hand; otherwise set the KMS host explicitly on the client "
            "(slmgr /skms host:port). Without any KMS host, use a MAK.",
        ),
    ),
    HResult.DNS_ERROR_RCODE_BADSIG: (
        QT_TRANSLATE_NOOP(
            "HResult", "The KMS host could not publish its SRV record: the DNS update was refused."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Event 12293 on the KMS host: the host has no rights on the existing _VLMCS "
            "record, which belongs to the first KMS host that registered it.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "In DNS Manager, give the KMS host's computer account the right to update the "
            "_VLMCS record (or delete the stale record), or create the record by hand.",
        ),
    ),
    HResult.DNS_INFO_NO_RECORDS: (
        QT_TRANSLATE_NOOP("HResult", "No DNS records were found."),
        QT_TRANSLATE_NOOP(
            "HResult", "The DNS query for the KMS SRV record (_vlmcs._tcp) returned no records."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Publish the _vlmcs._tcp SRV record (DNS publishing on the KMS host, or by "
            "hand), or set the KMS host explicitly on the clients.",
        ),
    ),
    HResult.ERROR_WINHTTP_NAME_NOT_RESOLVED: (
        QT_TRANSLATE_NOOP("HResult", "The server name could not be resolved."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Online activation could not resolve Microsoft's activation server: no DNS "
            "server answers for Internet names, or the network needs a proxy the machine "
            "does not use. The Software Protection service uses the machine's WinHTTP "
            "proxy, not the proxy set in your browser.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "On the machine, check that Internet names resolve (nslookup www.microsoft.com) "
            "and check the WinHTTP proxy (netsh winhttp show proxy); to copy the browser's "
            "proxy: netsh winhttp import proxy source=ie. Without Internet access, activate "
            "by phone.",
        ),
    ),
    HResult.ERROR_WINHTTP_CANNOT_CONNECT: (
        QT_TRANSLATE_NOOP("HResult", "The connection to the server could not be established."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Online activation could not connect to Microsoft's activation server: a "
            "firewall or a proxy blocks outgoing HTTPS, or the WinHTTP proxy the Software "
            "Protection service uses (not the browser's) is missing or wrong.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Allow outgoing HTTPS (TCP 443) from the machine to Microsoft's activation "
            "servers, and check its WinHTTP proxy (netsh winhttp show proxy; netsh winhttp "
            "import proxy source=ie copies the browser's). Without Internet access, "
            "activate by phone.",
        ),
    ),
    HResult.ERROR_WINHTTP_SECURE_FAILURE: (
        QT_TRANSLATE_NOOP("HResult", "A security error occurred on the secure connection."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The activation server's certificate could not be checked: the machine's date "
            "and time are wrong, its root certificates are out of date, or a proxy "
            "inspects the HTTPS traffic with its own certificate.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Set the machine's date, time and time zone right, update its root "
            "certificates (Windows Update), and exempt Microsoft's activation servers "
            "from HTTPS inspection in the proxy. Then try again, or activate by phone.",
        ),
    ),
    HResult.SL_E_CHPA_PRODUCT_KEY_BLOCKED: (
        QT_TRANSLATE_NOOP("HResult", "The activation server blocked the product key."),
        QT_TRANSLATE_NOOP("HResult", "Microsoft has blocked this Multiple Activation Key (MAK)."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Get a new key from the Volume Licensing Service Center or the Microsoft "
            "Activation Center.",
        ),
    ),
    HResult.SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED: (
        QT_TRANSLATE_NOOP("HResult", "The product key has exceeded its unlock limit."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "A KMS host key (CSVLK) can be activated on at most 6 hosts, up to 10 times "
            "each. This usually happens when the host key was installed on clients.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Install KMS client setup keys (GVLKs) on clients, never the host key. Ask the "
            "Microsoft Activation Center for additional host activations.",
        ),
    ),
    HResult.SL_E_CHPA_DMAK_LIMIT_EXCEEDED: (
        QT_TRANSLATE_NOOP(
            "HResult", "The Multiple Activation Key (MAK) has exceeded its activation limit."
        ),
        QT_TRANSLATE_NOOP("HResult", "Every activation allowed for this MAK has been used."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Ask the Microsoft Activation Center for more activations, or use another MAK.",
        ),
    ),
    HResult.SL_E_CHPA_DMAK_EXTENSION_LIMIT_EXCEEDED: (
        QT_TRANSLATE_NOOP("HResult", "The MAK extension limit has been exceeded."),
        QT_TRANSLATE_NOOP(
            "HResult", "The MAK's activations, extensions included, have all been used."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Ask the Microsoft Activation Center for more activations, or use another MAK.",
        ),
    ),
    HResult.SL_E_PKEY_INVALID_CONFIG: (
        QT_TRANSLATE_NOOP("HResult", "The product key is not valid for this configuration."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "This operating system or edition cannot use the key: wrong edition or key "
            "type, or prerequisite updates are missing (for example for Extended Security "
            "Updates keys).",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Check that the key type matches the edition, and install the required updates.",
        ),
    ),
    HResult.SL_E_GRACE_TIME_EXPIRED: (
        QT_TRANSLATE_NOOP("HResult", "The grace period has expired."),
        QT_TRANSLATE_NOOP(
            "HResult", "The product was not activated before the end of its grace period."
        ),
        QT_TRANSLATE_NOOP(
            "HResult", "Activate it now: online, through a KMS host, or by phone."
        ),
    ),
    HResult.SL_E_OUT_OF_TOLERANCE: (
        QT_TRANSLATE_NOOP("HResult", "The hardware has changed beyond the tolerated level."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Hardware changes, or a move to another virtualisation host, invalidated the "
            "activation.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Activate the product again; for a MAK or retail key, by phone if online "
            "activation is refused.",
        ),
    ),
    # slerror.h SL_E_VALUE_NOT_FOUND "The value for the input key was not found" (SLAPI
    # pages). The wizard's own scripts throw it when no product holds the key or the
    # Activation ID asked for (resources/ps/lib/product-lookup.ps1).
    HResult.SL_E_VALUE_NOT_FOUND: (
        QT_TRANSLATE_NOOP("HResult", "The licensing service did not find what was asked for."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "No installed product matches: no product holds the key or the product ID that "
            "was given (for example, its key was uninstalled or replaced meanwhile).",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Scan the machine again to see which products hold a key now, then repeat the "
            "action on one of them (install the key first if it is missing).",
        ),
    ),
    HResult.SL_E_PRODUCT_SKU_NOT_INSTALLED: (
        QT_TRANSLATE_NOOP("HResult", "The licence is not installed."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "A newer client (for example Windows 10 Enterprise) asked a KMS host whose key "
            "does not cover it, such as Windows Server 2012 R2 or 2008 R2 with an older host "
            "key; event 12290 on the host then shows 0xC004F042.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Install the host update (KB3172614 on 2012 R2, KB3079821 on 2008 R2), then a "
            "host key that covers the client, such as the “Windows Srv 2012R2 DataCtr/Std "
            "KMS for Windows 10” CSVLK (key group ws2012r2-win10).",
        ),
    ),
    HResult.SL_E_LUA_ACCESSDENIED: (
        QT_TRANSLATE_NOOP("HResult", "This action requires administrator rights."),
        QT_TRANSLATE_NOOP("HResult", "The command ran without elevation."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Run the wizard as administrator; on a remote machine, connect with an "
            "administrator account.",
        ),
    ),
    HResult.SL_E_CIDIID_INVALID_DATA: (
        QT_TRANSLATE_NOOP("HResult", "The format of the offline activation data is incorrect."),
        QT_TRANSLATE_NOOP(
            "HResult", "The Installation ID or the Confirmation ID was typed or pasted wrongly."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Compare each block of the Confirmation ID with what you were given and enter "
            "it again.",
        ),
    ),
    HResult.SL_E_CIDIID_INVALID_DATA_LENGTH: (
        QT_TRANSLATE_NOOP("HResult", "The length of the Confirmation ID is incorrect."),
        QT_TRANSLATE_NOOP(
            "HResult", "The Confirmation ID entered does not have 48 digits (8 blocks of 6)."
        ),
        QT_TRANSLATE_NOOP("HResult", "Enter all 8 blocks of 6 digits."),
    ),
    HResult.SL_E_CIDIID_MISMATCHED: (
        QT_TRANSLATE_NOOP(
            "HResult", "The Installation ID and the Confirmation ID do not match."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The Confirmation ID was issued for another Installation ID: for another "
            "product, or before the product key was changed.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Check the Installation ID shown now and obtain a new Confirmation ID for it.",
        ),
    ),
    HResult.SL_E_VL_NOT_WINDOWS_SLP: (
        QT_TRANSLATE_NOOP(
            "HResult", "The computer cannot be activated with a volume licence key."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Volume-licensed Windows 7 requires a qualifying operating system: this "
            "computer's BIOS lacks the OEM marker.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult", "Use a MAK or a retail key, or activate by phone (slmgr /dti, /atp)."
        ),
    ),
    HResult.SL_E_VL_NOT_ENOUGH_COUNT: (
        QT_TRANSLATE_NOOP("HResult", "The count reported by the KMS host is insufficient."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The KMS host's count is below the activation threshold: 25 for Windows "
            "clients, 5 for Windows Server and for Office.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Add machines until the count reaches the threshold, and check the current "
            "count on the host. If the count stays at 1, the clients share one client "
            "machine ID (CMID): the image was not generalised with sysprep.",
        ),
    ),
    HResult.SL_E_VL_BINDING_SERVICE_NOT_ENABLED: (
        QT_TRANSLATE_NOOP("HResult", "The Key Management Service (KMS) is not enabled."),
        QT_TRANSLATE_NOOP("HResult", "The KMS host did not respond."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Check the network between the client and the host, and that TCP port 1688 "
            "(or the configured port) is not blocked.",
        ),
    ),
    HResult.SL_E_VL_KEY_MANAGEMENT_SERVICE_NOT_ACTIVATED: (
        QT_TRANSLATE_NOOP("HResult", "The KMS host is not activated."),
        QT_TRANSLATE_NOOP(
            "HResult", "The KMS host key (CSVLK) installed on the host has not been activated."
        ),
        QT_TRANSLATE_NOOP("HResult", "Activate the KMS host online or by phone."),
    ),
    HResult.SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH: (
        QT_TRANSLATE_NOOP("HResult", "The specified KMS host cannot be used."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The host key does not cover this client's product: an Office host asked for "
            "Windows (or the reverse), or the host key is older than the client.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Point the client at the right KMS host, or install a newer host key (CSVLK) on "
            "the host together with the update it requires.",
        ),
    ),
    HResult.SL_E_CIDIID_INVALID_CHECK_DIGITS: (
        QT_TRANSLATE_NOOP(
            "HResult", "The Installation ID or the Confirmation ID is invalid."
        ),
        QT_TRANSLATE_NOOP("HResult", "A digit is wrong: the check digits do not match."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Compare each block with what you were given; if it still fails, call again "
            "for a new Confirmation ID.",
        ),
    ),
    HResult.SL_E_INVALID_PRODUCT_KEY: (
        QT_TRANSLATE_NOOP("HResult", "The product key is invalid."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "A typing error, a beta key on a released build, an em dash instead of a "
            "hyphen, a key for another Windows version, or an Office host key on a host "
            "without that Office version's Volume License Pack.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Type the key again and use the key that matches this operating system "
            "version. For an Office host key, install that Office version's Volume License "
            "Pack on the host first: without it Windows does not know the key. If it "
            "persists after a host update, restart the server, then the Software Protection "
            "service (net stop sppsvc && net start sppsvc), and install the key again.",
        ),
    ),
    HResult.SL_E_MISMATCHED_PRODUCT_SKU: (
        QT_TRANSLATE_NOOP("HResult", "The product SKU was not found."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The licence for the key's SKU is not installed: an Office GVLK without the "
            "volume licence files, or a volume key on an Evaluation edition (reported by "
            "administrators, not documented by Microsoft).",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Install the matching licences (slmgr /ilc, slmgr /rilc, ospp /inslic); convert "
            "an Evaluation edition with DISM /Set-Edition first.",
        ),
    ),
    HResult.SL_E_VL_INVALID_TIMESTAMP: (
        QT_TRANSLATE_NOOP("HResult", "The request timestamp is invalid."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The clocks of the client and of the KMS host differ by more than 4 hours "
            "(compared in UTC).",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Synchronise the clocks with NTP or Active Directory time, then run "
            "“w32tm /resync”.",
        ),
    ),
    HResult.SL_E_VL_BINDING_SERVICE_UNAVAILABLE: (
        QT_TRANSLATE_NOOP("HResult", "No Key Management Service (KMS) host could be contacted."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Every KMS host returned an error or none answered: the Software Protection "
            "service (sppsvc) is stopped on the host, TCP port 1688 is blocked, a DNS SRV "
            "or A record is stale, the clocks differ (inner code 0xC004F06C), or the host "
            "is too old for this client.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Read event 12288 on the client for the inner error code; test the port with "
            "“Test-NetConnection <host> -Port 1688”; start sppsvc on the host; correct the "
            "DNS records; resynchronise the clock with “w32tm /resync”; update the KMS host.",
        ),
    ),
    HResult.SL_E_NOT_GENUINE: (
        QT_TRANSLATE_NOOP("HResult", "Windows reports this copy as not genuine."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "The licensing state was tampered with, or the key is not legitimate for this "
            "installation.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Install a legitimate key for this edition and activate it; contact Microsoft "
            "support if the problem persists.",
        ),
    ),
}


class _Generic(Enum):
    """Explanations for codes outside the catalog, by facility."""

    LICENSING = (
        QT_TRANSLATE_NOOP(
            "HResult", "The Software Protection Platform reported error %1."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "A licensing or activation error that this wizard does not describe in detail.",
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Run “slui 0x2a %1” on the machine to read Windows' own explanation, or look "
            "the code up in Microsoft's list of activation error codes.",
        ),
    )
    WIN32 = (
        QT_TRANSLATE_NOOP("HResult", "Windows reported system error %1 (Win32 error %2)."),
        QT_TRANSLATE_NOOP(
            "HResult", "A Windows system error, not specific to activation."
        ),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Run “net helpmsg %2” on the machine to read Windows' explanation of the error.",
        ),
    )
    OTHER = (
        QT_TRANSLATE_NOOP("HResult", "The machine reported error %1."),
        QT_TRANSLATE_NOOP("HResult", "This error code is not in the wizard's catalog."),
        QT_TRANSLATE_NOOP(
            "HResult",
            "Run “slui 0x2a %1” on the machine, or search Microsoft's documentation for %1.",
        ),
    )


class HResultProblem(TextEnum):
    """Why a text is not an error code."""

    EMPTY = QT_TRANSLATE_NOOP("HResult", "No error code was given.")
    NOT_A_NUMBER = QT_TRANSLATE_NOOP(
        "HResult",
        "“%1” is not an error code. Write it in hexadecimal (0xC004F074) or in decimal "
        "(-1073418124).",
    )
    OUT_OF_RANGE = QT_TRANSLATE_NOOP(
        "HResult", "“%1” is outside the range of a 32-bit error code."
    )


class InvalidHResult(ValueError):
    """Raised for input that is not an error code; ``message`` says why (translatable)."""

    def __init__(self, problem: HResultProblem, shown: str = "") -> None:
        self.problem = problem
        self.message: Message = msg(problem.text, shown)
        super().__init__(self.message.english())


@dataclass(frozen=True)
class HResultInfo:
    """One error code explained.

    Attributes:
        code: the unsigned 32-bit value (0xC004F074, never negative).
        symbol: the symbolic name (``SL_E_VL_BINDING_SERVICE_UNAVAILABLE``), or
            ``""`` when the code is not in the catalog.
        meaning: what the code says, translatable.
        cause: why it usually happens.
        fix: what to do.
        known: True when the code is in the catalog.
    """

    code: int
    symbol: str
    meaning: Message
    cause: Message
    fix: Message
    known: bool

    @property
    def hex(self) -> str:
        """``0xC004F074``: eight upper-case hex digits, the way Windows prints it."""
        return format_hresult(self.code)

    @property
    def signed(self) -> int:
        """The signed 32-bit value, as .NET and PowerShell report it (-1073418124)."""
        return self.code - (1 << 32) if self.code & 0x80000000 else self.code

    @property
    def is_error(self) -> bool:
        """True for failure codes (severity bit set); grace/info codes are not errors."""
        return bool(self.code & 0x80000000)


def format_hresult(code: int) -> str:
    """``0xXXXXXXXX`` for a code given signed or unsigned."""
    return f"0x{to_unsigned(code):08X}"


def to_unsigned(code: int) -> int:
    """The unsigned 32-bit value of ``code`` (signed values wrap, as in C).

    Raises:
        InvalidHResult: ``code`` does not fit in 32 bits, or is not an int.
    """
    if isinstance(code, bool) or not isinstance(code, int):
        raise InvalidHResult(HResultProblem.NOT_A_NUMBER, _shown(code))
    if code < _SIGNED_MIN or code > _MASK:
        raise InvalidHResult(HResultProblem.OUT_OF_RANGE, str(code))
    return code & _MASK


def parse_hresult(value: int | str) -> int:
    """Read an error code in any spelling Windows or people use.

    Accepted: an int (signed or unsigned 32-bit); ``0xC004F074`` / ``0XC004F074``
    / ``&HC004F074``; bare hex ``c004f074``; signed decimal ``-1073418124``;
    unsigned decimal ``3221549172``. Exactly eight digits with no prefix
    (``80070005``) are read as hex: that is how HRESULTs are written, while a
    decimal HRESULT of an error has ten digits or a minus sign.

    Returns:
        The unsigned 32-bit value.

    Raises:
        InvalidHResult: empty, not a number, or out of 32-bit range.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return to_unsigned(value)
    if not isinstance(value, str):
        raise InvalidHResult(HResultProblem.NOT_A_NUMBER, _shown(value))
    text = value.strip()
    if not text:
        raise InvalidHResult(HResultProblem.EMPTY)
    lowered = text.lower()
    if not lowered.isascii():
        raise InvalidHResult(HResultProblem.NOT_A_NUMBER, _shown(text))
    try:
        if lowered.startswith(("0x", "&h")):
            digits = lowered[2:]
            if not digits or not _is_hex(digits):
                raise ValueError
            number = int(digits, 16)
        elif lowered.startswith(("-", "+")) or (lowered.isdigit() and len(lowered) != 8):
            if not lowered.lstrip("+-").isdigit() or lowered.count("-") + lowered.count("+") > 1:
                raise ValueError
            number = int(lowered, 10)
        elif _is_hex(lowered):
            number = int(lowered, 16)
        else:
            raise ValueError
    except ValueError:
        raise InvalidHResult(HResultProblem.NOT_A_NUMBER, _shown(text)) from None
    if number < _SIGNED_MIN or number > _MASK:
        raise InvalidHResult(HResultProblem.OUT_OF_RANGE, _shown(text))
    return number & _MASK


def describe(value: int | str) -> HResultInfo:
    """Explain an error code: from the catalog, or generically by its facility.

    Raises:
        InvalidHResult: ``value`` is not an error code (see :func:`parse_hresult`).
    """
    code = parse_hresult(value)
    try:
        known = HResult(code)
    except ValueError:
        return _generic(code)
    meaning, cause, fix = _CATALOG[known]
    return HResultInfo(code, known.name, msg(meaning), msg(cause), msg(fix), known=True)


def known_codes() -> tuple[int, ...]:
    """Every code the catalog explains, ascending."""
    return tuple(sorted(int(code) for code in _CATALOG))


def symbol_of(value: int | str) -> str:
    """The symbolic name of a known code, else ``""``."""
    try:
        return HResult(parse_hresult(value)).name
    except (ValueError, InvalidHResult):
        return ""


def _generic(code: int) -> HResultInfo:
    hex_code = format_hresult(code)
    facility = (code >> 16) & 0x1FFF
    if facility == _FACILITY_ITF and (code >> 12) & 0xF in (0xC, 0xD, 0xE, 0xF):
        kind, args = _Generic.LICENSING, (hex_code,)
    elif facility == _FACILITY_WIN32 and code & 0x80000000:
        kind, args = _Generic.WIN32, (hex_code, code & 0xFFFF)
    else:
        kind, args = _Generic.OTHER, (hex_code,)
    meaning, cause, fix = kind.value
    return HResultInfo(
        code, "", msg(meaning, *args), msg(cause, *args), msg(fix, *args), known=False
    )


def _is_hex(text: str) -> bool:
    return bool(text) and all(ch in "0123456789abcdef" for ch in text)


def _shown(value: object) -> str:
    # Error codes are not secrets, but keep a pasted paragraph from flooding a dialog.
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"
