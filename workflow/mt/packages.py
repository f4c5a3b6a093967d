"""Argos Translate packages: list, install (from a file or an index), remove.

Packages live in one project-controlled folder (``packages_dir``), one sub-folder per
package, as Argos lays them out; they are read with `argostranslate.package.Package`.

Installing never trusts the archive: the zip is checked entry by entry (no absolute paths,
no ``..``, no links or special files, one top-level folder, size and entry-count caps,
required files, a sane metadata.json), then extracted by this module into a hidden staging
folder inside ``packages_dir`` and renamed into place. Argos's own `install_from_path` is not
used: it runs `ZipFile.extractall` straight into the packages folder and imports
`argostranslate.translate` (stanza, torch) afterwards.

metadata.json is checked strictly (`_check_metadata`): codes are short BCP 47-like tags,
source and target differ, the version is digits and dots (at most 32 characters), and no
string holds a control character; the archive's compression ratio is capped (MAX_RATIO).
A package folder already on disk that fails these checks is a `BrokenPackage`: listed by
`scan`, removed by `remove`, skipped by the engine, never an exception.

Installs and removals hold a lock on the folder from start to end; the temporary names they
make (``.installing-*``, ``.download-*``, ``.removing-*``) that a killed process left behind
are removed at the next install or `scan(clean=True)` (``models list``).

Downloads (`fetch_index`, `install_from_index`) go through urllib with only its http and
https handlers. Every redirect hop must be http(s) and stay on an allowed host: for the index,
the index's own host; for a package, the index's host and every host named in the index's
links (the index is what the user chose to trust). Each download has a wall-clock deadline
(INDEX_DEADLINE, PACKAGE_DEADLINE: at the deadline its sockets are shut down, so a server
dripping bytes cannot hold it), a size cap enforced while streaming (MAX_INDEX_BYTES,
MAX_DOWNLOAD_BYTES), and must deliver its whole Content-Length.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import http.client
import json
import os
import re
import shutil
import socket
import ssl
import stat
import tempfile
import threading
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from workflow.errors import ModelError
from workflow.lang import languages
from workflow.mt import argos_env
from workflow.workspace.fsio import write_hint

# Argos's public index (ARGOS_PACKAGE_INDEX default); unreachable from offline machines.
MAX_UNPACKED_BYTES = 4 * 1024**3  # largest Argos packages unpack to a few hundred MB
MAX_DOWNLOAD_BYTES = 2 * 1024**3  # a package download, enforced while streaming
MAX_INDEX_BYTES = 5 * 1024**2  # the index download (Argos's is ~100 KB)
MAX_ENTRIES = 10_000
MAX_METADATA_BYTES = 1024**2
# Compression ratio (unpacked / packed) above which an archive is a zip bomb: per entry and for
# the whole archive, counted only above RATIO_FLOOR_BYTES unpacked (a small, very regular file
# such as the test fixtures' hand-set model.bin, 26 MB at 700:1, is harmless). Real
# model weights compress about 1.1:1.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 64 * 1024**2
DOWNLOAD_TIMEOUT = 30.0  # seconds without data before a download is abandoned
INDEX_DEADLINE = 60.0  # seconds for the whole index download, redirects included
PACKAGE_DEADLINE = 600.0  # seconds for the whole package download, redirects included
USER_AGENT = "press-workflow (argos package installer)"

_CHUNK = 1024 * 1024
_CODE_RE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")  # fullmatch only ($ allows "\n")
_VERSION_RE = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,9}){0,7}")  # fullmatch; at most 79 chars
MAX_VERSION_CHARS = 32
MAX_NAME_CHARS = 200  # from_name, to_name, target_prefix
_TOP_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")  # fullmatch
_SHA256_RE = re.compile(r"[0-9a-fA-F]{64}")  # fullmatch
_HIDDEN = "."  # staging and download files in packages_dir start with a dot
# The temporary names this module makes in packages_dir (tempfile prefixes); one left behind
# by a killed install is removed at the next install or `models list`, nothing else is.
_TEMP_PREFIXES = (".installing-", ".download-", ".removing-")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def install_hint(src: str | None = None, tgt: str | None = None) -> str:
    """The commands that install a package, for error hints."""
    pair = f"{src} {tgt}" if src and tgt else "SRC TGT"
    return (
        "install one with `workflow models install FILE.argosmodel` "
        f"or `workflow models install --from-index {pair}`"
    )


@dataclasses.dataclass(frozen=True)
class PackageInfo:
    """An installed Argos translation package."""

    from_code: str
    to_code: str
    name: str  # argospm name, e.g. "translate-en_fr"
    version: str  # package_version from metadata.json
    path: Path  # the package folder
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""
    tokenizer: str = "sentencepiece"  # or "bpe"


@dataclasses.dataclass(frozen=True)
class IndexEntry:
    """A package offered by an Argos package index (index.json)."""

    from_code: str
    to_code: str
    name: str
    version: str
    links: tuple[str, ...]  # absolute URLs
    size: int | None = None  # bytes of the .argosmodel, when the index says
    sha256: str | None = None  # hex digest, when the index says
    from_name: str = ""
    to_name: str = ""


def argos_codes(tag: str) -> list[str]:
    """Argos package codes that serve a language tag, best first ("pt-BR" -> ["pb", "pt"]).

    Argos names packages by primary subtag, with two codes of its own: "zt" for Traditional
    Chinese (zh-Hant, zh-TW, zh-HK, zh-MO) and "pb" for Brazilian Portuguese.
    """
    language = languages.parse(tag)
    if language.base == "zh":
        return ["zt"] if language.script == "Hant" else ["zh"]
    if language.base == "pt":
        return ["pb", "pt"] if language.region == "BR" else ["pt", "pb"]
    return [language.base]


def version_key(version: str) -> tuple[int, ...]:
    """Orders package versions ("1.10" after "1.9"); never raises (numbers are capped)."""
    return tuple(int(n) for n in re.findall(r"\d{1,18}", version[:MAX_VERSION_CHARS]))


def _show(value: object, limit: int = 40) -> str:
    """A value for an error message: repr (control characters escaped), cut short."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(c) == "Cc" or c in _BIDI_CONTROLS for c in text)


