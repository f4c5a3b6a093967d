"""Bad inputs through the real command line: one clear error line each, no traceback, no change.

Every case copies the sample workspace, puts one bad input in (tests/data/bad/, or generated
here), runs `python -m workflow ...` in a subprocess and checks:

- a non-zero exit and no traceback;
- exactly one `error:` line on stderr, starting with the file (and line, where there is one);
- no file, folder or link under the workspace changed (its `.workflow/` folder, which holds
  the run's lock and cache, excepted).

`workflow run` goes on with the other releases when one is bad, and with the other languages
of a release when one of its catalogs is bad; so each workspace is built so that the bad input
is all the run touches (the bad release is the only one), or the test says what else it built.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO, SAMPLE_ID, run_cli

DATA = REPO / "tests" / "data" / "bad"
STATE = ".workflow"
SAMPLE_CATALOG = f"locales/fr/LC_MESSAGES/{SAMPLE_ID}.po"
SAMPLE_TEMPLATE = f"locales/templates/{SAMPLE_ID}.pot"


def snapshot(root: Path, *, skip: str | None = STATE) -> dict[str, str]:
    """Every path under root: files by sha256, folders, links by target."""
    found: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        rel = here.relative_to(root).as_posix()
        if skip is not None and here == root and skip in dirnames:
            dirnames.remove(skip)
        for name in dirnames + filenames:
            p = here / name
            key = name if rel == "." else f"{rel}/{name}"
            if p.is_symlink():
                found[key] = "link:" + os.readlink(p)
            elif p.is_dir():
                found[key] = "dir"
            elif not p.is_file():  # a named pipe: reading it would wait for a writer
                found[key] = "special"
            else:
                found[key] = hashlib.sha256(p.read_bytes()).hexdigest()
    return found


def assert_refused(
    proc: subprocess.CompletedProcess[str],
    root: Path,
    before: dict[str, str],
    *,
    where: str,
    message: str,
) -> str:
    """The checks common to every case; returns the error line."""
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output, output
    assert proc.returncode != 0, output
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    line = errors[0]
    assert line.startswith(f"error: {where}: "), line
    assert re.search(message, line), line
    assert snapshot(root) == before, "the failed command changed the workspace"
    return line


def ws_run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, "--root", str(root), timeout=120)


# --- malformed catalogs ---------------------------------------------------------------------

CATALOGS = [
    # (file in tests/data/bad, where it goes, line, message)
    ("catalog-unterminated.po", SAMPLE_CATALOG, 22, r"unterminated string"),
    ("catalog-bad-escape.po", SAMPLE_CATALOG, 21, r"invalid escape '\\\\d'"),
    ("catalog-unescaped-quote.po", SAMPLE_CATALOG, 20, r"unescaped quote"),
    ("catalog-stray-line.po", SAMPLE_CATALOG, 20, r"syntax error: 'Il a déclaré.'"),
    ("catalog-duplicate.po", SAMPLE_CATALOG, 18, r"duplicate entry for msgid 'New York'.*line 13"),
    ("catalog-plural-count.po", SAMPLE_CATALOG, 18, r"1 plural forms, the header says 2"),
    ("catalog-bom.po", SAMPLE_CATALOG, 1, r"byte-order mark"),
    ("catalog-crlf.po", SAMPLE_CATALOG, 1, r"CRLF"),
    ("catalog-latin1.po", SAMPLE_CATALOG, 20, r"not valid UTF-8"),
    ("catalog-charset.po", SAMPLE_CATALOG, 9, r"cannot read: 'VISCII'.*msgconv"),
    ("catalog-missing-msgstr.po", SAMPLE_CATALOG, 19, r"msgid without msgstr"),
    ("catalog-previous-swallows-text.po", SAMPLE_CATALOG, 24, r"string line after a comment"),
    ("catalog-plural-gap.po", SAMPLE_CATALOG, 18, r"msgstr\[0\], msgstr\[1\]\.\.\. without gaps"),
    ("catalog-second-header.po", SAMPLE_CATALOG, 18, r"second header .*line 2"),
    ("template-unterminated.pot", SAMPLE_TEMPLATE, 18, r"unterminated string"),
]


@pytest.mark.parametrize(
    ("name", "dest", "line", "message"), CATALOGS, ids=[c[0] for c in CATALOGS]
)
def test_malformed_catalog_fails_its_language_only(
    sample_workspace: Path, name: str, dest: str, line: int | None, message: str
) -> None:
    """A bad catalog fails its own language (one error line with its file:line); the rest of
    the release goes on (here the English PDF, with --lang fr); a bad template is the release's
    own input and stops the release, changing nothing."""
    shutil.copy(DATA / name, sample_workspace / dest)
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run", "--lang", "fr")
    where = f"{dest}:{line}" if line else dest
    if dest == SAMPLE_TEMPLATE:
        assert_refused(proc, sample_workspace, before, where=where, message=message)
        return
    assert "Traceback" not in proc.stdout + proc.stderr and proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {where}: "), proc.stderr
    assert re.search(message, errors[0]), errors[0]
    after = snapshot(sample_workspace)
    outputs = {k for k in after if k.startswith("output")}
    assert {k: v for k, v in after.items() if k not in outputs} == before  # the catalog too
    assert f"output/{SAMPLE_ID}/{SAMPLE_ID}.en.pdf" in outputs
    assert f"output/{SAMPLE_ID}/{SAMPLE_ID}.fr.pdf" not in outputs


@pytest.mark.parametrize(
    "name", [c[0] for c in CATALOGS if c[0] not in ("catalog-charset.po", "catalog-crlf.po")]
)
def test_gnu_msgfmt_refuses_them_too(name: str) -> None:
    """The bad catalogs are bad for gettext itself (charset and CRLF are this project's rules)."""
    proc = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(DATA / name)], capture_output=True
    )
    assert proc.returncode != 0


