"""The engine protocol: a batch of source texts in, translations out, with provenance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Provenance:
    """What produced a machine translation; written into the catalog next to the entry."""

    engine: str  # "argos", "bergamot", ...
    model: str  # package or model name, e.g. "translate-en_fr"
    version: str  # package/model version

    def comment(self) -> str:
        """The translator-comment line kept in the .po (survives msgmerge and Poedit)."""
        return f"machine: {self.engine} {self.model} {self.version}"


class Engine(Protocol):
    """A translation engine. Implementations load their model once and translate in batches."""

    name: str

    def supports(self, src: str, tgt: str) -> bool:
        """True if this engine can translate src -> tgt (BCP 47 codes) as installed."""
        ...

    def provenance(self, src: str, tgt: str) -> Provenance:
        """The provenance recorded for translations of this pair."""
        ...

    def translate_batch(self, texts: Sequence[str], src: str, tgt: str) -> list[str]:
        """Translate plain sentences (no markup: protect.py masks it). Same length and order."""
        ...
