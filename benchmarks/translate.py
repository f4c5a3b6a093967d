"""Throughput of machine translation: our ArgosEngine vs Argos's translate() vs raw CTranslate2.

    python benchmarks/translate.py [--segments 500] [--argos-segments N] [--beam 4]
        [--rounds 5] [--skip-argos]

Builds a CTranslate2 model with transformer-base dimensions (d_model 512, 6+6 layers,
8 heads, FFN 2048, a 32000-token vocabulary; random weights, int8), wraps it as an Argos
package with a SentencePiece model trained on the sample release, installs it into a
temporary folder, and times the same press-like segments through:

  (a) ArgosEngine.translate_batch (all segments in one call; model loaded beforehand),
  (b) argostranslate.translate.translate(), once per segment, as Argos runs by default
      (beam 4, inter_threads 1, intra_threads 0), and again with ARGOS_INTRA_THREADS=1.
      Offline: Argos's sentence splitter (MiniSBD, which downloads its model) is replaced
      by "the segment is one sentence" (our segments are sentences);
  (c) raw ctranslate2.Translator.translate_batch on pre-tokenized input, same batches,
      threads and beam as (a).

The methods run in interleaved rounds (each round: every method on its share of the
segments), so background load on a shared machine weighs on all of them alike; wall-clock
seg/s and CPU ms per segment are printed for each.

Random weights rarely emit </s>, so every side decodes up to the same bound,
`decoding_length_bound(longest source in the batch)` (for (b), the batch is the segment):
Argos's Translator is wrapped to pass that max_decoding_length, nothing else changes.

Only this benchmark imports argostranslate.translate (stanza, torch). The lean .venv of
`make setup` leaves those out (README, "The lean install"), so (b) needs the argos-full extra,
installed into a second virtualenv by:

    make argos-full                                    # .venv-argos: .venv + torch, stanza, spaCy
    .venv-argos/bin/python benchmarks/translate.py

With the lean .venv, (b) is skipped with a message saying so; (w), (a) and (c) run.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import math
import os
import random
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workflow.mt import packages  # noqa: E402
from workflow.mt.engines.argos import (  # noqa: E402
    ArgosEngine,
    ArgosSettings,
    decoding_length_bound,
    plan_batches,
)

RELEASE = ROOT / "releases" / "2024-06-20-cyber-security-framework.md"
ARGOS_FULL = "make argos-full, then .venv-argos/bin/python benchmarks/translate.py"


def argos_full_missing() -> list[str]:
    """What argostranslate.translate imports and this interpreter lacks (the lean .venv lacks
    them all)."""
    import importlib.util

    return [m for m in ("stanza", "torch", "minisbd") if importlib.util.find_spec(m) is None]


D_MODEL, LAYERS, HEADS, FFN, VOCAB = 512, 6, 8, 2048, 32000


def release_sentences() -> list[str]:
    text = RELEASE.read_text(encoding="utf-8").split("---", 2)[2]
    text = re.sub(r"[#*\"“”]", "", text)
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return [s for s in sentences if len(s.split()) >= 5]


def press_segments(n: int, seed: int = 1) -> list[str]:
    """n distinct press-like sentences, 6-45 words, recombined from the sample release."""
    rng = random.Random(seed)
    sentences = release_sentences()
    words = [w for s in sentences for w in s.split()]
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        base = rng.choice(sentences).rstrip(".").split()
        length = rng.randint(6, 45)
        while len(base) < length:
            base.append(rng.choice(words).strip(".,"))
        cut = base[:length]
        cut[rng.randrange(len(cut))] = rng.choice(words).strip(".,")
        sentence = " ".join(cut) + "."
        if sentence not in seen:
            seen.add(sentence)
            out.append(sentence[0].upper() + sentence[1:])
    return out


def train_sentencepiece() -> tuple[bytes, list[str]]:
    import sentencepiece as spm

    lines = press_segments(3000, seed=99) + release_sentences()
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        model_type="unigram",
        vocab_size=3000,
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=1,
        input_sentence_size=0,
        shuffle_input_sentence=False,
        minloglevel=2,
    )
    sp = spm.SentencePieceProcessor(model_proto=buffer.getvalue())
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    return buffer.getvalue(), pieces + [f"<extra_{i}>" for i in range(VOCAB - len(pieces))]


def build_base_model(vocab: list[str], model_dir: Path, seed: int = 0) -> None:
    """transformer-base dimensions, random weights, saved int8."""
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config(LAYERS, HEADS)
    d, v = D_MODEL, len(vocab)

    def weight(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols), dtype=np.float32) / math.sqrt(cols)).astype(
            np.float32
        )

    def linear(spec_: Any, rows: int, cols: int) -> None:
        spec_.weight = weight(rows, cols)
        spec_.bias = np.zeros(rows, dtype=np.float32)

    def norm(spec_: Any) -> None:
        spec_.gamma = np.ones(d, dtype=np.float32)
        spec_.beta = np.zeros(d, dtype=np.float32)

    def ffn(spec_: Any) -> None:
        norm(spec_.layer_norm)
        linear(spec_.linear_0, FFN, d)
        linear(spec_.linear_1, d, FFN)

    embeddings = weight(v, d)
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings
    for layer in spec.encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d, d)
        linear(layer.self_attention.linear[1], d, d)
        ffn(layer.ffn)
    norm(spec.encoder.layer_norm)
    for layer in spec.decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d, d)
        linear(layer.self_attention.linear[1], d, d)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], d, d)
        linear(layer.attention.linear[1], 2 * d, d)
        linear(layer.attention.linear[2], d, d)
        ffn(layer.ffn)
    norm(spec.decoder.layer_norm)
    spec.decoder.projection.weight = embeddings
    spec.decoder.projection.bias = np.zeros(v, dtype=np.float32)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization="int8")
    model_dir.mkdir(parents=True)
    spec.save(str(model_dir))


def build_package(work: Path) -> Path:
    folder = work / "translate-en_fr-base"
    folder.mkdir()
    proto, vocab = train_sentencepiece()
    (folder / "sentencepiece.model").write_bytes(proto)
    build_base_model(vocab, folder / "model")
    metadata = {
        "package_version": "0.0",
        "argos_version": "1.9",
        "from_code": "en",
        "from_name": "English",
        "to_code": "fr",
        "to_name": "French",
        "type": "translate",
    }
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    (folder / "README.md").write_text(
        "BENCHMARK FIXTURE: transformer-base dimensions, random weights.\n", encoding="utf-8"
    )
    archive = shutil.make_archive(str(work / "translate-en_fr-base"), "zip", work, folder.name)
    return Path(archive)


@dataclass
class Method:
    """One way of translating: `prepare` runs untimed, `run(prepare(segments))` is timed."""

    label: str
    run: Callable[[Any], object]
    prepare: Callable[[list[str]], Any] = lambda segments: segments
    per_segment_argos: bool = False


def engine_method(packages_dir: Path, beam: int) -> Method:
    engine = ArgosEngine(packages_dir, ArgosSettings(beam_size=beam))
    engine.translate_batch(["Warm up the model."], "en", "fr")  # loads the model
    inter, intra = engine.settings.threads()
    return Method(
        f"(a) ArgosEngine.translate_batch, beam {beam}, inter {inter} intra {intra}",
        lambda segments: engine.translate_batch(segments, "en", "fr"),
    )


def workflow_method(packages_dir: Path, work: Path, beam: int) -> Method:
    """`workflow translate`: a release of the segments, extracted (untimed), then the whole
    translate step timed: memory lookup, protection, batches through the engine, restoring,
    atomic catalog writes."""
    from workflow.catalogs import extract
    from workflow.mt import translate
    from workflow.mt.engines.select import ENV_ARGOS_DIR, Engines
    from workflow.workspace import open_workspace

    os.environ[ENV_ARGOS_DIR] = str(packages_dir)
    counter = itertools.count()
    engines: list[Engines] = []

    def prepare(segments: list[str]) -> Any:
        root = work / f"ws{next(counter)}"
        (root / "releases").mkdir(parents=True)
        (root / "workflow.toml").write_text(f"[argos]\nbeam_size = {beam}\n")
        front = "---\ntitle: Benchmark\ndate: 2024-06-20\nplace: Geneva\nlanguage: en\n"
        front += "languages: [fr]\n---\n\n"
        (root / "releases" / "bench.md").write_text(front + "\n\n".join(segments) + "\n")
        ws = open_workspace(root)
        extract.extract(ws, ["bench"])
        return ws

    def run(ws: Any) -> None:
        if not engines:
            engines.append(Engines(ws))  # one engine for every round: the model loads once
        rel = ws.load_release("bench")
        translate.run(ws, [rel], translate.Options(engine="argos"), engines=engines[0])

    run(prepare(["Warm up the model."]))
    return Method(
        f"(w) workflow translate: protect, batches, catalog writes, beam {beam}", run, prepare
    )


def raw_method(package: Path, beam: int) -> Method:
    """CTranslate2 alone: the same batches, bounds, threads and beam as (a), pre-tokenized."""
    import ctranslate2
    import sentencepiece as spm

    settings = ArgosSettings(beam_size=beam)
    inter, intra = settings.threads()
    translator = ctranslate2.Translator(
        str(package / "model"), device="cpu", inter_threads=inter, intra_threads=intra
    )
    sp = spm.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))

    def prepare(segments: list[str]) -> list[list[list[str]]]:
        tokens = [sp.encode(s, out_type=str) for s in segments]
        lengths = [len(t) for t in tokens]
        plan = plan_batches(lengths, settings.batch_size, inter, settings.length_spread)
        return [[tokens[i] for i in batch] for batch in plan]

    def run(batches: list[list[list[str]]]) -> None:
        pending = [
            translator.translate_batch(
                batch,
                beam_size=beam,
                length_penalty=settings.length_penalty,
                max_decoding_length=decoding_length_bound(len(batch[-1])),
                max_input_length=0,
                asynchronous=True,
            )
            for batch in batches
        ]
        for results in pending:
            for result in results:
                result.result()

    run(prepare(["Warm up the model."]))
    return Method(
        f"(c) raw ctranslate2 translate_batch, beam {beam}, inter {inter} intra {intra}",
        run,
        prepare,
    )


def argos_methods(packages_dir: Path) -> list[Method]:
    """Argos's own translate(), once per segment, at its defaults and with intra_threads 1."""
    import ctranslate2
    from argostranslate import settings, translate

    class OneSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    class Bounded:
        def __init__(self, translator: Any) -> None:
            self.translator = translator

        def translate_batch(self, source: list[list[str]], **kwargs: Any) -> Any:
            longest = max(len(s) for s in source)
            return self.translator.translate_batch(
                source, max_decoding_length=decoding_length_bound(longest), **kwargs
            )

    settings.package_dirs[:] = [packages_dir]
    translate.installed_translates.clear()
    translate.get_installed_languages.cache_clear()
    underlying = translate.get_translation_from_codes("en", "fr").underlying
    underlying.sentencizer = OneSentence()
    methods = []
    for intra in (settings.intra_threads, 1):
        bounded = Bounded(
            ctranslate2.Translator(  # as PackageTranslation.hypotheses creates it
                str(underlying.pkg.package_path / "model"),
                device=settings.device,
                inter_threads=settings.inter_threads,
                intra_threads=intra,
                compute_type=settings.compute_type,
            )
        )

        def run(segments: list[str], bounded: Bounded = bounded) -> list[str]:
            underlying.translator = bounded
            return [translate.translate(s, "en", "fr") for s in segments]

        run(["Warm up the model."])
        defaults = " (Argos defaults)" if intra == settings.intra_threads else ""
        methods.append(
            Method(
                f"(b) argostranslate translate() per segment, beam {settings.beam_size}, "
                f"inter {settings.inter_threads} intra {intra}{defaults}",
                run,
                per_segment_argos=True,
            )
        )
    return methods


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", type=int, default=500)
    parser.add_argument(
        "--argos-segments", type=int, default=None, help="segments for (b) (default: all)"
    )
    parser.add_argument("--beam", type=int, default=ArgosSettings().beam_size)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--skip-argos", action="store_true", help="skip (b)")
    args = parser.parse_args(argv)

    segments = press_segments(args.segments)
    argos_count = 0 if args.skip_argos else min(args.argos_segments or len(segments), len(segments))
    missing = argos_full_missing()
    if argos_count and missing:
        print(
            f"skipping (b), Argos's own translate(): this Python lacks {', '.join(missing)} "
            f"(the lean install leaves them out); for (b): {ARGOS_FULL}",
            flush=True,
        )
        argos_count = 0
    with tempfile.TemporaryDirectory(prefix="bench-argos-") as tmp:
        work = Path(tmp)
        # argostranslate.translate imports minisbd -> onnxruntime, which writes a device id
        # under ~/.cache; keep the home folder out of it.
        os.environ["HOME"] = str(work)
        start = time.perf_counter()
        archive = build_package(work)
        packages_dir = work / "packages"
        info = packages.install_file(archive, packages_dir)
        print(
            f"model: transformer-base random int8, vocab {VOCAB}; built and installed in "
            f"{time.perf_counter() - start:.1f} s; {len(segments)} segments "
            f"({np.mean([len(s.split()) for s in segments]):.1f} words on average), "
            f"{argos_count} for (b); {args.rounds} interleaved rounds",
            flush=True,
        )
        methods = [
            workflow_method(packages_dir, work, args.beam),
            raw_method(info.path, args.beam),
            engine_method(packages_dir, args.beam),
        ]
        if args.beam != 2:
            methods.append(engine_method(packages_dir, 2))
        if argos_count:
            methods += argos_methods(packages_dir)
        # Interleaving spreads any change in background load over every method alike.
        totals = {m.label: [0.0, 0.0, 0.0] for m in methods}  # segments, wall s, CPU s
        for r in range(args.rounds):
            for method in methods:
                pool = segments[:argos_count] if method.per_segment_argos else segments
                chunk = pool[r :: args.rounds]
                if not chunk:
                    continue
                prepared = method.prepare(chunk)
                wall, cpu = time.perf_counter(), time.process_time()
                method.run(prepared)
                total = totals[method.label]
                total[0] += len(chunk)
                total[1] += time.perf_counter() - wall
                total[2] += time.process_time() - cpu
        rates = {}
        for label, (n, wall, cpu) in totals.items():
            rates[label] = n / wall
            print(
                f"{label:<78} {int(n):>4} seg {wall:7.1f} s {n / wall:6.1f} seg/s "
                f"{cpu / n * 1000:6.0f} ms CPU/seg"
            )
        w, c, a = (rates[m.label] for m in methods[:3])
        print()
        for method in methods:
            if method.per_segment_argos:
                setting = method.label[method.label.index("inter") :]
                print(f"(w)/(b) vs {setting:<40} {w / rates[method.label]:6.1f}x  (target >= 3x)")
        print(f"(w)/(c) workflow vs raw CTranslate2{'':<16} {w / c:6.2f}x  (target >= 0.9x)")
        print(f"(a)/(c) engine alone vs raw CTranslate2{'':<12} {a / c:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
