"""The shipped catalog alone prices late-2026 models as their vendors bill them.

On 2026-11-30: DeepSeek V4 Pro and V4.1 Flash at their official peak and off-peak
rates (schedule with the CN holiday calendar), GLM-5.3 and Hunyuan TurboS at list,
deepseek-chat retired, the legacy deepseek-v4-flash billed as V4.1 Flash; and the
dated lifecycle and promotion records around them. Prices are CNY per 1M tokens
(search fees per 1,000 calls) as seeds/prices.csv stores them.
"""

import datetime as dt
import math

import pytest

from calculator.engine.catalog import LISTED, STATE_ALIAS, STATE_RETIRED
from calculator.userfiles.loading import load_catalog

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def at(catalog, model_id, date, promotions=False):
    """(state, price record, off-peak record, billed-as model) of ``model_id`` at ``date``."""
    found = catalog.lookup(date, promotions=promotions)
    pos = catalog.positions([model_id])[0]
    records = catalog.records

    def record(index):
        return None if index < 0 else records.iloc[index]

    billed = found.billed_as[pos]
    return (found.state[pos], record(found.price[pos]), record(found.off_peak[pos]),
            None if billed < 0 else catalog.all_models[billed])


def prices(record):
    """(input, output, cached input) of a record; None where unknown."""
    values = (record["input_per_mtok"], record["output_per_mtok"], record["cached_input_per_mtok"])
    return tuple(None if math.isnan(v) else v for v in values)


@pytest.mark.parametrize(("model_id", "peak", "off_peak"), [
    ("deepseek-v4-pro", (9, 27, 0.3), (4.5, 13.5, 0.15)),
    ("deepseek-flash", (2, 8, 0.04), (1, 4, 0.02)),
])
def test_deepseek_peak_and_off_peak_today(catalog, model_id, peak, off_peak):
    state, peak_record, off_record, _ = at(catalog, model_id, TODAY)
    assert state == LISTED
    assert peak_record["band"] == "peak" and off_record["band"] == "off_peak"
    assert prices(peak_record) == pytest.approx(peak)
    assert prices(off_record) == pytest.approx(off_peak)
    for record in (peak_record, off_record):
        assert record["currency"] == "CNY" and record["status"] == "confirmed"
        assert record["schedule"] == "deepseek-2026-10-17"
        assert record["search_per_k"] == 5
    schedule = catalog.schedule("deepseek-2026-10-17")
    assert schedule.holiday_calendar == "CN"


@pytest.mark.parametrize(("model_id", "expected"), [
    ("glm-5.3", (8, 28, 2)),
    ("hunyuan-turbos", (0.8, 2, None)),
])
def test_list_prices_today(catalog, model_id, expected):
    state, record, off_record, _ = at(catalog, model_id, TODAY)
    assert state == LISTED and record["band"] == "" and off_record.name == record.name
    assert record["currency"] == "CNY" and record["status"] == "confirmed"
    assert prices(record) == pytest.approx(expected)


@pytest.mark.parametrize(("model_id", "retired_on"), [
    ("deepseek-chat", dt.date(2026, 7, 25)),  # served through 2026-07-24 23:59 Beijing
    ("deepseek-reasoner", dt.date(2026, 7, 25)),
    ("gpt-3.5-turbo", dt.date(2026, 10, 23)),
    ("gpt-4", dt.date(2026, 10, 23)),
    ("gpt-4-turbo", dt.date(2026, 10, 23)),
    ("gpt-4-32k", dt.date(2025, 6, 6)),
    ("moonshot-v1-8k", dt.date(2026, 8, 31)),
    ("moonshot-v1-32k", dt.date(2026, 8, 31)),
    ("moonshot-v1-128k", dt.date(2026, 8, 31)),
    ("kimi-k2", dt.date(2026, 5, 25)),
    ("kimi-latest-8k", dt.date(2026, 9, 2)),
    ("kimi-latest-128k", dt.date(2026, 9, 2)),
])
def test_retired_from_their_date_and_not_before(catalog, model_id, retired_on):
    state, record, _, _ = at(catalog, model_id, TODAY)
    assert state == STATE_RETIRED and record is None
    state, record, _, _ = at(catalog, model_id, retired_on)
    assert state == STATE_RETIRED
    state, record, _, _ = at(catalog, model_id, retired_on - dt.timedelta(days=1))
    assert state != STATE_RETIRED


