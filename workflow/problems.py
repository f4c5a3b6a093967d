"""The one problem type: what a check or the span protector found wrong in a translation.

Problems are findings about content (a figure missing, a link lost), reported and counted; a
`WorkflowError` (errors.py) is a failure that stops a command. Severity is the same word
everywhere: an error blocks a final PDF, a warning is shown and does not block.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]
MESSAGE_LIMIT = 200  # characters of a check's message (one line, cut with "…")


@dataclass(frozen=True)
class Problem:
    check: str  # the check (or protector finding) that reported it: "numbers", "lost", ...
    severity: Severity
    message: str
    catalog: str = ""  # the catalog file, when known
    line: int = 0  # line of the entry in the .po
    reference: str = ""  # where the segment is in the release
    span: object | None = None  # the protected span concerned (mt.protect), if any
    details: tuple[str, ...] = ()  # lines shown under it (a merge conflict's two sides)

    @property
    def where(self) -> str:
        return f"{self.catalog}:{self.line}" if self.line else self.catalog

    def to_json(self) -> dict[str, object]:
        """What `workflow check --json` prints for it."""
        return {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "catalog": self.catalog,
            "line": self.line,
            "reference": self.reference,
        }

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.check}: {self.message}"
