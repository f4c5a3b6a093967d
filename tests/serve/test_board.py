"""The board's pure parts: PDF states, filters and pages; the guard's address rules."""

from __future__ import annotations

import pytest

from workflow.serve import board, guard
from workflow.serve.board import Filters, ReleaseInfo


def test_pdf_state() -> None:
    state = board.pdf_state
    assert state(None, 10.0, publishable=True, failed=None) == "not built"
    assert state(5.0, 10.0, publishable=True, failed=None) == "stale"
    assert state(15.0, 10.0, publishable=True, failed=None) == "final"
    assert state(15.0, 10.0, publishable=False, failed=None) == "draft"
    assert state(15.0, 10.0, publishable=True, failed="no model") == "failed"


INFOS = [
    ReleaseInfo("a", "2024-01-01", "Cyber framework", "en", ("fr", "ar")),
    ReleaseInfo("b", "2025-01-01", "Trade talks", "en", ("pt",)),
    ReleaseInfo("c", "2023-06-01", "Climate", "fr", ("en",)),
    ReleaseInfo("bad", "", "bad", "", (), error="releases/bad.md:2: no date"),
]


def test_pages_newest_first_and_filters() -> None:
    shown, matching, pages = board.page_of(INFOS, Filters())
    assert [i.id for i in shown] == ["b", "a", "c", "bad"] and (matching, pages) == (4, 1)
    shown, _, _ = board.page_of(INFOS, Filters(release="CYBER"))
    assert [i.id for i in shown] == ["a"]
    shown, _, _ = board.page_of(INFOS, Filters(languages=("pt",)))
    assert [i.id for i in shown] == ["b", "bad"]  # a release that cannot be read stays in view
    shown, matching, pages = board.page_of(INFOS, Filters(page=2, per_page=3))
    assert [i.id for i in shown] == ["bad"] and (matching, pages) == (4, 2)
    shown, _, _ = board.page_of(INFOS, Filters(page=9, per_page=3))  # past the end: the last
    assert [i.id for i in shown] == ["bad"]


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1:8470", True),
        ("localhost:8470", True),
        ("localhost", True),
        ("[::1]:8470", True),
        ("127.0.0.2", True),
        ("evil.example:8470", False),
        ("127.0.0.1.evil.example", False),
        ("192.168.1.4:8470", False),
        ("", False),
    ],
)
def test_host_header_without_token(host: str, allowed: bool) -> None:
    assert guard.host_allowed(host, token=None) is allowed
    assert guard.host_allowed(host, token="t" * 20) is True


def test_loopback_addresses() -> None:
    assert guard.is_loopback("127.0.0.1") and guard.is_loopback("::1")
    assert guard.is_loopback("localhost")
    assert not guard.is_loopback("0.0.0.0") and not guard.is_loopback("example.org")