def test_legacy_v4_flash_is_billed_as_v41_flash(catalog):
    state, peak_record, off_record, billed_as = at(catalog, "deepseek-v4-flash", TODAY)
    assert state == STATE_ALIAS and billed_as == "deepseek-flash"
    assert prices(peak_record) == pytest.approx((2, 8, 0.04))
    assert prices(off_record) == pytest.approx((1, 4, 0.02))
    # before V4.1 Flash it had its own banded price (2026-08-23 schedule: weekdays)
    state, peak_record, off_record, _ = at(catalog, "deepseek-v4-flash", dt.date(2026, 9, 9))
    assert state == LISTED and peak_record["schedule"] == "deepseek-2026-08-23"
    assert prices(peak_record) == pytest.approx((3, 9, 0.1))
    assert prices(off_record) == pytest.approx((1.5, 4.5, 0.05))


def test_old_api_names_were_aliases_of_v4_flash_until_retired(catalog):
    state, record, _, billed_as = at(catalog, "deepseek-chat", dt.date(2026, 5, 1))
    assert state == STATE_ALIAS and billed_as == "deepseek-v4-flash"
    assert prices(record) == pytest.approx((1, 2, 0.02))


def test_promotions_are_kept_apart_from_list_prices(catalog):
    may = dt.date(2026, 5, 15)
    _, listed, _, _ = at(catalog, "deepseek-v4-pro", may)
    _, promo, _, _ = at(catalog, "deepseek-v4-pro", may, promotions=True)
    assert prices(listed) == pytest.approx((12, 24, 0.1))
    assert prices(promo) == pytest.approx((3, 6, 0.025))
    # made permanent from 2026-06-01: the list price itself
    _, listed, _, _ = at(catalog, "deepseek-v4-pro", dt.date(2026, 6, 1))
    assert prices(listed) == pytest.approx((3, 6, 0.025))
    # GLM-5.3-Flash: 50% off through 2026-09-09, the list price after
    _, promo, _, _ = at(catalog, "glm-5.3-flash", dt.date(2026, 9, 9), promotions=True)
    assert prices(promo) == pytest.approx((0.4, 1.4, 0.115))
    _, after, _, _ = at(catalog, "glm-5.3-flash", dt.date(2026, 9, 10), promotions=True)
    assert prices(after) == pytest.approx((0.8, 2.8, 0.23))


def test_the_2025_night_discount(catalog):
    state, peak_record, off_record, _ = at(catalog, "deepseek-reasoner", dt.date(2025, 6, 1))
    assert state == LISTED and peak_record["schedule"] == "deepseek-2025-night"
    assert prices(peak_record) == pytest.approx((4, 16, 1))
    assert prices(off_record) == pytest.approx((1, 4, 0.25))  # 75% off
    # cancelled with the V3.1 price from 2025-09-06
    _, record, off_record, _ = at(catalog, "deepseek-reasoner", dt.date(2025, 9, 6))
    assert record["band"] == "" and off_record.name == record.name


def test_batch_and_cache_write_prices(catalog):
    records = catalog.records
    opus = records[(records["model_id"] == "claude-opus-4-7") & (records["variant"] == "")]
    columns = ["cache_write_per_mtok", "cache_write_1h_per_mtok", "search_per_k"]
    assert opus[columns].iloc[0].tolist() == [6.25, 10, 10]
    batch = records[(records["model_id"] == "gpt-5.5") & (records["variant"] == "batch")]
    assert batch[["input_per_mtok", "output_per_mtok"]].iloc[0].tolist() == [2.5, 15]
