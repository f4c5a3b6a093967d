"""Content moved between the sentences of one paragraph (workflow/quality/paragraphs.py)."""

from __future__ import annotations

import dataclasses

from workflow.lang import languages
from workflow.quality import registry
from workflow.quality.registry import Context, EntryView

EN = languages.parse("en")
FIRST = "“We need schools, and we need them now."
SECOND = "Our children cannot wait,” a 41-year-old teacher in Brazil said."
REF = "releases/x.md:12"


def severities(
    lang: str, first: str, second: str, ref: str = REF
) -> dict[tuple[int, str], set[str]]:
    entries = [
        EntryView(FIRST, first, reference=ref, catalog="x.po", line=10),
        EntryView(SECOND, second, reference=ref, catalog="x.po", line=14),
    ]
    out: dict[tuple[int, str], set[str]] = {}
    for p in registry.run_checks(entries, Context(EN, languages.parse(lang))):
        out.setdefault((p.line, p.check), set()).add(p.severity)
    return out


def test_the_speaker_put_first_is_no_error() -> None:
    """Arabic and Chinese introduce the speaker before the quotation, in its first sentence."""
    ar_first = (
        "وقال معلم يبلغ من العمر 41 عاماً من البرازيل: «نحن بحاجة إلى مدارس، ونحتاج إليها الآن."
    )
    ar_second = "فأطفالنا لا يستطيعون الانتظار»."
    found = severities("ar", ar_first, ar_second)
    assert all(s == {"warning"} for s in found.values()), found
    assert found.get((10, "countries")) == {"warning"}  # moved: said, as a warning
    zh_first = "一位41岁的巴西教师说：“我们需要学校，现在就需要。"
    zh_second = "我们的孩子等不起。”"
    found = severities("zh", zh_first, zh_second)
    assert all(s == {"warning"} for s in found.values()), found


def test_sentences_of_different_paragraphs_are_not_joined() -> None:
    ar_first = (
        "وقال معلم يبلغ من العمر 41 عاماً من البرازيل: «نحن بحاجة إلى مدارس، ونحتاج إليها الآن."
    )
    found = severities("ar", ar_first, "فأطفالنا لا يستطيعون الانتظار».", ref="")
    assert found.get((10, "countries")) == {"error"}
    assert found.get((14, "countries")) == {"error"}


def test_a_fault_in_one_sentence_stays_an_error() -> None:
    first = "« Nous avons besoin d’écoles, et nous en avons besoin maintenant."
    second = "Nos enfants ne peuvent pas attendre », a déclaré un enseignant brésilien de 41 ans."
    assert severities("fr", first, second) == {}
    # the figure dropped from the second sentence: the paragraph whole lacks it too
    wrong = second.replace("de 41 ans", "")
    assert severities("fr", first, wrong)[(14, "numbers")] == {"error"}
    # the country replaced in the second: an error on it alone, no move
    assert severities("fr", first, second.replace("brésilien", "péruvien"))[(14, "countries")] == {
        "error"
    }


def test_the_speaker_s_name_put_in_the_first_sentence_is_no_error() -> None:
    """The English names the speaker in the second sentence of a quotation; the Arabic puts
    "وقال ... فيديريكو بلانكو" in the first. Nothing reports a name added to the first: the
    move shows by the first translation saying what the second source asks."""
    from workflow.catalogs import glossary

    office = glossary.parse("term,kind,ar\nFederico Blanco,name,فيديريكو بلانكو\n")
    first = "“Progress is real, but fragile."
    second = "We cannot let it slip,” said Federico Blanco, an ILO expert."
    ar_first = "وقال فيديريكو بلانكو، خبير منظمة العمل الدولية: «التقدم حقيقي لكنه هش."
    ar_second = "ولا يمكننا أن ندعه يفلت»."
    entries = [
        EntryView(first, ar_first, reference=REF, catalog="x.po", line=10),
        EntryView(second, ar_second, reference=REF, catalog="x.po", line=14),
    ]
    found = registry.run_checks(entries, Context(EN, languages.parse("ar"), office))
    assert [p for p in found if p.severity == "error"] == [], found
    assert any(p.check == "glossary" and "moved" in p.message for p in found)
    # the name dropped from the second and said nowhere: still an error
    entries[0] = EntryView(first, "«التقدم حقيقي لكنه هش.", reference=REF, catalog="x.po", line=10)
    found = registry.run_checks(entries, Context(EN, languages.parse("ar"), office))
    assert any(p.check == "glossary" and p.severity == "error" for p in found)


