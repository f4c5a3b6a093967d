"""Argos Translate packages: list, install (from a file or an index), remove.

Packages live in one project-controlled folder (``packages_dir``), one sub-folder per
package, as Argos lays them out; they are read with `argostranslate.package.Package`.

Installing never trusts the archive: the zip is checked entry by entry (no absolute paths,
no ``..``, no links or special files, one top-level folder, size and entry-count caps,
required files, a sane metadata.json), then extracted by this module into a hidden staging
folder inside ``packages_dir`` and renamed into place. Argos's own `install_from_path` is not
used: it runs `ZipFile.extractall` straight into the packages folder and imports
`argostranslate.translate` (stanza, torch) afterwards.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workflow.errors import ModelError
from workflow.lang import languages
from workflow.mt import argos_env

# Argos's public index (ARGOS_PACKAGE_INDEX default); unreachable from offline machines.
MAX_UNPACKED_BYTES = 4 * 1024**3  # largest Argos packages unpack to a few hundred MB
MAX_DOWNLOAD_BYTES = 2 * 1024**3
MAX_ENTRIES = 10_000
MAX_METADATA_BYTES = 1024**2
DOWNLOAD_TIMEOUT = 30.0  # seconds without data before a download is abandoned
USER_AGENT = "press-workflow (argos package installer)"

_CHUNK = 1024 * 1024
_CODE_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
_TOP_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_SHA256_RE = re.compile(r"^[0-9a-fA-F]{64}$")
_HIDDEN = "."  # staging and download files in packages_dir start with a dot


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
    """Orders package versions ("1.10" after "1.9")."""
    return tuple(int(n) for n in re.findall(r"\d+", version))


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


def list_installed(packages_dir: Path) -> list[PackageInfo]:
    """Installed translation packages, sorted by (from, to, name).

    Hidden entries (staging folders) and folders without metadata.json are ignored; a
    folder whose metadata.json is broken raises ModelError naming it.
    """
    packages_dir = Path(packages_dir)
    if not packages_dir.is_dir():
        return []
    found: list[PackageInfo] = []
    for folder in sorted(packages_dir.iterdir()):
        if folder.name.startswith(_HIDDEN) or not folder.is_dir():
            continue
        metadata = folder / "metadata.json"
        if not metadata.is_file():
            continue
        if _read_json(metadata).get("type", "translate") != "translate":
            continue
        found.append(read_package(folder, packages_dir))
    return sorted(found, key=lambda p: (p.from_code, p.to_code, p.name))


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
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"cannot read package metadata: {exc}", file=path) from exc
    if not isinstance(data, dict):
        raise ModelError("metadata.json is not a JSON object", file=path)
    return data


def _check_metadata(data: dict[str, Any], where: str | Path) -> None:
    for key in ("from_code", "to_code"):
        value = data.get(key)
        if not isinstance(value, str) or not _CODE_RE.match(value):
            raise ModelError(f"metadata.json: {key} is missing or not a language code", file=where)
    if data.get("type", "translate") != "translate":
        raise ModelError("metadata.json: only translation packages can be installed", file=where)
    for key in ("package_version", "from_name", "to_name", "target_prefix"):
        if not isinstance(data.get(key, ""), str):
            raise ModelError(f"metadata.json: {key} must be a string", file=where)


@dataclasses.dataclass(frozen=True)
class _Member:
    info: zipfile.ZipInfo
    parts: tuple[str, ...]  # path components below the top-level folder
    is_dir: bool


def _check_archive(zf: zipfile.ZipFile, where: Path, max_bytes: int) -> tuple[str, list[_Member]]:
    """Validate every entry; return the top-level folder name and the members below it."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ModelError(f"archive has {len(infos)} entries (limit {MAX_ENTRIES})", file=where)
    tops: set[str] = set()
    seen: set[tuple[str, ...]] = set()
    members: list[_Member] = []
    declared = 0
    for info in infos:
        name = info.filename
        if not name or "\\" in name or "\x00" in name or name.startswith("/"):
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
        if len(parts) > 1:
            members.append(_Member(info, parts[1:], is_dir))
    if len(tops) != 1:
        raise ModelError("archive must hold exactly one top-level folder", file=where)
    top = tops.pop()
    if not _TOP_RE.match(top):
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
def _locked(packages_dir: Path) -> Iterator[None]:
    with open(packages_dir / ".lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


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
    if not zipfile.is_zipfile(path):
        raise ModelError("not an Argos package (an .argosmodel is a zip archive)", file=path)
    packages_dir.mkdir(parents=True, exist_ok=True)
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
        with _locked(packages_dir):
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


def remove(packages_dir: Path, src: str, tgt: str) -> PackageInfo:
    """Remove the installed package src -> tgt and return what was removed."""
    found = find_installed(packages_dir, src, tgt)
    if found is None:
        raise ModelError(f"no Argos package installed for {src} -> {tgt}", file=packages_dir)
    with _locked(Path(packages_dir)):
        trash = Path(tempfile.mkdtemp(prefix=".removing-", dir=packages_dir))
        try:
            os.rename(found.path, trash / "package")
        finally:
            shutil.rmtree(trash, ignore_errors=True)
    return found


# -- the index --------------------------------------------------------------------------------


def _open_url(url: str, timeout: float) -> Any:
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise ModelError(f"only http(s) URLs are supported, not {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        return urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        raise ModelError(f"cannot download {url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ModelError(
            f"offline / cannot reach {url}: {reason}",
            hint="install a package file instead: `workflow models install FILE.argosmodel`",
        ) from exc


def _index_url(index_url: str) -> str:
    return index_url + "index.json" if index_url.endswith("/") else index_url


def fetch_index(index_url: str, *, timeout: float = DOWNLOAD_TIMEOUT) -> list[IndexEntry]:
    """Download and parse an Argos index (a JSON list of package metadata).

    `index_url` is the index.json URL, or a folder URL ending in "/" (index.json is added,
    as Argos does with ARGOS_PACKAGE_INDEX). Relative links are resolved against it.
    Entries that are not translation packages or lack links are skipped.
    """
    url = _index_url(index_url)
    with _open_url(url, timeout) as response:
        try:
            raw = response.read(MAX_METADATA_BYTES * 16 + 1)
        except OSError as exc:
            raise ModelError(f"offline / cannot reach {url}: {exc}") from exc
    if len(raw) > MAX_METADATA_BYTES * 16:
        raise ModelError(f"package index at {url} is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"package index at {url} is not valid JSON: {exc}") from exc
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
    if not (isinstance(from_code, str) and _CODE_RE.match(from_code)):
        return None
    if not (isinstance(to_code, str) and _CODE_RE.match(to_code)):
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
    version = item.get("package_version", "")
    return IndexEntry(
        from_code=from_code,
        to_code=to_code,
        name=f"translate-{from_code}_{to_code}",
        version=str(version),
        links=tuple(urllib.parse.urljoin(url, link) for link in links),
        size=size,
        sha256=sha256.lower() if sha256 else None,
        from_name=str(item.get("from_name", "")),
        to_name=str(item.get("to_name", "")),
    )


def _download(url: str, dest: Path, entry: IndexEntry, timeout: float) -> None:
    """Stream url into dest, checking length and sha256 against the index entry."""
    limit = entry.size if entry.size is not None else MAX_DOWNLOAD_BYTES
    digest = hashlib.sha256()
    received = 0
    with _open_url(url, timeout) as response, open(dest, "wb") as out:
        length = response.headers.get("Content-Length")
        if entry.size is not None and length is not None and length.strip() != str(entry.size):
            raise ModelError(
                f"{url}: server announces {length.strip()} bytes, the index says {entry.size}"
            )
        try:
            while chunk := response.read(_CHUNK):
                received += len(chunk)
                if received > limit:
                    raise ModelError(f"{url}: download is larger than {limit} bytes")
                digest.update(chunk)
                out.write(chunk)
        except OSError as exc:  # includes http.client.IncompleteRead, timeouts
            raise ModelError(f"offline / cannot reach {url}: download broke off ({exc})") from exc
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
    max_bytes: int = MAX_UNPACKED_BYTES,
) -> PackageInfo:
    """Download the src -> tgt package listed in the index at index_url and install it.

    Only index_url and the links it lists are contacted. The download is checked against
    the index's size and sha256 (when present) before it is installed like a file.
    """
    entries = fetch_index(index_url, timeout=timeout)
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
    packages_dir = Path(packages_dir)
    packages_dir.mkdir(parents=True, exist_ok=True)
    errors: list[ModelError] = []
    for link in entry.links:
        handle, name = tempfile.mkstemp(prefix=".download-", suffix=".argosmodel", dir=packages_dir)
        os.close(handle)
        download = Path(name)
        try:
            _download(link, download, entry, timeout)
            return install_file(
                download, packages_dir, max_bytes=max_bytes, expect=(entry.from_code, entry.to_code)
            )
        except ModelError as exc:
            errors.append(exc)
        finally:
            download.unlink(missing_ok=True)
    if len(errors) == 1:
        raise errors[0]
    raise ModelError(
        f"every link for {entry.name} failed: " + "; ".join(e.message for e in errors),
        hint=errors[-1].hint,
    )
