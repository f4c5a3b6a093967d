"""Hostile .argosmodel archives for tests/test_bad_inputs.py (built on demand, never committed).

    python tests/data/bad/make_argosmodels.py OUTDIR   # then: workflow models install OUTDIR/X

Each archive is a small zip shaped like an Argos package (one top folder holding
metadata.json, model/model.bin, sentencepiece.model) with one thing wrong. `make_all` returns
{case: (archive path, path that must never appear)}; the second is where a naive extractor
would have written (zip slip, absolute path, symlink), or None.
"""

from __future__ import annotations

import json
import stat
import sys
import zipfile
from pathlib import Path

TOP = "translate-en_fr-1_0"
METADATA = {
    "package_version": "1.0",
    "argos_version": "1.0",
    "from_code": "en",
    "from_name": "English",
    "to_code": "fr",
    "to_name": "French",
    "type": "translate",
}


def _info(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3  # unix: external_attr holds the mode
    info.external_attr = mode << 16
    return info


def _members(
    metadata: bytes | None, *extra: tuple[zipfile.ZipInfo, bytes]
) -> list[tuple[zipfile.ZipInfo, bytes]]:
    out = [
        (_info(f"{TOP}/model/model.bin"), b"\0" * 64),
        (_info(f"{TOP}/sentencepiece.model"), b"\0" * 64),
    ]
    if metadata is not None:
        out.insert(0, (_info(f"{TOP}/metadata.json"), metadata))
    return [*out, *extra]


def _zip(path: Path, members: list[tuple[zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for info, data in members:
            zf.writestr(info, data)
    return path


def make_all(out: Path, tag: str = "pwned") -> dict[str, tuple[Path, Path | None]]:
    """Write every hostile archive into `out`. `tag` names the files an attack would create."""
    out.mkdir(parents=True, exist_ok=True)
    good = json.dumps(METADATA).encode()
    cases: dict[str, tuple[Path, Path | None]] = {}

    def add(case: str, members: list[tuple[zipfile.ZipInfo, bytes]], target: Path | None) -> None:
        cases[case] = (_zip(out / f"{case}.argosmodel", members), target)

    # zip slip: "../" climbing out of the packages folder (and out of `out`)
    add("zip-slip", _members(good, (_info(f"{TOP}/../../../../{tag}.txt"), b"x")), None)
    add("zip-slip-top", _members(good, (_info(f"../{tag}.txt"), b"x")), out.parent / tag)
    add(
        "absolute-path",
        _members(good, (_info(f"/tmp/{tag}.txt"), b"x")),
        Path(f"/tmp/{tag}.txt"),
    )
    # a symlink entry pointing outside, then a file written "through" it
    add(
        "symlink",
        _members(
            good,
            (_info(f"{TOP}/escape", stat.S_IFLNK | 0o777), str(out.parent).encode()),
            (_info(f"{TOP}/escape/{tag}.txt"), b"x"),
        ),
        out.parent / f"{tag}.txt",
    )
    add("missing-metadata", _members(None), None)
    add("metadata-not-json", _members(b"{'from_code': 'en',"), None)
    add("metadata-not-object", _members(b'["en", "fr"]'), None)
    add(
        "metadata-code-traversal",
        _members(json.dumps({**METADATA, "to_code": "../../etc"}).encode()),
        None,
    )
    add("two-top-folders", _members(good, (_info(f"other/{tag}.txt"), b"x")), None)
    (out / "not-a-zip.argosmodel").write_text("this is not a zip archive\n")
    cases["not-a-zip"] = (out / "not-a-zip.argosmodel", None)
    (out / "empty.argosmodel").write_bytes(b"")
    cases["empty"] = (out / "empty.argosmodel", None)
    # valid layout, but a member's bytes were damaged after zipping (CRC mismatch)
    damaged = _zip(out / "damaged.argosmodel", _members(good))
    data = bytearray(damaged.read_bytes())
    at = data.index(b"\0" * 64)
    data[at : at + 4] = b"EVIL"
    damaged.write_bytes(bytes(data))
    cases["damaged"] = (damaged, None)
    return cases


if __name__ == "__main__":
    for name, (path, _) in make_all(Path(sys.argv[1])).items():
        print(f"{name:24} {path}")