def paragraphs(lang: str, first: str, second: str, src: str = FIRST) -> dict:
    """As `severities`, the two sentences in two paragraphs of the release."""
    entries = [
        EntryView(src, first, reference="releases/x.md:12", catalog="x.po", line=10),
        EntryView(SECOND, second, reference="releases/x.md:14", catalog="x.po", line=14),
    ]
    out: dict[tuple[int, str], set[str]] = {}
    for p in registry.run_checks(entries, Context(EN, languages.parse(lang))):
        out.setdefault((p.line, p.check), set()).add(p.severity)
    return out


def test_a_quotation_going_on_into_the_next_paragraph_joins_them() -> None:
    """English opens a quotation in one paragraph and closes it in the next; Chinese puts the
    speaker before its first paragraph."""
    zh_first = "一位41岁的巴西教师说：“我们需要学校，现在就需要。"
    zh_second = "我们的孩子等不起。”"
    found = paragraphs("zh", zh_first, zh_second)
    assert found and all(s == {"warning"} for s in found.values()), found
    # the first paragraph's quotation closed: two paragraphs, each with its errors
    closed = "“We need schools, and we need them now.”"
    found = paragraphs("zh", zh_first + "”", zh_second, src=closed)
    assert found.get((10, "countries")) == {"error"}


def test_an_unsure_item_missing_in_one_sentence_and_said_in_another_is_a_move() -> None:
    """ "Singapore" (a city too) missing is only a warning; said by the other sentence, it
    still shows the move: the length and omission errors it explains become warnings."""
    first = (
        "“This unstable capital inflow and the resultant dire liquidity situation is unsustainable."
    )
    second = (
        "It has already affected mandate delivery of some activities,” the representative of "
        "Singapore said then, speaking for the Association of Southeast Asian Nations."
    )
    zh = (
        "新加坡代表当时代表东南亚国家联盟（东盟）发言说：“资本流入不稳定，由此导致的流动性状况"
        "极为严峻，这是不可持续的。",
        "这已经影响到某些活动的任务执行。”",
    )
    entries = [
        EntryView(first, zh[0], reference="releases/x.md:33", catalog="x.po", line=10),
        EntryView(second, zh[1], reference="releases/x.md:35", catalog="x.po", line=14),
    ]
    found = registry.run_checks(entries, Context(EN, languages.parse("zh")))
    assert found and all(p.severity == "warning" for p in found), found
    # alone, the second sentence is in error
    alone = registry.run_checks(entries[1:], Context(EN, languages.parse("zh")))
    assert any(p.severity == "error" for p in alone), alone


def test_a_paragraph_going_on_with_the_previous_one_s_quotation() -> None:
    """English leaves a quotation open at a paragraph's end and opens it again at the next;
    Spanish opens the next with "»", Russian with no mark: no error there, but a mark dropped
    from a paragraph that opens its own quotation stays one."""
    first = "“Young people are the future,” he said. “We must act now."
    second = "“Decent work for young people is essential for social justice.”"
    cases = {
        "es": (
            "«Los jóvenes son el futuro», dijo. «Debemos actuar ahora.",
            "»El trabajo decente para los jóvenes es fundamental para la justicia social».",
        ),
        "ru": (
            "«Молодежь — это будущее, — сказал он. — Мы должны действовать сейчас.",
            "Достойная работа для молодежи имеет важнейшее значение для социальной справедливости».",
        ),
    }
    for lang, (one, two) in cases.items():
        entries = [
            EntryView(first, one, reference="releases/x.md:12", catalog="x.po", line=10),
            EntryView(second, two, reference="releases/x.md:14", catalog="x.po", line=14),
        ]
        found = registry.run_checks(entries, Context(EN, languages.parse(lang)))
        assert all(p.severity == "warning" for p in found), (lang, found)
        # the first paragraph's quotation closed: the second opens its own, the mark is missing
        closed = [dataclasses.replace(entries[0], msgid=first + "”"), entries[1]]
        found = registry.run_checks(closed, Context(EN, languages.parse(lang)))
        assert any(p.severity == "error" and p.line == 14 for p in found), (lang, found)


