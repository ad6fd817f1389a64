"""Item data roles the app's models answer, one number each across every view."""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

#: Number (or None for unknown) that sorts a cell by value, not by its text.
SORT_ROLE = _USER
#: The catalog model id behind a row.
MODEL_ID_ROLE = _USER + 1
#: The price status of a cell: free, unknown, not offered, uncertain...
STATUS_ROLE = _USER + 2
#: The cell as a spreadsheet wants it: a plain number (no currency sign, no 万), or the
#: word for a missing value (unknown, not offered).
PLAIN_ROLE = _USER + 5
#: The model's tier (flagship, lite...) in the model picker.
TIER_ROLE = _USER + 3
#: Everything the model picker's search box matches against.
SEARCH_ROLE = _USER + 4
#: A price record's sources as HTML links.
SOURCE_HTML_ROLE = _USER + 10
#: The whole price record behind a history row.
RECORD_ROLE = _USER + 11
#: Where a record comes from: shipped, imported, entered by the user.
ORIGIN_ROLE = _USER + 12
#: The file behind a row of the imports list.
PATH_ROLE = _USER + 20
