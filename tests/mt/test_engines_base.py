"""The time bound on an engine call."""

from __future__ import annotations

import time
from collections.abc import Sequence

import pytest

from workflow.errors import EngineError
from workflow.mt.engines.base import within


def test_a_call_within_its_bound_returns_its_result() -> None:
    assert within(5, lambda texts: [t.upper() for t in texts], ["a", "b"]) == ["A", "B"]


def test_an_engine_error_reaches_the_caller() -> None:
    def fails(texts: Sequence[str]) -> list[str]:
        raise EngineError("the model is damaged")

    with pytest.raises(EngineError, match="the model is damaged"):
        within(5, fails, ["a"])


def test_a_call_over_its_bound_is_abandoned() -> None:
    def crawls(texts: Sequence[str]) -> list[str]:
        time.sleep(3)
        return list(texts)

    started = time.monotonic()
    with pytest.raises(EngineError, match=r"more than 0.2 s on a batch of 2 segment\(s\)"):
        within(0.2, crawls, ["a", "b"])
    assert time.monotonic() - started < 2.5  # not held until the call ended
