"""The display board: what everyone waiting reads from across the room.

The last called tickets with their booths (the newest on top, flashing for a
few seconds when it is called), the next tickets, how many wait, the wait
estimate, the day's donations against the campaign's target, the campaign,
the time. Every language of kiosk.i18n.LANGUAGES side by side (left-to-right
ones on the left, right-to-left ones on the right), each text from the Linguist
catalogue of its language (kiosk.i18n.catalog), so the board never depends on
the language the kiosk shows in the same process. It reads only
`kiosk.storage.queue.board` (a `BoardSnapshot`: tickets and counts, never a
name) and the campaign's public texts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.domain.clock import to_local
from kiosk.domain.queue import BoardSnapshot
from kiosk.i18n import ALL, LANGUAGES
from kiosk.i18n.catalog import labels_for
from kiosk.i18n.dates import weekday_date
from kiosk.ui.live import POLL_MS, QueueFeed
from kiosk.ui.widgets import QT_TRANSLATE_NOOP, BloodDrop, ltr

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.domain.campaigns import CampaignSpec

log = logging.getLogger(__name__)

REFRESH_MS = 30_000  # the wait estimate moves with time even when nobody is called
FLASH_MS = 4_000
ROWS = 5  # called tickets shown (the storage keeps up to six)
NEXT_SHOWN = 8
DESIGN_WIDTH, DESIGN_HEIGHT = 1920, 1080

CONTEXT = "Board"
CALLED = QT_TRANSLATE_NOOP("Board", "Called tickets")
TICKET = QT_TRANSLATE_NOOP("Board", "Ticket")
BOOTH = QT_TRANSLATE_NOOP("Board", "Booth")
NEXT = QT_TRANSLATE_NOOP("Board", "Next tickets")
WAITING = QT_TRANSLATE_NOOP("Board", "People waiting")
WAIT = QT_TRANSLATE_NOOP("Board", "Estimated wait")
MINUTES = QT_TRANSLATE_NOOP("Board", "%1 min")
DONATIONS = QT_TRANSLATE_NOOP("Board", "Donations today")
NOBODY_CALLED = QT_TRANSLATE_NOOP("Board", "Please wait: your number will appear here.")
NOBODY_WAITING = QT_TRANSLATE_NOOP("Board", "Nobody waiting")
THANKS = QT_TRANSLATE_NOOP("Board", "Thank you for giving blood")

HIGHLIGHT = QColor("#b71c1c")
FLASH = QColor("#e65100")  # deep orange: white numbers stay readable at the peak


def style_sheet(scale: float = 1.0) -> str:
    """board.qss with every pixel size scaled to the screen's height (written for 1080 lines)."""
    text = (paths.RESOURCES / "style" / "board.qss").read_text(encoding="utf-8")
    return re.sub(r"(\d+)px", lambda m: f"{max(1, round(int(m.group(1)) * scale))}px", text)


# Left to right on the board: left-to-right languages, then right-to-left ones.
SIDE_BY_SIDE = tuple(lang.code for lang in ALL if not lang.rtl) + tuple(lang.code for lang in ALL if lang.rtl)


class Words:
    """Board texts in every language, straight from the catalogues."""

    def __init__(self) -> None:
        self.labels = {code: labels_for(code) for code in LANGUAGES}

    def each(self, source: str, *values: object) -> dict[str, str]:
        out = {}
        for code, labels in self.labels.items():
            text = labels(CONTEXT, source)
            for index, value in enumerate(values, start=1):
                text = text.replace(f"%{index}", str(value))
            out[code] = text
        return out


def joined(texts: Mapping[str, str]) -> str:
    """`Numéro · الرقم`: every language on one line, each in its own direction."""
    return " \u00b7 ".join(f"\u2068{texts[code]}\u2069" for code in SIDE_BY_SIDE)


def text_label(object_name: str, align: Qt.AlignmentFlag) -> QLabel:
    widget = QLabel()
    widget.setObjectName(object_name)
    widget.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return widget


