from datetime import UTC, datetime

from PySide6.QtCore import Qt

from kiosk.app import App, remember_campaign, remembered_campaign
from kiosk.storage import campaigns
from kiosk.ui.kiosk_station.window import KioskWindow

NOON = datetime(2025, 12, 2, 11, 0, tzinfo=UTC)


def open_window(qtbot, app, switch, campaign):
    window = KioskWindow(app, switch, campaign)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    return window


def test_welcome_in_arabic_then_french(qtbot, qapp, switch, db_url):
    app = App(db_url, clock=lambda: NOON)
    window = open_window(qtbot, app, switch, app.campaign())
    welcome = window.welcome
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert welcome.title.text() == "حملة التبرع بالدم بخريبكة"
    assert welcome.title_also.isVisible() and welcome.title_also.text() == "Campagne de don du sang de Khouribga"
    assert welcome.slogan.text() == "« قطرة دم… حياة تستمر »"
    assert welcome.place.text() == "ساحة المجاهدين — خريبكة"
    assert welcome.date.text() == "الثلاثاء 2 دجنبر 2025"
    assert welcome.buttons["ar"].isEnabled() and not welcome.closed.isVisible()

    qtbot.mouseClick(welcome.buttons["fr"], Qt.MouseButton.LeftButton)
    assert switch.language == "fr"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert welcome.title.text() == "Campagne de don du sang de Khouribga"
    assert welcome.title_also.text() == "حملة التبرع بالدم بخريبكة"  # both names, whichever language
    assert welcome.slogan.text() == "«\u00a0Une goutte de sang… une vie qui continue\u00a0»"
    assert welcome.date.text() == "mardi 2 décembre 2025"
    app.close()


def test_a_campaign_not_open_today_says_so(qtbot, switch, db_url):
    app = App(db_url, clock=lambda: NOON)
    with app.db.write() as session:
        campaigns.use_campaign(session, "taza")
    window = open_window(qtbot, app, switch, app.campaign())
    welcome = window.welcome
    assert welcome.closed.text() == "هذه الحملة غير مفتوحة اليوم. شكرا على حضوركم."
    assert not welcome.buttons["ar"].isEnabled() and not welcome.buttons["fr"].isEnabled()
    app.close()


def test_painted_from_memory_then_brought_up_to_date(qtbot, switch, db_url):
    """The welcome paints from the last known campaign, then the database corrects it."""
    app = App(db_url, clock=lambda: NOON)
    stale = app.campaign()
    with app.db.write() as session:
        campaigns.use_campaign(session, "ain-chock-2026-01")
    app.close()
    remember_campaign(db_url, stale)

    fresh = App(db_url, clock=lambda: NOON)
    window = KioskWindow(fresh, switch, remembered_campaign(db_url))
    qtbot.addWidget(window)
    assert window.welcome.title.text() == "حملة التبرع بالدم بخريبكة"
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    assert window.welcome.title.text() == "حملة التبرع بالدم بعين الشق"
    assert remembered_campaign(db_url).slug == "ain-chock-2026-01"
    fresh.close()
