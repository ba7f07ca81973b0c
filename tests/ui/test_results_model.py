"""The results table's model and proxies, without a scan: batching, counts, filters, sorting.

The rows come from real scan results of the lab (read once for the module).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.bootstrap_fleet import DesktopFleetBackend
from app.i18n import install_language
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab
from app.ui.fleet import ClientCredentials
from app.ui.widgets.results_model import (
    FILTER_ROLE,
    HOST_ROLE,
    SORT_ROLE,
    Column,
    HostCategory,
    HostStatus,
    ResultsFilter,
    ResultsModel,
    prepare_row,
)
from tests.memory_keyring import MemoryKeyring


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Every lab machine's scan result (one real scan over WinRM)."""
    from app.adapters.secret_store import KeyringSecretStore
    from app.domain.scan_results import ScanOptions

    world = build_default_lab(scenario="legacy-2008r2")
    folder = tmp_path_factory.mktemp("model")
    fleet = DesktopFleetBackend(
        journal_path=folder / "journal.sqlite3",
        secret_store=KeyringSecretStore(backend=MemoryKeyring()),
    )
    with LabRuntime(world) as runtime:
        lab = fleet.lab_credentials(runtime)
        session = fleet.open_fleet(runtime, ClientCredentials(lab.user, lab.password, auth="basic"))
        report = session.scanner().scan(world.machine_names(), ScanOptions(concurrency=16))
    fleet.close()
    return list(report.results)


def test_each_batch_is_one_insertion_and_counts_add_up(qtbot, results):
    model = ResultsModel()
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    with qtbot.waitSignal(model.counts_changed):
        model.add_results(results[:10])
    model.add_rows([prepare_row(r) for r in results[10:]])
    assert inserted == [(0, 9), (10, len(results) - 1)]
    assert model.rowCount() == len(results)
    assert sum(model.status_count(s) for s in HostStatus) == len(results)
    assert model.category_count(HostCategory.MAK) == 3
    assert model.category_count(HostCategory.UNREACHABLE) == 1
    # A host already shown is updated in place, not added twice.
    model.add_results(results[:1])
    assert model.rowCount() == len(results) and inserted[-1] == (10, len(results) - 1)


def test_cells_made_on_a_worker_thread_are_the_ones_shown(qtbot, results):
    """The scan thread makes each row's cells; the model takes those very items."""
    import threading

    made: list = []
    worker = threading.Thread(
        target=lambda: made.extend(prepare_row(r, with_items=True) for r in results)
    )
    worker.start()
    worker.join()
    first_cells = [row.items[0] for row in made]
    model = ResultsModel()
    model.add_rows(made)
    assert all(not row.items for row in made)  # taken by the model, not kept twice
    assert [model.item(i, 0) for i in range(len(made))] == first_cells
    plain = ResultsModel()
    plain.add_rows([prepare_row(r) for r in results])  # cells made here instead
    for column in Column:
        for row in range(len(results)):
            for role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.ToolTipRole, SORT_ROLE, HOST_ROLE, FILTER_ROLE,
            ):
                left = model.index(row, column.value).data(role)
                right = plain.index(row, column.value).data(role)
                assert left == right, (row, column, role)
    assert model.index(0, 0).data(HOST_ROLE) == results[0].host


def test_chips_search_and_sort_run_in_the_proxies(qtbot, results):
    model = ResultsModel()
    view = ResultsFilter(model)
    model.add_results(results)
    view.set_categories(HostCategory.MAK)
    assert sorted(view.visible_hosts()) == [
        "pc-office2010.lab.test",
        "pc021.lab.test",
        "srv028.lab.test",
    ]
    view.set_categories(HostCategory.MAK | HostCategory.UNREACHABLE)
    assert len(view.visible_hosts()) == 4
    view.set_search("OFFICE2010")  # case does not matter
    assert view.visible_hosts() == ["pc-office2010.lab.test"]
    view.set_search("")
    view.set_categories(HostCategory.NONE)
    assert view.rowCount() == len(results)
    # Expiry sorts by minutes left (a number), not by the text "9 days" vs "27 days".
    view.sort(Column.EXPIRY.value, Qt.SortOrder.AscendingOrder)
    minutes = []
    for row in range(view.rowCount()):
        result = model.result(view.source_row(row))
        ends = [p.state.grace.minutes for p in result.products if p.state.grace.expires]
        minutes.append(min(ends) if ends else float("inf"))
    assert minutes == sorted(minutes)


def test_a_language_switch_retranslates_every_row_in_slices(qtbot, results):
    model = ResultsModel()
    model.add_results(results)
    english = model.item(0, Column.STATUS.value).text()
    install_language("de")
    try:
        model.language = "de"
        model.retranslate()
        assert model.horizontalHeaderItem(Column.CHANNEL.value).text() == "Kanal"
        rows = range(model.rowCount())
        german = [prepare_row(model.result(r), language="de").texts for r in rows]

        def shown(row: int) -> tuple[str, ...]:
            return tuple(model.item(row, c.value).text() for c in Column)

        qtbot.waitUntil(lambda: all(shown(r) == german[r] for r in rows))
        assert model.item(0, Column.STATUS.value).text() != english
    finally:
        install_language("en")
