"""Qt screens: the donor kiosk, the nurse station, the display board. The only
place that imports PySide6 widgets; every rule and query lives below it.

Importing this package loads the binding first and stops it from keeping the
source of every later import in memory (see `binding`)."""

from kiosk.ui.binding import forget_module_sources

forget_module_sources()
