"""Segmentation of press-release text: a table of tricky cases per language."""

from __future__ import annotations

import pytest

from workflow.source.segment import Sep, join, sentences, split

CASES = [
    # (lang, text, expected sentences)
    ("en", "Mr. Smith met Dr. Jones. They spoke.", ["Mr. Smith met Dr. Jones.", "They spoke."]),
    (
        "en",
        "Amb. Akram spoke. H.E. Mrs. Lee replied.",
        ["Amb. Akram spoke.", "H.E. Mrs. Lee replied."],
    ),
    (
        "en",
        "See resolution No. 5 of Dec. 12 now. Done.",
        ["See resolution No. 5 of Dec. 12 now.", "Done."],
    ),
    (
        "en",
        "It costs $1.1 billion, up 2.4 per cent. Next.",
        ["It costs $1.1 billion, up 2.4 per cent.", "Next."],
    ),
    (
        "en",
        "The U.N. Secretary-General spoke. The U.S.A. agreed.",
        ["The U.N. Secretary-General spoke.", "The U.S.A. agreed."],
    ),
    (
        "en",
        "It ended at 5 p.m. The talks resume today.",
        ["It ended at 5 p.m.", "The talks resume today."],
    ),
    ("en", "We met at 5 p.m. on Monday.", ["We met at 5 p.m. on Monday."]),
    (
        "en",
        "Cyber threats, e.g. ransomware, i.e. extortion, grow.",
        ["Cyber threats, e.g. ransomware, i.e. extortion, grow."],
    ),
    ("en", "John F. Kennedy spoke. He left.", ["John F. Kennedy spoke.", "He left."]),
    ("en", "Laws, treaties, etc. The rest follows.", ["Laws, treaties, etc.", "The rest follows."]),
    (
        "en",
        "Visit https://un.org/en/a.b.html. Or write to press@un.int. Thanks!",
        ["Visit https://un.org/en/a.b.html.", "Or write to press@un.int.", "Thanks!"],
    ),
    (
        "en",
        '"We will act," he stated. Then he left.',
        ['"We will act," he stated.', "Then he left."],
    ),
    ("en", 'He said: "We will act." Then he left.', ['He said: "We will act."', "Then he left."]),
    ("en", "He said: “We act.” Then he left.", ["He said: “We act.”", "Then he left."]),
    (
        "en",
        "One sentence.  Two spaces before this one.",
        ["One sentence.", "Two spaces before this one."],
    ),
    ("en", "Really? Yes! Good.", ["Really?", "Yes!", "Good."]),
    ("en", "Wait... The vote came.", ["Wait...", "The vote came."]),
    (
        "en",
        "Read [the report. In full](https://x.org/r.pdf) today. Next.",
        ["Read [the report. In full](https://x.org/r.pdf) today.", "Next."],
    ),
    (
        "en",
        "**The debate closed.** A vote followed.",
        ["**The debate closed.**", "A vote followed."],
    ),
    (
        "en",
        "Revenue grew (by 3.5 per cent.) Costs fell.",
        ["Revenue grew (by 3.5 per cent.)", "Costs fell."],
    ),
    ("en", "In 2019. The next year came.", ["In 2019.", "The next year came."]),
    (
        "fr",
        "M. Dupont a parlé. Mme Durand aussi, etc. Le reste suit.",
        ["M. Dupont a parlé.", "Mme Durand aussi, etc.", "Le reste suit."],
    ),
    (
        "fr",
        "« Nous agirons », a-t-il dit. Puis il est parti.",
        ["« Nous agirons », a-t-il dit.", "Puis il est parti."],
    ),
    (
        "es",
        "El Sr. Pérez habló. La Dra. Gómez respondió.",
        ["El Sr. Pérez habló.", "La Dra. Gómez respondió."],
    ),
    ("es", "¿Qué pasó? ¡Todo! Bien.", ["¿Qué pasó?", "¡Todo!", "Bien."]),
    (
        "pt",
        "O Sr. Silva falou. A Dra. Costa respondeu.",
        ["O Sr. Silva falou.", "A Dra. Costa respondeu."],
    ),
    (
        "de",
        "Am 20. Juni sprach Dr. Müller. Das war z.B. gut.",
        ["Am 20. Juni sprach Dr. Müller.", "Das war z.B. gut."],
    ),
    (
        "ru",
        "Г-н Иванов выступил. Он сказал, т.е. заявил, что всё хорошо. Конец.",
        ["Г-н Иванов выступил.", "Он сказал, т.е. заявил, что всё хорошо.", "Конец."],
    ),
    (
        "ar",
        "أكد السفير على ذلك. وقال إن الأمر مهم؟ نعم.",
        ["أكد السفير على ذلك.", "وقال إن الأمر مهم؟", "نعم."],
    ),
    (
        "ur",
        "پاکستان نے زور دیا۔ انہوں نے کہا؟ ہاں۔",
        ["پاکستان نے زور دیا۔", "انہوں نے کہا؟", "ہاں۔"],
    ),
    ("ur", "سفیر نے کہا۔اس کے بعد اجلاس ختم ہوا۔", ["سفیر نے کہا۔", "اس کے بعد اجلاس ختم ہوا۔"]),
    ("hi", "राजदूत ने कहा। बैठक समाप्त हुई।", ["राजदूत ने कहा।", "बैठक समाप्त हुई।"]),
    (
        "zh",
        "巴基斯坦呼吁。他说：“我们行动。”然后离开！真的？是的。",
        ["巴基斯坦呼吁。", "他说：“我们行动。”", "然后离开！", "真的？", "是的。"],
    ),
    (
        "zh",
        "联合国于2024年6月20日开会。费用为1.5亿美元。",
        ["联合国于2024年6月20日开会。", "费用为1.5亿美元。"],
    ),
    # a URL ends before Chinese punctuation (source/inline.py): the 。 after it ends a sentence
    (
        "zh",
        "详见 https://un.org/zh。会议于周二举行。",
        ["详见 https://un.org/zh。", "会议于周二举行。"],
    ),
    (
        "en",
        "See www.un.org/en. Then https://un.org/a.b?c. Done.",
        ["See www.un.org/en.", "Then https://un.org/a.b?c.", "Done."],
    ),
    (
        "en",
        "Mail press.desk@un.org. Or `make test. Now`. Done.",
        ["Mail press.desk@un.org.", "Or `make test. Now`.", "Done."],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


def test_soft_line_breaks_are_joined_and_lines_counted() -> None:
    pieces = split("First sentence\ngoes on. Second\nsentence here.\nThird one.", "en")
    assert [p.text for p in pieces] == [
        "First sentence goes on.",
        "Second sentence here.",
        "Third one.",
    ]
    assert [p.line for p in pieces] == [0, 1, 3]


def test_chinese_soft_breaks_join_without_space() -> None:
    assert sentences("巴基斯坦\n呼吁。", "zh") == ["巴基斯坦呼吁。"]


def test_hard_breaks_separate_pieces_and_survive_join() -> None:
    pieces = split("Press office  \nTel. +1 212 555 0100\\\nNew York", "en")
    assert [(p.text, p.sep) for p in pieces] == [
        ("Press office", Sep.BREAK),
        ("Tel. +1 212 555 0100", Sep.BREAK),
        ("New York", Sep.END),
    ]
    assert join([(p.text, p.sep) for p in pieces], spaced=True) == (
        "Press office\\\nTel. +1 212 555 0100\\\nNew York"
    )


def test_join_uses_target_spacing() -> None:
    parts = [("一。", Sep.GAP), ("二。", Sep.END)]
    assert join(parts, spaced=False) == "一。二。"
    assert join(parts, spaced=True) == "一。 二。"
