"""workflow.toml's schema (workflow/workspace/settings.py): defaults, parsing, the checks with
their lines, `workflow settings`, and the README section generated from it."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from workflow.errors import WorkspaceError
from workflow.mt.engines import select
from workflow.mt.engines.argos import ArgosSettings
from workflow.workspace import open_workspace, settings
from workflow.workspace.settings import Settings, load


def test_no_file_and_an_empty_file_are_the_defaults(tmp_path: Path) -> None:
    assert open_workspace(tmp_path).settings == Settings() == load("") == load("# nothing\n")
    s = Settings()
    assert s.office.organisation == "Press Office" and s.office.logo is None
    assert s.engines.default == "auto" and s.engines.languages == {}
    assert s.argos.beam_size == 4 and s.argos.inter_threads is None
    assert s.models.argos_dir == ".workflow/argos-packages"
    assert s.models.index_url.endswith("/index.json")
    assert s.translate.memory_reviewed is False and s.extract.carry_trivial_edits is False
    assert s.publish.reviewed == 1.0 and s.checks.include_fuzzy is True


def test_every_key_has_a_meaning_and_a_type() -> None:
    seen = set()
    for table, meaning, keys in settings.schema():
        assert meaning
        for k in keys:
            assert k.meaning and k.type, k
            seen.add(f"{table}.{k.name}")
    assert len(seen) == sum(
        len(dataclasses.fields(type(getattr(Settings(), t.name)))) for t in settings.tables()
    )
    assert {"office.organisation", "argos.beam_size", "checks.disable"} <= seen


def test_the_argos_table_is_the_engines_settings() -> None:
    """[argos] is declared once: ArgosSettings adds only the thread choice to the table."""
    assert [f.name for f in dataclasses.fields(ArgosSettings)] == [
        f.name for f in dataclasses.fields(settings.Argos)
    ]
    assert dataclasses.asdict(ArgosSettings()) == dataclasses.asdict(settings.Argos())


def test_the_sample_settings() -> None:
    s = load((REPO / "workflow.toml").read_text(encoding="utf-8"))
    assert s.office.organisation == "Permanent Mission of Pakistan to the United Nations"
    assert set(s.office.organisation_translations) == {"fr", "es", "pt", "ar", "ur", "zh", "ru"}
    assert s.argos == settings.Argos()


def test_values_are_typed_and_language_keys_normalized() -> None:
    s = load(
        "[engines]\n"
        'default = "argos"\n'
        'pt-BR = "bergamot"\n'
        "[argos]\n"
        "beam_size = 2\n"
        "max_length_ratio = 3\n"  # an integer where a number is expected
        "inter_threads = 2\n"
        "[publish]\n"
        "reviewed = 0\n"
        "reviewed_by_language = { ur = 0.9, zh-Hans = 1 }\n"
        "[checks]\n"
        'disable = ["length"]\n'
        "length_ratio = { zh = [0.15, 0.6] }\n"
        "[office.organisation_translations]\n"
        'fr = "Mission"\n'
    )
    assert s.engines.default == "argos" and s.engines.languages == {"pt_BR": "bergamot"}
    assert s.argos.beam_size == 2 and s.argos.inter_threads == 2
    assert s.argos.max_length_ratio == 3.0 and isinstance(s.argos.max_length_ratio, float)
    assert s.publish.reviewed == 0.0
    assert s.publish.required("ur", "ur") == 0.9
    assert s.publish.required("zh_Hans", "zh") == 1.0
    assert s.publish.required("fr", "fr") == 0.0
    assert s.checks.disable == ("length",)
    assert s.checks.length_ratio == {"zh": (0.15, 0.6)}
    assert s.checks.as_mapping()["length_ratio"] == {"zh": [0.15, 0.6]}
    assert s.office.organisation_translations == {"fr": "Mission"}
    assert s.is_set("argos", "beam_size") and not s.is_set("argos", "batch_size")


BAD = [
    # text, line, message, hint
    ("publish = 1\n", 1, "'publish' must be a table", "write it as a section: [publish]"),
    ("[argos]\nbeam = 4\n", 2, "unknown setting 'beam' in [argos]", "did you mean 'beam_size'?"),
    ("argos.beam = 4\n", 1, "unknown setting 'beam' in [argos]", "did you mean 'beam_size'?"),
    ("[argos]\nwidth = 4\n", 2, "unknown setting 'width' in [argos]", "keys: beam_size, "),
    ("[argos.beam]\nx = 1\n", 1, "unknown setting 'beam' in [argos]", "did you mean 'beam_size'?"),
    (
        '[extract]\ncarry_trivial_edits = "yes"\n',
        2,
        "'extract.carry_trivial_edits' must be true or false, not the string \"yes\"",
        None,
    ),
    ("[translate]\nmemory_reviewed = 1\n", 2, "must be true or false, not the number 1", None),
    ("[argos]\nbeam_size = true\n", 2, "'argos.beam_size' must be a whole number", None),
    ("[argos]\nbeam_size = 2.0\n", 2, "'argos.beam_size' must be a whole number", None),
    ("[argos]\nlength_spread = 0.5\n", 2, "'argos.length_spread' must be a number >= 1", None),
    ("[argoss]\n", 1, "unknown table [argoss]", "did you mean [argos]?"),
    ("[colours]\n", 1, "unknown table [colours]", "tables: office, engines, argos"),
    ("[[argos]]\nbeam_size = 2\n", 1, "'argos' must be a table", None),
    ('[engines]\nfr = "google"\n', 2, "'engines.fr' must be one of argos, bergamot", None),
    ('[engines]\ndefault = "bergamo"\n', 2, "'engines.default' must be one of", "did you mean"),
    ('[engines]\nfrench = "argos"\n', 2, "unknown setting 'french' in [engines]", "language code"),
    ("[publish]\nreviewed = -0.1\n", 2, "'publish.reviewed' must be a share between 0", None),
    (
        "[publish]\nreviewed_by_language = { ur = 2 }\n",
        2,
        "'publish.reviewed_by_language.ur'",
        None,
    ),
    (
        '[office]\norganisation = ""\n',
        2,
        "'office.organisation' must be a string that is not",
        None,
    ),
    ('[office]\nlogo = "../logo.png"\n', 2, "'office.logo' must be a relative path", None),
    (
        '[office]\norganisation_translations = { fr = "M", "../x" = "M" }\n',
        2,
        "'office.organisation_translations.../x': invalid language code",
        "BCP 47",
    ),
    ('[checks]\ndisable = "length"\n', 2, "'checks.disable' must be a list of strings", None),
    ("[checks]\ndisable = [1]\n", 2, "'checks.disable' must be a list of strings, not [1]", None),
    ("[checks]\nlength_ratio = { fr = [1] }\n", 2, "'checks.length_ratio.fr' must be [min", None),
    ("[publish.reviewed_by_language]\npt-BR = 1\npt_BR = 0.5\n", 3, "names a language twice", None),
    ("[models]\nindex_url = 3\n", 2, "'models.index_url' must be a string", None),
    ('[office]\norganisation = "X\n', 2, "invalid settings: ", None),
    ("beam_size = 2\n", 1, "unknown setting 'beam_size' outside any table", "[argos] beam_size"),
]


@pytest.mark.parametrize(("text", "line", "message", "hint"), BAD, ids=[b[0] for b in BAD])
def test_bad_settings_name_the_key_and_line(
    text: str, line: int, message: str, hint: str | None
) -> None:
    with pytest.raises(WorkspaceError) as caught:
        load("# the office\n\n" + text)
    err = caught.value
    assert (err.file, err.line) == ("workflow.toml", line + 2), str(err)
    assert message in err.message, str(err)
    if hint is not None:
        assert err.hint and hint in err.hint, str(err)


def test_the_line_is_the_keys_own_table() -> None:
    """The same key name in two tables: the error points into the right one."""
    text = '[argos]\nbatch_size = 8\n\n[engines]\ndefault = "argos"\n[translate]\nbatch_size = 8\n'
    with pytest.raises(WorkspaceError) as caught:
        load(text)
    assert caught.value.line == 7 and "unknown setting 'batch_size' in [translate]" in str(
        caught.value
    )


def test_unknown_check_names_at_open(tmp_path: Path) -> None:
    (tmp_path / "workflow.toml").write_text(
        '[checks]\ninclude_fuzzy = false\nseverity = { numbers = "warning", lenght = "off" }\n'
    )
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(tmp_path)
    assert caught.value.line == 3 and "unknown check 'lenght'" in caught.value.message
    assert caught.value.hint and caught.value.hint.startswith("did you mean 'length'?")


def test_typed_settings_reach_the_engines(tmp_path: Path) -> None:
    (tmp_path / "workflow.toml").write_text(
        '[argos]\nbeam_size = 2\n[models]\nargos_dir = "models"\n'
        'index_url = "https://example.org/index.json"\n'
    )
    ws = open_workspace(tmp_path)
    engine = select.Engines(ws).get("argos")
    assert engine.settings.beam_size == 2  # type: ignore[attr-defined]
    assert select.argos_dir(ws) == tmp_path.resolve() / "models"
    assert select.index_url(ws) == "https://example.org/index.json"
    assert select.index_url(open_workspace(tmp_path.parent)) == settings.ARGOS_INDEX_URL


def test_render_is_toml_of_the_defaults_and_round_trips() -> None:
    text = settings.render()
    tomllib.loads(text)
    assert load(text) == Settings()
    sample = load((REPO / "workflow.toml").read_text(encoding="utf-8"))
    shown = settings.render(sample)
    assert load(shown) == sample
    assert "# the organisation's name on every PDF, in `language` (a string that is not" in shown
    assert '# default: "Press Office"\norganisation = "Permanent' in shown  # names the default


def test_readme_settings_section_is_the_schema() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Settings (`workflow.toml`)", 1)[1].split("\n## ", 1)[0]
    block = section.split("```toml\n", 1)[1].split("```\n", 1)[0]
    assert block == settings.render(), (
        "README.md's settings differ from workflow/workspace/settings.py; paste the output of "
        "python -c 'from workflow.workspace import settings; print(settings.render(), end=\"\")'"
    )


def test_workflow_settings_command(sample_workspace: Path) -> None:
    with (sample_workspace / "workflow.toml").open("a", encoding="utf-8") as fh:
        fh.write("\n[argos]\nbeam_size = 2\n")
    proc = run_cli("settings", "--root", str(sample_workspace))
    assert proc.returncode == 0, proc.stderr
    assert "(a whole number from 1 to 16)\n# default: 4\nbeam_size = 2\n" in proc.stdout
    assert "batch_size = 32\n" in proc.stdout
    assert load(proc.stdout).argos.beam_size == 2
    proc = run_cli("settings", "--json", "--root", str(sample_workspace))
    keys = {k["key"]: k for k in json.loads(proc.stdout)}
    assert keys["argos.beam_size"] == {
        "key": "argos.beam_size",
        "type": "a whole number from 1 to 16",
        "default": 4,
        "meaning": keys["argos.beam_size"]["meaning"],
        "value": 2,
        "set": True,
    }
    assert keys["argos.batch_size"]["set"] is False
    assert keys["engines.<language>"]["type"] == "one of argos, bergamot, none"
    helped = run_cli("settings", "--help")
    assert helped.returncode == 0 and "beam_size = 4\n" in helped.stdout
