"""Run ▸ Repeat with N seeds… and Run ▸ Sweep…: the command line's sweep from the open network,
in the background, with progress, Cancel, and the spread as a table and a plot."""
