"""The organiser station: the day's figures live, and the end-of-day report."""
