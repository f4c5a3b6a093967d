"""The engine protocol: a batch of source texts in, translations out, with provenance."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from workflow.errors import EngineError


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


def within(
    seconds: float, translate: Callable[[Sequence[str]], list[str]], texts: Sequence[str]
) -> list[str]:
    """`translate(texts)`, abandoned after `seconds` of wall-clock time (`EngineError`): a call
    that loops or crawls must not hold a nightly batch for hours. The call runs in a daemon
    thread; an abandoned one goes on to its end in the background (an engine's native code
    cannot be stopped from outside), and the process does not wait for it to exit."""
    done = threading.Event()
    outcome: list[list[str]] = []
    failure: list[BaseException] = []

    def call() -> None:
        try:
            outcome.append(translate(texts))
        except BaseException as exc:  # handed to the caller's thread
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=call, name="engine call", daemon=True).start()
    if not done.wait(seconds):
        raise EngineError(
            f"the engine took more than {seconds:g} s on a batch of {len(texts)} segment(s) "
            "and was abandoned",
            hint="raise [translate] call_timeout in workflow.toml, or lower [argos] beam_size "
            "or batch_size",
        )
    if failure:
        raise failure[0]
    return outcome[0]
