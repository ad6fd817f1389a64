"""Input panels and small widgets of the main window."""
