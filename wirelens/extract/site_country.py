"""The country of an article's site, by its country-code domain ("lfpress.ca" -> Canada).

A paper's country is what its local stories rarely name: "London" in a story of a Canadian paper
is London, Ontario. `extract.places` hands it to the geocoder as context (`site_country`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pycountry

# Country-code domains that sites take for their letters, not their country ("news.tv", "x.io").
_VANITY_DOMAINS = frozenset("tv fm me io co ai ly to ws cc am nu la gg im is it st tk ms ps sh ac vc".split())


def site_country(url: str) -> str | None:
    """The ISO alpha-3 code of the country of a URL's country-code domain, None for a generic
    (".com") or vanity (".tv") domain."""
    url = url.strip()
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    code = host.rsplit(".", 1)[-1]
    if len(code) != 2 or code in _VANITY_DOMAINS:
        return None
    # ".uk" is the one country-code domain that is not the ISO code ("GB").
    country = pycountry.countries.get(alpha_2="GB" if code == "uk" else code.upper())
    return country.alpha_3 if country else None
