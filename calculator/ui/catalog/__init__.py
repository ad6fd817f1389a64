"""The Prices and sources feature: catalog window, price forms, import dialog."""
