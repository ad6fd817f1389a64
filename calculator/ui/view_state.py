"""What the window shows besides the numbers, without Qt: the view state and the notice.

:class:`ViewState` is one small immutable value the :class:`~calculator.ui.state.AppState`
keeps next to the scenario: which input fields are invalid, which fields disagree with
each other (:mod:`calculator.ui.field_checks`), the engine's refusal, the catalog files
that could not be read, the notes of the last result, and the reader's
:class:`~calculator.reports.locale.Locale`. :func:`notice` is the policy for the one
line above the table: an invalid field first, then a field that disagrees with another,
then the engine's error, then catalog problems, then the result's notes. Both are pure, so
tests run them without a display (an import-linter contract keeps Qt out of this module).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..engine.notes import Note
from ..reports.i18n import note_text, translate
from ..reports.locale import ENGLISH, Locale


@dataclass(frozen=True)
class ViewState:
    locale: Locale = ENGLISH
    #: Input fields whose text is not a valid value (their last valid value is priced).
    invalid_fields: frozenset[str] = frozenset()
    #: Fields whose values are valid alone but not together
    #: (:class:`~calculator.ui.field_checks.FieldProblem`).
    field_problems: tuple = ()
    #: Why the engine refused the scenario (the results on show are older), or None.
    engine_error: str | None = None
    #: User price files that could not be read and were left out.
    catalog_problems: tuple[str, ...] = ()
    #: Notes of the results on show.
    notes: tuple[Note, ...] = ()

    @property
    def stale(self) -> bool:
        """The results on show are not those of the inputs: wash them out."""
        return (bool(self.invalid_fields) or bool(self.field_problems)
                or self.engine_error is not None)

    @property
    def can_export(self) -> bool:
        """Exports and copies would pass old numbers off as current while a field is
        invalid."""
        return not self.invalid_fields

    def problem(self, field: str):
        """The first :class:`~calculator.ui.field_checks.FieldProblem` of ``field``, or None."""
        return next((p for p in self.field_problems if p.field == field), None)

    def with_(self, **changes: object) -> ViewState:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Notice:
    text: str
    error: bool = False


def notice(view: ViewState) -> Notice | None:
    """The line above the table: invalid field > fields that disagree > engine error >
    catalog problems > notes."""
    if view.invalid_fields:
        return Notice(translate("MainWindow", "An input field is invalid (marked in red); "
                                              "the results below are for the last valid "
                                              "inputs."), True)
    if view.field_problems:
        return Notice(view.field_problems[0].text(), True)
    if view.engine_error is not None:
        return Notice(view.engine_error, True)
    if view.catalog_problems:
        return Notice(translate("MainWindow", "Some of your price files could not be read and "
                                              "were left out: {problems}").format(
            problems="; ".join(view.catalog_problems)), True)
    if view.notes:
        return Notice("  ".join(note_text(note) for note in view.notes))
    return None
