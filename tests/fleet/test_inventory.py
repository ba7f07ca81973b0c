"""Inventory sources: host lists, CSV, ranges, directory queries; hostile input refused."""

from __future__ import annotations

import codecs

import pytest

from app.domain.inventory import (
    EntryProblem,
    InventoryRefused,
    check_host,
    decode_text,
    from_entries,
    merge,
    parse_host_list,
    shown,
)
from app.domain.inventory_ad import (
    DirectoryComputer,
    DirectoryError,
    DirectoryProblem,
    DirectoryQuery,
    ListedComputer,
    container_of,
    escape_filter_value,
    listing_from_computers,
    parse_directory_url,
    validate_base_dn,
)
from app.domain.inventory_csv import parse_csv, sniff_delimiter
from app.domain.inventory_range import expand_range, plan_range


def problems(inventory) -> dict[int, EntryProblem]:
    return {note.line: note.problem for note in inventory.notes}


def test_host_list_comments_blanks_duplicates_and_case():
    text = (
        "# fleet\npc1\n\n  PC2.corp.example  # the accounting PC\npc1\n10.0.0.7\n[::1]\nsrv-03.\n"
    )
    inventory = parse_host_list(text, "hosts.txt")
    assert inventory.hosts == ("pc1", "pc2.corp.example", "10.0.0.7", "::1", "srv-03")
    [duplicate] = inventory.notes
    assert duplicate.problem is EntryProblem.DUPLICATE and not duplicate.rejected
    assert (
        duplicate.message.english()
        == "Line 5: pc1 is listed again (first on line 2); the duplicate was removed."
    )


@pytest.mark.parametrize(
    ("line", "problem", "named"),
    [
        ('pc1"; calc', EntryProblem.FORBIDDEN, "a double quote"),
        ("pc1;calc.exe", EntryProblem.FORBIDDEN, "a semicolon"),
        ("$(Invoke-Expression x)", EntryProblem.FORBIDDEN, "a dollar sign"),
        ("`whoami`", EntryProblem.FORBIDDEN, "a backtick"),
        ("pc 1", EntryProblem.FORBIDDEN, "a space"),
        ("pc1'", EntryProblem.FORBIDDEN, "a quote"),
        ("pc1|net user", EntryProblem.FORBIDDEN, "a vertical bar"),
        ("=cmd|' /C calc'!A0", EntryProblem.FORBIDDEN, "an equals sign"),
        ("pc\x1b[31m1", EntryProblem.CONTROL, None),
        ("pc\x001", EntryProblem.CONTROL, None),
        ("-pc1", EntryProblem.NOT_HOST, None),
        ("a..b", EntryProblem.NOT_HOST, None),
    ],
)
def test_hostile_entries_are_rejected_with_their_reason(line, problem, named):
    inventory = parse_host_list(f"good1\n{line}\ngood2\n")
    assert inventory.hosts == ("good1", "good2")
    [note] = inventory.notes
    assert note.line == 2 and note.problem is problem and note.rejected
    text = note.message.english()
    assert text.startswith("Line 2: ")
    if named is not None:
        assert named in str(note.message.args[-1].english())
    # The shown value never carries a raw control character (terminal injection).
    assert not any(ord(ch) < 0x20 for ch in text)


def test_ten_megabyte_line_is_ignored_cheaply_and_the_rest_kept():
    text = "pc1\n" + "A" * (10 * 1024 * 1024) + "\npc2\n"
    inventory = parse_host_list(text)
    assert inventory.hosts == ("pc1", "pc2")
    [note] = inventory.notes
    assert note.problem is EntryProblem.TOO_LONG
    assert "10485760 characters" in note.message.english()


def test_binary_junk_is_refused_as_a_whole():
    junk = bytes(range(256)) * 64
    with pytest.raises(InventoryRefused) as refused:
        decode_text(junk)
    assert "not text" in str(refused.value)


def test_encodings_windows_saves_text_in():
    text = "pc-é1\nhôte2\npc3\n"
    for data in (
        b"pc1\npc2\n",
        codecs.BOM_UTF8 + b"pc1\npc2\n",
        "pc1\npc2\n".encode("utf-16"),  # with BOM (Notepad "Unicode")
        "pc1\npc2\n".encode("utf-16-le"),  # without BOM
        "pc1\npc2\n".encode("utf-16-be"),
    ):
        assert parse_host_list(decode_text(data)).hosts == ("pc1", "pc2")
    decoded = decode_text(text.encode("cp1252"))
    assert decoded == text
    inventory = parse_host_list(decoded)
    assert inventory.hosts == ("pc3",)  # accented names are not DNS host names
    assert inventory.notes[0].problem is EntryProblem.FORBIDDEN