# -- listing ----------------------------------------------------------------------------------


def _package_info(argos_package: Any, pkg_mod: Any, folder: Path) -> PackageInfo:
    tokenizer = "sentencepiece" if (folder / "sentencepiece.model").is_file() else "bpe"
    return PackageInfo(
        from_code=str(argos_package.from_code),
        to_code=str(argos_package.to_code),
        name=str(pkg_mod.argospm_package_name(argos_package)),
        version=str(argos_package.package_version),
        path=folder,
        from_name=str(argos_package.from_name or ""),
        to_name=str(argos_package.to_name or ""),
        target_prefix=str(argos_package.target_prefix or ""),
        tokenizer=tokenizer,
    )


def read_package(folder: Path, packages_dir: Path | None = None) -> PackageInfo:
    """Load one package folder with Argos's `Package` and check it can translate."""
    metadata = folder / "metadata.json"
    _check_metadata(_read_json(metadata), metadata)
    if not (folder / "model" / "model.bin").is_file():
        raise ModelError("package has no model/model.bin", file=folder)
    if not (folder / "sentencepiece.model").is_file() and not (folder / "bpe.model").is_file():
        raise ModelError("package has no sentencepiece.model or bpe.model", file=folder)
    pkg_mod = argos_env.package_module(packages_dir or folder.parent)
    try:
        argos_package = pkg_mod.Package(folder)
    except Exception as exc:  # Argos raises bare exceptions on bad packages
        raise ModelError(f"Argos cannot load the package: {exc}", file=folder) from exc
    return _package_info(argos_package, pkg_mod, folder)


@dataclasses.dataclass(frozen=True)
class BrokenPackage:
    """A folder in packages_dir that looks like a package but cannot be used.

    from_code/to_code are what metadata.json says, control characters and spaces removed
    ("" when unreadable): enough for `remove` to find it.
    """

    path: Path
    reason: str
    from_code: str = ""
    to_code: str = ""


def _check_confined(folder: Path, packages_dir: Path) -> None:
    """A package is read from inside the packages folder only: the folder, or a file in it,
    that is a link leading out is refused (`ModelError`), never followed."""
    top = os.path.realpath(packages_dir)
    for path in [folder, *_walk_links(folder)]:
        real = os.path.realpath(path)
        if not real.startswith(top.rstrip(os.sep) + os.sep):
            raise ModelError(
                f"a link leading outside the packages folder, to {_show(real, 120)}; not followed",
                file=path,
            )


def _walk_links(folder: Path) -> Iterator[Path]:
    """The symbolic links in a package folder (not followed)."""
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in [*dirnames, *filenames]:
            if os.path.islink(os.path.join(dirpath, name)):
                yield Path(dirpath, name)


def _lenient_code(value: object) -> str:
    if not isinstance(value, str) or len(value) > 64:
        return ""
    return "".join(c for c in value if not c.isspace() and not _has_controls(c))


