"""The countries check: the source's countries, and no other."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")
SOURCE = "The Permanent Representative of Pakistan said that Pakistan hosts refugees."


def problems(code: str, target: str, source: str = SOURCE) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [
        (p.severity, p.message) for p in CHECKS["countries"].run(EntryView(source, target), ctx)
    ]


def test_a_wrong_country_is_an_error_even_with_the_right_one_elsewhere() -> None:
    fr = "Le Représentant permanent du Pakistan a déclaré que le Pakistan accueille des réfugiés."
    assert problems("fr", fr) == []
    wrong = fr.replace("du Pakistan", "de l’Inde")
    assert problems("fr", wrong) == [("error", "Inde (IN) is not in the source")]
    zh = "巴基斯坦常驻代表说，巴基斯坦收容了难民。"
    assert problems("zh", zh) == []
    assert problems("zh", zh.replace("收容了难民", "收容了阿富汗人")) == [
        ("error", "阿富汗 (AF) is not in the source")
    ]


def test_an_adjective_counts_as_the_country() -> None:
    source = "Pakistan hosts refugees from Afghanistan."
    assert problems("fr", "Le Pakistan accueille des réfugiés afghans.", source) == []
    assert problems("es", "Pakistán acoge a refugiados afganos.", source) == []
    assert problems("ru", "Пакистан принимает афганских беженцев.", source) == []
    assert problems("ar", "تستضيف باكستان لاجئين أفغان.", source) == []
    assert problems("fr", "Le Pakistan accueille des réfugiés.", source) == [
        ("error", "country Afghanistan missing: 'Afghanistan' or its adjective not found")
    ]
