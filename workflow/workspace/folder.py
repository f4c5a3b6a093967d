"""The workspace: a folder holding releases/, locales/, output/ and an optional workflow.toml."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from workflow.errors import WorkspaceError
from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.source.release import check_id
from workflow.workspace import settings
from workflow.workspace.settings import SETTINGS_FILE, Settings


@dataclass(frozen=True)
class Workspace:
    root: Path
    settings: Settings = field(default_factory=Settings)  # workflow.toml, checked

    @property
    def releases(self) -> Path:
        return self.root / "releases"

    @property
    def locales(self) -> Path:
        return self.root / "locales"

    @property
    def output(self) -> Path:
        return self.root / "output"

    def release_path(self, release_id: str) -> Path:
        return self.releases / f"{check_id(release_id, source=f'releases/{release_id}.md')}.md"

    def template_path(self, release_id: str) -> Path:
        return self.locales / "templates" / f"{check_id(release_id)}.pot"

    def catalog_path(self, release_id: str, language: Language) -> Path:
        return self.locales / language.code / "LC_MESSAGES" / f"{check_id(release_id)}.po"

    def rel(self, path: Path) -> str:
        """Workspace-relative name of a path, for messages and references."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def release_ids(self) -> list[str]:
        if not self.releases.is_dir():
            raise WorkspaceError(
                "no releases/ folder",
                file=str(self.root),
                hint="run the command in a workspace, or pass --root DIR",
            )
        # hidden files are editors' (Emacs's .#<name>.md lock links), never releases
        return sorted(
            p.name.removesuffix(".md")
            for p in self.releases.glob("*.md")
            if not p.name.startswith(".")
        )

    def catalog_languages(self, release_id: str) -> list[Language]:
        """Languages that have a catalog of this release on disk."""
        found = []
        if self.locales.is_dir():
            for d in sorted(self.locales.iterdir()):
                if d.name == "templates" or not (d / "LC_MESSAGES" / f"{release_id}.po").exists():
                    continue
                found.append(languages.parse(d.name, source=self.rel(d)))
        return found


def open_workspace(root: Path) -> Workspace:
    """The workspace at `root`, its workflow.toml read and checked (every command opens it)."""
    root = root.resolve()
    if not root.is_dir():
        raise WorkspaceError("no such folder", file=str(root), hint="pass --root DIR")
    path = root / SETTINGS_FILE
    conf = _load_settings(path) if path.exists() else Settings()
    _check_names(conf)
    return Workspace(root, conf)


def _load_settings(path: Path) -> Settings:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise WorkspaceError(f"cannot read settings: {exc.strerror}", file=SETTINGS_FILE) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WorkspaceError(
            "settings are not valid UTF-8",
            file=SETTINGS_FILE,
            line=data[: exc.start].count(b"\n") + 1,
        ) from None
    return settings.load(text)


def _check_names(conf: Settings) -> None:
    """The check names of [checks] exist: only the quality registry knows them (imported
    here, late: workflow.quality imports the workspace)."""
    names = [("disable", n) for n in conf.checks.disable]
    names += [("severity", n) for n in conf.checks.severity]
    if not names:
        return
    from workflow.quality import checks

    for key, name in names:
        try:
            checks.Settings.from_mapping({"disable": [name]}, file=SETTINGS_FILE)
        except WorkspaceError as exc:
            exc.line = conf.line("checks", key, name)
            close = difflib.get_close_matches(name, list(checks.CHECKS), n=1)
            if close:
                exc.hint = f"did you mean '{close[0]}'? {exc.hint}"
            raise
