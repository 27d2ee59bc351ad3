"""The display board: called tickets and booths, next tickets, the wait, the
day's donations; Arabic and French side by side, and never a name."""
