"""The workspace: a folder holding releases/, locales/, output/ and an optional workflow.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflow.errors import ReleaseError, WorkspaceError
from workflow.lang.languages import Language
from workflow.source.release import Release, check_id, load

SETTINGS_FILE = "workflow.toml"


@dataclass(frozen=True)
class Workspace:
    root: Path
    settings: dict[str, Any] = field(default_factory=dict)

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
        return load(path, rel=self.rel(path))


def open_workspace(root: Path) -> Workspace:
    root = root.resolve()
    if not root.is_dir():
        raise WorkspaceError("no such folder", file=str(root), hint="pass --root DIR")
    settings: dict[str, Any] = {}
    path = root / SETTINGS_FILE
    if path.exists():
        settings = _load_settings(path)
    return Workspace(root, settings)


TABLES = ("office", "translate", "models", "argos", "engines")  # sections the code reads


def _load_settings(path: Path) -> dict[str, Any]:
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
    try:
        settings = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"^(.*) \(at line (\d+), column \d+\)$", str(exc))
        message = m.group(1) if m else str(exc)
        line = int(m.group(2)) if m else None
        raise WorkspaceError(
            f"invalid settings: {message}", file=SETTINGS_FILE, line=line
        ) from None

    def line_of(key: str) -> int | None:
        rx = re.compile(rf"^\s*{re.escape(key)}\s*=")
        return next((n for n, s in enumerate(text.splitlines(), 1) if rx.match(s)), None)

    for key in TABLES:
        if key in settings and not isinstance(settings[key], dict):
            raise WorkspaceError(
                f"'{key}' must be a table",
                file=SETTINGS_FILE,
                line=line_of(key),
                hint=f"write it as a section: [{key}]",
            )
    names = settings.get("office", {}).get("organisation_translations", {})
    if not isinstance(names, dict):
        raise WorkspaceError(
            "'office.organisation_translations' must be a table",
            file=SETTINGS_FILE,
            line=line_of("organisation_translations"),
            hint='write it as [office.organisation_translations] with lines like fr = "..."',
        )
    return settings
