"""Package management: list, install from a file or a local index, refuse unsafe archives."""

# Fixtures are imported from tests.mt.argos_fixtures and requested as arguments:
# ruff: noqa: F811
from __future__ import annotations

import hashlib
import json
import socket
import stat
import uuid
import zipfile
from pathlib import Path

import pytest

from tests.mt.argos_fixtures import (  # noqa: F401  (pytest fixtures)
    ArgosPackages,
    IndexServer,
    argos_packages,
    index_server,
)
from workflow.errors import ModelError
from workflow.mt import packages
from workflow.mt.engines.argos import ArgosEngine


def visible(packages_dir: Path) -> list[str]:
    """Everything in packages_dir, hidden entries included, except the lock file."""
    if not packages_dir.exists():
        return []
    return sorted(p.name for p in packages_dir.iterdir() if p.name != ".lock")


# -- listing and installing -------------------------------------------------------------------


def test_install_file_then_list(argos_packages: ArgosPackages, tmp_path: Path) -> None:
    packages_dir = tmp_path / "packages"
    assert packages.list_installed(packages_dir) == []
    info = packages.install_file(argos_packages.en_fr, packages_dir)
    assert info == packages.PackageInfo(
        from_code="en",
        to_code="fr",
        name="translate-en_fr",
        version="1.0",
        path=packages_dir / "translate-en_fr",
        from_name="English",
        to_name="French",
        target_prefix="",
        tokenizer="sentencepiece",
    )
    assert (info.path / "model" / "model.bin").is_file()
    assert "TEST FIXTURE" in (info.path / "README.md").read_text(encoding="utf-8")
    packages.install_file(argos_packages.de_en, packages_dir)
    listed = packages.list_installed(packages_dir)
    assert [(p.from_code, p.to_code, p.version, p.target_prefix) for p in listed] == [
        ("de", "en", "1.0", "__en__"),
        ("en", "fr", "1.0", ""),
    ]
    assert visible(packages_dir) == ["translate-de_en", "translate-en_fr"]


def test_reinstall_replaces_the_same_pair(argos_packages: ArgosPackages, tmp_path: Path) -> None:
    packages_dir = tmp_path / "packages"
    packages.install_file(argos_packages.en_fr, packages_dir)
    engine = ArgosEngine(packages_dir)
    assert engine.provenance("en", "fr").version == "1.0"
    info = packages.install_file(argos_packages.en_fr_v2, packages_dir)
    assert info.version == "1.1"
    assert [(p.name, p.version) for p in packages.list_installed(packages_dir)] == [
        ("translate-en_fr", "1.1")
    ]
    engine.refresh()
    assert engine.provenance("en", "fr").version == "1.1"
    assert visible(packages_dir) == ["translate-en_fr"]