def test_one_quotation_over_two_sentences_of_a_paragraph() -> None:
    """The English quotes twice ("“A,” UNHCR said. “B.”"); Chinese puts the speaker first and
    runs the two into one: opened in the first sentence, closed in the second."""
    first = "“This influx shows no signs of abating,” UNHCR said."
    second = "“People are fleeing for their lives from a devastating war.”"
    zh = ("难民署说：“这一涌入潮没有任何减缓的迹象。", "人们为了活命而逃离一场毁灭性的战争。”")
    entries = [
        EntryView(first, zh[0], reference=REF, catalog="x.po", line=10),
        EntryView(second, zh[1], reference=REF, catalog="x.po", line=14),
    ]
    found = registry.run_checks(entries, Context(EN, languages.parse("zh")))
    assert found and all(p.severity == "warning" for p in found), found
    # a mark dropped from one sentence alone leaves the paragraph unbalanced: an error
    alone = [entries[0], dataclasses.replace(entries[1], msgstr=zh[1].replace("”", ""))]
    found = registry.run_checks(alone, Context(EN, languages.parse("zh")))
    assert any(p.severity == "error" for p in found), found


def test_a_speaker_moved_into_the_first_sentence_misspelt_or_replaced_is_an_error() -> None:
    """The speaker put first (Chinese, Arabic): the name there is another person's, or is the
    glossary's form misspelt."""
    from workflow.catalogs import glossary

    office = glossary.parse(
        "term,kind,zh\nCho Tae-yul,name,赵兑烈\nCho,name,赵兑烈\nQu Dongyu,name,屈冬玉\n"
    )
    first = "“We cannot afford to step backward."
    second = "The progress we have made is real,” Mr. Cho said."
    ctx = Context(EN, languages.parse("zh"), office)

    def errors(zh_first: str) -> list[tuple[int, str]]:
        entries = [
            EntryView(first, zh_first, reference=REF, catalog="x.po", line=10),
            EntryView(
                second, "我们取得的进展是实实在在的。”", reference=REF, catalog="x.po", line=14
            ),
        ]
        found = registry.run_checks(entries, ctx)
        return sorted({(p.line, p.check) for p in found if p.severity == "error"})

    assert errors("赵兑烈先生说：“我们承受不起倒退的代价。") == []
    # misspelt: the sentence alone tells (its translation holds a glossary name one off)
    assert (10, "glossary") in errors("赵对烈先生说：“我们承受不起倒退的代价。")
    # another person of the glossary, whom no source of the paragraph names
    assert (10, "names") in errors("屈冬玉先生说：“我们承受不起倒退的代价。")


def test_a_country_s_name_is_no_moved_speaker_misspelt() -> None:
    """斯坦的 of 乌兹别克斯坦的 is one character from 斯坦因 (Stein): a country, blanked first."""
    from workflow.catalogs import glossary

    office = glossary.parse("term,kind,zh\nEduardo Stein,name,爱德华多·斯坦因\nStein,name,斯坦因\n")
    ctx = Context(EN, languages.parse("zh"), office)
    source = "The South Aral Sea in Uzbekistan has not recovered."
    entry = EntryView(source, "位于乌兹别克斯坦的南咸海并未恢复。", catalog="x.po", line=3)
    assert registry.run_checks([entry], ctx) == []
    moved = EntryView(
        "“The budget has been exceeded.", "斯坦恩说：“预算已经超支。", catalog="x.po", line=5
    )
    assert [p.check for p in registry.run_checks([moved], ctx)] == ["glossary"]


