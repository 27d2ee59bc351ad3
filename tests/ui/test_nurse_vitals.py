"""Pulse and temperature among the vitals, and the lower blood-pressure limits, with
the rule pack's thresholds shown beside each field and checked when saved."""

from __future__ import annotations

from devtools import demo
from kiosk.domain.eligibility import default_pack
from kiosk.storage import audit
from kiosk.storage.models import Donation, VitalSigns

PACK = default_pack()


def test_pulse_and_temperature_are_measured_and_checked(qtbot, nurse):
    demo.check_in(nurse.app, 1)  # Fatima Zahra
    window = nurse.open("fr")
    nurse.sign_in("nurse")
    nurse.to_interview()
    vitals = window.donor.vitals
    assert vitals.names["pulse"].text() == "Pouls"
    assert vitals.names["temperature"].text() == "Température"
    assert vitals.hints["pulse"].text() == "Pour donner\u00a0: de 50 à 100 /min"
    assert vitals.hints["temperature"].text() == "Pour donner\u00a0: au plus 37,5 °C"
    assert vitals.hints["systolic"].text() == "Pour donner\u00a0: de 100 à 160 mmHg"
    assert vitals.hints["diastolic"].text() == "Pour donner\u00a0: de 60 à 100 mmHg"

    nurse.type_vitals(pulse="118", temperature="38,2", systolic="95")
    assert vitals.result.text().splitlines() == [
        "Hors des seuils\u00a0: le donneur ne peut pas donner aujourd’hui.",
        "• " + PACK.explain("systolic", "fr"),
        "• " + PACK.explain("pulse", "fr"),
        "• " + PACK.explain("temperature", "fr"),
    ]
    assert [key for key, field in vitals.inputs.items() if field.property("outside")] == [
        "systolic",
        "pulse",
        "temperature",
    ]
    with nurse.app.db.read() as session:
        row = session.query(VitalSigns).one()
        assert (row.pulse, row.temperature_c, row.systolic) == (118, 38.2, 95)
        [event] = audit.events(session, actions=[audit.VITALS])
        assert event.detail["out_of_range"] == ["systolic", "pulse", "temperature"]

    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    decision.bag.setText("BAG0042")
    nurse.click(decision.donate_button)
    nurse.click(decision.confirm_donation)
    assert window.status.text() == "Une mesure est hors des seuils : le don ne peut pas être enregistré."
    with nurse.app.db.read() as session:
        assert session.query(Donation).count() == 0

    window.donor.tabs.setCurrentIndex(1)
    nurse.type_vitals()  # measured again: pulse 72, 36,8 °C, 124/78
    assert vitals.result.text() == "Toutes les mesures sont dans les seuils."
    window.donor.tabs.setCurrentIndex(2)
    nurse.click(decision.donate_button)
    nurse.click(decision.confirm_donation)
    with nurse.app.db.read() as session:
        assert session.query(Donation).count() == 1


def test_the_vitals_are_shown_again_in_arabic(qtbot, nurse):
    visits = demo.check_in(nurse.app, 2)
    window = nurse.open("ar")
    nurse.sign_in("nurse")
    visit_id = nurse.to_interview()
    nurse.type_vitals(pulse="64", temperature="36.6")
    window.open_visit(visits[1].visit_id)
    window.open_visit(visit_id)  # read back from the database
    vitals = window.donor.vitals
    assert (vitals.inputs["pulse"].text(), vitals.inputs["temperature"].text()) == ("64", "36,6")
    assert vitals.names["pulse"].text() == "النبض"
    assert vitals.hints["pulse"].text() == "للتبرع: من 50 إلى 100 نبضة/د"
    assert vitals.hints["temperature"].text() == "للتبرع: 37,5 °م على الأكثر"


def test_an_implausible_temperature_is_refused_in_words(qtbot, nurse):
    demo.check_in(nurse.app, 1)
    window = nurse.open("fr")
    nurse.sign_in("nurse")
    nurse.to_interview()
    nurse.type_vitals(temperature="368")  # the comma forgotten
    assert window.status.text() == "Vérifiez les valeurs : l'une d'elles ne peut pas être juste."
    with nurse.app.db.read() as session:
        assert session.query(VitalSigns).count() == 0
