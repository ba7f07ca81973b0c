"""Report files: HTML escaping and self-containment, CSV formula neutralising, atomic writes."""

from __future__ import annotations

from app.adapters.report_files import csv_bytes, write_html
from app.domain.report_html import report_html
from app.domain.report_model import RenderedReport


def rendered(rows) -> RenderedReport:
    return RenderedReport(
        title="Scan <b>",
        generated="now",
        summary=(("Hosts", 2),),
        notes=("note & <i>",),
        charts=(("Products", (("Licensed", 3, "ok"), ("<svg onload=x>", 1, "bad"))),),
        headers=("Host", "Product"),
        rows=tuple(rows),
        kind="scan",
        data={},
    )


def test_html_escapes_everything_from_outside_and_loads_nothing():
    page = report_html(
        rendered([("pc1", "<script>alert(1)</script>"), ("pc2", '" onmouseover="x')])
    )
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '" onmouseover="x' not in page
    assert "<svg onload" not in page and "&lt;svg onload=x&gt;" in page
    assert "default-src 'none'" in page
    assert page.count("<script>") == 1  # the sorting script only
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_csv_neutralises_formulas_and_keeps_accents_for_excel():
    data = csv_bytes(rendered([("pc1", '=HYPERLINK("x")'), ("pc2", "Édition +1"), ("pc3", "-2")]))
    text = data.decode("utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK" in text and "'-2" in text and "Édition +1" in text


def test_reports_are_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "sub" / "report.html"
    write_html(target, rendered([("pc1", "x")]), "de")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]  # no temporary left