@pytest.mark.parametrize(
    "command",
    [["extract"], ["status"], ["translate", "--lang", "fr"], ["build", "--lang", "fr"]],
    ids=lambda c: c[0],
)
def test_malformed_catalog_other_commands(sample_workspace: Path, command: list[str]) -> None:
    shutil.copy(DATA / "catalog-unterminated.po", sample_workspace / SAMPLE_CATALOG)
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, *command)
    assert_refused(
        proc,
        sample_workspace,
        before,
        where=f"{SAMPLE_CATALOG}:22",
        message="unterminated string",
    )


# --- bad releases ---------------------------------------------------------------------------

RELEASES = [
    # (file in tests/data/bad, line, message)
    ("release-latin1.md", 11, r"not valid UTF-8"),
    ("release-broken-yaml.md", 4, r"not valid YAML.*quoted scalar"),
    ("release-bad-indent.md", 5, r"not valid YAML"),
    ("release-python-tag.md", 2, r"not valid YAML.*constructor"),
    ("release-unclosed-front.md", 1, r"front matter is not closed"),
    ("release-unknown-key.md", 5, r"unknown front matter key 'embargo'"),
    ("release-bad-date.md", 3, r"'2024-06-31' is not an ISO date"),
    ("release-unknown-target.md", 6, r"unknown language code 'qx'"),
    ("release-undetermined-target.md", 6, r"'und' names no language to translate into"),
    ("release-same-language-target.md", 6, r"'en' is the release's own language"),
    ("release-duplicate-key.md", 5, r"front matter key 'place' is also at line 4"),
    ("release-unknown-source.md", 5, r"invalid language code 'klingon'"),
    ("release-lang-traversal.md", 6, r"invalid language code '\.\./\.\./tmp'"),
    ("release-lang-traversal-source.md", 5, r"invalid language code '\.\./en'"),
    ("release-no-body.md", 8, r"release has no text"),
    ("release-empty.md", 1, r"missing front matter"),
    ("release-control-char.md", 11, r"control character U\+0004"),
]


FRONT = "---\ntitle: Big\ndate: 2024-06-20\nplace: New York\nlanguage: en\nlanguages: [fr]\n---\n\n"
# generated, not committed: ruff format reads every .md in the repository as UTF-8
GENERATED = {
    "release-latin1.md": (
        FRONT + "Ambassador Akram spoke.\n\nThe café on 42nd Street hosted the briefing.\n"
    ).encode("latin-1"),
    "release-control-char.md": (FRONT + "Ambassador Akram spoke.\n\nThe\x04 briefing.\n").encode(),
}


def release_bytes(name: str) -> bytes:
    return GENERATED[name] if name in GENERATED else (DATA / name).read_bytes()


def only_release(root: Path, name: str, data: bytes) -> str:
    """Make `name` (releases/<name>) the workspace's only release; returns its path."""
    (root / "releases" / f"{SAMPLE_ID}.md").unlink()
    path = root / "releases" / name
    path.write_bytes(data)
    return f"releases/{name}"