def test_check_host_normalises():
    assert check_host(" PC1.Example.COM. ").host == "pc1.example.com"
    assert check_host("[2001:db8::1]").host == "2001:db8::1"
    assert check_host("x" * 300).problem is EntryProblem.TOO_LONG


def test_shown_escapes_and_truncates():
    assert shown("a\x1bb") == "a\\x1bb"
    assert len(shown("y" * 500)) == 40


def test_merge_removes_duplicates_across_sources():
    merged = merge([from_entries(["pc1", "pc2"]), from_entries(["PC2", "pc3"])])
    assert merged.hosts == ("pc1", "pc2", "pc3")
    assert [n.problem for n in merged.notes] == [EntryProblem.DUPLICATE]


# --- CSV -------------------------------------------------------------------------------------


def test_csv_with_header_semicolons_and_a_named_column():
    text = "Nom;Système;Adresse IP\nPC-01;Windows 10;10.0.0.1\npc-02;Windows 7;10.0.0.2\n"
    inventory, layout = parse_csv(text)
    assert layout.delimiter == ";" and layout.has_header
    assert layout.column == 0 and layout.column_name == "Nom"
    assert inventory.hosts == ("pc-01", "pc-02")
    by_ip, _ = parse_csv(text, column="Adresse IP")
    assert by_ip.hosts == ("10.0.0.1", "10.0.0.2")
    by_number, _ = parse_csv(text, column="3")
    assert by_number.hosts == by_ip.hosts


def test_csv_without_header_finds_the_host_column():
    text = (
        "1\tWindows 10\tpc1.corp.test\n2\tWindows 11\tpc2.corp.test\n3\tWindows 7\tpc3.corp.test\n"
    )
    inventory, layout = parse_csv(text)
    assert layout.delimiter == "\t" and not layout.has_header and layout.column == 2
    assert inventory.hosts == ("pc1.corp.test", "pc2.corp.test", "pc3.corp.test")


def test_csv_header_of_unknown_names_is_still_recognised():
    text = "Gerät,Standort\nrechner1,Berlin\nrechner2,Köln\n"
    inventory, layout = parse_csv(text)
    assert layout.has_header and inventory.hosts == ("rechner1", "rechner2")


def test_csv_hostile_cells_formulas_duplicates_and_empty_cells():
    text = (
        "DNSHostName,Note\n"
        "pc1,ok\n"
        "\"=cmd|' /C calc'!A0\",formula\n"
        '"pc2; shutdown -s",injection\n'
        ",empty\n"
        "PC1,duplicate\n"
        "pc3,ok\n"
    )
    inventory, _ = parse_csv(text)
    assert inventory.hosts == ("pc1", "pc3")
    assert problems(inventory) == {
        3: EntryProblem.FORBIDDEN,
        4: EntryProblem.FORBIDDEN,
        5: EntryProblem.EMPTY_CELL,
        6: EntryProblem.DUPLICATE,
    }


def test_csv_with_a_ten_megabyte_line_and_unknown_column():
    text = "host\npc1\n" + "x," * (5 * 1024 * 1024) + "\npc2\n"
    inventory, _ = parse_csv(text)
    assert inventory.hosts == ("pc1", "pc2")
    assert problems(inventory) == {3: EntryProblem.TOO_LONG}
    with pytest.raises(InventoryRefused) as missing:
        parse_csv("host,os\npc1,w10\n", column="Computer")
    assert "has no column “Computer”" in str(missing.value) and "host, os" in str(missing.value)
    with pytest.raises(InventoryRefused):
        parse_csv("host,os\npc1,w10\n", column="7")


def test_csv_encodings_utf16_and_cp1252():
    text = "Name;Ort\r\npc1;Zürich\r\npc2;Genève\r\n"
    for data in (text.encode("utf-16"), text.encode("cp1252"), codecs.BOM_UTF8 + text.encode()):
        inventory, layout = parse_csv(decode_text(data))
        assert inventory.hosts == ("pc1", "pc2") and layout.delimiter == ";"


def test_delimiter_sniffing_prefers_the_consistent_one():
    assert sniff_delimiter(["a;b,c;d", "e;f;g", "h;i;j"]) == ";"
    assert sniff_delimiter(["a|b", "c|d"]) == "|"
    assert sniff_delimiter(["pc1", "pc2"]) == ","  # one column: any delimiter will do


def test_csv_with_no_host_anywhere_is_refused():
    with pytest.raises(InventoryRefused) as refused:
        parse_csv("a b,c d\ne f,g h\n")
    assert "--column" in str(refused.value)


# --- ranges ------------------------------------------------------------------------------------


def test_ipv4_range_leaves_out_network_and_broadcast():
    inventory = expand_range("192.168.10.0/30")
    assert inventory.hosts == ("192.168.10.1", "192.168.10.2")
    assert expand_range("10.0.0.5").hosts == ("10.0.0.5",)
    assert expand_range("10.0.0.7/24").hosts[0] == "10.0.0.1"  # host bits tolerated


