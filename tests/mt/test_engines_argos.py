"""ArgosEngine: real Argos packages (made by scripts/make_test_argosmodel.py) run by CTranslate2.

The test packages translate word for word from a small word list and copy every other
token, so outputs are exact.
"""

# Fixtures are imported from tests.mt.argos_fixtures and requested as arguments:
# ruff: noqa: F811
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.mt.argos_fixtures import (  # noqa: F401  (pytest fixtures)
    ROOT,
    ArgosPackages,
    argos_packages,
    bpe_installed_dir,
    installed_dir,
    load_fixture_script,
)
from workflow.errors import EngineError, ModelError
from workflow.mt.engines.argos import (
    ArgosEngine,
    ArgosSettings,
    decoding_length_bound,
    default_threads,
    plan_batches,
)
from workflow.mt.engines.base import Engine, Provenance

SCRIPT = load_fixture_script()


def word_for_word(text: str, src: str, tgt: str) -> str:
    pairs = SCRIPT.word_pairs(src, tgt)
    return " ".join(pairs.get(word, word) for word in text.split(" "))


def lexicon_sentences(lang: str, n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    words = SCRIPT.lexicon_words(lang)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def test_engine_satisfies_protocol(installed_dir: Path) -> None:
    engine: Engine = ArgosEngine(installed_dir)
    assert engine.name == "argos"


def test_translates_a_batch_exactly(installed_dir: Path) -> None:
    engine = ArgosEngine(installed_dir)
    texts = [
        "The framework protects citizens.",
        "Now the minister and the government protect the country.",
        "The press release: 244890 people, 15 years (2019).",
        "Hello Ambassador Akram!",
    ]
    assert engine.translate_batch(texts, "en", "fr") == [
        "Le cadre protège citoyens.",
        "Maintenant le ministre et le gouvernement protect le pays.",
        "Le presse communiqué: 244890 people, 15 years (2019).",
        "Hello Ambassador Akram!",
    ]


def test_many_segments_sorted_into_batches_keep_order_and_match_one_by_one(
    installed_dir: Path,
) -> None:
    engine = ArgosEngine(installed_dir, ArgosSettings(batch_size=8))
    texts = lexicon_sentences("en", 150)
    out = engine.translate_batch(texts, "en", "fr")
    assert out == [word_for_word(t, "en", "fr") for t in texts]
    assert engine.translate_batch(texts, "en", "fr") == out  # deterministic
    assert [engine.translate_batch([t], "en", "fr")[0] for t in texts[:20]] == out[:20]


def test_keeps_whitespace_lines_empty_texts_and_duplicates(installed_dir: Path) -> None:
    engine = ArgosEngine(installed_dir)
    texts = ["", "   ", "  The framework \nprotects citizens  ", "The framework", "The framework"]
    assert engine.translate_batch(texts, "en", "fr") == [
        "",
        "   ",
        "  Le cadre \nprotège citoyens  ",
        "Le cadre",
        "Le cadre",
    ]
    assert engine.translate_batch([], "en", "fr") == []


def test_target_prefix_from_metadata_is_used_and_stripped(installed_dir: Path) -> None:
    engine = ArgosEngine(installed_dir)
    [package] = engine.route("de", "en") or []
    assert package.target_prefix == "__en__"
    assert engine.translate_batch(["Der neuer Rahmen schützt Bürger."], "de", "en") == [
        "The new framework protects citizens."
    ]


def test_bpe_package(bpe_installed_dir: Path) -> None:
    engine = ArgosEngine(bpe_installed_dir)
    [package] = engine.route("en", "fr") or []
    assert package.tokenizer == "bpe"
    assert engine.translate_batch(
        ["The framework protects citizens.", "Now the minister and the government."], "en", "fr"
    ) == ["Le cadre protège citoyens.", "Maintenant le ministre et le gouvernement."]


def test_pivots_through_english(installed_dir: Path) -> None:
    engine = ArgosEngine(installed_dir)
    assert [p.name for p in engine.route("de", "fr") or []] == [
        "translate-de_en",
        "translate-en_fr",
    ]
    assert engine.translate_batch(
        ["Der neuer Rahmen schützt Bürger.", "Die Regierung und der Minister."], "de", "fr"
    ) == ["Le nouveau cadre protège citoyens.", "Die gouvernement et le ministre."]
    assert engine.provenance("de", "fr") == Provenance(
        "argos", "translate-de_en+translate-en_fr", "1.0+1.0"
    )
    assert engine.translate_batch(["El nuevo marco."], "es", "fr") == ["Le nouveau cadre."]


def test_provenance_names_package_and_version(installed_dir: Path) -> None:
    engine = ArgosEngine(installed_dir)
    assert engine.provenance("en", "fr") == Provenance("argos", "translate-en_fr", "1.0")
    assert engine.provenance("en", "fr").comment() == "machine: argos translate-en_fr 1.0"


def test_supports_and_bcp47_tags(installed_dir: Path) -> None:
    engine = ArgosEngine(installed_dir)
    assert engine.supports("en", "fr")
    assert engine.supports("en-GB", "fr-CA")
    assert engine.supports("de", "fr")  # pivot
    assert not engine.supports("fr", "en")
    assert not engine.supports("en", "en")
    assert not engine.supports("en", "ur")


def test_missing_model_error_names_the_install_commands(
    installed_dir: Path, tmp_path: Path
) -> None:
    engine = ArgosEngine(installed_dir)
    with pytest.raises(ModelError) as caught:
        engine.translate_batch(["Hello"], "en", "ur")
    message = str(caught.value)
    assert "en -> ur" in message
    assert "workflow models install FILE.argosmodel" in message
    assert "workflow models install --from-index en ur" in message
    with pytest.raises(ModelError, match="--from-index fr de"):
        ArgosEngine(tmp_path / "empty").provenance("fr", "de")


def test_each_model_is_loaded_once_per_engine(installed_dir: Path) -> None:
    engine = ArgosEngine(installed_dir)
    engine.translate_batch(["The framework"], "en", "fr")
    translator = engine._loaded[installed_dir / "translate-en_fr"].translator
    engine.translate_batch(["Now"], "en", "fr")
    engine.translate_batch(["Der Rahmen"], "de", "fr")
    assert engine._loaded[installed_dir / "translate-en_fr"].translator is translator
    assert len(engine._loaded) == 2


def test_overlong_segment_is_refused_not_truncated(installed_dir: Path) -> None:
    engine = ArgosEngine(installed_dir)
    with pytest.raises(EngineError, match="too long"):
        engine.translate_batch(["now " * 1100], "en", "fr")


def test_threads_follow_the_core_count() -> None:
    assert default_threads(1) == (1, 1)
    assert default_threads(2) == (2, 1)
    assert default_threads(8) == (8, 1)
    assert default_threads(64) == (16, 4)
    inter, intra = ArgosSettings().threads()
    assert inter >= 1 and intra >= 1
    assert ArgosSettings(inter_threads=3, intra_threads=2).threads() == (3, 2)


def test_decoding_length_is_bounded_by_the_input() -> None:
    assert decoding_length_bound(10) == 30
    assert decoding_length_bound(0) == 10
    assert decoding_length_bound(5000) == 1024
    assert decoding_length_bound(10, ratio=1.5, extra=5) == 20


def test_batches_are_sorted_bounded_and_of_similar_lengths() -> None:
    rng = random.Random(3)
    lengths = [rng.randint(1, 120) for _ in range(500)]
    batches = plan_batches(lengths, batch_size=32, workers=2)
    assert sorted(i for batch in batches for i in batch) == list(range(500))
    for batch in batches:
        assert 1 <= len(batch) <= 32
        sizes = [lengths[i] for i in batch]
        assert sizes == sorted(sizes)
        assert max(sizes) <= 1.25 * min(sizes) + 4
    # few inputs: spread over the workers rather than one batch
    assert [len(b) for b in plan_batches([10] * 10, batch_size=32, workers=2)] == [5, 5]
    assert plan_batches([], batch_size=32, workers=2) == []


def _run_python(code: str, env_home: Path, python: str = sys.executable) -> dict[str, object]:
    env = {**os.environ, "HOME": str(env_home), "PYTHONPATH": str(ROOT)}
    for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR"):
        env.pop(key, None)
    done = subprocess.run(
        [python, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_no_heavy_imports_and_nothing_written_to_home(installed_dir: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = _run_python(
        f"""
        import json, sys
        from pathlib import Path
        import workflow.mt.packages, workflow.mt.engines.argos
        from workflow.mt.engines.argos import ArgosEngine
        out = ArgosEngine(Path({str(installed_dir)!r})).translate_batch(["Der Rahmen"], "de", "fr")
        workflow.mt.packages.list_installed(Path({str(installed_dir)!r}))
        heavy = [m for m in sys.modules
                 if m.split(".")[0] in ("stanza", "torch", "spacy", "minisbd")
                 or m == "argostranslate.translate"]
        import os
        env = [k for k in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                           "ARGOS_PACKAGES_DIR") if k in os.environ]
        print(json.dumps({{"out": out, "heavy": heavy, "env": env}}))
        """,
        home,
    )
    assert result == {"out": ["Le cadre"], "heavy": [], "env": []}
    assert list(home.iterdir()) == []


ARGOS_FULL_PYTHON = "WORKFLOW_ARGOS_FULL_PYTHON"


def _argos_full_python() -> str | None:
    """An interpreter that has argostranslate's full dependencies (stanza, torch), which the
    lean .venv leaves out: $WORKFLOW_ARGOS_FULL_PYTHON, else `make argos-full`'s .venv-argos,
    else this one if someone installed them here."""
    for python in (
        os.environ.get(ARGOS_FULL_PYTHON),
        str(ROOT / ".venv-argos" / "bin" / "python"),
        sys.executable,
    ):
        if python and Path(python).exists():
            probe = "import importlib.util as u, sys; sys.exit(not (u.find_spec('stanza') and u.find_spec('torch')))"
            if subprocess.run([python, "-c", probe], check=False).returncode == 0:
                return python
    return None


@pytest.mark.slow
def test_argos_itself_installs_and_translates_the_test_package(
    argos_packages: ArgosPackages, installed_dir: Path, tmp_path: Path
) -> None:
    """The fixture is a valid Argos package for Argos's own install and translate code.

    Runs in a subprocess (argostranslate.translate imports stanza and torch), with the
    interpreter of `make argos-full`: the lean .venv does not have them. Its sentence
    splitter would download a model, so it is replaced by "one segment = one sentence".
    """
    python = _argos_full_python()
    if python is None:
        pytest.skip(
            "Argos's own translate() needs stanza and torch, which the lean .venv leaves out: "
            f"`make argos-full` (or ${ARGOS_FULL_PYTHON}) runs this test"
        )
    home = tmp_path / "home"
    home.mkdir()
    packages = tmp_path / "argos-packages"
    result = _run_python(
        f"""
        import json, os
        os.environ["ARGOS_PACKAGES_DIR"] = {str(packages)!r}
        from argostranslate import package, translate
        package.install_from_path({str(argos_packages.en_fr)!r})
        package.install_from_path({str(argos_packages.de_en)!r})
        languages = translate.get_installed_languages()

        class OneSentence:
            def split_sentences(self, text):
                return [text]

        for cached in translate.installed_translates:
            cached.cached_translation.underlying.sentencizer = OneSentence()
        print(json.dumps({{
            "codes": sorted(lang.code for lang in languages),
            "en_fr": translate.translate("The framework protects citizens.", "en", "fr"),
            "de_fr": translate.translate("Der Rahmen schützt Bürger.", "de", "fr"),
        }}))
        """,
        home,
        python,
    )
    engine = ArgosEngine(installed_dir)
    assert result["codes"] == ["de", "en", "fr"]
    assert (
        result["en_fr"]
        == engine.translate_batch(["The framework protects citizens."], "en", "fr")[0]
    )
    assert result["en_fr"] == "Le cadre protège citoyens."
    # Argos decodes "__en__" as "  en  " (it maps "_" to " ") and so keeps the prefix; the
    # translation itself is the same.
    assert str(result["de_fr"]).endswith("Le cadre protège citoyens.")