@pytest.mark.parametrize(("name", "line", "message"), RELEASES, ids=[r[0] for r in RELEASES])
def test_bad_release(sample_workspace: Path, name: str, line: int, message: str) -> None:
    rel = only_release(sample_workspace, name, release_bytes(name))
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(proc, sample_workspace, before, where=f"{rel}:{line}", message=message)


@pytest.mark.parametrize(
    "command", [["extract"], ["status"], ["translate"], ["build"]], ids=lambda c: c[0]
)
def test_bad_release_other_commands(sample_workspace: Path, command: list[str]) -> None:
    rel = only_release(sample_workspace, "x.md", GENERATED["release-latin1.md"])
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, *command)
    assert_refused(proc, sample_workspace, before, where=f"{rel}:11", message="not valid UTF-8")


def test_ten_megabyte_release(sample_workspace: Path) -> None:
    sentence = "Ambassador Akram spoke at length about the framework. "
    body = (sentence * 8 + "\n\n") * (10 * 1024 * 1024 // (len(sentence) * 8 + 2))
    rel = only_release(sample_workspace, "big.md", (FRONT + body).encode())
    assert (sample_workspace / rel).stat().st_size > 10_000_000
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(
        proc, sample_workspace, before, where=rel, message=r"release is 10,\d{3},\d{3} bytes"
    )


@pytest.mark.parametrize(
    ("body", "line", "what"),
    [
        ("First paragraph.\n\n" + "word " * 600 + "\n", 11, "paragraph segment of 2,999"),
        ("First paragraph.\n\nA sentence. " + "x" * 1_000_000 + "\n", 11, "of 1,000,0"),
        ("# " + "Title " * 400 + "\n", 9, "heading segment of 2,399"),
        (
            ("x" * 2_500 + "\n\n") * 3 + "# " + "Title " * 400 + "\n",
            9,
            r"segment of 2,500 .*'\.\.\. \(and 3 more, at lines 11, 13, 15\)",
        ),
    ],
    ids=["no-sentence-break", "one-megabyte-word", "long-heading", "all-of-them-at-once"],
)
def test_segment_too_long_for_an_engine(
    sample_workspace: Path, body: str, line: int, what: str
) -> None:
    rel = only_release(sample_workspace, "long.md", (FRONT + body).encode())
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")  # refused at extract: no engine ever sees it
    assert_refused(proc, sample_workspace, before, where=f"{rel}:{line}", message=what)
    assert "more than the 2,000 one entry may have" in proc.stderr


def test_deeply_nested_front_matter(sample_workspace: Path) -> None:
    deep = FRONT.replace("languages: [fr]", "languages: " + "[" * 5000 + "fr" + "]" * 5000)
    rel = only_release(sample_workspace, "deep.md", (deep + "Body.\n").encode())
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(proc, sample_workspace, before, where=f"{rel}:6", message="nested too deeply")


def test_release_file_name_that_is_not_an_id(sample_workspace: Path) -> None:
    """A stray file must not stop the run, and the message names it."""
    data = (DATA.parent.parent.parent / "releases" / f"{SAMPLE_ID}.md").read_bytes()
    rel = only_release(sample_workspace, "press release.md", data)
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(proc, sample_workspace, before, where=rel, message="invalid release id")


def test_release_that_is_a_folder(sample_workspace: Path) -> None:
    (sample_workspace / "releases" / f"{SAMPLE_ID}.md").unlink()
    (sample_workspace / "releases" / "folder.md").mkdir()
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(
        proc, sample_workspace, before, where="releases/folder.md", message="cannot read release"
    )


def test_all_bad_releases_in_one_run(sample_workspace: Path) -> None:
    """The batch goes on past each bad release: one error line for every one of them."""
    (sample_workspace / "releases" / f"{SAMPLE_ID}.md").unlink()
    for name, _, _ in RELEASES:
        (sample_workspace / "releases" / name).write_bytes(release_bytes(name))
    before = snapshot(sample_workspace)
    proc = run_cli("run", "--root", str(sample_workspace))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(RELEASES), proc.stderr
    for name, line, message in RELEASES:
        mine = [e for e in errors if e.startswith(f"error: releases/{name}:{line}: ")]
        assert len(mine) == 1 and re.search(message, mine[0]), (name, errors)
    assert f"{len(RELEASES)} failure(s)" in proc.stdout
    assert snapshot(sample_workspace) == before


# --- a folder where a file should be, editors' lock files ---------------------------------


@pytest.mark.parametrize("dest", [SAMPLE_CATALOG, SAMPLE_TEMPLATE])
def test_folder_instead_of_a_catalog(sample_workspace: Path, dest: str) -> None:
    (sample_workspace / dest).unlink()
    (sample_workspace / dest).mkdir()
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(proc, sample_workspace, before, where=dest, message="cannot read: Is a dir")


def test_editor_lock_file_is_not_a_release(sample_workspace: Path) -> None:
    """Emacs keeps `.#<name>.md`, a link to nowhere, beside a file being edited."""
    (sample_workspace / "releases" / f".#{SAMPLE_ID}.md").symlink_to("editor@host.4242:1718870400")
    proc = ws_run(sample_workspace, "status")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(SAMPLE_ID) == 7  # one row per target language


# --- links out of the workspace, pipes, devices, oversized files, YAML bombs ----------------
# Nothing outside the workspace is read, written or deleted; nothing hangs; nothing is read
# whole before its size is known.

FAST = 30  # seconds: each of these is refused at once; a hang (a pipe read) ends the test


def outside(tmp_path: Path, name: str = "elsewhere") -> Path:
    """A folder beside the workspace, holding someone else's temporary files."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / ".x.tmp").write_text("theirs")
    (folder / ".notes.po.workflow-abcdefgh.tmp").write_text("looks like ours, but outside")
    return folder


@pytest.mark.parametrize("command", ["run", "extract", "build", "status"])
def test_output_linked_out_of_the_workspace(
    sample_workspace: Path, tmp_path: Path, command: str
) -> None:
    elsewhere = outside(tmp_path)
    theirs = snapshot(elsewhere, skip=None)
    (sample_workspace / "output").symlink_to(elsewhere, target_is_directory=True)
    before = snapshot(sample_workspace)
    proc = run_cli(command, "--root", str(sample_workspace), timeout=FAST)
    line = assert_refused(
        proc,
        sample_workspace,
        before,
        where="output",
        message=f"symbolic link leads outside the workspace, to {re.escape(str(elsewhere))}",
    )
    assert "refused" in line  # the hint says what to do
    assert snapshot(elsewhere, skip=None) == theirs  # their .tmp files survive


@pytest.mark.parametrize("folder", ["locales", "releases", ".workflow"])
def test_folder_linked_out_of_the_workspace(
    sample_workspace: Path, tmp_path: Path, folder: str
) -> None:
    elsewhere = tmp_path / "elsewhere"
    if (sample_workspace / folder).exists():
        shutil.move(sample_workspace / folder, elsewhere)
    else:
        elsewhere.mkdir()
    (elsewhere / ".x.tmp").write_text("theirs")
    (sample_workspace / folder).symlink_to(elsewhere, target_is_directory=True)
    theirs = snapshot(elsewhere, skip=None)
    before, whole = snapshot(sample_workspace), snapshot(sample_workspace, skip=None)
    proc = run_cli("run", "--root", str(sample_workspace), timeout=FAST)
    assert_refused(proc, sample_workspace, before, where=folder, message="leads outside")
    assert snapshot(sample_workspace, skip=None) == whole
    assert snapshot(elsewhere, skip=None) == theirs


def test_catalog_linked_out_of_the_workspace(sample_workspace: Path, tmp_path: Path) -> None:
    """A link to a file outside is neither read nor replaced by the machine's write."""
    elsewhere = outside(tmp_path)
    shutil.move(sample_workspace / SAMPLE_CATALOG, elsewhere / "fr.po")
    (sample_workspace / SAMPLE_CATALOG).symlink_to(elsewhere / "fr.po")
    theirs = snapshot(elsewhere, skip=None)
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(proc, sample_workspace, before, where=SAMPLE_CATALOG, message="leads outside")
    assert snapshot(elsewhere, skip=None) == theirs


def test_links_inside_the_workspace_are_fine(sample_workspace: Path) -> None:
    """A link that stays inside (a shared glossary kept in another folder) is read."""
    glossary = sample_workspace / "locales" / "glossary.csv"
    (sample_workspace / "shared").mkdir()
    shutil.move(glossary, sample_workspace / "shared" / "glossary.csv")
    glossary.symlink_to(Path("..") / "shared" / "glossary.csv")
    proc = ws_run(sample_workspace, "status")
    assert proc.returncode == 0, proc.stderr


def test_only_our_stale_temporaries_are_cleaned(sample_workspace: Path) -> None:
    folder = sample_workspace / "locales" / "fr" / "LC_MESSAGES"
    ours = folder / f".{SAMPLE_ID}.po.workflow-k3j_x9q2.tmp"
    ours.write_text("left by a killed run")
    theirs = [folder / ".x.tmp", folder / f".{SAMPLE_ID}.po.a8Xq.tmp", folder / "notes.tmp"]
    for path in theirs:
        path.write_text("an editor's")
    proc = ws_run(sample_workspace, "run", "--lang", "fr")
    assert "Traceback" not in proc.stderr, proc.stderr
    assert not ours.exists()
    assert all(path.exists() for path in theirs)


FIFOS = [
    # (where the pipe goes, the command, the message)
    (f"releases/{SAMPLE_ID}.md", "run", r"cannot read release: a named pipe \(FIFO\)"),
    (SAMPLE_CATALOG, "run", r"cannot read: a named pipe \(FIFO\), not a regular file"),
    (SAMPLE_TEMPLATE, "run", r"cannot read: a named pipe \(FIFO\), not a regular file"),
    ("locales/glossary.csv", "run", r"cannot read glossary: a named pipe \(FIFO\)"),
    ("workflow.toml", "status", r"cannot read settings: a named pipe \(FIFO\)"),
    (SAMPLE_CATALOG, "diff", r"cannot read: a named pipe \(FIFO\), not a regular file"),
]


@pytest.mark.parametrize(
    ("dest", "command", "message"), FIFOS, ids=[f[0] + " " + f[1] for f in FIFOS]
)
def test_named_pipe_as_input(sample_workspace: Path, dest: str, command: str, message: str) -> None:
    """A pipe is refused at once, not waited on (a read would block until someone writes)."""
    path = sample_workspace / dest
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    before = snapshot(sample_workspace)
    args = [command, "--lang", "fr"] if command == "diff" else [command]
    proc = run_cli(*args, "--root", str(sample_workspace), timeout=FAST)
    assert_refused(proc, sample_workspace, before, where=dest, message=message)


@pytest.mark.parametrize("dest", [f"releases/{SAMPLE_ID}.md", SAMPLE_CATALOG])
def test_link_to_dev_zero(sample_workspace: Path, dest: str) -> None:
    """Endless input: refused as a link out, never read (it was read whole: MemoryError)."""
    path = sample_workspace / dest
    path.unlink()
    path.symlink_to("/dev/zero")
    before = snapshot(sample_workspace)
    proc = run_cli("run", "--root", str(sample_workspace), timeout=FAST)
    assert_refused(proc, sample_workspace, before, where=dest, message="outside .*/dev/zero")


@pytest.mark.parametrize(
    ("dest", "size", "message"),
    [
        (SAMPLE_CATALOG, 60_000_000, r"catalog is 60,000,000 bytes, more than the 50,000,000"),
        ("locales/glossary.csv", 30_000_000, r"glossary is 30,000,000 bytes, more than the"),
        ("workflow.toml", 2_000_000, r"settings file is 2,000,000 bytes, more than the"),
    ],
    ids=["catalog", "glossary", "settings"],
)
def test_oversized_input(sample_workspace: Path, dest: str, size: int, message: str) -> None:
    """Refused from its size, before reading (a sparse file: nothing is written to disk)."""
    with open(sample_workspace / dest, "r+b" if (sample_workspace / dest).exists() else "wb") as fh:
        fh.truncate(size)
    before = snapshot(sample_workspace)
    proc = run_cli("run", "--root", str(sample_workspace), timeout=FAST)
    assert_refused(proc, sample_workspace, before, where=dest, message=message)


YAML_BOMB = (
    "---\n"
    'title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "date: 2024-06-20\nplace: x\nlanguage: en\nlanguages: [fr]\n---\n\nBody.\n"
)


def test_yaml_bomb(sample_workspace: Path) -> None:
    """A few hundred bytes of aliases ("billion laughs") expand to gigabytes: refused from
    the first anchor, at once, in one short line."""
    assert len(YAML_BOMB) < 500
    rel = only_release(sample_workspace, "bomb.md", YAML_BOMB.encode())
    before = snapshot(sample_workspace)
    proc = run_cli("run", "--root", str(sample_workspace), timeout=FAST)
    line = assert_refused(
        proc, sample_workspace, before, where=f"{rel}:2", message=r"YAML anchor \(&a\)"
    )
    assert len(line) < 300


def test_yaml_alias_alone(sample_workspace: Path) -> None:
    text = FRONT.replace("place: New York", "place: *somewhere") + "Body.\n"
    rel = only_release(sample_workspace, "alias.md", text.encode())
    before = snapshot(sample_workspace)
    proc = run_cli("run", "--root", str(sample_workspace), timeout=FAST)
    assert_refused(proc, sample_workspace, before, where=f"{rel}:4", message=r"alias \(\*somewhere")


def test_long_bad_value_is_one_short_line(sample_workspace: Path) -> None:
    """An error quoting input quotes a short line of it, not megabytes."""
    text = FRONT.replace("2024-06-20", "2024-06-20 " + "and later " * 100_000) + "Body.\n"
    rel = only_release(sample_workspace, "long.md", text.encode())
    before = snapshot(sample_workspace)
    proc = run_cli("run", "--root", str(sample_workspace), timeout=FAST)
    line = assert_refused(
        proc,
        sample_workspace,
        before,
        where=f"{rel}:3",
        message=r"date '2024-06-20 and later .*… is not an ISO date",
    )
    assert len(line) < 500


def test_line_separator_survives_the_catalogs(workspace: Path) -> None:
    """Not a bad input, but one that broke the tool: U+2028 (pasted from the web) in a
    sentence. Its template and catalogs must read back as written: a second extract writes
    nothing and a reviewed translation stays reviewed."""
    import json

    import polib

    from workflow.catalogs import pofile

    rel = workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text().replace("cyberspace, Pakistan", "cyberspace,\u2028Pakistan"))
    assert ws_run(workspace, "extract").returncode == 0
    po_path = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    po = pofile.parse(po_path.read_bytes(), path="fr.po")
    assert any("\u2028" in e.msgid for e in po)
    for entry in po:
        entry.msgstr = "fr: " + entry.msgid
    po_path.write_bytes(pofile.dump(po))
    assert polib.pofile(str(po_path))  # still a catalog for other tools too
    before = snapshot(workspace)
    again = ws_run(workspace, "extract")
    assert again.returncode == 0 and "0 file(s) written" in again.stdout, again.stdout
    assert snapshot(workspace) == before
    status = ws_run(workspace, "status", "--json", "--lang", "fr")
    (row,) = json.loads(status.stdout)
    assert row["reviewed"] == row["total"] == len(po)


