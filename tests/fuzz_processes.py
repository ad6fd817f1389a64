"""The attack harness: hostile cases run as real processes, judged by one oracle.

Each case runs ``python -m calculator ...`` in a fresh data folder and fails when the
process prints a traceback, dies of a signal, runs past its timeout (a hang), exits
with a status other than 0, 1 or 2, or silently misreads a number: every generated
number text carries the value it means (or "must be refused"), and what the app
stored or priced is compared with it.

Kinds of cases: command-line fuzz of ``quote`` (amounts, shares, rates, dates, ids,
unknown options), scenario mutants through ``export`` (wrong types, huge numbers,
deep nesting, control characters and lone surrogates, dates out of range, damaged
bytes, special files), catalog CSVs and LiteLLM maps through ``import-prices``, and
damaged files in the user data folder.

``tests/test_hostile_processes.py`` runs a sample of it in the suite. A full run::

    .venv/bin/python tests/fuzz_processes.py --cases 3000 --jobs 2 --seed 16
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFUSE = "refuse"  # the expected meaning of a text the app must refuse
SCENARIO = ROOT / "seeds" / "scenarios" / "customer-service-bot.json"
HEADER = ("model_id,vendor,vendor_cn,model_name,tier,context_window,effective_from,currency,"
          "input_per_mtok,output_per_mtok,cached_input_per_mtok,status,source,checked,notes")


@dataclass
class Case:
    kind: str
    argv: list[str]
    files: dict[str, bytes | str] = field(default_factory=dict)  # relative path -> content
    expect: dict[str, object] = field(default_factory=dict)  # what the oracle checks
    timeout: float = 60.0


@dataclass
class Outcome:
    case: Case
    ok: bool
    status: int | None
    why: str = ""
    seconds: float = 0.0


# ---------------------------------------------------------------------------- values
def amount_texts(rng: random.Random) -> tuple[str, object]:
    """A token amount as text, with what it means (or REFUSE)."""
    n = rng.randint(1, 999)
    frac = rng.randint(1, 99)
    choices = [
        (str(n * 1000), n * 1000.0), (f"{n},{rng.randint(0, 999):03d}", None),
        (f"{n}k", n * 1e3), (f"{n}.{frac:02d}M", float(f"{n}.{frac:02d}") * 1e6),
        (f"{n}万", n * 1e4), (f"{n}亿", n * 1e8), (f"{n}e3", n * 1e3),
        (f"{n},{frac:02d}", REFUSE), (f"{n}.{rng.randint(0, 999):03d},{frac}", REFUSE),
        (f"{n}⁶", REFUSE), (f"10{'⁰¹²³⁴⁵⁶⁷⁸⁹'[n % 10]}", REFUSE), ("½", REFUSE),
        ("".join(chr(0xFF10 + int(d)) for d in str(n)), float(n)),
        ("".join(chr(0x0660 + int(d)) for d in str(n)), float(n)),
        ("1e300", REFUSE), ("1e999", REFUSE), ("nan", REFUSE), ("inf", REFUSE),
        ("-5", REFUSE), ("9" * 400, REFUSE), ("", REFUSE), (" ", REFUSE),
        (f"{n} 000", n * 1000.0), (f"{n}_000", n * 1000.0), (f"{n}__000", REFUSE),
        (f"{n} apples", REFUSE), ("=1+1", REFUSE), (f"{n}\u00a0000", n * 1000.0),
        (f"0,{frac:02d}", REFUSE), (f"{n}.", float(n)), (f".{frac}", float(f".{frac}")),
    ]
    text, value = rng.choice(choices)
    if value is None:  # a grouped thousands number
        value = float(text.replace(",", ""))
    return text, value


def price_texts(rng: random.Random) -> tuple[str, object]:
    """A price per 1M tokens as a file gives it, with its meaning (or REFUSE)."""
    n = rng.randint(0, 99)
    frac = rng.randint(1, 99)
    return rng.choice([
        (f"{n}.{frac:02d}", float(f"{n}.{frac:02d}")), (str(n), float(n)),
        (f"{n},{frac:02d}", REFUSE), (f"1.000,{frac}", REFUSE), (f"1,{n:03d}", REFUSE),
        ("1e300", REFUSE), ("1e6", 1e6), ("1000001", REFUSE), ("-1", REFUSE), ("NaN", REFUSE),
        ("Infinity", REFUSE), (f"{n}⁶", REFUSE), ("".join(chr(0xFF10 + int(d))
                                                          for d in str(n)), float(n)),
        (f"{n}k", REFUSE), ("", None), (f" {n} ", float(n)), (f"{n}e-3", n * 1e-3),
        ("9" * 400, REFUSE), (f"'{n}", REFUSE), (f"={n}", REFUSE),
    ])


HOSTILE_TEXT = ["=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "@SUM(A1)", "+1+1",
                "-2+3", "\tstart", "a\x00b", "bell\x07", "esc\x1b[31m", "vt\x0b",
                "\ud800lone", "line\nbreak", "<b>bold</b>", "x" * 5000, "", "名字", "\u202e"]
DATES = ["2024-05-01", "1990-01-01", "2200-12-31", "1989-12-31", "2201-01-01", "2262-04-12",
         "0999-01-01", "9999-12-31", "2024-02-30", "20240501", "2024-5-1", "２０２４-０５-０１",
         "", "today"]


# ---------------------------------------------------------------------------- cases
def quote_case(rng: random.Random) -> Case:
    amount, meaning = amount_texts(rng)
    argv = ["quote", "--input-tokens", amount, "--output-tokens", "1M", "--format", "json",
            "--baseline-date", "2024-05-01", "--current-date", "2024-06-01"]
    extra = rng.random()
    if extra < 0.15:
        argv += ["--cached-share", rng.choice(["0.3", "30%", "30%%", "1.5", "0,3", "-0",
                                               "nan", "３０%", "1e-400"])]
        meaning = "skip"
    elif extra < 0.3:
        argv += ["--fx", rng.choice(["7.2", "7,2", "0", "-7", "1e300", "nan", "٧"])]
        meaning = "skip"
    elif extra < 0.45:
        argv[argv.index("--current-date") + 1] = rng.choice(DATES)
        meaning = "skip"
    elif extra < 0.55:
        argv += ["--models", ",".join(rng.choice(["glm-4", "gpt-4o", "nope", "glm-4"])
                                      for _ in range(rng.randint(1, 5)))]
        meaning = "skip"
    elif extra < 0.65:
        argv.insert(rng.randint(1, len(argv)), rng.choice(
            ["--modles", "--model", "-x", "--", "--input-token", "--format=xml", "extra"]))
        meaning = "skip"
    elif extra < 0.7:
        argv[0] = rng.choice(["quot", "qoute", "Quote", "export", "import-prices"])
        meaning = "skip"
    return Case("cli", argv, expect={"input_tokens": meaning})


def scenario_case(rng: random.Random) -> Case:
    document = json.loads(SCENARIO.read_text(encoding="utf-8"))
    raw: bytes | None = None
    special = None
    pick = rng.random()
    if pick < 0.35:
        target = document
        key = rng.choice(["name", "notes", "growth", "horizon", "baseline_date", "current_date",
                          "currency", "fx_cny_per_usd", "models", "reference", "version",
                          "workload", "chart"])
        if rng.random() < 0.4 and key not in ("workload", "chart"):
            pass
        else:
            target = document["workload"]
            key = rng.choice(list(target))
        target[key] = rng.choice([
            10 ** rng.randint(20, 500), -(10 ** 30), 1e308, -1, 0, 0.5, True, None, "x",
            [], {}, [[[]]], rng.choice(HOSTILE_TEXT), rng.choice(DATES), "NaN",
            ["glm-4", "glm-4", "\x00"], 2 ** 63])
    elif pick < 0.5:
        depth = rng.choice([30, 1000, 100_000])
        document["chart"] = json.loads("[" * 10 + "]" * 10)
        raw = (json.dumps(document)[:-1] + ', "deep": ' + "[" * depth + "]" * depth
               + "}").encode()
    elif pick < 0.7:
        data = bytearray(json.dumps(document, ensure_ascii=False).encode())
        for _ in range(rng.randint(1, 8)):
            what = rng.random()
            i = rng.randrange(len(data))
            if what < 0.4:
                data[i] = rng.randrange(256)
            elif what < 0.7:
                del data[i:i + rng.randint(1, 50)]
            else:
                data[i:i] = rng.choice([b"\xef\xbb\xbf", b"\xff", b"\\ud800", b"NaN", b"1e999",
                                        b"\x00", b"{", b"]"])
        raw = bytes(data)
    elif pick < 0.8:
        special = rng.choice(["fifo", "dev-zero", "folder", "huge", "broken-link", "empty"])
    else:
        document["name"] = rng.choice(HOSTILE_TEXT)
        document["notes"] = rng.choice(HOSTILE_TEXT)
    if raw is None and special is None:
        text = json.dumps(document, ensure_ascii=False)
        raw = text.encode("utf-8", "surrogatepass")
    formats = rng.choice(["csv", "csv", "csv,xlsx", "svg"])
    case = Case("scenario", ["export", "{dir}/plan.json", "--out", "{dir}/out", "--formats",
                             formats], timeout=120)
    if special:
        case.expect["special"] = special
    else:
        case.files["plan.json"] = raw
    return case


def catalog_case(rng: random.Random) -> Case:
    rows, meanings = [], []
    for i in range(rng.randint(1, 4)):
        text, meaning = price_texts(rng)
        vendor = rng.choice(["V", "V", rng.choice(HOSTILE_TEXT)])
        date = rng.choice(DATES[:3] + [rng.choice(DATES)])
        cells = [f"m{i}", vendor, "", f"M{i}", "lite", "8000", date, "USD", text, "2", "",
                 "confirmed", "https://example.test", "2025-01-01", ""]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(cells)
        rows.append(buffer.getvalue())
        meanings.append((f"m{i}", text, meaning, date))
    content = HEADER + "\n" + "".join(rows)
    return Case("catalog", ["import-prices", "{dir}/prices.csv"],
                files={"prices.csv": content.encode("utf-8", "surrogatepass")},
                expect={"prices": meanings})


def litellm_case(rng: random.Random) -> Case:
    entries = {}
    meanings = []
    for i in range(rng.randint(1, 4)):
        value = rng.choice([1e-6, 2.5e-6, 0.0, 1e300, -1e-6, "0,28", "NaN", 10 ** 400, True,
                            None, 1e-300, 1.5e-3])
        meanings.append((f"p/m{i}", value))
        entries[f"p/m{i}"] = {"mode": "chat", "litellm_provider": rng.choice(["p", "=x", "p"]),
                              "input_cost_per_token": value, "output_cost_per_token": 2e-6}
    text = json.dumps(entries).replace('"NaN"', "NaN")
    if rng.random() < 0.1:
        text = "[" * 100_000 + "]" * 100_000
    date = rng.choice(["2025-01-01", "2025-01-01", rng.choice(DATES)])
    return Case("litellm", ["import-prices", "{dir}/map.json", "--effective-from", date],
                files={"map.json": text}, expect={"litellm": meanings})


def folder_case(rng: random.Random) -> Case:
    damage = rng.choice(["deep-discounts", "fifo-prices", "zero-import", "broken-link",
                         "bad-utf8", "huge-import", "nan-discounts", "surrogate-discounts"])
    return Case("folder", ["quote", "--input-tokens", "1M", "--output-tokens", "1M",
                           "--format", "csv"], expect={"damage": damage})


MAKERS = {"cli": quote_case, "scenario": scenario_case, "catalog": catalog_case,
          "litellm": litellm_case, "folder": folder_case}
MIX = {"cli": 0.4, "scenario": 0.2, "catalog": 0.17, "litellm": 0.13, "folder": 0.1}


def generate(n: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=n)
    return [MAKERS[kind](rng) for kind in kinds]


# ---------------------------------------------------------------------------- running
def prepare(case: Case, folder: Path) -> None:
    data = folder / "data"
    (data / "catalog" / "imports").mkdir(parents=True)
    for name, content in case.files.items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else
                         content.encode("utf-8", "surrogatepass"))
    special = case.expect.get("special")
    plan = folder / "plan.json"
    if special == "fifo":
        os.mkfifo(plan)
    elif special == "dev-zero":
        plan.symlink_to("/dev/zero")
    elif special == "folder":
        plan.mkdir()
    elif special == "huge":
        with open(plan, "wb") as handle:
            handle.truncate(3 * 1024 * 1024)
    elif special == "broken-link":
        plan.symlink_to(folder / "missing.json")
    elif special == "empty":
        plan.write_bytes(b"")
    damage = case.expect.get("damage")
    catalog = data / "catalog"
    if damage == "deep-discounts":
        (catalog / "discounts.json").write_text("[" * 100_000 + "]" * 100_000)
    elif damage == "fifo-prices":
        os.mkfifo(catalog / "my_prices.csv")
    elif damage == "zero-import":
        (catalog / "imports" / "z.csv").symlink_to("/dev/zero")
    elif damage == "broken-link":
        (catalog / "my_prices.csv").symlink_to(catalog / "gone.csv")
    elif damage == "bad-utf8":
        (catalog / "my_prices.csv").write_bytes(HEADER.encode() + b"\n\xff\xfe")
    elif damage == "huge-import":
        with open(catalog / "imports" / "h.csv", "wb") as handle:
            handle.truncate(60 * 1024 * 1024)
    elif damage == "nan-discounts":
        (catalog / "discounts.json").write_text('{"OpenAI": NaN}')
    elif damage == "surrogate-discounts":
        (catalog / "discounts.json").write_text('{"\\ud800": 0.5}')


def run_case(case: Case, folder: Path) -> Outcome:
    prepare(case, folder)
    argv = [a.replace("{dir}", str(folder)) for a in case.argv]
    env = {**os.environ, "LLMCOST_DATA_DIR": str(folder / "data"), "QT_QPA_PLATFORM":
           "offscreen", "XDG_CONFIG_HOME": str(folder / "config"),
           "LLMCOST_LOG_DIR": str(folder / "logs"), "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, "-m", "calculator", *argv], cwd=folder,
                                capture_output=True, timeout=case.timeout, env=env)
    except subprocess.TimeoutExpired:
        return Outcome(case, False, None, "hang (timeout)", time.monotonic() - started)
    seconds = time.monotonic() - started
    err = result.stderr.decode("utf-8", "replace")
    out = result.stdout.decode("utf-8", "replace")
    status = result.returncode

    def fail(why: str) -> Outcome:
        return Outcome(case, False, status, f"{why}; stderr: {err[-400:]!r}", seconds)

    if status < 0:
        return fail(f"killed by signal {-status}")
    if "Traceback" in err:
        return fail("traceback")
    if status not in (0, 1, 2):
        return fail(f"exit status {status}")
    if status == 2 and not err.strip():
        return fail("refused without a message")
    why = judge(case, status, out, err, folder)
    return Outcome(case, not why, status, why and f"{why}; stderr: {err[-300:]!r}", seconds)


def judge(case: Case, status: int, out: str, err: str, folder: Path) -> str:
    """"" when the outcome is right, else why it is wrong."""
    if case.kind == "cli":
        meaning = case.expect["input_tokens"]
        if meaning == "skip":
            return ""
        if meaning == REFUSE:
            return "" if status == 2 else f"accepted {case.argv[2]!r} (must be refused)"
        if status != 0:
            return f"refused {case.argv[2]!r}, which means {meaning}"
        got = json.loads(out)["workload"]["input_tokens"]
        return "" if math.isclose(got, meaning, rel_tol=1e-12) else (
            f"misread {case.argv[2]!r} as {got} (means {meaning})")
    if case.kind == "scenario":
        if status == 0:
            for path in (folder / "out").glob("*.csv"):
                for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))):
                    for cell in row:
                        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                            try:
                                float(cell)
                            except ValueError:
                                return f"formula reached {path.name}: {cell[:40]!r}"
        elif case.expect.get("special") and status != 2:
            return "a special scenario file was not refused"
        if status == 2 and len(err.strip().splitlines()) > 2:
            return "more than one line for one problem"
        return ""
    if case.kind == "catalog":
        meanings = case.expect["prices"]
        if any(m == REFUSE for _, _, m, _ in meanings) and status == 0:
            return f"accepted a price that must be refused: {meanings}"
        if status == 0:
            stored = _stored(folder)
            for model_id, text, meaning, _ in meanings:
                got = stored.get(model_id)
                if meaning is None:
                    continue
                if got is None or not math.isclose(got, meaning, rel_tol=1e-12, abs_tol=1e-15):
                    return f"{model_id}: {text!r} stored as {got} (means {meaning})"
        return ""
    if case.kind == "litellm":
        if status == 0:
            for model_id, value in _stored(folder).items():
                if not (math.isfinite(value) and 0 <= value <= 1e6):
                    return f"{model_id}: stored price {value}"
            wanted = dict(case.expect["litellm"])
            for model_id, value in _stored(folder).items():
                given = wanted.get(model_id)
                if isinstance(given, float) and not math.isclose(value, given * 1e6,
                                                                 rel_tol=1e-9):
                    return f"{model_id}: {given} per token stored as {value} per 1M"
                if not isinstance(given, float) or isinstance(given, bool):
                    return f"{model_id}: {given!r} was imported as {value}"
        return ""
    if case.kind == "folder":
        if status != 0:
            return "a damaged user file stopped the command"
        # a lone surrogate is replaced (U+FFFD), not a damage to name
        if "warning" not in err and case.expect["damage"] != "surrogate-discounts":
            return "a damaged user file was not named"
        return ""
    return ""


def _stored(folder: Path) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from calculator.formats.catalog_reader import read_catalog_file

    out = {}
    for path in sorted((folder / "data" / "catalog" / "imports").glob("*.csv")):
        records = read_catalog_file(path)
        for row in records.itertuples():
            out[row.model_id] = row.input_per_mtok
    return out


def run_all(cases: list[Case], jobs: int = 2, progress: int = 0) -> list[Outcome]:
    def one(case: Case) -> Outcome:
        folder = Path(tempfile.mkdtemp(prefix="llmcost-fuzz-"))
        try:
            return run_case(case, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        outcomes = []
        for outcome in pool.map(one, cases):
            outcomes.append(outcome)
            if progress and len(outcomes) % progress == 0:
                failed = sum(not o.ok for o in outcomes)
                print(f"{len(outcomes)}/{len(cases)} cases, {failed} failed", flush=True)
        return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--report", type=Path, help="write every failure as JSON here")
    args = parser.parse_args()
    cases = generate(args.cases, args.seed)
    started = time.monotonic()
    outcomes = run_all(cases, args.jobs, progress=100)
    failures = [o for o in outcomes if not o.ok]
    by_kind = Counter(o.case.kind for o in outcomes)
    failed_kind = Counter(o.case.kind for o in failures)
    statuses = Counter(o.status for o in outcomes)
    print(f"{len(outcomes)} cases in {time.monotonic() - started:.0f} s, "
          f"{len(failures)} failed; exit statuses {dict(statuses)}")
    for kind, count in sorted(by_kind.items()):
        print(f"  {kind:9s} {count:5d} cases, {failed_kind.get(kind, 0)} failed")
    for outcome in failures[:30]:
        print(f"FAIL {outcome.case.kind} {outcome.case.argv!r}: {outcome.why}")
    if args.report:
        args.report.write_text(json.dumps([{
            "kind": o.case.kind, "argv": o.case.argv, "expect": repr(o.case.expect),
            "files": {k: repr(v[:300]) for k, v in o.case.files.items()},
            "status": o.status, "why": o.why} for o in failures], indent=1))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
