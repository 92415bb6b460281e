"""The country of an article's site by its country-code domain."""

from __future__ import annotations

import pytest

from wirelens.extract.site_country import site_country


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("http://lfpress.ca/newsstand/News/Local/story.html", "CAN"),
        ("  http://www.example.co.uk/news/1  ", "GBR"),
        ("www.dailystar.com.lb/News/Local", "LBN"),
        ("http://www.star-telegram.com/arlington_news/story.html", None),
        ("http://www.wkyt.tv/content/news", None),
        ("http://outbreaknews.org/2009", None),
    ],
)
def test_the_country_code_domain_gives_the_country(url, country):
    assert site_country(url) == country
