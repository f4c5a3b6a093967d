"""Typed errors. The library raises these; only the CLI turns them into messages."""

from __future__ import annotations

from pathlib import Path

MAX_MESSAGE = 300  # characters of a message or hint: one short line, whatever input it quotes


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    """`text` as one line of at most `limit` characters (a message that quotes input)."""
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class WorkflowError(Exception):
    """A user-facing problem: carries where it happened and what to do about it."""

    exit_code = 1
    # lines a terminal shows under the error's one line (its message stands alone elsewhere)
    details: tuple[str, ...] = ()

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        lang: str | None = None,
        hint: str | None = None,
    ) -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.lang = lang
        self.hint = one_line(hint) if hint is not None else None

    def __reduce__(self) -> tuple[object, ...]:
        # keep file/line/hint when an error crosses a process boundary (parallel extract)
        return (_rebuild, (type(self), self.message, self.__dict__.copy()))

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        text = where + self.message
        if self.lang and self.lang not in text:
            text += f" [{self.lang}]"
        if self.hint:
            text += f" ({self.hint})"
        return text


class ReleaseError(WorkflowError):
    """A release file is missing, unreadable or invalid (front matter, encoding, body)."""


class LanguageError(WorkflowError):
    """An unknown or unsafe language code."""


class CatalogError(WorkflowError):
    """A .pot/.po file is malformed or cannot be written."""


class MergeConflictError(CatalogError):
    """A catalog with a version-control merge conflict left in it (git's `<<<<<<<`, `=======`,
    `>>>>>>>` lines): `details` shows each conflict's lines and both sides."""


class ConcurrentEditError(CatalogError):
    """A catalog changed on disk while the workflow was working on it."""


class WorkspaceError(WorkflowError):
    """The workspace layout or its settings are wrong (missing folder, bad workflow.toml)."""


class ModelError(WorkflowError):
    """No usable translation model/package, or a package that cannot be installed."""


class EngineError(WorkflowError):
    """A translation engine failed at run time."""


class TypesetError(WorkflowError):
    """A PDF cannot be built (missing font, missing glyph, blocked resource)."""


class ClusterError(WorkflowError):
    """The Dask cluster of a run cannot be used: no scheduler at the address, the `cluster`
    extra not installed, a task lost with its workers."""


class PublishError(WorkflowError):
    """A final build was refused: unreviewed entries or check errors remain."""

    blocking: tuple[str, ...] = ()  # "file:line: why" for each entry in the way


class FidelityError(WorkflowError):
    """The build's self-check: the source-language document does not show the text of the
    release's Markdown as markdown-it renders it (a character lost, added or changed)."""


class RequestError(WorkflowError):
    """A request `workflow serve` refuses: no such page or file, a path out of output/, a
    missing token or form token. `status` is the HTTP status of the page that says so."""

    def __init__(
        self, message: str, *, status: int = 400, file: str | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message, file=file, hint=hint)
        self.status = status


def decode_utf8(
    data: bytes,
    *,
    file: str | Path,
    error: type[WorkflowError] = WorkflowError,
    what: str = "file",
    hint: str | None = "save it as UTF-8",
) -> str:
    """Bytes as UTF-8 text; otherwise `error` naming the file and the line of the first bad
    byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"{what} is not valid UTF-8", file=file, line=line, hint=hint) from None


def _rebuild(cls: type[WorkflowError], message: str, state: dict[str, object]) -> WorkflowError:
    err = cls(message)
    err.__dict__.update(state)
    return err
