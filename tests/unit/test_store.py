"""The store on real SQLite files: round trips, replacement, FTS5 search, pragmas, cascade, bad URLs."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from wirelens.errors import ConfigError
from samples import seed_analysis

from wirelens.model import Analysis, Article
from wirelens.store import RECORD_KINDS, StatementHit, open_store, record_columns
from wirelens.store.repository import _like_statements
from wirelens.store.schema import RECORD_TABLES, metadata, statements

@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'wirelens.db'}"


@pytest.fixture
def analysis() -> Analysis:
    return seed_analysis()


def test_sample_spans_point_at_their_text(analysis):
    # Guards the fixture itself: a wrong span here would make every later test vacuous.
    text = analysis.article.text
    for s in analysis.statements:
        assert text[slice(*s.cue.span)] == s.cue.text
        assert text[slice(*s.content.spans[0])] == s.content.text
    assert text[slice(*analysis.times[0].span)] == analysis.times[0].text
    assert [text[slice(*m)] for m in analysis.actors[0].mentions] == ["Sergei Lavrov", "Lavrov"]
    assert text[slice(*analysis.events[0].quantities[0].span)] == "91 long-range drones"


def test_saved_analysis_comes_back_equal(url, analysis):
    with open_store(url) as store:
        store.save(analysis)
        assert store.get(analysis.article.id) == analysis
    # ... and from a fresh connection, not a cache.
    with open_store(url) as store:
        assert store.get(analysis.article.id) == analysis


def test_get_of_an_unknown_article_is_none(url):
    with open_store(url) as store:
        assert store.get("sha256:nothing") is None


def test_saving_twice_leaves_one_copy(url, analysis):
    with open_store(url) as store:
        store.save(analysis)
        store.save(analysis)
        assert store.count("articles") == 1
        assert store.count("statements") == 2
        assert store.count("relations") == 1
        assert len(store.search("drones")) == 1


def test_saving_a_changed_analysis_replaces_the_old(url, analysis):
    changed = analysis.model_copy(update={"statements": analysis.statements[1:], "relations": []})
    with open_store(url) as store:
        store.save(analysis)
        store.save(changed)
        assert store.get(analysis.article.id) == changed
        assert store.count("statements") == 1
        assert store.count("relations") == 0
        assert store.search("drones") == []
        assert [hit.statement.id for hit in store.search("operation")] == ["s2"]


def test_a_failed_save_leaves_the_stored_analysis_as_it_was(url, analysis):
    # Duplicate statement ids break the key only after the old rows are deleted: the whole
    # replacement must roll back, FTS rows included.
    broken = analysis.model_copy(update={"statements": [analysis.statements[1]] * 2})
    with open_store(url) as store:
        store.save(analysis)
        with pytest.raises(IntegrityError):
            store.save(broken)
        assert store.get(analysis.article.id) == analysis
        assert [hit.statement.id for hit in store.search("drones")] == ["s1"]


def test_search_finds_statements_by_words_of_their_content(url, analysis):
    with open_store(url) as store:
        store.save(analysis)
        assert store.search("DRONES") == [StatementHit(analysis.article.id, analysis.statements[0])]
        # Every word must be in the content: "Ukraine" alone is in both statements.
        assert {hit.statement.id for hit in store.search("Ukraine")} == {"s1", "s2"}
        assert [hit.statement.id for hit in store.search("Ukraine planned")] == ["s2"]
        assert len(store.search("Ukraine", limit=1)) == 1
        # Query syntax in user text is taken as words, never parsed.
        assert [hit.statement.id for hit in store.search('Putin\'s "residence AND')] == []
        assert [hit.statement.id for hit in store.search("Putin's residence")] == ["s1"]
        assert store.search("   ") == []
        assert store.search('- " * NEAR(') == []
        # FTS5's unicode61 tokenizer folds case and diacritics.
        assert [hit.statement.id for hit in store.search("résidence")] == ["s1"]
        # Only statement content is searched, not the rest of the article.
        assert store.search("evidence") == []


def test_search_rejects_a_limit_below_one(url):
    with open_store(url) as store, pytest.raises(ConfigError, match="search limit 0: must be 1 or more"):
        store.search("drones", limit=0)


def test_like_fallback_needs_every_word_and_escapes_wildcards(url, analysis):
    # The query other dialects run, checked here on SQLite, where it means the same.
    with open_store(url) as store:
        store.save(analysis)
    engine = create_engine(url)
    with engine.connect() as conn:
        ids = lambda words: [row.record["id"] for row in conn.execute(_like_statements(words))]  # noqa: E731
        assert ids(["ukraine"]) == ["s1", "s2"]
        assert ids(["Ukraine", "planned"]) == ["s2"]
        assert ids(["%"]) == []
        assert ids(["long_range"]) == []
    engine.dispose()


def test_sqlite_store_uses_wal(url, tmp_path):
    open_store(url).close()
    conn = sqlite3.connect(tmp_path / "wirelens.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles_fts", "statements_fts"} <= tables
    conn.close()


def test_delete_cascades_to_every_record_table(url, analysis):
    other = seed_analysis(article_id="sha256:other")
    with open_store(url) as store:
        store.save(analysis)
        store.save(other)
        assert store.delete(analysis.article.id) is True
        assert store.article_ids() == ["sha256:other"]
        for table in RECORD_TABLES:
            expected = len(getattr(other, table.name))
            assert store.count(table.name) == expected, table.name
        assert [hit.article_id for hit in store.search("drones")] == ["sha256:other"]
        assert store.delete(analysis.article.id) is False


def test_analyses_come_in_the_order_first_stored(url, analysis):
    second = seed_analysis(article_id="sha256:0-sorts-first-by-id")
    with open_store(url) as store:
        store.save(analysis)
        store.save(second)
        store.save(analysis)  # a re-save keeps its place
        assert store.article_ids() == [analysis.article.id, second.article.id]
        assert list(store.analyses()) == [analysis, second]


def test_scalar_columns_copy_the_record(url, analysis):
    with open_store(url) as store:
        store.save(analysis)
    engine = create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(select(statements).where(statements.c.id == "s1")).mappings().one()
    engine.dispose()
    content = analysis.statements[0].content
    assert row["act"] == "claim"
    assert (row["cue_text"], row["cue_lemma"]) == ("said", "say")
    assert (row["evidence"], row["speaker"]) == ("none_provided", "a1")
    assert (row["content_start"], row["content_end"]) == content.spans[0]
    assert row["content_text"] == content.text


def test_records_are_flat_rows_with_the_article_id(url, analysis):
    with open_store(url) as store:
        store.save(analysis)
        rows = list(store.records("statements"))
        articles = list(store.records("articles"))
        relations = list(store.records("relations"))
    assert [list(row) for row in rows] == [record_columns("statements")] * 2
    assert rows[1]["article_id"] == analysis.article.id
    assert rows[1]["act"] == "denial"
    assert rows[0]["content"]["spans"] == [list(analysis.statements[0].content.spans[0])]
    assert articles == [{"article_id": analysis.article.id, **analysis.article.model_dump(exclude={"id"})}]
    assert relations == [{"article_id": analysis.article.id, "type": "denies", "from": "s2", "to": "s1"}]


def test_records_of_an_unknown_kind_fail_at_the_call(url):
    with open_store(url) as store, pytest.raises(ConfigError) as caught:
        store.records("quotes")
    assert str(caught.value) == f"unknown kind of record 'quotes'; expected one of {', '.join(RECORD_KINDS)}"


def test_count_of_an_unknown_table_names_the_tables(url):
    expected = r"no table 'quotes' in the store; expected one of articles, actors"
    with open_store(url) as store, pytest.raises(ConfigError, match=expected):
        store.count("quotes")


def test_schema_is_portable_to_postgresql():
    # Every table and index compiles for PostgreSQL: no SQLite-only type slipped in.
    dialect = postgresql.dialect()
    for table in metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=dialect))
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    assert "ON DELETE CASCADE" in str(CreateTable(statements).compile(dialect=dialect))


def test_every_article_field_has_a_column():
    assert set(Article.model_fields) <= set(metadata.tables["articles"].c.keys())


def test_record_kinds_are_the_articles_and_the_record_tables():
    assert RECORD_KINDS == ("articles", *(table.name for table in RECORD_TABLES))
    record_fields = [name for name in Analysis.model_fields if name not in ("schema_", "article")]
    assert [table.name for table in RECORD_TABLES] == record_fields


@pytest.mark.parametrize(
    ("bad_url", "message"),
    [
        ("not a url", r"database URL 'not a url': not an SQLAlchemy URL; use the form dialect\+driver://"),
        (
            "postgresql://user:secret@host:port/db",
            r"database URL 'postgresql://user:\*\*\*@host:port/db': not an SQLAlchemy URL",
        ),
        ("nosuchdb://host/db", r"database URL 'nosuchdb://host/db': no usable database driver .*; install the driver"),
    ],
)
def test_bad_url_is_a_config_error(bad_url, message):
    with pytest.raises(ConfigError, match=message):
        open_store(bad_url)


def test_unreachable_database_is_a_config_error_without_its_password():
    # psycopg may or may not be installed: either way a ConfigError, the password hidden.
    with pytest.raises(ConfigError) as caught:
        open_store("postgresql+psycopg://user:secret@127.0.0.1:1/db")
    assert "secret" not in str(caught.value)
    assert "postgresql+psycopg://user:***@127.0.0.1:1/db" in str(caught.value)


def test_sqlite_file_in_a_missing_folder_is_a_config_error(tmp_path):
    missing = tmp_path / "no" / "such" / "folder" / "x.db"
    with pytest.raises(ConfigError, match=r"cannot open it or create its tables \(unable to open database file\)"):
        open_store(f"sqlite:///{missing}")


def test_a_file_that_is_not_a_database_is_a_config_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(ConfigError, match=r"file is not a database"):
        open_store(f"sqlite:///{path}")