class SideBySide(QWidget):
    """One label per language on one line (left-to-right languages on the left,
    right-to-left ones on the right), or stacked and centred in the list's order."""

    def __init__(self, object_name: str, *, stacked: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        layout: QVBoxLayout | QHBoxLayout
        if stacked:
            layout = QVBoxLayout(self)
            for code in LANGUAGES:
                self.labels[code] = text_label(object_name, Qt.AlignmentFlag.AlignHCenter)
                layout.addWidget(self.labels[code])
        else:
            layout = QHBoxLayout(self)
            last = len(SIDE_BY_SIDE) - 1
            for index, code in enumerate(SIDE_BY_SIDE):
                align = Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignHCenter
                self.labels[code] = text_label(object_name, Qt.AlignmentFlag.AlignRight if index == last else align)
                # Two texts share a line; three or more wrap rather than run into each other.
                self.labels[code].setWordWrap(last > 1)
                layout.addWidget(self.labels[code], 1)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for lang in ALL:
            if lang.rtl:
                self.labels[lang.code].setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            self.labels[lang.code].setProperty("lang", lang.code)

    @property
    def left(self) -> list[QLabel]:
        return [self.labels[lang.code] for lang in ALL if not lang.rtl]

    @property
    def right(self) -> list[QLabel]:
        return [self.labels[lang.code] for lang in ALL if lang.rtl]

    def set_texts(self, texts: Mapping[str, str]) -> None:
        for code, label in self.labels.items():
            label.setText(texts.get(code, ""))


class CalledRow(QFrame):
    """One called ticket: its number, an arrow, its booth. The newest is red and flashes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calledRow")
        self.ticket = text_label("calledTicket", Qt.AlignmentFlag.AlignHCenter)
        self.arrow = text_label("calledArrow", Qt.AlignmentFlag.AlignHCenter)
        self.booth = text_label("calledBooth", Qt.AlignmentFlag.AlignHCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ticket, 5)
        layout.addWidget(self.arrow, 2)
        layout.addWidget(self.booth, 3)
        self._flash = 0.0
        self.newest = False
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(FLASH_MS)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(0.0)
        for step in range(1, 8):  # four pulses between the highlight and amber
            self.animation.setKeyValueAt(step / 8, 1.0 if step % 2 else 0.0)
        self.animation.setEasingCurve(QEasingCurve.Type.Linear)
        self.animation.valueChanged.connect(self._set_flash)

    def _set_flash(self, value: float) -> None:
        self._flash = float(value)
        self.update()

    @property
    def flashing(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def flash(self) -> None:
        self.animation.stop()
        self.animation.start()

    def set_ticket(self, label: str, booth: int, newest: bool) -> None:
        self.ticket.setText(label)
        self.arrow.setText("\u2192")  # the board is always left to right: ticket, then booth
        self.booth.setText(str(booth))
        if newest != self.newest:
            self.newest = newest
            self.setProperty("newest", newest)
            for widget in (self, self.ticket, self.arrow, self.booth):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.update()

    def paintEvent(self, event) -> None:
        if self.newest:
            base = HIGHLIGHT
            t = self._flash
            colour = QColor.fromRgbF(
                base.redF() + (FLASH.redF() - base.redF()) * t,
                base.greenF() + (FLASH.greenF() - base.greenF()) * t,
                base.blueF() + (FLASH.blueF() - base.blueF()) * t,
            )
        else:
            colour = QColor("#f3f3f3")
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        radius = self.height() * 0.12
        path.addRoundedRect(self.rect().adjusted(2, 2, -2, -2), radius, radius)
        painter.fillPath(path, colour)
        painter.end()


class BoardWindow(QWidget):
    def __init__(self, app: App, *, campaign_id: int | None = None, poll_ms: int = POLL_MS):
        super().__init__()
        self.app = app
        self.words = Words()
        self.setObjectName("board")
        self.setWindowTitle("Qatra")
        # Arabic and French side by side: a fixed layout, whatever the application's language.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.snapshot: BoardSnapshot | None = None
        self._scale = 0.0

        # Header: campaign names, slogans, the time and date.
        self.name = SideBySide("campaignName")
        self.slogan = SideBySide("slogan")
        self.clock = text_label("clock", Qt.AlignmentFlag.AlignHCenter)
        self.date = SideBySide("date", stacked=True)
        self.drop = BloodDrop(54)
        header = QGridLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.name, 0, 0, 1, 3)
        header.addWidget(self.slogan, 1, 0, 1, 3)
        middle = QVBoxLayout()
        middle.setSpacing(0)
        clock_row = QHBoxLayout()
        clock_row.setSpacing(20)  # the drop beside the digits, not touching them (scaled with the board)
        clock_row.addStretch(1)
        clock_row.addWidget(self.drop, 0, Qt.AlignmentFlag.AlignVCenter)
        clock_row.addWidget(self.clock)
        clock_row.addStretch(1)
        middle.addLayout(clock_row)
        middle.addWidget(self.date)
        header_frame = QFrame()
        header_frame.setObjectName("header")
        header_layout = QHBoxLayout(header_frame)
        header_layout.setContentsMargins(28, 10, 28, 10)
        header_layout.addLayout(header, 1)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(header_frame, 1)
        time_frame = QFrame()
        time_frame.setObjectName("timeBox")
        time_frame.setLayout(middle)
        top.addWidget(time_frame)

        # Called tickets.
        self.called_heading = SideBySide("heading")
        self.ticket_heading = text_label("columnHeading", Qt.AlignmentFlag.AlignHCenter)
        self.booth_heading = text_label("columnHeading", Qt.AlignmentFlag.AlignHCenter)
        column_heads = QHBoxLayout()
        column_heads.addWidget(self.ticket_heading, 5)
        column_heads.addStretch(2)
        column_heads.addWidget(self.booth_heading, 3)
        self.rows = [CalledRow() for _ in range(ROWS)]
        self.empty_called = SideBySide("emptyCalled", stacked=True)
        called = QVBoxLayout()
        called.setSpacing(10)
        called.addWidget(self.called_heading)
        called.addLayout(column_heads)
        for row in self.rows:
            called.addWidget(row, 1)
        called.addWidget(self.empty_called, 1)
        called_frame = QFrame()
        called_frame.setObjectName("calledPanel")
        called_frame.setLayout(called)

        # Next tickets, people waiting, wait estimate.
        self.next_heading = SideBySide("heading")
        self.next_labels = [text_label("nextTicket", Qt.AlignmentFlag.AlignHCenter) for _ in range(NEXT_SHOWN)]
        next_grid = QGridLayout()
        next_grid.setSpacing(10)
        for index, widget in enumerate(self.next_labels):
            next_grid.addWidget(widget, index // 4, index % 4)
        self.nobody_waiting = SideBySide("emptyNext", stacked=True)
        self.waiting_heading = SideBySide("heading")
        self.waiting = text_label("bigNumber", Qt.AlignmentFlag.AlignHCenter)
        self.wait_heading = SideBySide("heading")
        self.wait = SideBySide("bigValue", stacked=False)
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(self.next_heading)
        side.addLayout(next_grid)
        side.addWidget(self.nobody_waiting)
        side.addSpacing(16)
        side.addWidget(self.waiting_heading)
        side.addWidget(self.waiting)
        side.addSpacing(8)
        side.addWidget(self.wait_heading)
        side.addWidget(self.wait)
        side.addStretch(1)
        side_frame = QFrame()
        side_frame.setObjectName("sidePanel")
        side_frame.setLayout(side)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(called_frame, 3)
        body.addWidget(side_frame, 2)

        # The day's donations against the target.
        self.donations_heading = SideBySide("heading")
        self.progress = QProgressBar()
        self.progress.setObjectName("target")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        footer = QHBoxLayout()
        footer.setSpacing(24)
        for label in self.donations_heading.left:
            footer.addWidget(label)
        footer.addWidget(self.progress, 1)
        for label in self.donations_heading.right:
            footer.addWidget(label)
        footer_frame = QFrame()
        footer_frame.setObjectName("footer")
        footer_frame.setLayout(footer)

        outer = QVBoxLayout(self)
        # The screen decides the size and the texts scale to it (apply_scale), not the other way round.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(16)
        from kiosk.ui.storage_watch import StorageBanner, StorageWatch, fault_text

        # A fault in both languages, for the staff who glance at the board (what is wrong, what to do).
        self.storage_banner = StorageBanner(
            lambda fault: joined({lang: fault_text(fault, lang) for lang in SIDE_BY_SIDE})
        )
        self.watch = StorageWatch(app, writes=False, parent=self)
        self.watch.changed.connect(self._storage_changed)
        outer.addWidget(self.storage_banner)
        outer.addLayout(top)
        outer.addLayout(body, 1)
        outer.addWidget(footer_frame)

        self.campaign: CampaignSpec | None = None
        self.campaign_id = campaign_id
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self.tick)
        self._refresh = QTimer(self, interval=REFRESH_MS)
        self._refresh.timeout.connect(self.reload)
        self.feed: QueueFeed | None = None
        self._poll_ms = poll_ms
        self._newest: tuple | None = None
        self._loaded = False
        self.translate_ui()
        self.apply_scale(DESIGN_WIDTH, DESIGN_HEIGHT)

    # -- start ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the database, find the campaign, show the queue and follow it; a database
        that cannot be read shows the banner and the board starts once it can."""
        from kiosk.storage import campaigns
        from kiosk.storage.faults import StorageFault

        try:
            with self.app.db.read() as session:
                row = campaigns.active_campaign(session)
                if row is not None:
                    self.campaign_id = row.id if self.campaign_id is None else self.campaign_id
                    self.campaign = campaigns.spec_of(row)
        except StorageFault as fault:
            self.watch.report(fault)
            self._clock.start()
            self.tick()
            return
        self.watch.follow_start_check()
        self.show_campaign()
        if self.campaign_id is not None:
            self.feed = QueueFeed(self.app, self.campaign_id, interval_ms=self._poll_ms, parent=self)
            self.feed.changed.connect(self.reload)
            self.feed.start()
            self._refresh.start()
        self._clock.start()
        self.reload()
        self.tick()

    def _storage_changed(self, fault: object) -> None:
        from kiosk.storage.faults import StorageFault

        self.storage_banner.show_fault(fault if isinstance(fault, StorageFault) else None)
        if fault is None and self.feed is None:
            self.start()  # it could not start while the database was down
        elif fault is None:
            self.reload()

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()
        self._clock.stop()
        self._refresh.stop()

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)

    # -- size ----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_scale(event.size().width(), event.size().height())

    def apply_scale(self, width: int, height: int) -> None:
        """Sizes follow the screen: the design's 1920x1080 at 1, a 1280x720 TV at 0.67."""
        scale = round(max(0.4, min(height / DESIGN_HEIGHT, width / DESIGN_WIDTH)), 2)
        if scale != self._scale:
            self._scale = scale
            self.setStyleSheet(style_sheet(scale))
            for layout, spacing, margins in self._layouts():
                layout.setSpacing(round(spacing * scale))
                layout.setContentsMargins(*(round(m * scale) for m in margins))
            self.drop.setFixedSize(int(54 * scale), int(54 * scale * 1.3))
            self.progress.setFixedHeight(int(48 * scale))

    def _layouts(self) -> list[tuple[QLayout, int, tuple[int, int, int, int]]]:
        """Every layout with its spacing and margins as designed (for 1080 lines), found once."""
        if not hasattr(self, "_designed"):
            found = [
                layout for widget in (self, *self.findChildren(QWidget)) if (layout := widget.layout()) is not None
            ]
            index = 0
            while index < len(found):
                layout = found[index]
                for i in range(layout.count()):
                    item = layout.itemAt(i)
                    child = item.layout() if item is not None else None
                    if child is not None and child not in found:
                        found.append(child)
                index += 1
            self._designed = []
            for layout in found:
                m = layout.contentsMargins()
                self._designed.append((layout, max(0, layout.spacing()), (m.left(), m.top(), m.right(), m.bottom())))
        return self._designed

    # -- texts ---------------------------------------------------------------------------------
    def translate_ui(self) -> None:
        each = self.words.each
        self.called_heading.set_texts(each(CALLED))
        self.ticket_heading.setText(joined(each(TICKET)))
        self.booth_heading.setText(joined(each(BOOTH)))
        self.empty_called.set_texts(each(NOBODY_CALLED))
        self.next_heading.set_texts(each(NEXT))
        self.nobody_waiting.set_texts(each(NOBODY_WAITING))
        self.waiting_heading.set_texts(each(WAITING))
        self.wait_heading.set_texts(each(WAIT))
        self.donations_heading.set_texts(each(DONATIONS))

    def show_campaign(self) -> None:
        spec = self.campaign
        if spec is None:
            self.name.set_texts(self.words.each(THANKS))
            self.slogan.set_texts({})
            return
        self.name.set_texts({code: spec.name.of(code) for code in LANGUAGES})
        if spec.slogan:
            self.slogan.set_texts({code: f"« {spec.slogan.of(code)} »" for code in LANGUAGES})
        else:
            self.slogan.set_texts(self.words.each(THANKS))

    def tick(self) -> None:
        now = self.app.now()
        local = to_local(now)
        self.clock.setText(f"{local.hour:02d}:{local.minute:02d}")
        day = local.date()
        self.date.set_texts({code: weekday_date(day, code) for code in LANGUAGES})

    # -- the queue -----------------------------------------------------------------------------
    def reload(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from kiosk.storage import queue as q
        from kiosk.storage.faults import StorageFault

        if self.campaign_id is None:
            return
        day = self.feed.day if self.feed is not None and self.feed.day else self.app.today()
        try:
            with self.app.db.read() as session:
                snapshot = q.board(session, self.campaign_id, day, self.app.now())
        except StorageFault as fault:
            self.watch.report(fault)  # the last snapshot stays on screen
            return
        except SQLAlchemyError as error:
            log.warning("board snapshot failed: %s", error)
            return
        self.watch.succeeded(False)
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        previous = self._newest
        self.snapshot = snapshot
        called = snapshot.called[:ROWS]
        for index, row in enumerate(self.rows):
            if index < len(called):
                ticket = called[index]
                row.set_ticket(ticket.label, ticket.booth, newest=index == 0)
                row.show()
            else:
                row.hide()
        self.empty_called.setVisible(not called)
        newest = (called[0].ticket, called[0].booth, called[0].called_at) if called else None
        self._newest = newest
        if self._loaded and newest is not None and newest != previous:
            self.rows[0].flash()  # a new call, or a call again: catch the eye
        self._loaded = True

        labels = snapshot.next_labels[:NEXT_SHOWN]
        for index, widget in enumerate(self.next_labels):
            widget.setText(labels[index] if index < len(labels) else "")
            widget.setVisible(index < len(labels))
        self.nobody_waiting.setVisible(not labels)
        self.waiting.setText(str(snapshot.waiting))
        self.wait.set_texts(self.words.each(MINUTES, snapshot.wait_minutes))
        target = max(1, snapshot.target)
        self.progress.setRange(0, target)
        self.progress.setValue(min(snapshot.donations, target))
        # Kept left to right: under an Arabic kiosk in the same process it would read "100 / 1".
        self.progress.setFormat(ltr(f"{snapshot.donations} / {snapshot.target}"))

    def texts(self) -> list[str]:
        """Every text on the board now (tests: no name may ever be among them)."""
        return [widget.text() for widget in self.findChildren(QLabel) if widget.text()]
