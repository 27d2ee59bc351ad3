"""Values inside Arabic sentences at the nurse station stay whole: a blood group reads
`O+` (not `+O`), a CIN, a donor number, a ticket, a bag number and a date keep their
order. Each label is checked where its glyphs land (devtools/glyph_order.py), as Qt
lays it out in the label's font and direction."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from devtools import demo
from devtools.glyph_order import reversed_in, reversed_values


def whole(widget, *values: str) -> None:
    """Each value is in the widget's text and none of its values is laid out reversed."""
    text = widget.text()
    for value in values:
        assert value in text, (value, text)
    assert reversed_values(widget) == [], text


def test_the_check_sees_a_blood_group_turned_round(qtbot):
    """The check itself: an Arabic sentence with a bare `O+` shows `+O`; isolated, `O+`."""
    widget = QLabel()
    qtbot.addWidget(widget)
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert reversed_in("الفصيلة O+ (حسب تصريح المتبرع)", widget) == ["O+"]
    assert reversed_in("الفصيلة \u2066O+\u2069 (حسب تصريح المتبرع)", widget) == []


def test_header_values_stay_whole_in_arabic(qtbot, nurse):
    demo.check_in(nurse.app, 2)
    window = nurse.open("ar")
    nurse.sign_in("doctor")
    nurse.to_interview()  # Fatima Zahra: O+, CIN BK482913, QTR-000001
    header = window.donor.header
    whole(header.facts, "O+", "BK482913", "QTR-000001")
    whole(header.ticket, "001")

    vitals = window.donor.vitals  # the group a laboratory confirmed: in the header and the vitals tab
    window.donor.tabs.setCurrentIndex(1)
    vitals.blood_group.setCurrentIndex(vitals.blood_group.findData("AB-"))
    qtbot.mouseClick(vitals.blood_save, Qt.MouseButton.LeftButton)
    whole(header.facts, "AB-")
    whole(vitals.blood_now, "AB-")
    for index in range(1, vitals.blood_group.count()):
        assert reversed_in(vitals.blood_group.itemText(index), vitals.blood_group) == []


def test_messages_with_a_ticket_a_bag_or_a_date_stay_whole_in_arabic(qtbot, nurse):
    demo.check_in(nurse.app, 3)
    window = nurse.open("ar")
    whole(window.sign_in.station_line, "nurse-1")
    nurse.sign_in("nurse")
    whole(window.who, "Naima Berrada")
    nurse.to_interview()
    whole(window.status, "001")  # the call, on the status line
    nurse.type_vitals()

    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    decision.bag.setText("=G12349865432177")
    decision.check_bag()
    whole(decision.bag_status, "G1234", "654321", "H")
    decision.bag.setText("G123 498 654 321 X")
    decision.check_bag()
    assert reversed_values(decision.bag_status) == []
    decision.bag.setText("=G12349865432177")
    decision.donate()
    decision.confirm()
    whole(decision.recorded, "G1234", "654321", "450")

    # The next donor: deferred until a date, shown in the header and the date field.
    qtbot.mouseClick(window.queue.call_next_button, Qt.MouseButton.LeftButton)
    whole(window.status, "002")
    qtbot.mouseClick(window.queue.start_button, Qt.MouseButton.LeftButton)
    decision.reason.setCurrentIndex(decision.reason.findData("haemoglobin"))
    decision.until.setDate(decision.until.date().addDays(55))
    decision.defer()
    decision.confirm()
    whole(decision.recorded, "27", "2026")
    assert reversed_in(decision.until.text(), decision.until) == []
    assert decision.until.text() == "27 يناير 2026"


def test_the_queue_banner_and_table_keep_tickets_whole(qtbot, nurse):
    visits = demo.check_in(nurse.app, 3, needs_staff=(1, 2))
    window = nurse.open("ar")
    nurse.sign_in("nurse")
    whole(window.queue.staff_banner, f"{visits[1].ticket:03d}", f"{visits[2].ticket:03d}")
    model = window.queue.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert reversed_in(model.index(row, column).data() or "", window.queue.table) == []