def test_a_paragraph_going_on_with_a_quotation_opens_it_again_but_in_russian() -> None:
    """French, Arabic and Chinese open a mark again where English does: a paragraph going on
    with the quotation with no mark at all has lost its marks (Russian writes none there)."""
    first = "“Young people are the future,” he said. “We must act now."
    second = "“Decent work for young people is essential for social justice.”"
    fr_one = "« Les jeunes sont l’avenir », a-t-il déclaré. « Nous devons agir maintenant."
    fr_two = "Un travail décent pour les jeunes est essentiel à la justice sociale »."
    entries = [
        EntryView(first, fr_one, reference="releases/x.md:12", catalog="x.po", line=10),
        EntryView(second, fr_two, reference="releases/x.md:14", catalog="x.po", line=14),
    ]
    found = registry.run_checks(entries, Context(EN, languages.parse("fr")))
    assert any(p.severity == "error" and p.line == 14 for p in found), found


def test_an_item_both_sentences_say_is_no_move() -> None:
    """Niger said in both sentences' sources: its translation in one sentence does not excuse it
    missing from the other (misspelt there)."""
    first = "UNHAS flies to Chad, Mali and Niger."
    second = "Thanks to a recent grant, the Niger service may resume in August."
    entries = [
        EntryView(
            first,
            "L’UNHAS dessert le Tchad, le Mali et le Niger.",
            reference=REF,
            catalog="x.po",
            line=10,
        ),
        EntryView(
            second,
            "Grâce à une subvention récente, le service du Nigère pourrait reprendre en août.",
            reference=REF,
            catalog="x.po",
            line=14,
        ),
    ]
    found = registry.run_checks(entries, Context(EN, languages.parse("fr")))
    assert any(p.severity == "error" and p.check == "countries" and p.line == 14 for p in found)


def test_a_name_misspelt_in_its_own_sentence_is_no_move() -> None:
    """The full name moved into the first sentence (Chinese), the short name of the second
    misspelt there: an error, not a move."""
    from workflow.catalogs import glossary

    office = glossary.parse(
        "term,kind,zh\nAntónio Guterres,name,安东尼奥·古特雷斯\nGuterres,name,古特雷斯\n"
    )
    first = "“We cannot give up."
    second = "All this has been lost,” said António Guterres, who visited the region in 2017."
    ctx = Context(EN, languages.parse("zh"), office)

    def errors(zh_second: str) -> set[int]:
        entries = [
            EntryView(
                first,
                "秘书长安东尼奥·古特雷斯说：“我们不能放弃。",
                reference=REF,
                catalog="x.po",
                line=10,
            ),
            EntryView(second, zh_second, reference=REF, catalog="x.po", line=14),
        ]
        return {p.line for p in registry.run_checks(entries, ctx) if p.severity == "error"}

    assert errors("这一切都已丧失。”古特雷斯曾于2017年访问该地区。") == set()
    assert 14 in errors("这一切都已丧失。”古特勒斯曾于2017年访问该地区。")


def test_a_whole_quotation_with_no_mark_left_is_lost_there() -> None:
    """What keeps a quotation error from being eased by the paragraph: a sentence whose source
    holds a whole quotation and whose translation has no mark at all (heldout13 and heldout16,
    Chinese and Arabic, its marks dropped beside a speaker moved)."""
    from workflow.quality.paragraphs import _marks_lost

    source = "“They are one of the smartest investments,” said Cindy McCain."
    assert _marks_lost(EntryView(source, "事实证明，这是最明智的投资之一。"))
    assert not _marks_lost(EntryView(source, "“事实证明，这是最明智的投资之一。”"))
    assert not _marks_lost(EntryView(source, "« Ce sont les investissements les plus judicieux »"))
    # a sentence inside a quotation run over the paragraph has a mark of one side only
    assert not _marks_lost(
        EntryView("It has already affected mandates,” she said.", "这已经影响到任务。")
    )
