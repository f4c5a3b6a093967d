"""The build's self-check: the source-language document shows the release's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_ID
from tests.source.test_conformance import CASES
from workflow.errors import FidelityError
from workflow.publish import build, selfcheck
from workflow.source import release
from workflow.workspace import Workspace

FRONT = "---\ntitle: T\ndate: 2024-06-20\nplace: New York\nlanguage: en\nlanguages: [fr]\n---\n\n"
NOWHERE = Workspace(Path("/nonexistent"))


def _source_document(rel: release.Release) -> str:
    return build.document(NOWHERE, rel, rel.language, None, draft=False).body_html


def _release(body: str) -> release.Release:
    return release.parse((FRONT + body).encode(), release_id="r", path="releases/r.md")


def test_the_sample_release_passes() -> None:
    path = REPO / "releases" / f"{SAMPLE_ID}.md"
    rel = release.parse(path.read_bytes(), release_id=SAMPLE_ID, path=f"releases/{path.name}")
    selfcheck.check_source_text(rel, _source_document(rel))


ENGLISH_CASES = [(name, body) for name, body, _ in CASES if not name.startswith("chinese")]


@pytest.mark.parametrize(("name", "body"), ENGLISH_CASES, ids=[c[0] for c in ENGLISH_CASES])
def test_every_conformance_case_passes(name: str, body: str) -> None:
    rel = _release(body)
    selfcheck.check_source_text(rel, _source_document(rel))


def test_a_lost_entity_is_an_error_naming_the_segment_and_line() -> None:
    rel = _release("Intro.\n\nThey met. Johnson &amp; Johnson\nsigned it.\n")
    html = _source_document(rel)
    broken = html.replace("Johnson &amp; Johnson", "Johnson < /> Johnson")  # the old bug
    with pytest.raises(FidelityError) as caught:
        selfcheck.check_source_text(rel, broken)
    err = caught.value
    assert (err.file, err.line) == ("releases/r.md", 11)
    assert "segment 'Johnson & Johnson signed it.'" in err.message


def test_a_changed_code_span_is_an_error() -> None:
    rel = _release("Run `a   b` now.\n")
    broken = _source_document(rel).replace("a   b", "a b")
    with pytest.raises(FidelityError, match="self-check"):
        selfcheck.check_source_text(rel, broken)


def test_an_added_character_outside_blocks_is_an_error() -> None:
    rel = _release("Text.\n")
    broken = _source_document(rel) + "<p>extra</p>\n"
    with pytest.raises(FidelityError, match="where the release has"):
        selfcheck.check_source_text(rel, broken)
