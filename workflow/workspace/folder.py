"""The workspace: a folder holding releases/, locales/, output/ and an optional workflow.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflow.errors import WorkspaceError
from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.source.release import check_id

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