# --- the workspace's shared inputs: glossary and settings -----------------------------------

GLOSSARY = "term,kind,fr,es,note\nEU DisinfoLab,dnt,,,NGO\n"
SHARED = [
    # (file, its bytes, where, message)
    (
        "locales/glossary.csv",
        GLOSSARY.replace(",es,", ",qx,").encode(),
        "locales/glossary.csv:1",
        "unknown language code 'qx'",
    ),
    (
        "locales/glossary.csv",
        (GLOSSARY + "Munir Akram,nom,,,\n").encode(),
        "locales/glossary.csv:3",
        "unknown kind 'nom'",
    ),
    (
        "locales/glossary.csv",
        (GLOSSARY + "Akram,name,Akram,Akram,Caf\xe9\n").encode("latin-1"),
        "locales/glossary.csv:3",
        "not valid UTF-8",
    ),
    (
        "locales/glossary.csv",
        (GLOSSARY + '"' + "x" * 200_000 + '",dnt,,,\n').encode(),
        "locales/glossary.csv:3",
        "field larger than field limit",
    ),
    ("workflow.toml", b'[office]\norganisation = "X\n', "workflow.toml:2", "invalid settings"),
    ("workflow.toml", b"# settings\noffice = 5\n", "workflow.toml:2", "'office' must be a table"),
    (
        "workflow.toml",
        b'[office]\norganisation_translations = "fr"\n',
        "workflow.toml:2",
        "'office.organisation_translations' must be a table",
    ),
    ("workflow.toml", b'[office]\norganisation = "Caf\xe9"\n', "workflow.toml:2", "UTF-8"),
]


