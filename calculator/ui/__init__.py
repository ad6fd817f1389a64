"""Qt user interface: windows, widgets, table models and pyqtgraph charts."""