def test_package_installed_by_argos_under_another_folder_is_replaced(
    argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    packages_dir = tmp_path / "packages"
    with zipfile.ZipFile(argos_packages.en_fr) as zf:
        zf.extractall(packages_dir)  # what argostranslate.package.install_from_path does
    assert [p.name for p in packages.list_installed(packages_dir)] == ["translate-en_fr"]
    packages.install_file(argos_packages.en_fr_v2, packages_dir)
    assert visible(packages_dir) == ["translate-en_fr"]
    assert packages.list_installed(packages_dir)[0].version == "1.1"


def test_find_and_remove(argos_packages: ArgosPackages, tmp_path: Path) -> None:
    packages_dir = tmp_path / "packages"
    packages.install_file(argos_packages.en_fr, packages_dir)
    found = packages.find_installed(packages_dir, "en-US", "fr-FR")
    assert found is not None and found.name == "translate-en_fr"
    assert packages.find_installed(packages_dir, "fr", "en") is None
    assert [p.path.name for p in packages.remove(packages_dir, "en", "fr")] == ["translate-en_fr"]
    assert visible(packages_dir) == []
    with pytest.raises(ModelError, match="no Argos package installed for en -> fr"):
        packages.remove(packages_dir, "en", "fr")


def test_argos_codes() -> None:
    assert packages.argos_codes("en") == ["en"]
    assert packages.argos_codes("en-GB") == ["en"]
    assert packages.argos_codes("pt-BR") == ["pb", "pt"]
    assert packages.argos_codes("pt") == ["pt", "pb"]
    assert packages.argos_codes("zh-Hans") == ["zh"]
    assert packages.argos_codes("zh-Hant-TW") == ["zt"]
    assert packages.argos_codes("ur") == ["ur"]
    # the same Language the rest of the workflow uses: CLDR's likely script, the POSIX form
    assert packages.argos_codes("zh-HK") == packages.argos_codes("zh_TW") == ["zt"]
    assert packages.argos_codes("zh-SG") == packages.argos_codes("zh") == ["zh"]
    assert packages.argos_codes("pt_PT") == ["pt", "pb"]


def test_not_a_package_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.argosmodel"
    junk.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ModelError, match="zip archive"):
        packages.install_file(junk, tmp_path / "packages")
    with pytest.raises(ModelError, match="workflow models install"):
        packages.install_file(tmp_path / "missing.argosmodel", tmp_path / "packages")


def test_broken_metadata_in_packages_dir_is_reported_and_removable(tmp_path: Path) -> None:
    folder = tmp_path / "packages" / "translate-en_de"
    folder.mkdir(parents=True)
    (folder / "metadata.json").write_text("{broken", encoding="utf-8")
    assert packages.list_installed(tmp_path / "packages") == []
    installed, broken = packages.scan(tmp_path / "packages")
    assert installed == [] and [b.path for b in broken] == [folder]
    assert "cannot read package metadata" in broken[0].reason
    assert [b.path for b in packages.remove(tmp_path / "packages", "en", "de")] == [folder]
    assert visible(tmp_path / "packages") == []


# -- unsafe archives --------------------------------------------------------------------------


