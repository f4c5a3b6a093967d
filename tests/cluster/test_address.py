"""Cluster addresses: what --cluster and [cluster] scheduler accept."""

from __future__ import annotations

import pytest

from workflow.cluster.address import Address, is_address, parse
from workflow.errors import ClusterError


@pytest.mark.parametrize(
    ("text", "workers"),
    [
        ("tcp://127.0.0.1:8786", 0),
        ("tcp://press-mt-3.example.org:8786", 0),
        ("tls://10.0.0.5:8786", 0),
        ("tcp://[::1]:8786", 0),
        ("local:1", 1),
        ("local:2", 2),
        (" local:64 ", 64),
    ],
)
def test_accepted(text: str, workers: int) -> None:
    assert parse(text) == Address(text.strip(), workers)
    assert parse(text).local == (workers > 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("local:0", "from 1 to 64"),
        ("local:65", "from 1 to 64"),
        ("local", "not a cluster address"),
        ("127.0.0.1:8786", "not a cluster address"),
        ("http://127.0.0.1:8786", "not a cluster address"),
        ("tcp://127.0.0.1", "not a cluster address"),
        ("tcp://127.0.0.1:0", "not a cluster address"),
        ("tcp://127.0.0.1:70000", "not a cluster address"),
        ("tcp://-bad:8786", "not a cluster address"),
        ("", "not a cluster address"),
    ],
)
def test_refused_with_one_line(text: str, message: str) -> None:
    with pytest.raises(ClusterError) as err:
        parse(text)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert not is_address(text)