@pytest.mark.parametrize(
    ("name", "data", "where", "message"), SHARED, ids=[f"{s[0]}:{s[3]}" for s in SHARED]
)
def test_bad_shared_input(
    sample_workspace: Path, name: str, data: bytes, where: str, message: str
) -> None:
    """One error line for the whole run, before anything is written (not one per language)."""
    (sample_workspace / name).write_bytes(data)
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(proc, sample_workspace, before, where=where, message=message)


# --- settings: workflow.toml is checked against its schema when any command opens it --------

HEAD = "# settings of the office\n\n"  # so that the bad key is on line 3 (or 4)
SETTINGS = [
    # the three
    ("publish = 1\n", 3, "'publish' must be a table"),
    (
        "[argos]\nbeam = 4\n",
        4,
        r"unknown setting 'beam' in \[argos\] \(did you mean 'beam_size'\?\)",
    ),
    (
        '[extract]\ncarry_trivial_edits = "yes"\n',
        4,
        "'extract.carry_trivial_edits' must be true or false, not the string \"yes\"",
    ),
    # and more
    ("[publish]\nreviewed = 1.5\n", 4, "'publish.reviewed' must be a share between 0 and 1"),
    (
        '[publish.reviewed_by_language]\nur = "most"\n',
        4,
        "'publish.reviewed_by_language.ur' must be a share between 0 and 1, not the string",
    ),
    ('[engines]\nfr = "google"\n', 4, "'engines.fr' must be one of argos, bergamot"),
    ('[engines]\ndefualt = "argos"\n', 4, r"unknown setting 'defualt' .*did you mean 'default'"),
    ("[argoss]\nbeam_size = 2\n", 3, r"unknown table \[argoss\] \(did you mean \[argos\]\?\)"),
    ("beam_size = 2\n", 3, r"'beam_size' outside any table \(did you mean \[argos\] beam_size"),
    (
        "[office]\norganisation = 5\n",
        4,
        "'office.organisation' must be a string .*not the number 5",
    ),
    ('[office]\nlogo = "/etc/logo.png"\n', 4, "'office.logo' must be a relative path inside"),
    (
        '[office.organisation_translations]\nfr = "Mission"\nfrench = "Mission"\n',
        5,
        "'office.organisation_translations.french': invalid language code 'french'",
    ),
    ('[checks]\ndisable = ["lenght"]\n', 4, r"unknown check 'lenght' \(did you mean 'length'\?"),
    (
        '[checks]\nseverity = { repetition = "fatal" }\n',
        4,
        "'checks.severity.repetition' must be one of error, warning, off",
    ),
    (
        "[checks]\nlength_ratio = { zh = [0.6, 0.1] }\n",
        4,
        r"'checks.length_ratio.zh' must be \[min, max\] with 0 < min < max, not \[0.6, 0.1\]",
    ),
    ("[models]\nargos_dir = 3\n", 4, "'models.argos_dir' must be a string"),
    (
        "[argos]\nbeam_size = 0\n",
        4,
        "'argos.beam_size' must be a whole number from 1 to 16, not the number 0",
    ),
    (
        '[argos]\ncompute_type = "int4"\n',
        4,
        r"'argos.compute_type' must be one of .*did you mean 'int8'",
    ),
    (
        "[argos]\nbatch_size = 8.5\n",
        4,
        "'argos.batch_size' must be a whole number from 1 to 1024, not the",
    ),
]


