"""workflow.source.contact: a contact block's translatable parts; numbers and addresses fixed."""

from __future__ import annotations

import pytest

from workflow.source import contact

BLOCK = """Press Section, Permanent Mission of Pakistan
Tel.: +1 212 879 8600
E-mail: pakistan@un.int
+1 212 879 8601 / +1 212 879 8602
https://pakun.org
Jane Doe, Spokesperson, +1 212 555 0100"""


def test_segments_are_labels_and_text_never_numbers_or_addresses() -> None:
    assert contact.segments(BLOCK) == [
        (0, "Press Section, Permanent Mission of Pakistan"),
        (1, "Tel.:"),
        (2, "E-mail:"),
        (5, "Jane Doe, Spokesperson, +1 212 555 0100"),
    ]


def test_translated_keeps_what_is_not_translated_byte_for_byte() -> None:
    ru = {
        "Press Section, Permanent Mission of Pakistan": "Пресс-служба Постоянного представительства",
        "Tel.:": "Тел.:",
        "E-mail:": "Эл. почта:",
        "Jane Doe, Spokesperson, +1 212 555 0100": "Джейн Доу, пресс-секретарь, +1 212 555 0100",
    }
    out = contact.translated(BLOCK, ru.__getitem__).split("\n")
    assert out == [
        "Пресс-служба Постоянного представительства",
        "Тел.: +1 212 879 8600",
        "Эл. почта: pakistan@un.int",
        "+1 212 879 8601 / +1 212 879 8602",
        "https://pakun.org",
        "Джейн Доу, пресс-секретарь, +1 212 555 0100",
    ]
    assert contact.translated(BLOCK, lambda s: s) == BLOCK  # the source language


@pytest.mark.parametrize(
    ("line", "translatable"),
    [
        ("Phone/WhatsApp: +92 300 1234567", ["Phone/WhatsApp:"]),
        ("Fax: (212) 744-7348", ["Fax:"]),
        ("Contact: Jane Doe", ["Contact: Jane Doe"]),  # a name after the label: one segment
        ("Room 2024, 8 UN Plaza", ["Room 2024, 8 UN Plaza"]),  # short numbers are not phones
        ("pakistan@un.int or press@pakun.org", []),
        ("", []),
    ],
)
def test_parts_of_a_line(line: str, translatable: list[str]) -> None:
    parts = contact.parts(line)
    assert "".join(p.text for p in parts) == line
    assert [p.text.strip() for p in parts if p.translatable] == translatable
