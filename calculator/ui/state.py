"""The one object between widgets and engine: holds the scenario, recomputes, notifies.

Widgets call :meth:`AppState.update` (or ``update_workload``); a burst of changes
in one event-loop turn triggers a single recomputation; views subscribe to
``sig_results_changed`` and draw the :class:`Evaluation` they receive.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import replace

import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal

from ..engine import Catalog, EngineError, FxRate, FxTable
from ..engine.evaluate import Evaluation, evaluate
from ..engine.scenario import Scenario
from ..formats.scenario_prices import with_records


class AppState(QObject):
    sig_results_changed = Signal(object)
    """A new :class:`Evaluation` for the current scenario."""
    sig_scenario_replaced = Signal(object)
    """The whole scenario was replaced (opened, new, restored): widgets reload it."""
    sig_scenario_edited = Signal(object)
    """The scenario changed through an edit; carries the new scenario."""
    sig_error = Signal(str)
    """The engine refused the scenario; the message names the problem."""
    sig_catalog_changed = Signal(object)
    """A different catalog (prices imported or edited); carries the catalog."""

    def __init__(self, catalog: Catalog, default_fx: FxRate | FxTable,
                 scenario: Scenario | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        #: The user's catalog (shipped + imports + own); ``catalog`` adds the records
        #: the open scenario file carries.
        self.base_catalog = catalog
        self.scenario_prices = pd.DataFrame()
        self.catalog = catalog
        #: The shipped dated rates (or one fixed rate): a scenario without its own rate
        #: converts at the rate in effect at its current date.
        self.default_fx = default_fx
        self.discounts: Mapping[str, float] = {}
        self._scenario = scenario or Scenario()
        self.results: Evaluation | None = None
        self.error: str | None = None
        self.compute_ms = 0.0
        self.compute_count = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute_now)

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    # ------------------------------------------------------------------ edits
    def update(self, **changes: object) -> None:
        """Change scenario fields (``baseline_date=...``); recomputes once per burst."""
        self._edit(replace(self._scenario, **changes))

    def update_workload(self, **changes: object) -> None:
        self._edit(self._scenario.with_workload(**changes))

    def update_chart(self, **changes: object) -> None:
        self._edit(self._scenario.with_chart(**changes))

    def replace_scenario(self, scenario: Scenario) -> None:
        """Load a whole scenario (file open, new, restore); widgets are told to reload."""
        self._scenario = scenario
        self.sig_scenario_replaced.emit(scenario)
        self.schedule()

    def set_catalog(self, catalog: Catalog, discounts: Mapping[str, float] | None = None) -> None:
        """A reloaded user catalog; the open scenario's own records stay layered on it."""
        self.base_catalog = catalog
        if discounts is not None:
            self.discounts = dict(discounts)
        self._layer()

    def set_scenario_prices(self, prices: pd.DataFrame | None) -> None:
        """The price records a scenario file carries (None or empty: none)."""
        prices = pd.DataFrame() if prices is None else prices
        if prices.empty and self.scenario_prices.empty:
            return
        self.scenario_prices = prices
        self._layer()

    def _layer(self) -> None:
        self.catalog = with_records(self.base_catalog, self.scenario_prices)
        self.sig_catalog_changed.emit(self.catalog)
        self.schedule()

    def _edit(self, scenario: Scenario) -> None:
        if scenario == self._scenario:
            return
        self._scenario = scenario
        self.sig_scenario_edited.emit(scenario)
        self.schedule()

    # ------------------------------------------------------------------ compute
    def schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def recompute_now(self) -> None:
        self._timer.stop()
        start = time.perf_counter()
        try:
            results = evaluate(self._scenario, self.catalog, self.default_fx, self.discounts,
                               previous=self.results)
        except EngineError as err:
            self.error = str(err)
            self.sig_error.emit(self.error)
            return
        self.compute_ms = (time.perf_counter() - start) * 1000
        self.compute_count += 1
        self.results, self.error = results, None
        self.sig_results_changed.emit(results)
