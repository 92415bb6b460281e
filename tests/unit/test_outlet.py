"""Place names in an article's URL: host prefixes and suffixes, path words, sizeable places only."""

from __future__ import annotations

import pytest

from wirelens.extract.outlet import url_toponyms
from wirelens.nlp.gazetteer import Gazetteer, open_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return open_gazetteer()


def _names(url: str | None, gazetteer: Gazetteer) -> set[str]:
    return {t.text for t in url_toponyms(url, gazetteer)}


def test_a_local_papers_host_and_section_name_places(gazetteer):
    names = _names("http://columbuslocalnews.com/articles/2009/03/18/dublin_news/news/x_6.txt", gazetteer)
    assert {"columbus", "dublin"} <= names


def test_candidates_are_sizeable_places_of_that_own_name(gazetteer):
    columbus = next(t for t in url_toponyms("http://columbuslocalnews.com/", gazetteer) if t.text == "columbus")
    assert all(e.name == "Columbus" and e.population >= 10_000 for e in columbus.candidates)
    assert any(e.admin1 == "US-OH" for e in columbus.candidates)


def test_common_url_words_and_no_url_give_nothing(gazetteer):
    assert _names("http://www.thetowntalk.com/article/20090320/NEWS01/90320003/-1/rss", gazetteer) == set()
    assert _names(None, gazetteer) == set()
