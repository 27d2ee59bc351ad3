"""The donor kiosk: a touchscreen flow from the welcome screen to a ticket."""
