"""The derived-facts cache: shards read on use, only changed shards written, always optional."""

from __future__ import annotations

import json
from pathlib import Path

from workflow.workspace.cache import FOLDER, OLD_FILE, SHARDS, VERSION, Cache, shard_of
from workflow.workspace.folder import Workspace


def keys(n: int) -> list[str]:
    return [f"locales/fr/LC_MESSAGES/r{i:05d}.po" for i in range(n)]


def test_a_fact_is_read_back_by_another_process_only_for_the_same_digest(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    cache = Cache.load(ws)
    cache.put("check", "a.po", "d1", [{"check": "numbers"}])
    cache.save()
    again = Cache.load(ws)
    assert again.get("check", "a.po", "d1") == [{"check": "numbers"}]
    assert again.get("check", "a.po", "d2") is None  # the file changed since
    assert again.get("targets", "a.po", "d1") is None  # another kind of fact


def test_facts_spread_over_the_shards_and_a_save_rewrites_only_changed_ones(
    tmp_path: Path,
) -> None:
    ws = Workspace(tmp_path)
    cache = Cache.load(ws)
    for key in keys(2000):
        cache.put("check", key, "d", 1)
    cache.save()
    files = sorted((tmp_path / FOLDER).iterdir())
    assert len(files) == SHARDS
    sizes = [f.stat().st_size for f in files]
    assert max(sizes) < 3 * min(sizes)  # an even spread
    before = {f.name: f.stat().st_mtime_ns for f in files}

    later = Cache.load(ws)
    changed = keys(1)[0]
    later.put("check", changed, "d2", 2)
    later.save()
    after = {f.name: f.stat().st_mtime_ns for f in sorted((tmp_path / FOLDER).iterdir())}
    rewritten = {name for name in after if after[name] != before[name]}
    assert rewritten == {shard_of(f"check:{changed}")}
    assert not list((tmp_path / FOLDER).glob("*.tmp"))


def test_a_get_reads_only_the_shard_of_its_key(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    cache = Cache.load(ws)
    for key in keys(200):
        cache.put("check", key, "d", 1)
    cache.save()
    fresh = Cache.load(ws)
    assert fresh.get("check", keys(1)[0], "d") == 1
    assert list(fresh.shards) == [shard_of(f"check:{keys(1)[0]}")]


def test_entry_memos_live_in_shards_of_their_own_that_a_verdict_never_reads(
    tmp_path: Path,
) -> None:
    ws = Workspace(tmp_path)
    cache = Cache.load(ws)
    for key in keys(2000):
        cache.put("check", key, "d", 1)
        cache.put("entry-checks", key, "d", {"e" * 20: [["numbers", "error", "x" * 200]]})
    cache.save()
    names = sorted(f.name for f in (tmp_path / FOLDER).iterdir())
    assert len(names) == 2 * SHARDS
    assert sum(n.startswith("memo-") for n in names) == SHARDS
    fresh = Cache.load(ws)
    assert all(fresh.get("check", key, "d") == 1 for key in keys(2000))
    assert not [n for n in fresh.shards if n.startswith("memo-")]  # never decoded
    assert fresh.get("entry-checks", keys(1)[0], "d") is not None


def test_a_spoilt_or_old_shard_costs_only_its_own_facts(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    cache = Cache.load(ws)
    for key in keys(300):
        cache.put("check", key, "d", 1)
    cache.save()
    spoilt, old = shard_of(f"check:{keys(1)[0]}"), shard_of(f"check:{keys(2)[1]}")
    assert spoilt != old
    (tmp_path / FOLDER / spoilt).write_text(f'{{"version": {VERSION}, "entries": {{')
    (tmp_path / FOLDER / old).write_text(json.dumps({"version": VERSION - 1, "entries": {}}))
    fresh = Cache.load(ws)
    hits = sum(fresh.get("check", key, "d") == 1 for key in keys(300))
    lost = [k for k in keys(300) if shard_of(f"check:{k}") in (spoilt, old)]
    assert hits == 300 - len(lost)


def test_the_single_file_of_before_the_split_is_removed_at_the_first_save(
    tmp_path: Path,
) -> None:
    ws = Workspace(tmp_path)
    (tmp_path / OLD_FILE).parent.mkdir()
    (tmp_path / OLD_FILE).write_text(json.dumps({"version": 1, "entries": {}}))
    cache = Cache.load(ws)
    cache.put("check", "a.po", "d", 1)
    cache.save()
    assert not (tmp_path / OLD_FILE).exists()


def test_an_unwritable_cache_is_kept_in_memory_without_an_error(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    (tmp_path / FOLDER).parent.mkdir()
    (tmp_path / FOLDER).write_text("not a folder")  # every shard write fails
    cache = Cache.load(ws)
    cache.put("check", "a.po", "d", 1)
    cache.save()
    assert cache.get("check", "a.po", "d") == 1
    assert cache.dirty  # still to be written, by a later save that can
