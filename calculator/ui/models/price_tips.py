"""What a cost, price or date cell of the comparison table says about the price behind it.

One side (baseline or current) of one row: when the record took effect and how sure
it is, list or promotional price, the model it is billed as, peak and off-peak prices
with the off-peak share used, how old the evidence is, the retirement date, the
sources and when they were checked. The words live in :func:`tip_texts` (context
``ComparisonTable``) so the table and its tests read the same ones.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ...reports.formatting import format_percent, format_price
from ..catalog.price_text import date_text, split_sources
from ..i18n import translate

#: How the off-peak share of time-banded prices was found (``PricingOptions``).
SHARE_FLAT, SHARE_GIVEN, SHARE_TRAFFIC = "flat", "given", "traffic"


def share_basis(options) -> str:
    """How a comparison's ``PricingOptions`` found the off-peak share."""
    if getattr(options, "off_peak_share", None) is not None:
        return SHARE_GIVEN
    traffic = getattr(options, "traffic", None)
    if traffic is not None and getattr(traffic, "name", "flat") != "flat":
        return SHARE_TRAFFIC
    return SHARE_FLAT


def tip_texts() -> dict[str, str]:
    """The tooltip lines, in the interface language."""
    return {
        "tip_uncertain": translate("ComparisonTable", "Uncertain price (≈): see the notes."),
        "tip_effective": translate("ComparisonTable", "Price in effect from {date} ({status})"),
        "tip_native": translate("ComparisonTable",
                                "Billed in {currency}: {price} per 1M tokens"),
        "tip_cached": translate("ComparisonTable", "Cached input: {price} per 1M tokens"),
        "tip_source": translate("ComparisonTable", "Source: {source}"),
        "tip_sources": translate("ComparisonTable", "Sources:"),
        "tip_checked": translate("ComparisonTable", "Checked {date}"),
        "tip_discount": translate("ComparisonTable", "Includes a {pct} vendor discount"),
        "tip_tier": translate("ComparisonTable",
                              "Context tier for requests above {tokens} input tokens"),
        "tip_list": translate("ComparisonTable", "List price"),
        "tip_promotion": translate("ComparisonTable", "Promotional price, valid until {date}"),
        "tip_billed_as": translate("ComparisonTable", "Billed as {model}, at its prices"),
        "tip_bands": translate("ComparisonTable",
                               "Time-banded prices per 1M tokens: input {peak_in} peak, "
                               "{off_in} off-peak; output {peak_out} peak, {off_out} off-peak"),
        "tip_share_flat": translate("ComparisonTable",
                                    "Off-peak share used: {share} (schedule {schedule}, "
                                    "traffic spread evenly over the week)"),
        "tip_share_given": translate("ComparisonTable",
                                     "Off-peak share used: {share} (set in the scenario)"),
        "tip_share_traffic": translate("ComparisonTable",
                                       "Off-peak share used: {share} (schedule {schedule}, "
                                       "your traffic profile)"),
        "tip_old": translate("ComparisonTable",
                             "Over a year old: the newest evidence for this price is from "
                             "{evidence}, {days} days before {date}. It may have changed "
                             "since."),
        "tip_retired_on": translate("ComparisonTable", "Retired on {date}."),
        "tip_open": translate("ComparisonTable",
                              "Double-click for the price record and its sources."),
    }


