from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from calculator.engine import Catalog, FxRate
from calculator.engine.presets import preset, preset_fx
from calculator.userfiles.loading import fx_rates, load_catalog

HEADER = ("model_id,vendor,vendor_cn,model_name,tier,context_window,effective_from,currency,"
          "input_per_mtok,output_per_mtok,cached_input_per_mtok,status,source,checked,notes")


@pytest.fixture(scope="session")
def seeds() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def seed_fx() -> FxRate:
    """The May-2024 price war's rate (7.2, the preset's): the seed tests price that war."""
    item = preset("price_war_2024")
    return preset_fx(item, fx_rates(), item.current)


@pytest.fixture
def write_csv(tmp_path: Path):
    """Write catalog rows (after the standard header unless ``header`` is given)."""
    def write(rows: str, header: str = HEADER, name: str = "catalog.csv") -> Path:
        path = tmp_path / name
        body = textwrap.dedent(rows).strip("\n")
        path.write_text(header + "\n" + body + "\n", encoding="utf-8")
        return path
    return write


def row(model_id="m", effective="2024-01-01", currency="CNY", inp="1", out="2", cached="",
        status="confirmed", vendor="V", checked="2026-11-27", extra=""):
    """One catalog CSV line with sensible defaults."""
    line = (f"{model_id},{vendor},,{model_id.upper()},lite,8000,{effective},{currency},"
            f"{inp},{out},{cached},{status},https://example.com,{checked},")
    return line + (f",{extra}" if extra else "")
