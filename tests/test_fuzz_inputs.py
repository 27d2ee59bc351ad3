"""Every command that reads a file, fed generated and mutated files: never a
traceback, always exit 0 or a non-zero exit with a message on stderr, and the
database unchanged when the file is refused.

Starts from the real files in resources/ (campaigns, the rule pack, a request
as the kiosk would make it) and damages them as a disk, an editor or a hostile
USB stick would: bytes flipped, cut or repeated, a value swapped for one of
another type or size, structures nested deeply. Runs in-process through
kiosk.cli.main for speed; the examples are derandomised so a failure repeats.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk import paths
from kiosk.cli import main

CAMPAIGNS = [p.read_bytes() for p in sorted(paths.CAMPAIGNS.glob("*.toml"))]
PACK = (paths.RULES / "ma-amsd.toml").read_bytes()
REQUEST = {
    "date": "2025-12-02",
    "donor": {"sex": "F", "birth_date": "1990-05-01", "weight_kg": 55, "first_time": False},
    "history": [{"date": "2025-06-01", "kind": "whole_blood"}],
    "answers": {"dental_care": "2025-10-10", "hepatitis": False},
}
FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values a TOML file may hold, of every type and of absurd sizes.
TOML_VALUES = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["nan", "inf", "-inf", "1e400", "0.0", "true", "false", "[]", "{}", '""', "''"]),
    st.sampled_from(["0001-01-01", "9999-12-31", "2025-12-02T10:00:00", "2025-12-02T10:00:00+01:00", "10:00:00"]),
    st.text(max_size=40).map(lambda s: json.dumps(s)),  # TOML basic strings take JSON's escapes
    st.sampled_from(['"\\u202eevil"', '"\\u001b[31mred"', '"' + "x" * 2000 + '"', "[" * 50 + "]" * 50]),
    st.sampled_from(["{ ar = 1, fr = 2 }", '{ ar = "", fr = "" }', '{ ar = "ع", fr = "f", en = "e" }', "[{}]"]),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def mutated(draw, seeds: list[bytes]) -> bytes:
    """A real file with one to four damages."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["value", "value", "flip", "insert", "delete", "cut", "repeat", "nest"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "value":  # a `key = value` line gets a value of another type or size
            lines = bytes(data).split(b"\n")
            assigned = [i for i, line in enumerate(lines) if b" = " in line]
            if assigned:
                i = draw(st.sampled_from(assigned))
                key = lines[i].split(b" = ", 1)[0]
                lines[i] = key + b" = " + draw(TOML_VALUES).encode("utf-8", "surrogatepass")
                data = bytearray(b"\n".join(lines))
        elif kind == "flip":
            data[at : at + 1] = bytes([draw(st.integers(0, 255))])
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "cut":
            del data[at:]
        elif kind == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 400))] * draw(st.integers(2, 20))
        else:
            data[at:at] = b"x = " + b"[" * 2000 + b"]" * 2000 + b"\n"
    return bytes(data)


@st.composite
def requests(draw) -> bytes:
    """A kiosk request with parts replaced by generated JSON, or raw damage."""
    kind = draw(st.sampled_from(["replace", "replace", "generated", "bytes", "deep"]))
    if kind == "generated":
        return json.dumps(draw(JSON_VALUES)).encode()
    if kind == "bytes":
        return draw(mutated([json.dumps(REQUEST).encode()]))
    if kind == "deep":
        depth = draw(st.sampled_from([900, 5_000, 100_000]))
        return b"[" * depth + b"]" * depth
    request = json.loads(json.dumps(REQUEST))
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from([request, request["donor"], request["answers"]]))
        key = draw(st.sampled_from([*table, *draw(st.lists(st.text(max_size=8), max_size=1))] or ["x"]))
        table[key] = draw(JSON_VALUES)
    return json.dumps(request).encode()


def run(*args: str) -> tuple[int, str, str]:
    """`kiosk ARGS` in this process; any exception escaping it fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def said_plainly(code: str, err: str) -> None:
    assert code == 0 or err.strip(), "refused without a word"
    assert "Traceback" not in err


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> tuple[str, Path]:
    path = tmp_path_factory.mktemp("fuzz") / "kiosk.db"
    url = f"sqlite:///{path}"
    assert run("campaign", "list", "--db", url)[0] == 0
    return url, path


def test_assess_never_fails_on_a_request(tmp_path):
    file = tmp_path / "request.json"

    @settings(FUZZ, max_examples=80)
    @given(requests())
    def check(data: bytes) -> None:
        file.write_bytes(data)
        code, out, err = run("assess", str(file))
        said_plainly(code, err)
        if code == 0:
            assert json.loads(out)["outcome"]

    check()


def test_campaign_import_never_fails_and_changes_nothing_when_it_refuses(tmp_path, database):
    url, path = database
    file = tmp_path / "campaign.toml"

    @FUZZ
    @given(mutated(CAMPAIGNS))
    def check(data: bytes) -> None:
        file.write_bytes(data)
        before = dump(path)
        code, _, err = run("campaign", "import", str(file), "--db", url)
        said_plainly(code, err)
        if code != 0:
            assert dump(path) == before
            return
        with sqlite3.connect(path) as connection:
            for row in connection.execute("SELECT name, venue, contact FROM campaign"):
                for text in (t for column in row for t in json.loads(column).values()):
                    assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in text), text
                    assert len(text) <= 300

    check()


def test_rules_check_and_assess_never_fail_on_a_pack(tmp_path):
    file = tmp_path / "pack.toml"
    request = tmp_path / "request.json"
    request.write_text(json.dumps(REQUEST), encoding="utf-8")

    @settings(FUZZ, max_examples=25)  # a pack is checked rule by rule: the slowest of the three
    @given(mutated([PACK]))
    def check(data: bytes) -> None:
        file.write_bytes(data)
        code, out, err = run("rules", "check", str(file))
        said_plainly(code, err)
        if code != 0:
            assert re.search(rf"^{re.escape(str(file))}(:\d+)?: ", out, re.M), out[:300]
        code, out, err = run("assess", "--pack", str(file), str(request))
        said_plainly(code, err)

    check()
