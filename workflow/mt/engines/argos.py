"""The Argos Translate engine: installed Argos packages run through CTranslate2, in batches.

Argos's own `translate()` splits text into sentences (with models it downloads), then runs
one CTranslate2 call per sentence. Segments here are already sentences, so this engine does
what Argos does per sentence, for many at once: the package's own tokenizer (SentencePiece,
or Moses + BPE), its target prefix if the metadata has one, `Translator.translate_batch`
over length-sorted batches spread over the CPU cores, then detokenization. Each package's
model is loaded once per engine. With only X->en and en->Y installed, X->Y pivots through
English.

This module is the only importer of ctranslate2 and sentencepiece in the package; it never
imports `argostranslate.translate`.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflow.errors import EngineError, ModelError
from workflow.mt import argos_env, packages
from workflow.mt.engines.base import Provenance
from workflow.mt.packages import PackageInfo
from workflow.workspace.settings import Argos

PIVOT = "en"
MAX_INPUT_TOKENS = 1024  # longer segments are refused rather than silently truncated


def available_cores() -> int:
    """CPU cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_threads(cores: int | None = None) -> tuple[int, int]:
    """(inter_threads, intra_threads) for batch throughput on `cores` cores.

    One batch per core with one thread each beats one batch using every core: CTranslate2's
    intra-op threads spend their time synchronising on these small matrices (DESIGN.md, 2
    cores: inter 2 x intra 1 gives 31-33 seg/s at beam 4; Argos's inter 1 x intra 0 gives
    1.3 per sentence; benchmarks/translate.py: intra 0 costs Argos 40% more CPU a segment
    than intra 1). Past 16 cores, the rest go to intra-op threads.
    """
    n = cores if cores is not None else available_cores()
    inter = max(1, min(n, 16))
    return inter, max(1, n // inter)


def decoding_length_bound(
    source_tokens: int, ratio: float = 2.0, extra: int = 10, cap: int = MAX_INPUT_TOKENS
) -> int:
    """The most target tokens decoded for a source of `source_tokens` tokens.

    Bounds hallucinated loops: a translation is rarely over twice its source in tokens.
    """
    return max(1, min(cap, math.ceil(ratio * source_tokens) + extra))


def plan_batches(
    lengths: Sequence[int], batch_size: int, workers: int = 1, spread: float = 1.25
) -> list[list[int]]:
    """Indices of `lengths` grouped into batches for translate_batch.

    Sorted by length; at most `batch_size` per batch, fewer when that keeps every worker
    busy; and a batch's longest input is at most `spread` times its shortest plus 4 tokens,
    so that the one decoding bound CTranslate2 takes per call (from the longest) also fits
    the shortest: a looping hypothesis stops near its own bound, not a longer neighbour's.
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    size = max(1, min(batch_size, math.ceil(len(order) / max(1, workers))))
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        if current and (len(current) >= size or lengths[i] > spread * lengths[current[0]] + 4):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


class ArgosSettings(Argos):
    """workflow.toml [argos] (its keys are declared in workflow.workspace.settings), and the
    thread counts it leaves to the core count."""

    def threads(self) -> tuple[int, int]:
        inter, intra = default_threads()
        return self.inter_threads or inter, self.intra_threads or intra


@dataclass
class _Loaded:
    info: PackageInfo
    translator: Any  # ctranslate2.Translator
    encode: Callable[[str], list[str]]
    decode: Callable[[list[str]], str]


@dataclass
class _Job:
    """One input text cut into translatable units (lines) and the whitespace around them."""

    parts: list[tuple[str, int | None, str]] = field(default_factory=list)


def _split(text: str, units: dict[str, int]) -> _Job:
    job = _Job()
    for line in text.split("\n"):
        core = line.strip()
        lead = line[: len(line) - len(line.lstrip())]
        trail = line[len(line.rstrip()) :] if core else ""
        if core:
            job.parts.append((lead, units.setdefault(core, len(units)), trail))
        else:
            job.parts.append((line, None, ""))
    return job


class ArgosEngine:
    """Translates with the Argos packages installed in `packages_dir` (see module doc)."""

    name = "argos"

    def __init__(self, packages_dir: Path, settings: ArgosSettings | None = None) -> None:
        self.packages_dir = Path(packages_dir)
        self.settings = settings or ArgosSettings()
        self._packages: list[PackageInfo] | None = None
        self._loaded: dict[Path, _Loaded] = {}
        self._lock = threading.Lock()

    # -- routing ------------------------------------------------------------------------------

    def installed(self) -> list[PackageInfo]:
        """The installed packages (read once; `refresh()` re-reads them)."""
        if self._packages is None:
            self._packages = packages.list_installed(self.packages_dir)
        return self._packages

    def refresh(self) -> None:
        """Forget the package list and loaded models (after installing or removing one)."""
        with self._lock:
            self._packages = None
            self._loaded.clear()

    def _direct(self, src_codes: list[str], tgt_codes: list[str]) -> PackageInfo | None:
        for from_code in src_codes:
            for to_code in tgt_codes:
                matches = [
                    p for p in self.installed() if (p.from_code, p.to_code) == (from_code, to_code)
                ]
                if matches:
                    return max(matches, key=lambda p: packages.version_key(p.version))
        return None

    def route(self, src: str, tgt: str) -> list[PackageInfo] | None:
        """The packages that translate src -> tgt: one, or two through English; None if none."""
        src_codes, tgt_codes = packages.argos_codes(src), packages.argos_codes(tgt)
        if set(src_codes) & set(tgt_codes):
            return None
        direct = self._direct(src_codes, tgt_codes)
        if direct is not None:
            return [direct]
        if PIVOT in src_codes or PIVOT in tgt_codes:
            return None
        first = self._direct(src_codes, [PIVOT])
        second = self._direct([PIVOT], tgt_codes)
        if first is None or second is None:
            return None
        return [first, second]

    def _require_route(self, src: str, tgt: str) -> list[PackageInfo]:
        route = self.route(src, tgt)
        if route is None:
            raise ModelError(
                f"no Argos package installed for {src} -> {tgt} in {self.packages_dir}",
                lang=tgt,
                hint=packages.install_hint(src, tgt),
            )
        return route

    # -- protocol -----------------------------------------------------------------------------

    def supports(self, src: str, tgt: str) -> bool:
        return self.route(src, tgt) is not None

    def provenance(self, src: str, tgt: str) -> Provenance:
        route = self._require_route(src, tgt)
        return Provenance(
            engine=self.name,
            model="+".join(p.name for p in route),
            version="+".join(p.version for p in route),
        )

    def translate_batch(self, texts: Sequence[str], src: str, tgt: str) -> list[str]:
        """Translate plain sentences. Lines are translated separately and rejoined with "\\n";
        leading/trailing whitespace and empty lines are kept; duplicates are translated once."""
        route = self._require_route(src, tgt)
        units: dict[str, int] = {}
        jobs = [_split(text, units) for text in texts]
        outputs = list(units)
        for info in route:
            outputs = self._run(self._load(info), outputs)
        return [
            "\n".join(
                lead + ("" if i is None else outputs[i]) + trail for lead, i, trail in job.parts
            )
            for job in jobs
        ]

    # -- inference ----------------------------------------------------------------------------

    def _load(self, info: PackageInfo) -> _Loaded:
        with self._lock:
            loaded = self._loaded.get(info.path)
            if loaded is None:
                loaded = self._open(info)
                self._loaded[info.path] = loaded
            return loaded

    def _open(self, info: PackageInfo) -> _Loaded:
        import ctranslate2

        inter, intra = self.settings.threads()
        try:
            translator = ctranslate2.Translator(
                str(info.path / "model"),
                device="cpu",
                compute_type=self.settings.compute_type,
                inter_threads=inter,
                intra_threads=intra,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(
                f"cannot load the CTranslate2 model of {info.name}: {exc}",
                file=info.path / "model",
                hint=packages.install_hint(info.from_code, info.to_code),
            ) from exc
        encode, decode = self._tokenizer(info)
        return _Loaded(info, translator, encode, decode)

    def _tokenizer(
        self, info: PackageInfo
    ) -> tuple[Callable[[str], list[str]], Callable[[list[str]], str]]:
        if info.tokenizer == "sentencepiece":
            import sentencepiece

            try:
                sp = sentencepiece.SentencePieceProcessor(
                    model_file=str(info.path / "sentencepiece.model")
                )
            except (RuntimeError, OSError) as exc:
                raise ModelError(
                    f"cannot load the SentencePiece model of {info.name}: {exc}", file=info.path
                ) from exc

            def sp_encode(text: str) -> list[str]:
                return list(sp.encode(text, out_type=str))

            def sp_decode(tokens: list[str]) -> str:
                # Unlike Argos, "_" is kept: it is text, not SentencePiece's "▁".
                return str(sp.decode_pieces(tokens))

            return sp_encode, sp_decode
        tokenizer_mod = argos_env.tokenizer_module(self.packages_dir)
        bpe = tokenizer_mod.BPETokenizer(info.path / "bpe.model", info.from_code, info.to_code)

        def bpe_encode(text: str) -> list[str]:
            return list(bpe.encode(text))

        def bpe_decode(tokens: list[str]) -> str:
            return str(bpe.decode(tokens))

        return bpe_encode, bpe_decode

    def _run(self, loaded: _Loaded, texts: list[str]) -> list[str]:
        """Translate unique, stripped, non-empty texts with one package."""
        if not texts:
            return []
        settings = self.settings
        tokens = [loaded.encode(text) for text in texts]
        for text, toks in zip(texts, tokens, strict=True):
            if len(toks) > MAX_INPUT_TOKENS:
                raise EngineError(
                    f"segment too long for machine translation ({len(toks)} tokens, "
                    f"limit {MAX_INPUT_TOKENS}): {text[:60]!r}...",
                    lang=loaded.info.to_code,
                    hint="split it into shorter sentences",
                )
        inter, _ = settings.threads()
        prefix = loaded.info.target_prefix
        pending = []
        batches = plan_batches(
            [len(t) for t in tokens], settings.batch_size, inter, settings.length_spread
        )
        for batch in batches:
            source = [tokens[i] for i in batch]
            longest = max(len(t) for t in source)
            try:
                results = loaded.translator.translate_batch(
                    source,
                    target_prefix=[[prefix]] * len(source) if prefix else None,
                    beam_size=settings.beam_size,
                    length_penalty=settings.length_penalty,
                    max_decoding_length=decoding_length_bound(
                        longest + (1 if prefix else 0),
                        settings.max_length_ratio,
                        settings.max_length_extra,
                    ),
                    max_input_length=0,
                    replace_unknowns=True,
                    asynchronous=True,
                )
            except (RuntimeError, ValueError) as exc:
                raise EngineError(f"CTranslate2 failed: {exc}", lang=loaded.info.to_code) from exc
            pending.append((batch, results))
        out = [""] * len(texts)
        for batch, results in pending:
            for i, result in zip(batch, results, strict=True):
                try:
                    hypothesis = list(result.result().hypotheses[0])
                except RuntimeError as exc:
                    raise EngineError(
                        f"CTranslate2 failed: {exc}", lang=loaded.info.to_code
                    ) from exc
                if prefix and hypothesis[:1] == [prefix]:
                    hypothesis = hypothesis[1:]
                out[i] = loaded.decode(hypothesis).strip()
        return out
