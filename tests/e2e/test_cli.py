"""The CLI as a user runs it: Typer's CliRunner for each command, and the installed `wirelens`."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
from conftest import SEED
from typer.testing import CliRunner

from wirelens.cli import app

runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'w.db'}"


def names(analysis: dict) -> dict[str, str]:
    return {a["id"]: a["name"] for a in analysis["actors"]}


def test_installed_command_analyzes_the_seed_into_a_valid_analysis():
    exe = shutil.which("wirelens") or str(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "wirelens")
    done = subprocess.run([exe, "analyze", str(SEED), "--published", "2025-12-29", "--format", "json"],
                          capture_output=True, text=True, check=True)
    analysis = json.loads(done.stdout)
    schema = json.loads(subprocess.run([exe, "schema"], capture_output=True, text=True, check=True).stdout)
    jsonschema.validate(analysis, schema)
    text = analysis["article"]["text"]
    assert analysis["schema"] == "wirelens/1"
    assert len(analysis["statements"]) >= 10
    assert "Sergei Lavrov" in names(analysis).values()
    lavrov = next(s for s in analysis["statements"] if names(analysis).get(s["speaker"]) == "Sergei Lavrov")
    assert (lavrov["act"], lavrov["evidence"]) == ("claim", "none_provided")
    for statement in analysis["statements"]:
        start, end = statement["cue"]["span"]
        assert text[start:end] == statement["cue"]["text"]


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    """`wirelens analyze ... | head`: the closed pipe is no error to report."""
    exe = shutil.which("wirelens") or str(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "wirelens")
    for n in range(4):  # four articles of JSON, well beyond a pipe's 64 KiB buffer
        (tmp_path / f"a{n}.txt").write_text(SEED.read_text(encoding="utf-8") + f"\n\nEdition {n}.", encoding="utf-8")
    process = subprocess.Popen([exe, "analyze", str(tmp_path), "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    assert process.wait(timeout=120) == 141
    assert process.stderr.read().strip() == b""


def test_table_format_prints_the_report():
    result = run("analyze", str(SEED), "--published", "2025-12-29", "--format", "table")
    assert result.exit_code == 0
    assert "Sergei Lavrov" in result.stdout and "none_provided" in result.stdout
    assert "2025-12-28/2025-12-29" in result.stdout


def test_jsonl_input_gives_one_line_per_input_line_in_order(tmp_path):
    lines = [
        {"id": "first", "text": "Lavrov said the talks had failed.", "published": "2025-12-29"},
        {"id": "bad", "text": ""},
        {"id": "third", "text": "Zelenskiy denied the report on Monday.", "outlet": "Reuters"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = run("analyze", str(source))
    assert result.exit_code == 2
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("article", {}).get("source_id") for o in out] == ["first", None, "third"]
    assert out[1] == {"origin": f"{source}:2", "error": "empty text"}
    assert f"{source}:2: empty text" in result.stderr


def test_stdin_is_read_with_dash():
    result = run("analyze", "-", "--format", "jsonl", input="Officials said the bridge was destroyed.")
    assert result.exit_code == 0
    (analysis,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert analysis["statements"][0]["cue"]["text"] == "said"


def test_output_file(tmp_path):
    target = tmp_path / "out.json"
    assert run("analyze", str(SEED), "--published", "2025-12-29", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["article"]["published"] == "2025-12-29"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty text"),
        (b"   \n\t ", "text is only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
    ],
)
def test_a_bad_file_exits_2_with_a_one_line_reason(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("analyze", str(bad))
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"wirelens: {bad}: ") and reason in line
    assert "Traceback" not in result.stderr


def test_a_huge_file_is_refused_with_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("The minister said the talks would go on. " * 50, encoding="utf-8")
    result = run("analyze", str(big), "--max-chars", "1000")
    assert result.exit_code == 2
    assert "over the limit of 1,000" in result.stderr and "--max-chars" in result.stderr


def test_a_bad_article_in_a_directory_is_skipped_and_the_others_processed(tmp_path):
    (tmp_path / "a.txt").write_text("Lavrov said the talks had failed.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "c.txt").write_text("Zelenskiy denied the report.", encoding="utf-8")
    result = run("analyze", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 2
    analyses = [json.loads(line) for line in result.stdout.splitlines() if '"article"' in line]
    assert len(analyses) == 2
    assert "b.txt: empty text" in result.stderr


def test_ingest_twice_leaves_one_article_and_report_reads_it_back(tmp_path, db):
    for _ in range(2):
        result = run("ingest", str(SEED), "--published", "2025-12-29", "--db", db)
        assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        assert conn.execute("select count(*) from articles").fetchone() == (1,)
    assert "1 article(s) in the store" in result.stderr
    shown = run("report", "--db", db)
    assert shown.exit_code == 0
    assert "Volodymyr Zelenskiy" in shown.stdout and "denial" in shown.stdout


def test_ingest_of_a_duplicate_in_one_run_stores_it_once(tmp_path, db):
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED.read_text(encoding="utf-8").replace("\n", "\n\n"), encoding="utf-8")
    result = run("ingest", str(SEED), str(copy), "--db", db)
    assert result.exit_code == 2
    assert f"{copy}: duplicate of {SEED}" in result.stderr
    assert "1 article(s) in the store" in result.stderr


def test_export_statements_as_csv_and_parquet(tmp_path, db):
    run("ingest", str(SEED), "--published", "2025-12-29", "--db", db)
    csv_result = run("export", "--db", db, "--format", "csv", "--what", "statements")
    assert csv_result.exit_code == 0
    header, *rows = csv_result.stdout.splitlines()
    assert "act" in header.split(",") and len(rows) >= 10
    target = tmp_path / "actors.parquet"
    assert run("export", "--db", db, "--format", "parquet", "--what", "actors", "-o", str(target)).exit_code == 0
    assert "Sergei Lavrov" in pq.read_table(target).column("name").to_pylist()


def test_parquet_to_stdout_is_a_usage_error(db):
    result = run("export", "--db", db, "--format", "parquet")
    assert result.exit_code == 2
    assert "cannot write Parquet to a stream" in result.stderr


def test_export_events_as_gdelt_and_plover(db):
    run("ingest", str(SEED), "--published", "2025-12-29", "--url", "https://example.org/seed", "--db", db)
    gdelt = run("export", "--db", db, "--format", "gdelt")
    assert gdelt.exit_code == 0
    header, *rows = [line.split("\t") for line in gdelt.stdout.splitlines()]
    visit = dict(zip(header, next(r for r in rows if r[header.index("TriggerText")] == "met")))
    assert (visit["EventCode"], visit["Actor1CountryCode"], visit["ActionGeo_ADM1Code"]) == ("040", "USA", "US-FL")
    assert (visit["Status"], visit["SOURCEURL"], visit["Day"]) == ("asserted", "https://example.org/seed", "20251228")
    plover = [json.loads(line) for line in run("export", "--db", db, "--format", "plover").stdout.splitlines()]
    assert {r["event_code"] for r in plover} >= {"ASSAULT", "CONSULT", "COERCE"}
    assert all(len(r["span"]) == 2 for r in plover)


def test_an_event_format_of_other_records_is_a_usage_error(db):
    result = run("export", "--db", db, "--format", "gdelt", "--what", "statements")
    assert result.exit_code == 2
    assert "gdelt format holds events, not statements" in result.stderr


def test_report_of_an_unknown_article(db):
    run("ingest", str(SEED), "--db", db)
    result = run("report", "--db", db, "--article", "sha256:nope")
    assert result.exit_code == 2
    assert "no article 'sha256:nope'" in result.stderr


def test_a_bad_database_url_is_one_line(tmp_path):
    result = run("ingest", str(SEED), "--db", "nosuchdialect://x")
    assert result.exit_code == 2
    assert result.stderr.startswith("wirelens: database URL") and len(result.stderr.strip().splitlines()) == 1


def test_schema_command_prints_the_generated_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema"]["const"] == "wirelens/1"
    assert {"statements", "events", "actors", "places", "times"} <= set(schema["properties"])


def test_eval_time_scores_a_gold_file(tmp_path):
    text = "Talks ended on Friday after three years, officials said."
    gold = {"doc_id": "d1", "dct": "2025-12-29", "title": "", "text": text, "timexes": [
        {"tid": "t1", "start": 15, "end": 21, "text": "Friday", "type": "DATE", "value": "2025-12-26"},
        {"tid": "t2", "start": 28, "end": 39, "text": "three years", "type": "DURATION", "value": "P3Y"},
    ]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    result = run("eval", "time", "--gold", str(path), "--limit", "1", "--pred-out", str(pred))
    assert result.exit_code == 0
    assert "docs=1 gold=2 pred=2" in result.stdout
    assert any(line.split() == ["value", "1.000", "1.000", "1.000"] for line in result.stdout.splitlines())
    assert json.loads(pred.read_text(encoding="utf-8"))["timexes"][0]["value"] == "2025-12-26"


def test_eval_time_without_the_gold_file_is_one_line(tmp_path):
    result = run("eval", "time", "--gold", str(tmp_path / "missing.jsonl"))
    assert result.exit_code == 2 and result.stderr.strip().endswith("missing.jsonl: no such file")
def test_actor_prints_the_resolved_actor_as_json():
    result = run("actor", "Lavrov", "--date", "2025-12-29")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "name": "Sergei Lavrov", "kind": "person", "country": "RUS", "sector": "GOV", "role": "Foreign Minister",
    }
    unnamed = json.loads(run("actor", "commanders", "--context", "Putin told commanders to keep pushing.").stdout)
    assert (unnamed["country"], unnamed["sector"]) == ("RUS", "MIL")


def test_actor_input_gives_one_json_line_per_input_line_in_order(tmp_path):
    lines = [
        {"actor_text": "Moscow", "context": None, "date": None},
        {"actor_text": "a senior Russian commander", "context": "", "date": "2025-12-29"},
        {"actor_text": "Angela Merkel", "context": "", "date": "2023-01-01"},
    ]
    path = tmp_path / "actors.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = run("actor", "--input", str(path))
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["country"], o["sector"]) for o in out] == [("RUS", "GOV"), ("RUS", "MIL"), ("DEU", "ELI")]


def test_actor_with_a_bad_input_line_or_no_text_is_one_line(tmp_path):
    path = tmp_path / "actors.jsonl"
    path.write_text('{"actor_text": "Putin"}\n{"context": "x"}\n', encoding="utf-8")
    bad = runner.invoke(app, ["actor", "--input", str(path)])
    assert bad.exit_code == 2 and "actors.jsonl:2: expected {" in bad.stderr
    neither = runner.invoke(app, ["actor"])
    assert neither.exit_code == 2 and "give either an actor TEXT or --input" in neither.stderr


def test_actors_file_adds_knowledge_and_the_text_still_wins(tmp_path):
    own = tmp_path / "mine.toml"
    own.write_text('people = [ { name = "Ivan Petrenko", country = "UKR", role = "Mayor", sector = "GOV" } ]\n', encoding="utf-8")
    known = json.loads(run("actor", "Petrenko", "--actors", str(own)).stdout)
    assert (known["name"], known["country"], known["role"]) == ("Ivan Petrenko", "UKR", "Mayor")
    former = json.loads(run("actor", "former mayor Ivan Petrenko", "--actors", str(own)).stdout)
    assert former["sector"] == "ELI"


def test_eval_actors_prints_country_and_sector_accuracy(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"actor_text": "Putin", "context": None, "date": None, "expected_country": "RUS", "expected_code_1": "GOV"}) + "\n"
        + json.dumps({"actor_text": "taxi drivers", "context": None, "date": None, "expected_country": "FRA", "expected_code_1": "CVL"}) + "\n",
        encoding="utf-8",
    )
    result = run("eval", "actors", "--gold", str(gold), "--pred-out", str(tmp_path / "pred.jsonl"))
    assert result.exit_code == 0
    assert "country accuracy  0.500 (1/2)" in result.stdout
    assert "sector accuracy   1.000 (2/2)" in result.stdout
    assert len((tmp_path / "pred.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_ingest_fills_registry_ids_and_analyze_takes_an_actors_file(tmp_path, db):
    assert run("ingest", str(SEED), "--published", "2025-12-29", "--db", db).exit_code == 0
    rows = [json.loads(line) for line in run("export", "--db", db, "--what", "actors").stdout.splitlines()]
    ids = {row["name"]: row["registry_id"] for row in rows}
    assert ids["Putin"] == "vladimir-putin" and ids["Volodymyr Zelenskiy"] == "volodymyr-zelensky"
    assert ids["Moscow"] == ids["Russia"] == "russia"
    own = tmp_path / "mine.toml"
    own.write_text('organizations = [ { name = "Reuters", country = "GBR", sector = "JRN" } ]\n', encoding="utf-8")
    analysis = json.loads(run("analyze", str(SEED), "--published", "2025-12-29", "--actors", str(own)).stdout)
    assert next(a for a in analysis["actors"] if a["name"] == "Reuters")["country"] == "GBR"
def test_eval_geo_scores_a_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = "Officials in Kyiv said Russian drones hit the Kharkiv region overnight."
    toponyms = [
        {"start": text.index("Kyiv"), "end": text.index("Kyiv") + 4, "text": "Kyiv", "lat": 50.45, "lon": 30.52},
        {"start": text.index("Kharkiv"), "end": text.index("Kharkiv") + 7, "text": "Kharkiv", "lat": 49.5, "lon": 36.5},
    ]
    gold.write_text(json.dumps({"doc_id": "1", "text": text, "toponyms": toponyms}) + "\n", encoding="utf-8")
    result = run("eval", "geo", "--gold", str(gold), "--limit", "1")
    assert result.exit_code == 0
    assert "detection  P=1.000 R=1.000 F1=1.000" in result.output
    assert "acc@161 (matched gold with coordinates, n=2): 1.000" in result.output


def test_eval_geo_of_a_missing_file_is_one_line(tmp_path):
    result = run("eval", "geo", "--gold", str(tmp_path / "none.jsonl"))
    assert result.exit_code == 2 and "no such file" in result.output


def test_eval_events_scores_a_gold_file(tmp_path):
    gold = Path(__file__).parents[1] / "fixtures" / "events_gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    result = run("eval", "events", "--gold", str(gold), "--pred-out", str(pred))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "sentences            2" in lines
    assert any(line.startswith("PLOVER type          P 1.000  R 0.500  F1 0.667") for line in lines)
    assert any(line.startswith("actor country acc    1.000  (n=1)") for line in lines)
    assert [e["type"] for e in json.loads(pred.read_text(encoding="utf-8").splitlines()[0])["events"]] == ["ASSAULT"]


def test_eval_events_scores_one_split_of_class_coded_sentences(tmp_path):
    gold = tmp_path / "classes.jsonl"
    coded = {"ontology": "CAMEO 5-way class (0-4; see report)"}
    rows = [{"split": "test", "text": "Rebels attacked the town of Goma on Monday.", "events": [{**coded, "event_code": 4}]},
            {"split": "train", "text": "Kenya praised Uganda for its help.", "events": [{**coded, "event_code": 1}]}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run("eval", "events", "--gold", str(gold), "--split", "test")
    assert result.exit_code == 0
    assert "sentences            1" in result.stdout.splitlines()
    assert "CAMEO class (0-4)    P 1.000  R 1.000  F1 1.000  (1 of 1 gold, 1 predicted)" in result.stdout
    assert run("eval", "events", "--gold", str(gold), "--split", "dev").exit_code == 2


def test_train_events_table_rebuilds_the_table(tmp_path):
    crosswalk, codes, out = tmp_path / "x.jsonl", tmp_path / "c.jsonl", tmp_path / "t.json"
    crosswalk.write_text('{"cameo_code": "041", "plover_event": "CONSULT", "plover_mode": "phone"}\n', encoding="utf-8")
    codes.write_text('{"cameo_code": "041", "name": "Discuss by telephone", "quad_class_gdelt": 1, "goldstein_gdelt": 1.0}\n', encoding="utf-8")
    result = run("train", "events-table", "--crosswalk", str(crosswalk), "--codes", str(codes), "--out", str(out))
    assert result.exit_code == 0 and "1 CAMEO codes" in result.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["codes"]["041"]["mode"] == "phone"
