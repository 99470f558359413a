"""Fixtures for the gazetteer tests: the real built gazetteer, and private copies for user-layer writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.gazetteer.gazetteer import DB_NAME, Gazetteer, default_gazetteer_dir


@pytest.fixture(scope="session")
def built_db() -> Path:
    db = default_gazetteer_dir() / DB_NAME
    if not db.exists():
        pytest.skip(f"gazetteer not built ({db} missing): run `python -m geomap.gazetteer.build` first")
    return db


@pytest.fixture(scope="session")
def gaz(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The built gazetteer, opened from a directory without user entries."""
    home = tmp_path_factory.mktemp("gaz_home")
    (home / DB_NAME).symlink_to(built_db)
    return Gazetteer.open(home)


@pytest.fixture()
def gaz_home(built_db: Path, tmp_path: Path) -> Path:
    """A fresh gazetteer directory (the built db linked in) whose user layer tests may write."""
    (tmp_path / DB_NAME).symlink_to(built_db)
    return tmp_path


@pytest.fixture()
def user_gaz(gaz_home: Path) -> Gazetteer:
    return Gazetteer.open(gaz_home)
