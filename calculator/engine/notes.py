"""Notes that come with a result ("USD prices converted at ..."), kept translatable.

A :class:`Note` stores a template key and its values; ``str(note)`` is English.
Front ends translate ``TEMPLATES[note.key]`` (context ``"Notes"``) and fill in
the values. The templates are marked with a local ``QT_TRANSLATE_NOOP`` so Qt's
``pyside6-lupdate`` collects them without the engine importing Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name lupdate looks for)
    return text


TEMPLATES: dict[str, str] = {
    "lowest_tier": QT_TRANSLATE_NOOP(
        "Notes", "No monthly request count: {count} model(s) with context-length tiers are "
                 "priced at their lowest tier."),
    "converted": QT_TRANSLATE_NOOP(
        "Notes", "{currencies} prices converted to {currency} at {rate}."),
    "discounts": QT_TRANSLATE_NOOP(
        "Notes", "Discounts off list prices: {discounts}."),
    "missing_models": QT_TRANSLATE_NOOP(
        "Notes", "Not in the price catalog, left out: {models}."),
    "missing_reference": QT_TRANSLATE_NOOP(
        "Notes", "Reference model {model} is not in the price catalog."),
    "dates_reversed": QT_TRANSLATE_NOOP(
        "Notes", "The current date ({current}) is before the baseline date ({baseline}): "
                 "savings run backwards in time, from the later prices to the earlier ones."),
    "plan_left_out": QT_TRANSLATE_NOOP(
        "Notes", "Plan {plan} left out: not in the price catalog: {models}."),
    "plan_name_taken": QT_TRANSLATE_NOOP(
        "Notes", "Plan {plan} left out: a model has the same id; rename the plan."),
    "retired": QT_TRANSLATE_NOOP(
        "Notes", "Retired by {date}, so not priced: {models}."),
    "billed_as": QT_TRANSLATE_NOOP(
        "Notes", "Billed as another model at its prices: {pairs}."),
    "promotions_used": QT_TRANSLATE_NOOP(
        "Notes", "Promotional prices used (valid until their end date): {models}."),
    "promotions_ignored": QT_TRANSLATE_NOOP(
        "Notes", "Promotional prices are in effect but list prices are used: {models}."),
    "off_peak_given": QT_TRANSLATE_NOOP(
        "Notes", "Time-banded prices ({models}): {share} of the traffic is billed at off-peak "
                 "rates, as set by hand."),
    "off_peak_flat": QT_TRANSLATE_NOOP(
        "Notes", "Time-banded prices: traffic spread evenly over the week on the vendor's "
                 "clock, so this share is billed off-peak: {shares}."),
    "variant_fallback": QT_TRANSLATE_NOOP(
        "Notes", "No {variants} prices, so standard prices are used: {models}."),
    "off_peak_traffic": QT_TRANSLATE_NOOP(
        "Notes", "Time-banded prices: the {profile} traffic profile ({zone}) over {month}, on "
                 "the vendor's clock and holiday calendar, is billed off-peak at this share: "
                 "{shares}."),
    "stale": QT_TRANSLATE_NOOP(
        "Notes", "The newest price of these models is more than {days} days older than the "
                 "current date ({date}); check for newer prices: {models}."),
    "old_prices": QT_TRANSLATE_NOOP(
        "Notes", "Prices last confirmed more than a year before the date they price "
                 "(marked as old): {models}."),
    "self_hosted_baseline": QT_TRANSLATE_NOOP(
        "Notes", "Self-hosted rows ({names}) have no cost at the baseline date: the GPU prices "
                 "entered are today's."),
}


#: Values that are words rather than names or numbers, translated like the templates:
#: traffic profiles (``profile``) and service variants (``variants``, comma-separated).
WORDS: dict[str, str] = {
    "flat": QT_TRANSLATE_NOOP("Notes", "flat"),
    "business": QT_TRANSLATE_NOOP("Notes", "business-hours"),
    "evenings": QT_TRANSLATE_NOOP("Notes", "evenings"),
    "overnight": QT_TRANSLATE_NOOP("Notes", "overnight-batch"),
    "custom": QT_TRANSLATE_NOOP("Notes", "own"),
    "batch": QT_TRANSLATE_NOOP("Notes", "batch"),
    "flex": QT_TRANSLATE_NOOP("Notes", "flex"),
    "priority": QT_TRANSLATE_NOOP("Notes", "priority"),
}
_WORD_VALUES = ("profile", "variants")


@dataclass(frozen=True)
class Note:
    key: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def make(cls, key: str, **values: object) -> Note:
        if key not in TEMPLATES:
            raise KeyError(key)
        return cls(key, tuple((name, str(value)) for name, value in values.items()))

    def render(self, template: str | None = None, word=None) -> str:
        """The note in ``template`` (a translation of ``TEMPLATES[key]``), or English;
        ``word`` translates the :data:`WORDS` among its values."""
        values = dict(self.values)
        for name in _WORD_VALUES:
            if name in values:
                values[name] = ", ".join(
                    (word(WORDS[part]) if word else WORDS[part]) if part in WORDS else part
                    for part in values[name].split(", "))
        return (template or TEMPLATES[self.key]).format(**values)

    def __str__(self) -> str:
        return self.render()