def _entry(name: str, mode: int = 0o100644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def _evil_zip(path: Path, valid_from: Path, extra: list[tuple[zipfile.ZipInfo, bytes]]) -> Path:
    """A copy of a valid package plus the given entries."""
    with zipfile.ZipFile(valid_from) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        for info, data in extra:
            out.writestr(info, data)
    return path


def _outside_name() -> str:
    return f"workflow-zipslip-{uuid.uuid4().hex}"


@pytest.mark.parametrize(
    "case",
    ["dotdot", "dotdot-nested", "absolute", "symlink", "backslash", "two-tops", "top-level-file"],
)
def test_malicious_archive_writes_nothing(
    case: str, argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    packages_dir = tmp_path / "work" / "packages"
    packages_dir.mkdir(parents=True)
    name = _outside_name()
    outside = {
        "dotdot": packages_dir.parent / name,
        "dotdot-nested": packages_dir.parent / name,
        "absolute": Path("/tmp") / name,
        "symlink": packages_dir / "translate-en_fr-1_0" / "model" / name,
        "backslash": packages_dir.parent / name,
        "two-tops": packages_dir / name,
        "top-level-file": packages_dir / name,
    }[case]
    entry = {
        "dotdot": _entry(f"../{name}"),
        "dotdot-nested": _entry(f"translate-en_fr-1_0/model/../../../{name}"),
        "absolute": _entry(f"/tmp/{name}"),
        "symlink": _entry(f"translate-en_fr-1_0/model/{name}", stat.S_IFLNK | 0o777),
        "backslash": _entry(f"translate-en_fr-1_0\\..\\..\\{name}"),
        "two-tops": _entry(f"{name}/x"),
        "top-level-file": _entry(name),
    }[case]
    payload = b"/etc/passwd" if case == "symlink" else b"owned"
    archive = _evil_zip(tmp_path / f"{case}.argosmodel", argos_packages.en_fr, [(entry, payload)])
    with pytest.raises(ModelError) as caught:
        packages.install_file(archive, packages_dir)
    assert caught.value.file == str(archive)
    assert not outside.exists() and not outside.is_symlink()
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["packages"]
    assert visible(packages_dir) == []


def _rezip(path: Path, valid_from: Path, drop: str, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(valid_from) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            tail = info.filename.split("/", 1)[-1]
            if tail == drop:
                continue
            out.writestr(info, replace.get(tail, src.read(info)))
    return path


@pytest.mark.parametrize(
    ("drop", "replace", "message"),
    [
        ("metadata.json", {}, "no metadata.json"),
        ("model/model.bin", {}, "no model/model.bin"),
        ("sentencepiece.model", {}, "no sentencepiece.model or bpe.model"),
        ("", {"metadata.json": b"{not json"}, "cannot read package metadata"),
        ("", {"metadata.json": b"[1, 2]"}, "not a JSON object"),
        (
            "",
            {"metadata.json": json.dumps({"from_code": "../..", "to_code": "fr"}).encode()},
            "from_code",
        ),
        ("", {"metadata.json": json.dumps({"from_code": "en"}).encode()}, "to_code"),
        (
            "",
            {
                "metadata.json": json.dumps(
                    {"from_code": "en", "to_code": "fr", "type": "sbd"}
                ).encode()
            },
            "only translation packages",
        ),
    ],
)
def test_incomplete_or_bad_package_is_refused(
    drop: str,
    replace: dict[str, bytes],
    message: str,
    argos_packages: ArgosPackages,
    tmp_path: Path,
) -> None:
    packages_dir = tmp_path / "packages"
    archive = _rezip(tmp_path / "bad.argosmodel", argos_packages.en_fr, drop, replace)
    with pytest.raises(ModelError, match=message):
        packages.install_file(archive, packages_dir)
    assert visible(packages_dir) == []


def test_zip_bomb_is_refused(argos_packages: ArgosPackages, tmp_path: Path) -> None:
    packages_dir = tmp_path / "packages"
    bomb = _entry("translate-en_fr-1_0/model/padding")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    archive = _evil_zip(
        tmp_path / "bomb.argosmodel", argos_packages.en_fr, [(bomb, bytes(64 * 1024**2))]
    )
    assert archive.stat().st_size < 1024**2
    with pytest.raises(ModelError, match="more than"):
        packages.install_file(archive, packages_dir, max_bytes=32 * 1024**2)
    assert visible(packages_dir) == []


def test_entry_larger_than_declared_is_refused(
    argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    """A zip whose headers understate an entry's size: zipfile stops at the declared size,
    the CRC then fails, and the half-written package is removed."""
    packages_dir = tmp_path / "packages"
    archive = _evil_zip(
        tmp_path / "liar.argosmodel",
        argos_packages.en_fr,
        [(_entry("translate-en_fr-1_0/model/liar"), b"A" * 4096)],
    )
    data = bytearray(archive.read_bytes())
    name = b"translate-en_fr-1_0/model/liar"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature + b"", 0)
        while at != -1:
            name_len_offset = 26 if signature == b"PK\x03\x04" else 28
            name_start = at + (30 if signature == b"PK\x03\x04" else 46)
            name_len = int.from_bytes(
                data[at + name_len_offset : at + name_len_offset + 2], "little"
            )
            if data[name_start : name_start + name_len] == name:
                data[at + size_offset : at + size_offset + 4] = (16).to_bytes(4, "little")
            at = data.find(signature, at + 4)
    archive.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="damaged or unsupported archive: Bad CRC"):
        packages.install_file(archive, packages_dir)
    assert visible(packages_dir) == []


# -- the index --------------------------------------------------------------------------------


def test_install_from_a_local_index(
    argos_packages: ArgosPackages, index_server: IndexServer, tmp_path: Path
) -> None:
    entries: list[dict[str, object]] = [
        index_server.publish(argos_packages.en_fr),
        index_server.publish(argos_packages.de_en),
        {"type": "sbd", "from_code": "en", "links": ["x"]},
    ]
    url = index_server.write_index(entries)
    listed = packages.fetch_index(url)
    assert [(e.from_code, e.to_code, e.version) for e in listed] == [
        ("en", "fr", "1.0"),
        ("de", "en", "1.0"),
    ]
    assert listed[0].links == (index_server.url + argos_packages.en_fr.name,)
    assert listed[0].sha256 == hashlib.sha256(argos_packages.en_fr.read_bytes()).hexdigest()
    assert packages.fetch_index(index_server.url) == listed  # folder URL: index.json is added

    packages_dir = tmp_path / "packages"
    info = packages.install_from_index("en", "fr", url, packages_dir)
    assert (info.name, info.version) == ("translate-en_fr", "1.0")
    assert ArgosEngine(packages_dir).translate_batch(["The framework"], "en", "fr") == ["Le cadre"]
    assert visible(packages_dir) == ["translate-en_fr"]


def test_index_without_checksum_still_installs(
    argos_packages: ArgosPackages, index_server: IndexServer, tmp_path: Path
) -> None:
    entry = index_server.publish(argos_packages.en_fr)
    del entry["sha256"], entry["size"]
    url = index_server.write_index([entry])
    assert packages.install_from_index("en", "fr", url, tmp_path / "p").name == "translate-en_fr"


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"sha256": "0" * 64}, "sha256 mismatch"),
        ({"size": 1234}, "1234"),
    ],
)
def test_checksum_or_size_mismatch_is_refused(
    override: dict[str, object],
    message: str,
    argos_packages: ArgosPackages,
    index_server: IndexServer,
    tmp_path: Path,
) -> None:
    url = index_server.write_index([index_server.publish(argos_packages.en_fr, **override)])
    packages_dir = tmp_path / "packages"
    with pytest.raises(ModelError, match=message):
        packages.install_from_index("en", "fr", url, packages_dir)
    assert visible(packages_dir) == []


