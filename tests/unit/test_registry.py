"""The actor registry on hand-made analyses, and through the store."""

from __future__ import annotations

from wirelens.extract.knowledge import default_knowledge
from wirelens.link import Registry
from wirelens.model import Actor, Analysis, Article
from wirelens.store import open_store


def _analysis(article_id: str, published: str, *actors: tuple[str, str, dict]) -> Analysis:
    return Analysis(
        article=Article(id=article_id, published=published, text="..."),
        actors=[Actor(id=f"a{n}", name=name, kind=kind, **extra) for n, (name, kind, extra) in enumerate(actors, 1)],
    )


def _ids(analysis: Analysis) -> list[str | None]:
    return [actor.registry_id for actor in analysis.actors]


def test_transliterations_merge_and_a_surname_alone_joins_the_full_name():
    registry = Registry()
    first, _ = registry.link(_analysis("x1", "2025-01-01", ("Ivan Petrenkiy", "person", {})))
    second, _ = registry.link(_analysis("x2", "2025-01-02", ("Ivan Petrenky", "person", {}), ("Petrenkiy", "person", {})))
    assert _ids(first) == ["ivan-petrenkiy"]
    assert _ids(second) == ["ivan-petrenkiy", "ivan-petrenkiy"]
    assert registry.get("ivan-petrenkiy").variants == ["Ivan Petrenkiy", "Ivan Petrenky", "Petrenkiy"]


def test_a_surname_shared_by_two_people_of_the_corpus_stays_apart():
    registry = Registry()
    registry.link(_analysis("x1", None, ("Anna Kovalenko", "person", {}), ("Oleh Kovalenko", "person", {})))
    linked, _ = registry.link(_analysis("x2", None, ("Kovalenko", "person", {})))
    assert _ids(linked) == ["kovalenko"]


def test_a_person_first_seen_by_surname_keeps_one_identity_once_named_in_full():
    registry = Registry()
    first, _ = registry.link(_analysis("x1", None, ("Moroz", "person", {})))
    second, _ = registry.link(_analysis("x2", None, ("Taras Moroz", "person", {})))
    assert _ids(first) == _ids(second)
    assert registry.get(_ids(first)[0]).name == "Taras Moroz"


def test_knowledge_names_the_identity_and_capitals_are_their_country():
    registry = Registry(knowledge=default_knowledge())
    linked, _ = registry.link(
        _analysis(
            "x1", "2025-12-29",
            ("Putin", "person", {}), ("Zelenskiy", "person", {}), ("Moscow", "country", {"country": "RUS"}),
            ("Russia", "country", {"country": "RUS"}), ("a senior commander", "unnamed", {}),
        )
    )
    assert _ids(linked) == ["vladimir-putin", "volodymyr-zelensky", "russia", "russia", None]


def test_roles_over_time_come_in_date_order():
    registry = Registry(knowledge=default_knowledge())
    registry.link(_analysis("x2", "2024-03-01", ("Mark Rutte", "person", {"role": "Prime Minister", "sector": "GOV", "country": "NLD"})))
    registry.link(_analysis("x1", "2025-01-01", ("Mark Rutte", "person", {"role": "Secretary General", "sector": "GOV", "country": "NATO"})))
    registry.link(_analysis("x3", None, ("Rutte", "person", {})))
    roles = registry.get("mark-rutte").roles_over_time()
    assert [(r.role, r.country, r.article_id) for r in roles] == [
        ("Prime Minister", "NLD", "x2"), ("Secretary General", "NATO", "x1"),
    ]


def test_the_store_fills_registry_ids_and_keeps_the_entries_across_stores(tmp_path):
    url = f"sqlite:///{tmp_path / 'wirelens.db'}"
    with open_store(url) as store:
        linked = store.link_actors(_analysis("x1", None, ("Ivan Petrenkiy", "person", {"role": "Mayor"})))
        store.save(linked)
        assert store.get("x1").actors[0].registry_id == "ivan-petrenkiy"
    with open_store(url) as store:
        again = store.link_actors(_analysis("x2", None, ("Petrenkiy", "person", {})))
        entry = store.registry_entry("ivan-petrenkiy")
    assert _ids(again) == ["ivan-petrenkiy"]
    assert entry.variants == ["Ivan Petrenkiy", "Petrenkiy"]
    assert [r.role for r in entry.roles] == ["Mayor"]
