"""The queue model: a correct Qt item model that changes in place, keeping the nurse's selection."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from kiosk.domain.queue import QueueRow
from kiosk.ui.nurse.model import VISIT_ID_ROLE, Column, QueueModel
from kiosk.ui.nurse.words import Words


def row(visit_id: int, status: str = "waiting", position: int | None = None, **changes) -> QueueRow:
    base = QueueRow(
        visit_id=visit_id,
        ticket=visit_id,
        status=status,
        booth=None,
        position=position,
        waited_minutes=visit_id,
        call_count=0,
        needs_staff=False,
        prescreen="eligible",
        name_latin=f"Donor {visit_id}",
        name_ar="أمينة",
    )
    return replace(base, **changes)


def waiting(*ids: int) -> list[QueueRow]:
    return [row(visit_id, position=index + 1) for index, visit_id in enumerate(ids)]


@pytest.fixture
def words(qapp):
    return Words("fr")


@pytest.fixture
def model(words):
    return QueueModel(words, booth=1)


def ids(model: QueueModel) -> list[int]:
    return [model.index(r, 0).data(VISIT_ID_ROLE) for r in range(model.rowCount())]


def test_model_passes_the_model_tester_through_every_kind_of_change(qtmodeltester, model):
    model.set_rows(waiting(1, 2, 3))
    qtmodeltester.check(model, force_py=False)
    # The tester stays attached and checks the signals of each change below.
    model.set_rows([row(2, "called", booth=1)] + waiting(3, 4, 1))  # a call, a new ticket, a skip
    model.set_rows(waiting(4, 1))  # two gone
    model.set_rows([])
    model.set_rows(waiting(5, 6))
    qtmodeltester.check(model, force_py=True)  # and the pure-Python checks on the final state
    assert ids(model) == [5, 6]


def test_texts_flags_and_colours(model):
    model.set_rows(
        [
            row(7, "called", booth=1, call_count=2),
            row(8, position=1, needs_staff=True, prescreen="refer"),
            row(9, "left"),
        ]
    )
    texts = [[model.index(r, c).data() for c in Column] for r in range(3)]
    assert texts[0][:5] == ["007", "Appelé", "1", "7 min", "Appelé 2 fois"]
    assert texts[1][:5] == ["008", "En attente (1)", "", "8 min", "Demande du personnel · Voir l’infirmier"]
    assert texts[2][1] == "Parti"
    assert texts[0][5] == "Donor 7"  # the name in the station's script
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # the flagged donor stands out
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # at this booth
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(Column.WAITED, Qt.Orientation.Horizontal) == "Attente"


def test_a_donor_deferred_by_an_import_after_queueing_stands_out_with_the_reason(model, words):
    model.set_rows([row(4, position=1, held_reason="haemoglobin"), row(5, position=2)])
    assert model.index(0, Column.FLAGS).data() == "Ajourné dans son dossier\u00a0: haemoglobin"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    words.set_language("ar")
    assert model.index(0, Column.FLAGS).data() == "مؤجَّل في سجله: haemoglobin"


def test_language_change_retranslates_the_rows(model, words, qtbot):
    model.set_rows(waiting(1))
    with qtbot.waitSignals([model.dataChanged, model.headerDataChanged]):
        words.set_language("ar")
    assert model.index(0, Column.STATUS).data() == "في الانتظار (1)"
    assert model.index(0, Column.NAME).data() == "أمينة"
    assert model.headerData(Column.TICKET, Qt.Orientation.Horizontal) == "التذكرة"


def test_the_call_count_reads_as_arabic_counts_it(model, words):
    words.set_language("ar")
    model.set_rows([row(visit_id, "called", booth=1, call_count=visit_id) for visit_id in (2, 3, 11)])
    assert [model.index(r, Column.FLAGS).data() for r in range(3)] == [
        "نودي عليه مرتين",
        "نودي عليه 3 مرات",
        "نودي عليه 11 مرة",
    ]


def test_selection_stays_on_the_same_donor_when_the_queue_moves(qtbot, model):
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_rows(waiting(1, 2, 3, 4))
    view.selectionModel().select(
        model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    resets = []
    model.modelReset.connect(lambda: resets.append(True))

    # Ticket 3 is called (it moves to the top), 2 leaves, 5 and 6 arrive, 4 has waited longer.
    model.set_rows(
        [
            row(3, "called", booth=1),
            row(1, position=1),
            row(5, position=2),
            row(4, position=3, waited_minutes=30),
            row(6, position=4),
        ]
    )
    selected = view.selectionModel().selectedRows()
    assert [model.index(i.row(), 0).data(VISIT_ID_ROLE) for i in selected] == [3]
    assert selected[0].row() == 0 and model.index(0, Column.STATUS).data() == "Appelé"
    assert model.index(3, Column.WAITED).data() == "30 min"
    assert ids(model) == [3, 1, 5, 4, 6]
    assert resets == []


def test_a_row_outside_the_model_has_no_data(model):
    model.set_rows(waiting(1))
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert model.index(5, 0).data() is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
