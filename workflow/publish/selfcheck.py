"""The build's self-check: the source-language document shows what the release says.

After a source-language build, the visible text of the document's body (`markdown.visible_text`:
text and image alt text, white space as it shows, code exactly) must equal the visible text of
markdown-it's own rendering of the release body (the project's preset). A difference is a
`FidelityError` naming the release line and the segment where the texts part.

Pure: a function of the release and the body HTML.
"""

from __future__ import annotations

from workflow.errors import FidelityError
from workflow.source import markdown, segment
from workflow.source.release import Release


def check_source_text(rel: Release, body_html: str) -> None:
    """Raise FidelityError if ``body_html`` does not show the text of ``rel``'s body."""
    want = markdown.visible_text(markdown.render(rel.body))
    got = markdown.visible_text(body_html)
    if want == got:
        return
    for block in markdown.blocks(rel.body):
        expected = markdown.visible_text(markdown.render_inline(block.text, block.refs))
        if expected in got:
            continue
        pieces = segment.split(block.text, rel.language.base, block.refs)
        shown = [markdown.visible_text(markdown.render_inline(p.text, block.refs)) for p in pieces]
        bad = next((p for p, s in zip(pieces, shown, strict=True) if s not in got), pieces[0])
        raise FidelityError(
            f"self-check: the {block.kind} does not show the release's text "
            f"(segment {bad.text!r}; markdown-it shows {expected!r})",
            file=rel.path,
            line=rel.line_of(block.line + bad.line),
            lang=rel.language.tag,
            hint="a bug of the workflow, not of the release: please report it with the release",
        )
    raise FidelityError(
        f"self-check: the document shows {_first_difference(want, got)}",
        file=rel.path,
        lang=rel.language.tag,
        hint="a bug of the workflow, not of the release: please report it with the release",
    )


def _first_difference(want: str, got: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), None)
    at = min(len(want), len(got)) if at is None else at
    return f"{got[at : at + 40]!r} where the release has {want[at : at + 40]!r}"
