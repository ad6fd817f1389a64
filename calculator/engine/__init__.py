"""The pricing engine: catalog, dated lookups, workload pricing, comparison, projection.

Pure Python, numpy and pandas; it never imports Qt (``tests/engine/test_purity.py``).
"""

from .amounts import parse_amount
from .catalog import Catalog
from .comparison import (
    FREE,
    NOT_OFFERED,
    PRICED,
    RETIRED,
    STATUSES,
    UNKNOWN,
    Comparison,
    compare,
)
from .errors import (
    AmountError,
    CatalogError,
    EngineError,
    LookupDateError,
    UnknownModelError,
    WorkloadError,
)
from .fx import FxRate, FxTable
from .options import PricingOptions
from .projection import Projection, project
from .workload import Workload

__all__ = [
    "FREE", "NOT_OFFERED", "PRICED", "RETIRED", "STATUSES", "UNKNOWN",
    "AmountError", "Catalog", "CatalogError", "Comparison", "EngineError", "FxRate", "FxTable",
    "LookupDateError", "PricingOptions", "Projection", "UnknownModelError", "Workload",
    "WorkloadError",
    "compare", "parse_amount", "project",
]
