"""How old the prices are, in one line: "Newest price 2026-10-17 · genai-prices 0.2.3 ·
llm-prices-cn 2026-08-22".

Names the newest date a price in the catalog takes effect and every added price
source with its own version or date (imports, your prices); the shipped catalog
is implied. It never says the prices were checked today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from ..engine.sources import SHIPPED, YOURS, PriceSource
from .i18n import translate


def source_label(source: PriceSource) -> str:
    """``genai-prices 0.2.3``; "your prices 2026-11-02" in the reader's language."""
    if source.kind == YOURS:
        name = translate("PriceAge", "your prices")
        return f"{name} {source.version}".strip()
    return source.label()


def price_age_text(newest: dt.date | None, sources: Sequence[PriceSource],
                   date_text: Callable[[dt.date], str] = dt.date.isoformat) -> str:
    """The status bar's and the report's line on the age of the prices."""
    parts = []
    if newest is not None:
        parts.append(translate("PriceAge", "Newest price {date}").format(date=date_text(newest)))
    parts += [source_label(s) for s in sources if s.kind != SHIPPED]
    return " · ".join(parts)