def scan(
    packages_dir: Path, *, clean: bool = False
) -> tuple[list[PackageInfo], list[BrokenPackage]]:
    """Installed translation packages, sorted by (from, to, name), and the broken ones.

    Hidden entries (staging folders) and folders without metadata.json are ignored. A folder
    whose metadata or files are bad is a `BrokenPackage` (never an exception): `models list`
    shows it and `remove` deletes it. `clean=True` first removes temporary files that a
    killed install left behind, unless an install is running.
    """
    packages_dir = Path(packages_dir)
    if not packages_dir.is_dir():
        return [], []
    if clean:
        clean_stale(packages_dir)
    found: list[PackageInfo] = []
    broken: list[BrokenPackage] = []
    for folder in sorted(packages_dir.iterdir()):
        if folder.name.startswith(_HIDDEN) or not folder.is_dir():
            continue
        metadata = folder / "metadata.json"
        if not metadata.is_file():
            continue
        try:
            _check_confined(folder, packages_dir)
            data = _read_json(metadata)
        except ModelError as exc:
            broken.append(BrokenPackage(folder, exc.message))
            continue
        if data.get("type", "translate") != "translate":
            continue
        try:
            if _has_controls(folder.name):
                raise ModelError("the folder name holds control characters", file=folder)
            found.append(read_package(folder, packages_dir))
        except ModelError as exc:
            codes = (_lenient_code(data.get("from_code")), _lenient_code(data.get("to_code")))
            broken.append(BrokenPackage(folder, exc.message, *codes))
    found.sort(key=lambda p: (p.from_code, p.to_code, p.name))
    return found, broken


def list_installed(packages_dir: Path) -> list[PackageInfo]:
    """Installed, usable translation packages, sorted by (from, to, name) (see `scan`)."""
    return scan(packages_dir)[0]


def find_installed(packages_dir: Path, src: str, tgt: str) -> PackageInfo | None:
    """The installed package translating src -> tgt directly (highest version), if any."""
    installed = list_installed(packages_dir)
    for from_code in argos_codes(src):
        for to_code in argos_codes(tgt):
            matches = [p for p in installed if (p.from_code, p.to_code) == (from_code, to_code)]
            if matches:
                return max(matches, key=lambda p: version_key(p.version))
    return None


# -- validation -------------------------------------------------------------------------------