def test_index_package_for_another_pair_is_refused(
    argos_packages: ArgosPackages, index_server: IndexServer, tmp_path: Path
) -> None:
    entry = index_server.publish(argos_packages.de_en, from_code="en", to_code="fr")
    url = index_server.write_index([entry])
    packages_dir = tmp_path / "packages"
    with pytest.raises(ModelError, match="expected en -> fr"):
        packages.install_from_index("en", "fr", url, packages_dir)
    assert visible(packages_dir) == []


def test_missing_pair_and_dead_link(
    argos_packages: ArgosPackages, index_server: IndexServer, tmp_path: Path
) -> None:
    entry = index_server.publish(argos_packages.en_fr, links=["gone.argosmodel"])
    url = index_server.write_index([entry])
    with pytest.raises(ModelError, match="has no package for fr -> en"):
        packages.install_from_index("fr", "en", url, tmp_path / "p")
    with pytest.raises(ModelError, match="HTTP 404"):
        packages.install_from_index("en", "fr", url, tmp_path / "p")
    assert visible(tmp_path / "p") == []


def test_unreachable_index_gives_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/index.json"
    with pytest.raises(ModelError) as caught:
        packages.install_from_index("en", "fr", url, tmp_path / "packages", timeout=5)
    assert f"offline / cannot reach {url}" in str(caught.value)
    assert "workflow models install FILE.argosmodel" in str(caught.value)
    with pytest.raises(ModelError, match="only http"):
        packages.fetch_index("file:///etc/passwd")


def test_bad_index_documents(index_server: IndexServer) -> None:
    (index_server.root / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match="not valid JSON"):
        packages.fetch_index(index_server.url + "bad.json")
    url = index_server.write_index({"not": "a list"})  # type: ignore[arg-type]
    with pytest.raises(ModelError, match="not a JSON list"):
        packages.fetch_index(url)
