"""Reading a catalog an editor may be saving in place: only whole and settled."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLE_ID
from workflow.catalogs import guard, pofile
from workflow.errors import CatalogError
from workflow.workspace import open_workspace

PT = Path("locales/pt/LC_MESSAGES") / f"{SAMPLE_ID}.po"


def _header_end(data: bytes) -> int:
    return data.index(b"\n\n") + 2


def test_a_save_caught_half_way_is_waited_for(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    path = sample_workspace / PT
    whole = path.read_bytes()
    before = pofile.parse(whole, path="pt.po")
    stages = [b"", whole[: _header_end(whole) + 200], whole[:-40], whole]
    path.write_bytes(stages.pop(0))
    waits: list[float] = []

    def editor_goes_on(seconds: float) -> None:
        waits.append(seconds)
        if stages:
            path.write_bytes(stages.pop(0))

    got = guard.read_whole(ws, path, before, sleep=editor_goes_on)
    assert got is not None and got[1] == whole
    assert len(waits) == 4  # empty, cut after 1 entry, cut in the last string, whole, settled


@pytest.mark.parametrize(
    ("cut", "why"),
    [
        (lambda d: b"", "it is empty"),
        (lambda d: d[_header_end(d) :], "it has no header"),
        (lambda d: d[: _header_end(d) + 200], "entries are missing"),
    ],
)
def test_a_catalog_that_stays_cut_off_is_refused(
    sample_workspace: Path, cut: object, why: str
) -> None:
    ws = open_workspace(sample_workspace)
    path = sample_workspace / PT
    whole = path.read_bytes()
    before = pofile.parse(whole, path="pt.po")
    assert callable(cut)
    path.write_bytes(cut(whole))
    with pytest.raises(guard.HalfSavedCatalogError, match=why) as info:
        guard.read_whole(ws, path, before, wait=0.2)
    assert info.value.file == str(PT) and "workflow recover" in str(info.value)


def test_a_malformed_catalog_is_the_readers_error_at_once(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    path = sample_workspace / PT
    path.write_bytes(path.read_bytes() + b'msgid "x"\nmsgstr "y\n')
    with pytest.raises(CatalogError) as info:
        guard.read_whole(ws, path, settle=False, sleep=lambda s: None)
    assert not isinstance(info.value, guard.HalfSavedCatalogError) and info.value.line
