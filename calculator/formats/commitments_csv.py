"""The commitments CSV (``seeds/commitments.csv`` and the user's ``commitments.csv``).

One row per offer: a prepaid pack, a subscription (coding or token plan, a
throughput reservation) or a free quota, with its source like a price record.
Columns are documented in ``seeds/README.md``; :func:`read_commitments` names
every problem with file, row, column and value, and :func:`commitments_csv_text`
writes rows back in the same form.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable

from ..engine.amounts import parse_amount
from ..engine.commitments import PERIODS_PER_MONTH, Commitment
from ..engine.dates import parse_date
from ..engine.errors import AmountError, CatalogError, DateError
from ..engine.plans import PlanError
from .catalog_reader import MAX_FILE_BYTES
from .safe_reader import UserFileError, read_text

COLUMNS = (
    "offer_id", "vendor", "name", "kind", "scope", "models", "unit", "quota", "price",
    "currency", "billing", "validity_days", "overflow", "effective_from", "status", "source",
    "checked", "notes",
)
REQUIRED = ("offer_id", "vendor", "name", "kind", "scope", "unit", "quota", "currency",
            "effective_from", "status", "source", "checked")
STATUSES = ("confirmed", "uncertain")
#: What the CSV keeps beside the engine fields (provenance), in ``Commitment.info``.
INFO = ("effective_from", "status", "source", "checked", "notes")


def read_commitments(path: str | os.PathLike[str]) -> list[Commitment]:
    name = os.fspath(path)
    try:
        text = read_text(name, limit=MAX_FILE_BYTES, kind="a commitments file")
    except UserFileError as err:
        raise CatalogError(str(err)) from None
    return parse_commitments(text, name)


def parse_commitments(text: str, name: str = "commitments.csv") -> list[Commitment]:
    """Every offer in ``text``; raises :class:`CatalogError` listing every problem."""
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
        header = next(csv.reader(io.StringIO(text)), [])
    except csv.Error as err:
        raise CatalogError(f"{name}: not a CSV file ({err})") from err
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise CatalogError(f"{name}: missing column(s) {', '.join(missing)}")
    problems: list[str] = []
    offers: list[Commitment] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        where = f"{name}: row {line}"
        try:
            offer = commitment_from_fields(row)
        except PlanError as err:
            column = err.field if err.field in COLUMNS else _column_of(err.field)
            value = (row.get(column) or "").strip()
            problems.append(f"{where}, column {column}: {value!r}: {_reason(err)}")
            continue
        if offer.offer_id in seen:
            problems.append(f"{where}, column offer_id: {offer.offer_id!r}: also on row "
                            f"{seen[offer.offer_id]}")
            continue
        seen[offer.offer_id] = line
        offers.append(offer)
    if problems:
        raise CatalogError(problems)
    return offers


def _column_of(field: str) -> str:
    return {"validity": "validity_days"}.get(field, "offer_id")


def _reason(err: PlanError) -> str:
    text = str(err)
    return text.split(": ", 1)[1] if text.startswith("offer ") and ": " in text else text


def commitment_from_fields(fields: dict[str, str | None]) -> Commitment:
    """One offer from text fields (a CSV row, or the window's form)."""
    row = {column: (fields.get(column) or "").strip() for column in COLUMNS}
    for column in REQUIRED:
        if not row[column]:
            raise PlanError(f"{column} is empty", column)
    for column in ("effective_from", "checked"):
        try:
            parse_date(row[column], column)
        except DateError as err:
            raise PlanError(str(err), column) from None
    if row["status"] not in STATUSES:
        raise PlanError("status must be confirmed or uncertain", "status")
    models = tuple(m.strip() for m in row["models"].split(";") if m.strip())
    return Commitment(
        offer_id=row["offer_id"], vendor=row["vendor"], name=row["name"], kind=row["kind"],
        unit=row["unit"], quota=parse_quota(row["quota"]),
        price=_money(row["price"] or "0", "price"), currency=row["currency"].upper(),
        billing=row["billing"] or ("once" if row["kind"] != "subscription" else "month"),
        validity_days=_money(row["validity_days"], "validity") if row["validity_days"] else None,
        overflow=row["overflow"] or "payg", scope=row["scope"], models=models,
        info={key: row[key] for key in INFO},
    )


def parse_quota(text: str) -> tuple[tuple[float, str], ...]:
    """``10M`` (a pack) or ``1200/5h; 9000/week; 18000/month`` (a subscription)."""
    quota = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        amount, _, period = part.partition("/")
        period = period.strip()
        if period and period not in PERIODS_PER_MONTH:
            raise PlanError(f"unknown quota period {period!r} (use "
                            f"{', '.join(PERIODS_PER_MONTH)})", "quota")
        quota.append((_money(amount, "quota"), period))
    if not quota:
        raise PlanError("quota is empty", "quota")
    return tuple(quota)


def _money(text: str, field: str) -> float:
    try:
        return parse_amount(text, what=field)
    except AmountError as err:
        raise PlanError(str(err), field) from None


def format_quota(quota: Iterable[tuple[float, str]]) -> str:
    return "; ".join(f"{amount:.15g}/{period}" if period else f"{amount:.15g}"
                     for amount, period in quota)


def commitment_fields(offer: Commitment) -> dict[str, str]:
    """The CSV row of an offer (inverse of :func:`commitment_from_fields`)."""
    info = offer.info or {}
    return {
        "offer_id": offer.offer_id, "vendor": offer.vendor, "name": offer.name,
        "kind": offer.kind, "scope": offer.scope, "models": "; ".join(offer.models),
        "unit": offer.unit, "quota": format_quota(offer.quota), "price": f"{offer.price:.15g}",
        "currency": offer.currency, "billing": offer.billing,
        "validity_days": "" if offer.validity_days is None else f"{offer.validity_days:.15g}",
        "overflow": offer.overflow,
        **{key: str(info.get(key, "")) for key in INFO},
    }


def commitments_csv_text(offers: Iterable[Commitment]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for offer in offers:
        writer.writerow(commitment_fields(offer))
    return out.getvalue()
