"""One self-contained HTML page for a rendered report: no external resource of any kind.

Inline CSS, the charts as inline SVG, and a small inline script that sorts the
table when a heading is clicked (numbers and dates sort as such). Every string
from the report goes through :func:`html.escape` — host names and Windows'
error texts come from outside — and the page declares a Content-Security-Policy
that forbids loading anything, so it can be mailed or archived as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from app.domain.report_model import RenderedReport

_BAR_COLOURS = {"ok": "#2e7d32", "warn": "#ef6c00", "bad": "#c62828", "info": "#1565c0"}

_STYLE = """
body{font-family:Segoe UI,Helvetica,Arial,sans-serif;margin:1.5em;color:#1b1b1b}
h1{font-size:1.4em;margin-bottom:.2em}.generated{color:#555;margin-top:0}
.summary{display:flex;flex-wrap:wrap;gap:.5em;margin:1em 0;padding:0}
.summary li{list-style:none;border:1px solid #ccc;border-radius:4px;padding:.4em .7em}
.summary b{display:block;font-size:1.3em}.notes li{color:#8a4b00}
.charts{display:flex;flex-wrap:wrap;gap:2em}.charts figure{margin:0}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eee;cursor:pointer;user-select:none}th[aria-sort]::after{content:" \\2195"}
tr:nth-child(even) td{background:#fafafa}
"""

_SCRIPT = """
(function(){
  var table=document.getElementById('results');if(!table){return;}
  var heads=table.tHead.rows[0].cells;
  function key(text){
    var t=text.trim();
    if(/^\\d{4}-\\d{2}-\\d{2}/.test(t)){return t;}
    var n=parseFloat(t);return isNaN(n)||!/^-?\\d/.test(t)?t.toLowerCase():n;
  }
  Array.prototype.forEach.call(heads,function(th,col){
    th.setAttribute('aria-sort','none');
    th.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(heads,function(h){h.setAttribute('aria-sort','none');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=key(a.cells[col].textContent),y=key(b.cells[col].textContent);
        if(typeof x!==typeof y){x=String(x);y=String(y);}
        return (x<y?-1:x>y?1:0)*(asc?1:-1);
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
})();
"""


def _chart_svg(title: str, bars: tuple[tuple[str, int, str], ...]) -> str:
    """A horizontal bar chart as inline SVG (labels, bars, values)."""
    row_height, label_width, bar_width = 22, 190, 260
    top = max((value for _, value, _ in bars), default=0) or 1
    height = row_height * len(bars) + 8
    parts = [
        (
            f"<figure><figcaption>{escape(title)}</figcaption>"
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_width + bar_width + 60}" '
            f'height="{height}" role="img" aria-label="{escape(title)}">'
        )
    ]
    for index, (label, value, tone) in enumerate(bars):
        y = 4 + index * row_height
        width = round(bar_width * value / top)
        colour = _BAR_COLOURS.get(tone, "#1565c0")
        parts.append(
            f'<text x="0" y="{y + 14}" font-size="12">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 2}" width="{width}" height="14" fill="{colour}"/>'
            f'<text x="{label_width + width + 6}" y="{y + 14}" font-size="12">{value}</text>'
        )
    parts.append("</svg></figure>")
    return "".join(parts)


def report_html(report: RenderedReport, language: str = "en") -> str:
    """The whole page as one string (UTF-8 when written)."""
    return "".join(report_html_chunks(report, language))


def report_html_chunks(report: RenderedReport, language: str = "en") -> Iterator[str]:
    """The page piece by piece, so 10,000 rows are written without one giant string."""
    lang = escape(language if language.isalpha() and len(language) <= 8 else "en")
    summary = "".join(f"<li>{escape(label)}<b>{value}</b></li>" for label, value in report.summary)
    notes = "".join(f"<li>{escape(note)}</li>" for note in report.notes)
    charts = "".join(_chart_svg(title, bars) for title, bars in report.charts)
    headers = "".join(f'<th scope="col">{escape(h)}</th>' for h in report.headers)
    yield (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(report.title)}</title><style>{_STYLE}</style></head><body>"
        f'<h1>{escape(report.title)}</h1><p class="generated">{escape(report.generated)}</p>'
        f'<ul class="summary">{summary}</ul>'
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + f'<div class="charts">{charts}</div>'
        f'<table id="results"><thead><tr>{headers}</tr></thead><tbody>\n'
    )
    for row in report.rows:
        yield "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>\n"
    yield f"</tbody></table><script>{_SCRIPT}</script></body></html>\n"
