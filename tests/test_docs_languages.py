"""The languages the docs say each family packages are the packs the package ships.

The table in ``docs/families/index.md`` is written by hand; a pack added without it (or
a row naming a pack that is gone) fails here rather than misleading a reader.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "cleantext" / "data"
TABLE = ROOT / "docs" / "families" / "index.md"


def _shipped(family: str) -> set[str]:
    return {p.name.split(".")[1] for p in DATA.glob(f"{family}.*.txt")}


def _documented() -> dict[str, set[str]]:
    rows = re.findall(r"^\| (banners|trailers|promo) \| ([a-z, ]+) \|$",
                      TABLE.read_text(encoding="utf-8"), flags=re.M)
    return {family: {lang.strip() for lang in langs.split(",")} for family, langs in rows}


@pytest.mark.parametrize("family", ["banners", "trailers", "promo"])
def test_the_languages_table_names_every_pack(family: str) -> None:
    assert _shipped(family), f"no {family} packs found in {DATA}"
    assert _documented().get(family) == _shipped(family)
