"""Printing at a station: the print queue (worker thread, signals), the Qt/CUPS
device, and the staff's "documents waiting to print" view with Retry.

    from kiosk.ui.printers import PrintQueue, PrintStatus
"""

from kiosk.ui.printers.queue import PrintQueue
from kiosk.ui.printers.status import PrintStatus

__all__ = ["PrintQueue", "PrintStatus"]
