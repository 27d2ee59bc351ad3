"""A synthetic campaign day, run through the same queue operations as the stations.

`simulate(Settings(...))` starts K kiosk processes that register donors and
B booth processes that call, interview, measure and decide, all on one
database, with the day's pauses compressed (1 minute = `minute_ms` ms), while
this process watches the queue like a display board. It is the queue's load
test: see `Report` for what it counts. `kiosk simulate` is its command line.
"""

from kiosk.simulation.run import Report, Settings, SimulationError, simulate

__all__ = ["Report", "Settings", "SimulationError", "simulate"]