@pytest.mark.parametrize(("text", "line", "message"), SETTINGS, ids=[s[0] for s in SETTINGS])
def test_bad_setting(sample_workspace: Path, text: str, line: int, message: str) -> None:
    """The bad setting is one line naming the file, the line and the key, before any work."""
    (sample_workspace / "workflow.toml").write_text(HEAD + text, encoding="utf-8")
    before = snapshot(sample_workspace)
    proc = ws_run(sample_workspace, "run")
    assert_refused(proc, sample_workspace, before, where=f"workflow.toml:{line}", message=message)


COMMANDS = [
    ["status"],
    ["check"],
    ["check", "--annotate"],
    ["extract"],
    ["run"],
    ["build"],
    ["build", "--proof"],
    ["translate"],
    ["diff", "--lang", "fr"],
    ["models", "list"],
    ["models", "remove", "en", "fr"],
    ["settings"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
def test_every_command_checks_the_settings(sample_workspace: Path, args: list[str]) -> None:
    path = sample_workspace / "workflow.toml"
    line = len(path.read_text(encoding="utf-8").splitlines()) + 3
    with path.open("a", encoding="utf-8") as fh:
        fh.write('\n[argos]\nbeam = 4\n[extract]\ncarry_trivial_edits = "yes"\n')
    before = snapshot(sample_workspace)
    proc = run_cli(*args, "--root", str(sample_workspace), timeout=120)
    where = f"workflow.toml:{line}"
    assert_refused(proc, sample_workspace, before, where=where, message="unknown setting 'beam'")


# --- path traversal and unknown codes on the command line -----------------------------------

ARGUMENTS = [
    (["run", "../x"], "../x", "not a release of this workspace"),
    (
        ["run", "releases/../../etc/passwd"],
        "releases/../../etc/passwd",
        "not a release of this workspace",
    ),
    (["extract", "../x"], "../x", "not a release of this workspace"),
    (["status", "../x"], "../x", "not a release of this workspace"),
    (["build", "../../etc/passwd"], "../../etc/passwd", "not a release of this workspace"),
    (["translate", "../x"], "../x", "not a release of this workspace"),
    (["run", "--lang", "../x"], "--lang", r"invalid language code '\.\./x'"),
    (["run", "--lang", "fr,qx"], "--lang", "unknown language code 'qx'"),
    (["status", "--lang", "../x"], "--lang", r"invalid language code '\.\./x'"),
    (["build", "--lang", "../x"], "--lang", r"invalid language code '\.\./x'"),
    (["translate", "--lang", "../x"], "--lang", r"invalid language code '\.\./x'"),
    (["segment", "--lang", "../x"], "--lang", r"invalid language code '\.\./x'"),
]


@pytest.mark.parametrize(
    ("args", "where", "message"), ARGUMENTS, ids=[" ".join(a[0]) for a in ARGUMENTS]
)
def test_bad_argument(sample_workspace: Path, args: list[str], where: str, message: str) -> None:
    before = snapshot(sample_workspace)
    proc = run_cli(*args, "--root", str(sample_workspace), stdin="Text.")
    assert_refused(proc, sample_workspace, before, where=where, message=message)


# --- hostile Argos packages -----------------------------------------------------------------


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_argosmodels", DATA / "make_argosmodels.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PACKAGES = {
    "zip-slip": r"unsafe path in archive: '.*\.\./",
    "zip-slip-top": r"unsafe path in archive: '\.\./",
    "absolute-path": r"unsafe path in archive: '/tmp/",
    "symlink": r"link or special file",
    "missing-metadata": r"archive has no metadata\.json",
    "metadata-not-json": r"cannot read package metadata",
    "metadata-not-object": r"metadata\.json is not a JSON object",
    "metadata-code-traversal": r"to_code is missing or not a language code",
    "two-top-folders": r"exactly one top-level folder",
    "not-a-zip": r"not an Argos package",
    "empty": r"not an Argos package",
    "damaged": r"damaged or unsupported archive",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path | None]]:
    tag = f"workflow-pwned-{uuid.uuid4().hex}"
    cases: dict[str, tuple[Path, Path | None]] = _generator().make_all(
        tmp_path_factory.mktemp("hostile") / "archives", tag
    )
    assert set(cases) == set(PACKAGES)
    assert all(path.stat().st_size < 4096 for path, _ in cases.values())
    return cases


@pytest.mark.parametrize("case", sorted(PACKAGES))
def test_hostile_package(
    sample_workspace: Path, hostile: dict[str, tuple[Path, Path | None]], case: str
) -> None:
    archive, target = hostile[case]
    top = sample_workspace.parent
    shutil.copy(archive, top / archive.name)
    archive = top / archive.name
    before = snapshot(top, skip=None)
    proc = run_cli("models", "install", str(archive), "--root", str(sample_workspace))
    packages = sample_workspace / STATE / "argos-packages"
    # the install may create the (empty) packages folder, and nothing else, anywhere
    after = snapshot(top, skip=None)
    created = {k: v for k, v in after.items() if k not in before}
    assert set(created) <= {f"sample/{STATE}", f"sample/{STATE}/argos-packages"}, created
    assert set(created.values()) <= {"dir"}
    assert not packages.exists() or list(packages.iterdir()) == []
    if target is not None:
        assert not target.exists() and not target.is_symlink()
    assert not list(top.rglob("workflow-pwned-*"))
    assert_refused(
        proc,
        sample_workspace,
        {k.removeprefix("sample/"): v for k, v in before.items() if k.startswith("sample/")},
        where=str(archive),
        message=PACKAGES[case],
    )