def record_lines(row, side: str, texts: dict[str, str], currency: str,
                 price: str = "", share_basis: str = SHARE_FLAT,
                 priced_on: str = "") -> list[str]:
    """Lines describing the record behind one side of ``row`` (a priced, free or unknown
    status: a record exists). ``price``: the price column of the cell (input, output,
    cached) or empty for a cost; ``priced_on``: the side's date (ISO)."""
    t = texts
    record_status = row[f"{side}_record_status"]
    lines = [t["tip_effective"].format(date=date_text(row[f"{side}_effective_from"]),
                                       status=t.get(record_status, record_status))]
    kind = row.get(f"{side}_price_kind")
    if kind == "promotion":
        lines.append(t["tip_promotion"].format(date=date_text(row.get(f"{side}_promo_until"))))
    elif kind == "list":
        lines.append(t["tip_list"])
    billed_as = row.get(f"{side}_billed_as")
    if isinstance(billed_as, str) and billed_as:
        lines.append(t["tip_billed_as"].format(model=billed_as))
    lines.extend(band_lines(row, side, t, currency, share_basis))
    if price:
        native = row.get(f"{side}_native_{price}_per_mtok")
        record_currency = row.get(f"{side}_currency")
        if not _nan(native) and record_currency != currency:
            lines.append(t["tip_native"].format(currency=record_currency,
                                                price=format_price(native, record_currency)))
    cached = row.get(f"{side}_cached_per_mtok")
    if not _nan(cached):
        lines.append(t["tip_cached"].format(price=format_price(cached, currency)))
    if row.get("discount" if side == "current" else "baseline_discount"):
        off = row["discount" if side == "current" else "baseline_discount"]
        lines.append(t["tip_discount"].format(pct=format_percent(off)))
    above = row.get(f"{side}_above_input_tokens")
    if above and not _nan(above):
        lines.append(t["tip_tier"].format(tokens=f"{above:,.0f}"))
    if row.get(f"{side}_old_price"):
        lines.append(old_line(row, side, t, priced_on))
    if record_status == "uncertain":
        lines.append(t["tip_uncertain"])
    return lines


def band_lines(row, side: str, texts: dict[str, str], currency: str,
               share_basis: str) -> list[str]:
    """Peak and off-peak prices and the off-peak share, for a time-banded price."""
    share = row.get(f"{side}_off_peak_share")
    if _nan(share):
        return []

    def money(column: str) -> str:
        value = row.get(column)
        return "?" if _nan(value) else format_price(value, currency)

    t = texts
    lines = [t["tip_bands"].format(
        peak_in=money(f"{side}_input_per_mtok"), off_in=money(f"{side}_off_peak_input_per_mtok"),
        peak_out=money(f"{side}_output_per_mtok"),
        off_out=money(f"{side}_off_peak_output_per_mtok"))]
    key = {SHARE_GIVEN: "tip_share_given", SHARE_TRAFFIC: "tip_share_traffic"}.get(
        share_basis, "tip_share_flat")
    lines.append(t[key].format(share=format_percent(share),
                               schedule=row.get(f"{side}_schedule") or "?"))
    return lines


def old_line(row, side: str, texts: dict[str, str], priced_on: str) -> str:
    """Why a price is marked old: its newest evidence and how long before the date."""
    effective, checked = row.get(f"{side}_effective_from"), row.get(f"{side}_checked")
    dates = [pd.Timestamp(d) for d in (effective, checked) if not _missing_date(d)]
    evidence = max(dates) if dates else None
    days = "?"
    if evidence is not None and priced_on:
        days = f"{(pd.Timestamp(priced_on) - evidence).days:,}"
    return texts["tip_old"].format(evidence=date_text(evidence), days=days,
                                   date=priced_on or "?")


def source_lines(row, side: str, texts: dict[str, str]) -> list[str]:
    """The record's sources, the date they were checked, and its notes."""
    t = texts
    sources = split_sources(row.get(f"{side}_source"))
    lines = []
    if len(sources) == 1:
        lines.append(t["tip_source"].format(source=sources[0]))
    elif sources:
        lines.append(t["tip_sources"])
        lines.extend(f"  • {source}" for source in sources)
    lines.append(t["tip_checked"].format(date=date_text(row.get(f"{side}_checked"))))
    notes = row.get(f"{side}_notes")
    if notes and isinstance(notes, str):
        lines.append(notes)
    return lines


def _nan(value) -> bool:
    return value is None or (isinstance(value, (float, np.floating)) and math.isnan(value))


def _missing_date(value) -> bool:
    return value is None or pd.isna(value)
