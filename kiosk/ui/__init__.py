"""Qt screens: the donor kiosk, the nurse station, the display board. The only
place that imports PySide6 widgets; every rule and query lives below it."""
