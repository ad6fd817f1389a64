"""pyqtgraph charts. Each chart class only draws what it is given (``set_data``)."""
