"""The workspace: a folder holding releases/, locales/, output/ and an optional workflow.toml."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workflow.errors import ReleaseError, WorkspaceError, decode_utf8
from workflow.lang.languages import Language
from workflow.source.release import Release, check_id, parse
from workflow.workspace import settings
from workflow.workspace.fsio import check_inside, confine, read_input
from workflow.workspace.settings import SETTINGS_FILE, Settings


@dataclass(frozen=True)
class Workspace:
    root: Path
    settings: Settings = field(default_factory=Settings)  # workflow.toml, checked

    def __post_init__(self) -> None:
        confine(self.root)  # nothing under the root may lead out of it (workspace.fsio)

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

    def resolve_ids(self, names: Sequence[str]) -> list[str]:
        """Release ids from command-line names (an id, or a path to releases/<id>.md)."""
        return [self._resolve_id(name) for name in names] if names else self.release_ids()

    def _resolve_id(self, name: str) -> str:
        stem = name
        if name.endswith(".md") or "/" in name:
            path = Path(name)
            inside = (Path.cwd() / path).resolve().parent == self.releases.resolve()
            if not inside and path.parent != Path("releases"):
                raise ReleaseError(
                    "not a release of this workspace",
                    file=name,
                    hint=f"name a file in {self.rel(self.releases)}/ or just its id",
                )
            stem = path.name.removesuffix(".md")
        check_id(stem, source=name)
        if not self.release_path(stem).exists():
            raise ReleaseError(
                "no such release",
                file=f"releases/{stem}.md",
                hint="list the releases with: ls " + self.rel(self.releases),
            )
        return stem

    def load_release(self, release_id: str) -> Release:
        path = self.release_path(release_id)
        rel = self.rel(path)
        data = read_input(path, "release", name=rel, error=ReleaseError)
        if data is None:
            raise ReleaseError("no such release", file=rel, hint="list them with: ls releases/")
        return parse(data, release_id=release_id, path=rel)

    def check_layout(self) -> None:
        """Refuse a folder of the workspace (or workflow.toml) that is a link leading out of it:
        the tool reads, writes and deletes only inside the workspace."""
        for name in ("releases", "locales", "output", ".workflow", SETTINGS_FILE):
            check_inside(self.root / name, name=name)


def open_workspace(root: Path) -> Workspace:
    """The workspace at `root`, its workflow.toml read and checked (every command opens it)."""
    root = root.resolve()
    if not root.is_dir():
        raise WorkspaceError("no such folder", file=str(root), hint="pass --root DIR")
    Workspace(root).check_layout()
    conf = _load_settings(root / SETTINGS_FILE)
    _check_names(conf)
    return Workspace(root, conf)


def _load_settings(path: Path) -> Settings:
    data = read_input(path, "settings", name=SETTINGS_FILE, error=WorkspaceError)
    if data is None:
        return Settings()
    text = decode_utf8(data, file=SETTINGS_FILE, error=WorkspaceError, what="settings", hint=None)
    return settings.load(text)


def _check_names(conf: Settings) -> None:
    """The check names of [checks] exist: only the quality registry knows them (imported
    here, late: workflow.quality imports the workspace)."""
    names = [("disable", n) for n in conf.checks.disable]
    names += [("severity", n) for n in conf.checks.severity]
    if not names:
        return
    from workflow.quality import registry

    for key, name in names:
        try:
            registry.Settings.from_mapping({"disable": [name]}, file=SETTINGS_FILE)
        except WorkspaceError as exc:
            exc.line = conf.line("checks", key, name)
            close = difflib.get_close_matches(name, list(registry.CHECKS), n=1)
            if close:
                exc.hint = f"did you mean '{close[0]}'? {exc.hint}"
            raise