def _read_json(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_METADATA_BYTES:
            raise ModelError("metadata.json is too large", file=path)
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        # ValueError: bad JSON, or an integer too long to convert; RecursionError: nesting
        raise ModelError(
            f"cannot read package metadata: {_show(str(exc), 120)}", file=path
        ) from exc
    if not isinstance(data, dict):
        raise ModelError("metadata.json is not a JSON object", file=path)
    return data


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON value, keys included (depth is bounded by json's recursion)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _check_metadata(data: dict[str, Any], where: str | Path) -> None:
    """Strict checks of what this tool and Argos read from metadata.json.

    Codes are short BCP 47-like tags (`_CODE_RE`), source and target differ, the version is
    digits and dots (at most MAX_VERSION_CHARS), names are short, and no string anywhere holds
    a control character (they end up in folder names and terminal output).
    """
    for key in ("from_code", "to_code"):
        value = data.get(key)
        if not isinstance(value, str) or not _CODE_RE.fullmatch(value):
            raise ModelError(
                f"metadata.json: {key} is missing or not a language code ({_show(value)})",
                file=where,
            )
    if data["from_code"] == data["to_code"]:
        raise ModelError(
            f"metadata.json: source and target are the same language ({data['from_code']})",
            file=where,
        )
    if data.get("type", "translate") != "translate":
        raise ModelError("metadata.json: only translation packages can be installed", file=where)
    version = data.get("package_version")
    if (
        not isinstance(version, str)
        or len(version) > MAX_VERSION_CHARS
        or not _VERSION_RE.fullmatch(version)
    ):
        raise ModelError(
            "metadata.json: package_version must be digits and dots, "
            f"at most {MAX_VERSION_CHARS} characters ({_show(version)})",
            file=where,
        )
    for key in ("from_name", "to_name", "target_prefix"):
        value = data.get(key, "")
        if not isinstance(value, str) or len(value) > MAX_NAME_CHARS:
            raise ModelError(
                f"metadata.json: {key} must be a string of at most {MAX_NAME_CHARS} characters",
                file=where,
            )
    for text in _strings(data):
        if _has_controls(text):
            raise ModelError(f"metadata.json: control character in {_show(text)}", file=where)


@dataclasses.dataclass(frozen=True)
class _Member:
    info: zipfile.ZipInfo
    parts: tuple[str, ...]  # path components below the top-level folder
    is_dir: bool


def _check_archive(zf: zipfile.ZipFile, where: Path, max_bytes: int) -> tuple[str, list[_Member]]:
    """Validate every entry; return the top-level folder name and the members below it.

    Refused: absolute paths, ``..``, backslashes, control characters, links and special
    files, encrypted entries, duplicates, more than MAX_ENTRIES entries, more than max_bytes
    unpacked, and a compression ratio above MAX_RATIO (per entry and overall, counted above
    RATIO_FLOOR_BYTES).
    """
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ModelError(f"archive has {len(infos)} entries (limit {MAX_ENTRIES})", file=where)
    tops: set[str] = set()
    seen: set[tuple[str, ...]] = set()
    members: list[_Member] = []
    declared = 0
    for info in infos:
        name = info.filename
        if not name or "\\" in name or _has_controls(name) or name.startswith("/"):
            raise ModelError(f"unsafe path in archive: {name!r}", file=where)
        if re.match(r"^[A-Za-z]:", name):
            raise ModelError(f"unsafe path in archive: {name!r}", file=where)
        is_dir = name.endswith("/")
        parts = tuple(name.rstrip("/").split("/"))
        if any(part in ("", ".", "..") for part in parts):
            raise ModelError(f"unsafe path in archive: {name!r}", file=where)
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR) or (kind == stat.S_IFDIR) != is_dir:
            raise ModelError(f"archive entry is a link or special file: {name!r}", file=where)
        if info.flag_bits & 0x1:
            raise ModelError(f"archive entry is encrypted: {name!r}", file=where)
        if parts in seen:
            raise ModelError(f"archive lists {name!r} twice", file=where)
        seen.add(parts)
        tops.add(parts[0])
        if len(parts) == 1 and not is_dir:
            raise ModelError(
                f"archive has a file at its top level ({name!r}); Argos packages hold one folder",
                file=where,
            )
        declared += info.file_size
        if declared > max_bytes:
            raise ModelError(f"archive unpacks to more than {max_bytes} bytes", file=where)
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise ModelError(
                f"archive entry {name!r} unpacks {info.file_size} bytes from "
                f"{info.compress_size} (more than {MAX_RATIO}:1, a zip bomb?)",
                file=where,
            )
        if len(parts) > 1:
            members.append(_Member(info, parts[1:], is_dir))
    packed = Path(where).stat().st_size
    if declared > RATIO_FLOOR_BYTES and declared > MAX_RATIO * max(packed, 1):
        raise ModelError(
            f"archive unpacks {declared} bytes from {packed} (more than {MAX_RATIO}:1, "
            "a zip bomb?)",
            file=where,
        )
    if len(tops) != 1:
        raise ModelError("archive must hold exactly one top-level folder", file=where)
    top = tops.pop()
    if not _TOP_RE.fullmatch(top):
        raise ModelError(f"unsafe top-level folder name {top!r}", file=where)
    files = {m.parts for m in members if not m.is_dir}
    if ("metadata.json",) not in files:
        raise ModelError("archive has no metadata.json", file=where)
    if ("model", "model.bin") not in files:
        raise ModelError("archive has no model/model.bin", file=where)
    if ("sentencepiece.model",) not in files and ("bpe.model",) not in files:
        raise ModelError("archive has no sentencepiece.model or bpe.model", file=where)
    return top, members


def _extract(zf: zipfile.ZipFile, members: list[_Member], dest: Path, max_bytes: int) -> None:
    """Write the members below dest, counting real bytes (declared sizes can lie)."""
    total = 0
    for member in members:
        target = dest.joinpath(*member.parts)
        if member.is_dir:
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with zf.open(member.info) as src, open(target, "xb") as out:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                total += len(chunk)
                if written > member.info.file_size or total > max_bytes:
                    raise ModelError(
                        f"archive entry {'/'.join(member.parts)!r} unpacks to more than "
                        "it declares (zip bomb?)"
                    )
                out.write(chunk)


# -- installing -------------------------------------------------------------------------------


@contextlib.contextmanager
def _locked(packages_dir: Path, *, wait: bool = True) -> Iterator[bool]:
    """Hold packages_dir's lock: flock on the folder itself, so no lock file is left behind.
    Installs and removals hold it from start to end, so a temporary name seen under the lock
    is stale. Yields False if wait=False and another process holds it."""
    packages_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(packages_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _remove_stale(packages_dir: Path) -> list[str]:
    """Under the lock: remove the temporary entries a killed install or removal left."""
    removed = []
    for entry in packages_dir.iterdir():
        if not entry.name.startswith(_TEMP_PREFIXES):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
        removed.append(entry.name)
    return removed


def clean_stale(packages_dir: Path) -> list[str]:
    """Remove `.installing-*`, `.download-*`, `.removing-*` left by a killed install (only
    those names, and not while an install runs); return the names removed."""
    packages_dir = Path(packages_dir)
    if not packages_dir.is_dir():
        return []
    try:
        with _locked(packages_dir, wait=False) as held:
            return _remove_stale(packages_dir) if held else []
    except OSError:  # a read-only packages folder: nothing to clean from here
        return []


def install_file(
    path: Path,
    packages_dir: Path,
    *,
    max_bytes: int = MAX_UNPACKED_BYTES,
    expect: tuple[str, str] | None = None,
) -> PackageInfo:
    """Install an .argosmodel file into packages_dir and return the installed package.

    A package for the same language pair already installed is replaced. On any problem,
    ModelError is raised and packages_dir is left as it was. `expect` = (from, to) makes
    the install fail unless the package translates that pair.
    """
    path = Path(path)
    packages_dir = Path(packages_dir)
    if not path.is_file():
        raise ModelError("no such package file", file=path, hint=install_hint())
    with _locked(packages_dir):
        _remove_stale(packages_dir)
        return _install_locked(path, packages_dir, max_bytes=max_bytes, expect=expect)


def _install_locked(
    path: Path, packages_dir: Path, *, max_bytes: int, expect: tuple[str, str] | None
) -> PackageInfo:
    if not zipfile.is_zipfile(path):
        raise ModelError("not an Argos package (an .argosmodel is a zip archive)", file=path)
    try:
        return _unpack_and_swap(path, packages_dir, max_bytes=max_bytes, expect=expect)
    except OSError as exc:  # a full disk, a read-only packages folder
        raise ModelError(
            f"cannot install the package: {exc.strerror or exc}; nothing was installed",
            file=path,
            hint=write_hint(exc),
        ) from None


def _unpack_and_swap(
    path: Path, packages_dir: Path, *, max_bytes: int, expect: tuple[str, str] | None
) -> PackageInfo:
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=packages_dir))
    try:
        try:
            with zipfile.ZipFile(path) as zf:
                top, members = _check_archive(zf, path, max_bytes)
                _extract(zf, members, staging / top, max_bytes)
            new = read_package(staging / top, packages_dir)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
            raise ModelError(f"damaged or unsupported archive: {exc}", file=path) from exc
        except ModelError as exc:
            exc.file = str(path)  # not the staging folder, which is about to vanish
            raise
        if expect is not None and (new.from_code, new.to_code) != expect:
            raise ModelError(
                f"package translates {new.from_code} -> {new.to_code}, "
                f"expected {expect[0]} -> {expect[1]}",
                file=path,
            )
        return _swap_in(staging, staging / top, new, packages_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_in(staging: Path, folder: Path, new: PackageInfo, packages_dir: Path) -> PackageInfo:
    """Rename folder into packages_dir, moving packages of the same pair into staging."""
    dest = packages_dir / new.name
    same_pair = _folders_for_pair(packages_dir, new.from_code, new.to_code)
    if (dest.exists() or dest.is_symlink()) and dest not in same_pair:
        raise ModelError(
            f"cannot install {new.name}: {dest} exists and is not an Argos package",
            file=dest,
        )
    moved: list[tuple[Path, Path]] = []
    try:
        for i, old in enumerate(same_pair):
            aside = staging / f"old-{i}"
            os.rename(old, aside)
            moved.append((aside, old))
        os.rename(folder, dest)
    except OSError as exc:
        for aside, old in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(aside, old)
        raise ModelError(f"cannot install into {packages_dir}: {exc}", file=dest) from exc
    return dataclasses.replace(new, path=dest)


def _folders_for_pair(packages_dir: Path, from_code: str, to_code: str) -> list[Path]:
    """Package folders for a pair, read leniently (a broken neighbour must not block)."""
    found = []
    for folder in sorted(packages_dir.iterdir()):
        if folder.name.startswith(_HIDDEN) or not folder.is_dir():
            continue
        try:
            data = _read_json(folder / "metadata.json")
        except ModelError:
            continue
        if (data.get("from_code"), data.get("to_code")) == (from_code, to_code):
            found.append(folder)
    return found


def broken_for(packages_dir: Path, src: str, tgt: str) -> list[BrokenPackage]:
    """The broken packages of the pair src -> tgt (matched as `remove` matches them)."""
    return _broken_for(scan(packages_dir)[1], src, tgt)


def _broken_for(broken: list[BrokenPackage], src: str, tgt: str) -> list[BrokenPackage]:
    pairs = {(f, t) for f in argos_codes(src) for t in argos_codes(tgt)}
    found = []
    for item in broken:
        names = [item.path.name]
        if item.path.is_symlink():  # a link leading out: also the name of where it leads
            names.append(Path(os.readlink(item.path)).name)
        clean = ["".join(c for c in name if not _has_controls(c)) for name in names]
        named = [re.fullmatch(r"translate-([a-z]{2,3})_([a-z]{2,3})(?:-.*)?", n) for n in clean]
        if (item.from_code, item.to_code) in pairs or (
            not (item.from_code and item.to_code) and any(m and m.groups() in pairs for m in named)
        ):
            found.append(item)
    return found


def remove(packages_dir: Path, src: str, tgt: str) -> list[PackageInfo | BrokenPackage]:
    """Remove the package src -> tgt, and broken packages for that pair; return them.

    A broken package is matched by the codes its metadata.json names (control characters
    and spaces removed) or, when those are unreadable, by its folder name
    ``translate-<from>_<to>[-...]`` (for a link leading out, also by the name it leads to).
    A link is removed, never what it leads to.
    """
    packages_dir = Path(packages_dir)
    installed, broken = scan(packages_dir)
    targets: list[PackageInfo | BrokenPackage] = []
    found = find_installed(packages_dir, src, tgt)
    if found is not None:
        targets += [
            p for p in installed if (p.from_code, p.to_code) == (found.from_code, found.to_code)
        ]
    targets += _broken_for(broken, src, tgt)
    if not targets:
        raise ModelError(f"no Argos package installed for {src} -> {tgt}", file=packages_dir)
    with _locked(packages_dir):
        trash = Path(tempfile.mkdtemp(prefix=".removing-", dir=packages_dir))
        try:
            for i, target in enumerate(targets):
                os.rename(target.path, trash / f"package-{i}")
        except OSError as exc:
            raise ModelError(f"cannot remove {target.path}: {exc}", file=target.path) from exc
        finally:
            shutil.rmtree(trash, ignore_errors=True)
    return targets


# -- the index --------------------------------------------------------------------------------


class _Deadline:
    """A wall-clock limit for a whole download: at the deadline every socket the download
    opened is shut down, which wakes any blocked connect, TLS handshake or read (a server
    dripping one byte a second never trips a per-read timeout)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def remaining(self) -> float:
        return max(self.end - time.monotonic(), 0.001)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def connection(self, base: type[http.client.HTTPConnection]) -> Callable[..., Any]:
        """A connection factory for `AbstractHTTPHandler.do_open` whose sockets are watched."""

        def make(host: str, **kwargs: Any) -> http.client.HTTPConnection:
            timeout = kwargs.pop("timeout", None)
            timeout = min(timeout or self.seconds, self.remaining())
            conn = base(host, timeout=timeout, **kwargs)

            def create_connection(*args: Any, **kw: Any) -> socket.socket:
                sock = socket.create_connection(*args, **kw)
                self.watch(sock)
                return sock

            conn._create_connection = create_connection  # type: ignore[attr-defined]
            return conn

        return make


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._deadline.connection(http.client.HTTPConnection), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline
        self._ssl_context = ssl.create_default_context()

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        factory = self._deadline.connection(http.client.HTTPSConnection)
        return self.do_open(factory, req, context=self._ssl_context)


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to http(s) on an allowed host (urllib alone would follow a
    302 to ftp:// or to any host)."""

    max_redirections = 5

    def __init__(self, allowed_hosts: frozenset[str]) -> None:
        super().__init__()
        self.allowed_hosts = allowed_hosts

    def _check(self, req: urllib.request.Request, fp: IO[bytes], newurl: str) -> None:
        parts = urllib.parse.urlsplit(newurl)
        why = ""
        if parts.scheme not in ("http", "https"):
            why = "only http(s) is allowed"
        elif (parts.hostname or "").lower() not in self.allowed_hosts:
            why = f"{parts.hostname!r} is neither the index's host nor a host the index names"
        if why:
            fp.close()
            raise ModelError(f"refused redirect from {req.full_url} to {_show(newurl, 200)}: {why}")

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Any
    ) -> Any:
        location = headers.get("location") or headers.get("uri")
        if location:
            self._check(req, fp, urllib.parse.urljoin(req.full_url, location))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        self._check(req, fp, urllib.parse.urljoin(req.full_url, newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _host(url: str) -> str:
    return (urllib.parse.urlsplit(url).hostname or "").lower()


def _open_url(url: str, timeout: float, deadline: _Deadline, allowed_hosts: frozenset[str]) -> Any:
    """Open url with only the http(s) handlers, every redirect hop checked, under deadline."""
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise ModelError(f"only http(s) URLs are supported, not {_show(url, 200)}")
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline),
        urllib.request.HTTPDefaultErrorHandler(),
        _RedirectHandler(allowed_hosts | {_host(url)}),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        return opener.open(request, timeout=min(timeout, deadline.remaining()))
    except urllib.error.HTTPError as exc:
        raise ModelError(f"cannot download {url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        if deadline.expired:
            raise _too_slow(url, deadline) from exc
        reason = getattr(exc, "reason", exc)
        raise ModelError(
            f"offline / cannot reach {url}: {reason}",
            hint="install a package file instead: `workflow models install FILE.argosmodel`",
        ) from exc


def _too_slow(url: str, deadline: _Deadline) -> ModelError:
    return ModelError(f"{url}: download did not finish within {deadline.seconds:g} s")


def _stream(
    url: str,
    sink: Callable[[bytes], object],
    *,
    timeout: float,
    deadline: float,
    max_bytes: int,
    allowed_hosts: frozenset[str] = frozenset(),
) -> int:
    """Download url into sink under a wall-clock deadline and a size cap; return the size.

    Refused: a redirect hop that is not http(s) or leaves the allowed hosts, a body over
    max_bytes (announced or streamed), a body shorter than its Content-Length.
    """
    with _Deadline(deadline) as clock, _open_url(url, timeout, clock, allowed_hosts) as response:
        announced = response.headers.get("Content-Length")
        expected = int(announced) if announced and announced.strip().isdigit() else None
        if expected is not None and expected > max_bytes:
            raise ModelError(f"{url}: server announces {expected} bytes, more than {max_bytes}")
        received = 0
        try:
            while chunk := response.read(min(_CHUNK, max_bytes + 1 - received)):
                received += len(chunk)
                if received > max_bytes:
                    raise ModelError(f"{url}: download is larger than {max_bytes} bytes")
                sink(chunk)
                if clock.expired:
                    break
        except (OSError, http.client.HTTPException) as exc:
            if clock.expired:
                raise _too_slow(url, clock) from exc
            raise ModelError(f"offline / cannot reach {url}: download broke off ({exc!r})") from exc
        if clock.expired:
            raise _too_slow(url, clock)
    if expected is not None and received != expected:
        raise ModelError(f"{url}: download cut short: got {received} of {expected} bytes")
    return received


def _index_url(index_url: str) -> str:
    return index_url + "index.json" if index_url.endswith("/") else index_url


def fetch_index(
    index_url: str,
    *,
    timeout: float = DOWNLOAD_TIMEOUT,
    deadline: float = INDEX_DEADLINE,
    max_bytes: int = MAX_INDEX_BYTES,
) -> list[IndexEntry]:
    """Download and parse an Argos index (a JSON list of package metadata).

    `index_url` is the index.json URL, or a folder URL ending in "/" (index.json is added,
    as Argos does with ARGOS_PACKAGE_INDEX). Relative links are resolved against it.
    Entries that are not translation packages, lack links or carry bad codes or versions
    are skipped. Redirects may not leave the index's host; the whole download must finish
    within `deadline` seconds and `max_bytes`.
    """
    url = _index_url(index_url)
    parts: list[bytes] = []
    _stream(url, parts.append, timeout=timeout, deadline=deadline, max_bytes=max_bytes)
    raw = b"".join(parts)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ModelError(
            f"package index at {url} is not valid JSON: {_show(str(exc), 120)}"
        ) from exc
    if not isinstance(data, list):
        raise ModelError(f"package index at {url} is not a JSON list")
    entries = []
    for item in data:
        entry = _index_entry(item, url)
        if entry is not None:
            entries.append(entry)
    return entries


def _index_entry(item: Any, url: str) -> IndexEntry | None:
    if not isinstance(item, dict) or item.get("type", "translate") != "translate":
        return None
    from_code, to_code = item.get("from_code"), item.get("to_code")
    if not (isinstance(from_code, str) and _CODE_RE.fullmatch(from_code)):
        return None
    if not (isinstance(to_code, str) and _CODE_RE.fullmatch(to_code)) or to_code == from_code:
        return None
    version = item.get("package_version", "")
    if not isinstance(version, str) or len(version) > MAX_VERSION_CHARS:
        return None
    links = item.get("links")
    if not isinstance(links, list) or not all(isinstance(x, str) for x in links) or not links:
        return None
    size = item.get("size")
    sha256 = item.get("sha256")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
        raise ModelError(f"package index at {url}: bad size for {from_code}->{to_code}")
    if sha256 is not None and (not isinstance(sha256, str) or not _SHA256_RE.match(sha256)):
        raise ModelError(f"package index at {url}: bad sha256 for {from_code}->{to_code}")
    return IndexEntry(
        from_code=from_code,
        to_code=to_code,
        name=f"translate-{from_code}_{to_code}",
        version=version,
        links=tuple(urllib.parse.urljoin(url, link) for link in links),
        size=size,
        sha256=sha256.lower() if sha256 else None,
        from_name=str(item.get("from_name", ""))[:MAX_NAME_CHARS],
        to_name=str(item.get("to_name", ""))[:MAX_NAME_CHARS],
    )


def _download(
    url: str,
    dest: Path,
    entry: IndexEntry,
    *,
    timeout: float,
    deadline: float,
    max_bytes: int,
    allowed_hosts: frozenset[str],
) -> None:
    """Stream url into dest, checking length and sha256 against the index entry."""
    if entry.size is not None and entry.size > max_bytes:
        raise ModelError(f"{url}: the index says {entry.size} bytes, more than {max_bytes}")
    limit = entry.size if entry.size is not None else max_bytes
    digest = hashlib.sha256()
    with open(dest, "wb") as out:

        def sink(chunk: bytes) -> None:
            digest.update(chunk)
            out.write(chunk)

        received = _stream(
            url,
            sink,
            timeout=timeout,
            deadline=deadline,
            max_bytes=limit,
            allowed_hosts=allowed_hosts,
        )
    if entry.size is not None and received != entry.size:
        raise ModelError(f"{url}: got {received} bytes, the index says {entry.size}")
    if entry.sha256 is not None and digest.hexdigest() != entry.sha256:
        raise ModelError(
            f"{url}: sha256 mismatch (got {digest.hexdigest()}, the index says {entry.sha256})"
        )


def install_from_index(
    src: str,
    tgt: str,
    index_url: str,
    packages_dir: Path,
    *,
    timeout: float = DOWNLOAD_TIMEOUT,
    deadline: float = PACKAGE_DEADLINE,
    max_download_bytes: int = MAX_DOWNLOAD_BYTES,
    max_bytes: int = MAX_UNPACKED_BYTES,
) -> PackageInfo:
    """Download the src -> tgt package listed in the index at index_url and install it.

    Only index_url's host and the hosts the index names in its links are contacted: a
    redirect elsewhere, or to anything but http(s), is refused. The index must arrive within
    min(deadline, INDEX_DEADLINE) seconds and MAX_INDEX_BYTES; each package download within
    `deadline` seconds and `max_download_bytes`. The download is checked against the index's
    size and sha256 (when present) before it is installed like a file.
    """
    entries = fetch_index(index_url, timeout=timeout, deadline=min(deadline, INDEX_DEADLINE))
    entry = None
    for from_code in argos_codes(src):
        for to_code in argos_codes(tgt):
            matches = [e for e in entries if (e.from_code, e.to_code) == (from_code, to_code)]
            if matches and entry is None:
                entry = max(matches, key=lambda e: version_key(e.version))
    if entry is None:
        raise ModelError(
            f"the package index at {_index_url(index_url)} has no package for {src} -> {tgt}",
            hint="install a package file: `workflow models install FILE.argosmodel`",
        )
    allowed = frozenset(
        {_host(_index_url(index_url))} | {_host(link) for e in entries for link in e.links}
    )
    packages_dir = Path(packages_dir)
    errors: list[ModelError] = []
    with _locked(packages_dir):
        _remove_stale(packages_dir)
        for link in entry.links:
            handle, name = tempfile.mkstemp(
                prefix=".download-", suffix=".argosmodel", dir=packages_dir
            )
            os.close(handle)
            download = Path(name)
            try:
                _download(
                    link,
                    download,
                    entry,
                    timeout=timeout,
                    deadline=deadline,
                    max_bytes=max_download_bytes,
                    allowed_hosts=allowed,
                )
                return _install_locked(
                    download,
                    packages_dir,
                    max_bytes=max_bytes,
                    expect=(entry.from_code, entry.to_code),
                )
            except ModelError as exc:
                if exc.file is not None and Path(exc.file) == download:
                    exc.file = link  # not the temporary file, which is about to vanish
                errors.append(exc)
            finally:
                download.unlink(missing_ok=True)
    if len(errors) == 1:
        raise errors[0]
    raise ModelError(
        f"every link for {entry.name} failed: " + "; ".join(e.message for e in errors),
        hint=errors[-1].hint,
    )
