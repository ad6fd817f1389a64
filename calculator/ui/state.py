"""The one object between widgets and engine: holds the scenario, recomputes, tells
everyone what changed, and keeps the undo history.

Edits come in through typed methods (``set_growth(0.1)``,
``set_workload_field("input_tokens", 1.2e8)``), whoever makes them: a widget, a menu
command, a preset, a test. :attr:`AppState.sig_fields_changed` then names the fields
that changed (:func:`~calculator.engine.scenario.differences`), and every panel and
menu shows the new values from the state, so a change from any source shows
everywhere. A burst of changes in one event-loop turn is priced once; views subscribe
to ``sig_results_changed`` and draw the :class:`Evaluation` they receive.

Every edit is a step on :attr:`AppState.undo_stack`; a burst of typing in one field
(edits of the same field less than :data:`BURST_SECONDS` apart) is one step. Loading
a whole scenario (new, open, recover) starts a fresh history.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..engine import Catalog, EngineError, FxRate, FxTable
from ..engine.discounts import Discount
from ..engine.evaluate import Evaluation, evaluate
from ..engine.fx import default_rate
from ..engine.planning import PlanSet
from ..engine.presets import preset, preset_scenario
from ..engine.scenario import (
    BILLING_FIELDS,
    CUSTOM_TRAFFIC,
    HISTORY_PRICES,
    MODES,
    TRAFFIC_PROFILES,
    WORKLOAD_FIELDS,
    Scenario,
    differences,
)
from ..engine.traffic import PROFILES
from ..formats.scenario_prices import with_records
from ..reports.locale import Locale
from .field_checks import field_problems
from .view_state import ViewState

CURRENCIES = ("CNY", "USD")
#: Edits of one field closer together than this are one undo step (typing a number).
BURST_SECONDS = 1.0


class AppState(QObject):
    sig_fields_changed = Signal(object)
    """The scenario changed (edit, undo, load): a ``frozenset`` of changed field names."""
    sig_results_changed = Signal(object)
    """A new :class:`Evaluation` for the current scenario."""
    sig_view_changed = Signal(object)
    """The :class:`ViewState` changed (validity, staleness, locale, problems, notes)."""
    sig_scenario_replaced = Signal(object)
    """A whole scenario was loaded (opened, new, restored); carries it."""
    sig_scenario_edited = Signal(object)
    """The scenario changed through an edit, an undo or a redo; carries the new scenario."""
    sig_error = Signal(str)
    """The engine refused the scenario; the message names the problem."""
    sig_catalog_changed = Signal(object)
    """A different catalog (prices imported or edited); carries the catalog."""

    def __init__(self, catalog: Catalog, default_fx: FxRate | FxTable,
                 scenario: Scenario | None = None, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        #: The user's catalog (shipped + imports + own); ``catalog`` adds the records
        #: the open scenario file carries.
        self.base_catalog = catalog
        self.scenario_prices = pd.DataFrame()
        self.catalog = catalog
        #: The shipped dated rates (``seeds/fx.csv``) or one fixed rate; see :attr:`default_fx`.
        self.fx_rates = default_fx
        self.discounts: Mapping[str, float] = {}
        self._scenario = scenario or Scenario()
        self.results: Evaluation | None = None
        self.view = ViewState(field_problems=field_problems(self._scenario))
        self._invalid: dict[str, frozenset[str]] = {}
        #: Holiday calendars vendor schedules name, and the computer's time zone (for
        #: traffic that names none): both from outside the engine.
        self.calendars = _calendars()
        self.local_zone = _local_zone()
        self.compute_ms = 0.0
        self.compute_count = 0
        self.clock = clock
        #: The day the app runs (what a preset's "today" and "one year ago" resolve to).
        self.today = today
        self.undo_stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute_now)

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def default_fx(self) -> FxRate:
        """The default rate of the open scenario: the shipped rate in effect at its current
        date (a scenario's own rate, ``fx_cny_per_usd``, replaces it)."""
        return default_rate(self.fx_rates, self._scenario.current_date)

    @property
    def error(self) -> str | None:
        """Why the engine refused the current scenario, or None."""
        return self.view.engine_error

    # ------------------------------------------------------------------ scenario edits
    def set_name(self, name: str) -> None:
        self._edit(replace(self._scenario, name=name), "name")

    def set_notes(self, notes: str) -> None:
        self._edit(replace(self._scenario, notes=notes), "notes")

    def set_workload_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown workload mode {mode!r} (use {', '.join(MODES)})")
        self._edit(self._scenario.with_workload(mode=mode), None)

    def set_workload_field(self, name: str, value: float | None) -> None:
        """One workload input (``input_tokens``, ``cached_share``...); a name that is not
        a field of :class:`~calculator.engine.scenario.WorkloadSpec` is refused at once."""
        if name not in WORKLOAD_FIELDS:
            raise KeyError(f"unknown workload field {name!r}")
        self._edit(self._scenario.with_workload(**{name: value}), f"workload.{name}")

    def set_cached_share(self, share: float) -> None:
        self.set_workload_field("cached_share", share)

    def set_request_sizes(self, sizes: tuple[tuple[float, float], ...]) -> None:
        """The request-size mix: ((input tokens per request, share of requests), ...)."""
        self.set_workload_field("request_sizes", tuple((float(a), float(b)) for a, b in sizes))

    def set_billing_field(self, name: str, value: object) -> None:
        """One billing input (``batch_share``, ``service_tier``, ``timezone``...); a name
        that is not a field of :class:`~calculator.engine.scenario.BillingSpec` is refused."""
        if name not in BILLING_FIELDS:
            raise KeyError(f"unknown billing field {name!r}")
        self._edit(self._scenario.with_billing(**{name: value}), f"billing.{name}")

    def set_traffic(self, profile: str, weights: tuple[float, ...] | None = None) -> None:
        """The weekly traffic profile in one step: a preset's key, or ``custom`` with its
        168 ``weights`` (weights equal to a preset's select that preset)."""
        if profile not in TRAFFIC_PROFILES:
            raise ValueError(f"unknown traffic profile {profile!r} "
                             f"(use {', '.join(TRAFFIC_PROFILES)})")
        changes: dict[str, object] = {"traffic": profile}
        if weights is not None:
            weights = tuple(float(w) for w in weights)
            preset = next((k for k, v in PROFILES.items() if v == weights), None)
            if preset is not None:
                changes["traffic"] = preset
            else:
                changes.update(traffic=CUSTOM_TRAFFIC, traffic_weights=weights)
        self._edit(self._scenario.with_billing(**changes), None)

    def set_days_per_month(self, days: float) -> None:
        self.set_workload_field("days_per_month", days)

    def set_growth(self, growth: float) -> None:
        """Monthly growth as a fraction (0.05 = 5 % a month)."""
        self._edit(replace(self._scenario, growth=growth), "growth")

    def set_horizon(self, months: int) -> None:
        self._edit(replace(self._scenario, horizon=int(months)), "horizon")

    def set_baseline_date(self, date: dt.date) -> None:
        self._edit(replace(self._scenario, baseline_date=date), "baseline_date")

    def set_current_date(self, date: dt.date) -> None:
        self._edit(replace(self._scenario, current_date=date), "current_date")

    def set_dates(self, baseline: dt.date, current: dt.date) -> None:
        """Both dates in one step (a preset)."""
        self._edit(replace(self._scenario, baseline_date=baseline, current_date=current), None)

    def apply_preset(self, key: str) -> None:
        """A preset of the registry (:mod:`calculator.engine.presets`): its models,
        dates, reference and rate in one undoable step; the rest of the scenario stays."""
        self._edit(preset_scenario(preset(key), self._scenario, self.today()), None)

    def set_currency(self, currency: str) -> None:
        if currency not in CURRENCIES:
            raise ValueError(f"unknown currency {currency!r} (use {', '.join(CURRENCIES)})")
        self._edit(replace(self._scenario, currency=currency), None)

    def set_fx(self, cny_per_usd: float | None) -> None:
        """The exchange rate; None (or the default rate) follows the shipped default."""
        if cny_per_usd is not None and abs(cny_per_usd - self.default_fx.cny_per_usd) < 1e-12:
            cny_per_usd = None
        self._edit(replace(self._scenario, fx_cny_per_usd=cny_per_usd), "fx_cny_per_usd")

    def set_reference(self, model_id: str | None) -> None:
        self._edit(replace(self._scenario, reference=model_id or None), None)

    def set_models(self, models: tuple[str, ...]) -> None:
        self._edit(replace(self._scenario, models=tuple(models)), None)

    def add_model(self, model_id: str) -> None:
        if model_id not in self._scenario.models:
            self.set_models((*self._scenario.models, model_id))

    def set_discounts(self, discounts: tuple[Discount, ...]) -> None:
        """The scenario's negotiated discounts (per vendor or model, from a date)."""
        self._edit(replace(self._scenario, discounts=tuple(discounts)), None)

    def set_history_price(self, what: str) -> None:
        if what not in HISTORY_PRICES:
            raise ValueError(f"unknown price {what!r} (use {', '.join(HISTORY_PRICES)})")
        self._edit(self._scenario.with_chart(history_price=what), None)

    def set_hide_missing(self, on: bool) -> None:
        """Bar charts leave out models without a value (else a line per reason)."""
        self._edit(self._scenario.with_chart(hide_missing=bool(on)), None)

    def set_spend_parts(self, on: bool) -> None:
        """The spend chart stacks each current bar from its cost parts."""
        self._edit(self._scenario.with_chart(spend_parts=bool(on)), None)

    def set_history_log(self, on: bool) -> None:
        self._edit(self._scenario.with_chart(history_log=bool(on)), None)

    def set_projection_baseline(self, on: bool) -> None:
        """Whether the projection draws lines at baseline prices too."""
        self._edit(self._scenario.with_chart(projection_baseline=bool(on)), None)

    def set_projection_plans_only(self, on: bool) -> None:
        """Whether the projection draws only the plan rows (when the scenario has some)."""
        self._edit(self._scenario.with_chart(projection_plans_only=bool(on)), None)

    def set_plans(self, plans: PlanSet) -> None:
        """The scenario's routing plans, deployments and budget, all at once."""
        self._edit(replace(self._scenario, plans=plans), None)

    def set_budget(self, amount: float | None) -> None:
        """The monthly budget in the display currency (None: no budget)."""
        plans = replace(self._scenario.plans, budget=amount)
        self._edit(replace(self._scenario, plans=plans), "plans.budget")

    def replace_scenario(self, scenario: Scenario) -> None:
        """Load a whole scenario (file open, new, restore): a fresh undo history."""
        self.undo_stack.clear()
        changed = differences(self._scenario, scenario)
        self._scenario = scenario
        self._check_fields()
        self.sig_fields_changed.emit(changed)
        self.sig_scenario_replaced.emit(scenario)
        self.schedule()

    def _edit(self, scenario: Scenario, burst: str | None) -> None:
        """One undoable step to ``scenario``; ``burst`` names the field whose quick
        successive edits merge into one step (None: never merged)."""
        if scenario == self._scenario:
            return
        self.undo_stack.push(_Edit(self, self._scenario, scenario, burst, self.clock()))

    def _show(self, scenario: Scenario) -> None:
        """Make ``scenario`` current (an edit, an undo or a redo) and tell everyone."""
        changed = differences(self._scenario, scenario)
        if not changed:
            return
        self._scenario = scenario
        self._check_fields()
        self.sig_fields_changed.emit(changed)
        self.sig_scenario_edited.emit(scenario)
        self.schedule()

    # ------------------------------------------------------------------ view state
    def set_locale(self, locale: Locale) -> None:
        self._set_view(self.view.with_(
            locale=locale, field_problems=field_problems(self._scenario, locale)))

    def set_invalid_fields(self, names: frozenset[str], panel: str = "workload") -> None:
        """Input fields whose text is not a valid value, as ``panel`` reports them (each
        panel reports its own; the view holds them all)."""
        self._invalid[panel] = frozenset(names)
        self._set_view(self.view.with_(invalid_fields=frozenset().union(
            *self._invalid.values())))

    def _check_fields(self) -> None:
        """Values that are valid one by one but not together (the engine would refuse
        them): the view names each field and why."""
        self._set_view(self.view.with_(
            field_problems=field_problems(self._scenario, self.view.locale)))

    def set_catalog_problems(self, problems: tuple[str, ...] | list[str]) -> None:
        self._set_view(self.view.with_(catalog_problems=tuple(problems)))

    def _set_view(self, view: ViewState) -> None:
        if view != self.view:
            self.view = view
            self.sig_view_changed.emit(view)

    # ------------------------------------------------------------------ catalog
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

    # ------------------------------------------------------------------ compute
    def schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def recompute_now(self) -> None:
        self._timer.stop()
        start = time.perf_counter()
        try:
            results = evaluate(self._scenario, self.catalog, self.default_fx, self.discounts,
                               previous=self.results, calendars=self.calendars,
                               local_zone=self.local_zone)
        except EngineError as err:
            self._set_view(self.view.with_(engine_error=str(err)))
            self.sig_error.emit(str(err))
            return
        self.compute_ms = (time.perf_counter() - start) * 1000
        self.compute_count += 1
        self.results = results
        self._set_view(self.view.with_(engine_error=None, notes=results.notes))
        self.sig_results_changed.emit(results)


def _calendars() -> tuple:
    from ..userfiles.holiday_cache import cached_calendars

    return cached_calendars()  # kept between starts: the library loads slowly


def _local_zone():
    from ..runtime.local_zone import local_zone

    return local_zone()


class _Edit(QUndoCommand):
    """One step of the undo history: the scenario before and after."""

    _ids: dict[str, int] = {}

    def __init__(self, state: AppState, before: Scenario, after: Scenario, burst: str | None,
                 when: float):
        super().__init__(burst or "edit")
        self.state, self.before, self.after = state, before, after
        self.burst, self.when = burst, when

    def id(self) -> int:  # noqa: A003 (Qt API)
        if self.burst is None:
            return -1
        return self._ids.setdefault(self.burst, len(self._ids) + 1)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not (isinstance(other, _Edit) and other.burst == self.burst
                and other.when - self.when < BURST_SECONDS):
            return False
        self.after, self.when = other.after, other.when
        self.setObsolete(self.after == self.before)  # typed and typed back: no step
        return True

    def redo(self) -> None:
        self.state._show(self.after)

    def undo(self) -> None:
        self.state._show(self.before)
