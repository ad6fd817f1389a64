"""pyqtgraph charts. Each chart class only draws what it is given (``set_data``).

Importing this package does not import pyqtgraph; the chart modules do.
"""

#: More category labels than this would overlap; every k-th is shown instead.
MAX_CATEGORY_LABELS = 60
#: Line charts draw at most this many models (the most expensive) and say so.
MAX_LINES = 40
#: Bar charts draw at most this many models (the largest values) and say so.
MAX_BARS = 60


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options, set explicitly (their defaults disagree between parts)."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="#212529")