def test_ipv6_range():
    inventory = expand_range("2001:db8::/126")
    assert inventory.hosts == ("2001:db8::", "2001:db8::1", "2001:db8::2", "2001:db8::3")


def test_range_limits_confirmation_and_refusal():
    assert not plan_range("10.0.0.0/24").needs_confirmation  # 254 addresses
    with pytest.raises(InventoryRefused) as confirm:
        expand_range("10.0.0.0/23")
    assert "510 addresses" in str(confirm.value) and "--yes" in str(confirm.value)
    assert len(expand_range("10.0.0.0/23", confirmed=True).hosts) == 510
    assert len(expand_range("10.0.0.0/20", confirmed=True).hosts) == 4094
    with pytest.raises(InventoryRefused) as too_big:
        expand_range("10.0.0.0/19", confirmed=True)
    assert "8190 addresses" in str(too_big.value)
    with pytest.raises(InventoryRefused):
        expand_range("2001:db8::/64", confirmed=True)


@pytest.mark.parametrize("text", ["", "10.0.0.0/33", "pc1", "10.0.0.0/24; rm", "1.2.3.4/24\x00"])
def test_bad_ranges_are_refused(text):
    with pytest.raises(InventoryRefused) as refused:
        expand_range(text)
    assert "not an address range" in str(refused.value)


# --- directory queries ----------------------------------------------------------------------------


def test_filter_escaping_follows_rfc_4515():
    assert escape_filter_value("a*b(c)\\d\x00") == "a\\2ab\\28c\\29\\5cd\\00"
    assert escape_filter_value("PC-*", keep_wildcards=True) == "PC-*"
    assert escape_filter_value("Zürich") == "Z\\c3\\bcrich"
    query = DirectoryQuery.build("OU=Clients,DC=example,DC=com", "PC-*", "*Windows 10*")
    assert query.ldap_filter() == (
        "(&(objectCategory=computer)(cn=PC-*)(operatingSystem=*Windows 10*))"
    )


@pytest.mark.parametrize(
    "dn", ["", "example.com", "OU=Clients,,DC=x", "OU=Clients\x00,DC=x", "=x,DC=y", "OU=a,DC"]
)
def test_bad_search_bases_are_refused(dn):
    with pytest.raises(DirectoryError) as refused:
        validate_base_dn(dn)
    assert refused.value.problem is DirectoryProblem.BAD_BASE


def test_escaped_commas_in_a_dn_are_fine():
    assert validate_base_dn("OU=Sales\\, Europe,DC=example,DC=com")


def test_directory_urls():
    assert parse_directory_url("dc01.example.com").display == "ldaps://dc01.example.com:636"
    assert parse_directory_url("ldap://dc01:3268").port == 3268
    for bad in ("http://dc01", "ldap://dc 01", "ldap://dc01/path", "ldaps://"):
        with pytest.raises(DirectoryError):
            parse_directory_url(bad)


def test_the_ou_of_a_computer_outermost_first():
    assert container_of("CN=PC1,OU=Paris,OU=Clients,DC=example,DC=com") == "Clients/Paris"
    assert container_of("CN=PC2,CN=Computers,DC=example,DC=com") == "Computers"
    assert container_of("cn=PC-\\28weird\\29,ou=Workstations,dc=example,dc=test") == (
        "Workstations"
    )
    assert container_of("CN=PC3,OU=Sales\\, Europe,DC=example,DC=com") == "Sales, Europe"
    assert container_of("CN=PC4,OU=Z\\C3\\BCrich,DC=example,DC=com") == "Zürich"
    assert container_of("CN=PC5,OU=Bad\\1B[2J,DC=example,DC=com") == "Bad\\x1b[2J"
    assert container_of("CN=PC6,DC=example,DC=com") == ""


def test_a_listing_has_a_row_per_host_taken_in_the_inventory_order():
    computers = [
        DirectoryComputer("CN=B,OU=Clients,DC=x", "B", "b.example.test", "Windows 11 Pro", "10.0"),
        DirectoryComputer("CN=A,OU=Clients,DC=x", "A", "a.example.test"),
        DirectoryComputer("CN=B2,OU=Old,DC=x", "B2", "B.example.test"),  # the same host again
        DirectoryComputer("CN=EVIL,DC=x", "EVIL", "evil; calc.exe"),  # left out
    ]
    listing = listing_from_computers(computers, "ad")
    assert listing.inventory.hosts == ("b.example.test", "a.example.test")
    assert listing.computers == (
        ListedComputer("b.example.test", "Windows 11 Pro 10.0", "Clients"),
        ListedComputer("a.example.test", "", "Clients"),
    )
