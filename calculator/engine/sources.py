"""Where a catalog's prices come from: one :class:`PriceSource` per catalog layer.

The status bar and reports name the sources with their versions ("genai-prices
0.2.3 · llm-prices-cn 2026-08-22") instead of claiming the prices were checked
today. A layer's records carry its ``origin`` label ("shipped", "import:<stem>",
"yours"); the loader pairs each label with the name and version of the data it
came from (an import's metadata), and :class:`~calculator.engine.catalog.Catalog`
keeps them in layer order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SHIPPED, IMPORT, YOURS = "shipped", "import", "yours"


@dataclass(frozen=True)
class PriceSource:
    """One catalog layer: its records' ``origin``, the data's name and version."""

    origin: str  # as in the records' origin column
    name: str  # "genai-prices", "llm-prices-cn", "LiteLLM", "shipped catalog", "your prices"
    version: str = ""  # the data's own version ("0.2.3") or date ("2026-08-22"); never today
    kind: str = IMPORT  # SHIPPED, IMPORT or YOURS
    #: The newest ``checked`` date (date of evidence) among the layer's records.
    newest_evidence: dt.date | None = None

    def label(self) -> str:
        """``genai-prices 0.2.3``; the name alone when there is no version."""
        return f"{self.name} {self.version}".strip()


def default_source(origin: str, newest_evidence: dt.date | None) -> PriceSource:
    """The source of a layer nothing more is known about: named by its origin, dated by
    its newest evidence."""
    if origin == SHIPPED:
        return PriceSource(origin, "shipped catalog", "", SHIPPED, newest_evidence)
    if origin == YOURS:
        version = newest_evidence.isoformat() if newest_evidence else ""
        return PriceSource(origin, "your prices", version, YOURS, newest_evidence)
    name = origin.split(":", 1)[1] if origin.startswith("import:") else origin
    version = newest_evidence.isoformat() if newest_evidence else ""
    return PriceSource(origin, name, version, IMPORT, newest_evidence)
