"""Fixtures shared by every test: the real gazetteer (in a private home, so no test writes into the
repository's gazetteer/user/), the real spaCy pipeline, the seed article and the shared corpora."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ID = "000_a871b5494525aa74"


def _repo_db() -> Path:
    return REPO / "gazetteer" / "geomap.sqlite"


@pytest.fixture(scope="session", autouse=True)
def geomap_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """$GEOMAP_HOME for the whole run: the built gazetteer linked in, an empty user layer."""
    db = _repo_db()
    if not db.exists():
        pytest.exit(f"The gazetteer is not built ({db} is missing): run `geomap gazetteer build` "
                    f"(scripts/install.sh does) before the tests.", returncode=1)
    home = tmp_path_factory.mktemp("geomap_home")
    (home / "geomap.sqlite").symlink_to(db)
    old = os.environ.get("GEOMAP_HOME")
    os.environ["GEOMAP_HOME"] = str(home)
    import geomap.gazetteer.gazetteer as gazmod

    gazmod._shared = None
    yield home
    if old is None:
        os.environ.pop("GEOMAP_HOME", None)
    else:
        os.environ["GEOMAP_HOME"] = old
    gazmod._shared = None


@pytest.fixture(scope="session")
def gazetteer(geomap_home: Path):
    from geomap.gazetteer import get_gazetteer

    return get_gazetteer()


@pytest.fixture(scope="session")
def nlp(gazetteer):
    from geomap.pipeline import load

    return load()


@pytest.fixture(scope="session")
def geo_nlp(gazetteer):
    """The geoparsing pipeline alone (no events component)."""
    from geomap.pipeline import load

    return load(events=False)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return REPO / "seeds" / f"{SEED_ID}.txt"


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    """The seed's gold annotation, read by tests only (never by the system)."""
    path = SHARED / "seeds" / f"{SEED_ID}.gold.json"
    if not path.exists():
        pytest.skip(f"{path} is not there (../shared/ comes with the workplace)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    path = SHARED / "eval"
    if not path.exists():
        pytest.skip(f"{path} is not there (../shared/ comes with the workplace)")
    return path
