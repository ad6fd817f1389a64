"""Compare rendered images with approved baselines, pyqtgraph-style.

On a mismatch the actual image, the expected one and a difference image are
written to ``tests/_failures/``. ``LLMCOST_UPDATE_BASELINES=1`` replaces the
baselines with what is rendered now (review them before committing).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

BASELINES = Path(__file__).parent / "baselines"
FAILURES = Path(__file__).parent.parent / "_failures"


def to_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(bytes(image.constBits()), dtype=np.uint8)
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].reshape(
        image.height(), image.width(), 4).copy()


#: Why these tolerances: the charts draw every word in the bundled font without hinting,
#: so the same Qt renders the same pixels (byte-identical exports are tested elsewhere).
#: What can differ between machines and Qt/FreeType builds is the antialiasing at the
#: edges of glyphs and slanted lines: small shifts in shading. A pixel counts as changed
#: only when a channel moves by more than 40 of 255 (a sixth of the range), so shading is
#: ignored while a change of colour (a bar, a line, dark text on white) is not. A glyph
#: placed one pixel off changes its whole
#: outline; 0.2 % of an 800x450 image (720 pixels) allows a handful of such labels. A
#: bar, a line, an axis or a legend entry that moves or disappears changes thousands of
#: pixels and fails; a single short label may not (the chart tests check the words).
PIXEL_THRESHOLD = 40
MAX_CHANGED = 0.002


def assert_matches_baseline(png: bytes, name: str, pixel_threshold: int = PIXEL_THRESHOLD,
                            max_changed: float = MAX_CHANGED) -> None:
    """Fail if more than ``max_changed`` of the pixels differ by more than the threshold
    (see :data:`PIXEL_THRESHOLD` and :data:`MAX_CHANGED` for why these values)."""
    baseline = BASELINES / f"{name}.png"
    if os.environ.get("LLMCOST_UPDATE_BASELINES") == "1" or not baseline.exists():
        if not os.environ.get("LLMCOST_UPDATE_BASELINES") and not baseline.exists():
            raise AssertionError(f"no baseline {baseline}; run with LLMCOST_UPDATE_BASELINES=1 "
                                 "to create it, then review the image")
        baseline.write_bytes(png)
        return
    actual = to_array(QImage.fromData(png, "PNG"))
    expected = to_array(QImage.fromData(baseline.read_bytes(), "PNG"))
    problem = None
    if actual.shape != expected.shape:
        problem = (f"size {actual.shape[1]}x{actual.shape[0]} != "
                   f"{expected.shape[1]}x{expected.shape[0]}")
    else:
        diff = np.abs(actual.astype(int) - expected.astype(int)).max(axis=2)
        changed = float((diff > pixel_threshold).mean())
        if changed > max_changed:
            problem = f"{changed:.3%} of pixels differ (allowed {max_changed:.3%})"
    if problem:
        FAILURES.mkdir(parents=True, exist_ok=True)
        (FAILURES / f"{name}.actual.png").write_bytes(png)
        (FAILURES / f"{name}.expected.png").write_bytes(baseline.read_bytes())
        if actual.shape == expected.shape:
            diff_image = np.zeros_like(actual)
            diff_image[..., 0] = np.clip(diff * 4, 0, 255)
            diff_image[..., 3] = 255
            h, w = diff_image.shape[:2]
            QImage(diff_image.tobytes(), w, h, w * 4, QImage.Format.Format_RGBA8888).save(
                str(FAILURES / f"{name}.diff.png"))
        raise AssertionError(f"{name}: {problem}; see {FAILURES}")
