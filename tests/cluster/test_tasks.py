"""What a cluster's worker runs, without Dask: the same machine texts as a local run, the
bounded cache of loaded engines, errors named by worker and pair, a page's PDF bytes."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.mt.argos_fixtures import argos_packages, installed_dir  # noqa: F401
from workflow.cluster import tasks
from workflow.cluster.tasks import EngineSpec, TranslateJob, TypesetJob
from workflow.lang.languages import parse
from workflow.mt.engines.argos import ArgosEngine
from workflow.mt.translate import machine_texts

TEXTS = ("The framework protects citizens.", "The **government** protects the country.")


@pytest.fixture(autouse=True)
def fresh_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKFLOW_ARGOS_PACKAGES", raising=False)
    tasks._engines.clear()
    tasks._loads.clear()


def _job(tgt: str, texts: tuple[str, ...] = TEXTS) -> TranslateJob:
    return TranslateJob("argos", parse("en"), parse(tgt), texts, (), (), 60.0)


def test_a_chunk_gives_the_texts_of_a_local_run(installed_dir: Path) -> None:  # noqa: F811
    spec = EngineSpec(str(installed_dir), (), 2)
    outcome = tasks.translate_chunk(spec, _job("fr"), "tcp://127.0.0.1:1")
    assert outcome.error is None and outcome.loaded and outcome.worker == "tcp://127.0.0.1:1"
    local = machine_texts(
        ArgosEngine(installed_dir), parse("en"), parse("fr"), TEXTS, (), (), timeout=60.0
    )
    assert outcome.texts == local
    assert outcome.texts[0].text == "Le cadre protège citoyens."
    assert outcome.provenance is not None and outcome.provenance.model == "translate-en_fr"
    again = tasks.translate_chunk(spec, _job("fr"), "w")
    assert not again.loaded and tasks.model_loads() == {"argos:en->fr": 1}
    assert tasks.loaded_pairs() == ["argos:en->fr"]


def test_loaded_engines_are_bounded_least_recently_used_dropped(
    installed_dir: Path,  # noqa: F811
) -> None:
    spec = EngineSpec(str(installed_dir), (), 1)
    for tgt in ("fr", "fr", "es", "fr"):
        src = "de" if tgt == "es" else "en"  # de->en is installed; use it as a second pair
        job = TranslateJob(
            "argos", parse(src), parse("en" if tgt == "es" else tgt), TEXTS, (), (), 60.0
        )
        assert tasks.translate_chunk(spec, job, "w").error is None
    assert tasks.model_loads() == {"argos:en->fr": 2, "argos:de->en": 1}
    assert tasks.loaded_pairs() == ["argos:en->fr"]


def test_a_worker_without_the_package_says_which_and_what(tmp_path: Path) -> None:
    spec = EngineSpec(str(tmp_path), (), 2)
    outcome = tasks.translate_chunk(spec, _job("fr"), "tcp://10.0.0.7:40123")
    assert outcome.error is not None and not outcome.texts and not outcome.loaded
    message = str(outcome.error)
    assert message.startswith("worker tcp://10.0.0.7:40123 cannot translate en->fr: ")
    assert "no Argos package installed for en -> fr" in message
    assert "workflow models install" in message
    assert tasks.loaded_pairs() == []  # a package installed later is seen by the next task


def test_the_workers_environment_names_its_packages(
    installed_dir: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WORKFLOW_ARGOS_PACKAGES", str(installed_dir))
    outcome = tasks.translate_chunk(EngineSpec(str(tmp_path), (), 2), _job("fr"), "w")
    assert outcome.error is None


@pytest.mark.slow
def test_a_page_comes_back_as_pdf_bytes_with_its_assets(tmp_path: Path) -> None:
    assets = (("img/logo.png", _png()),)
    html = (
        '<html lang="en"><head><title>t</title></head><body>'
        '<img src="img/logo.png" alt="Logo"><p>Hello.</p></body></html>'
    )
    job = TypesetJob(html, str(tmp_path / "x.pdf"), "en", datetime.date(2024, 6, 20), (), assets)
    outcome = tasks.typeset_page(job, "w")
    assert outcome.error is None, outcome.error
    assert outcome.pdf.startswith(b"%PDF") and outcome.pages == 1
    assert not (tmp_path / "x.pdf").exists()  # the worker writes nothing


def _png() -> bytes:
    """A 1x1 red PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
