"""What every geomap pipeline component shares: the gazetteer, attached in ``initialize()`` (never in the
config), the process-wide one unless a path or an instance is given."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from ..gazetteer import Gazetteer


class GazetteerComponent:
    """Base of the ``geomap_*`` components."""

    def __init__(self, name: str, *, gazetteer_path: str | None = None) -> None:
        self.name = name
        self.gazetteer_path = gazetteer_path
        self._gazetteer: Gazetteer | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   gazetteer: Gazetteer | None = None) -> None:
        """Attach ``gazetteer`` (default: the one at ``gazetteer_path``, else the shared one)."""
        from ..gazetteer import Gazetteer, get_gazetteer

        if gazetteer is None:
            gazetteer = Gazetteer.open(self.gazetteer_path) if self.gazetteer_path else get_gazetteer()
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self.initialize()
        assert self._gazetteer is not None
        return self._gazetteer
