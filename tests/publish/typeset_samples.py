"""Small translated documents (from the sample release) shared by test_render and test_typeset.

The translations are written by hand for the tests, not machine output. ``EXPECTED`` holds a
phrase of each document that ``pdftotext`` must find (None where extraction is known to be
wrong: Nastaliq Urdu and Devanagari PDFs from WeasyPrint carry no ActualText).
"""

from __future__ import annotations

import datetime

from workflow.publish.render import Document

DATE = datetime.date(2024, 6, 20)
ORG = "Permanent Mission of Pakistan to the United Nations"
CONTACT = "Press Office\n+1 212 879 8600\npress@pakun.org"

_EN_PARAS = (
    "In a significant debate on addressing the evolving threats in cyberspace, Pakistan has "
    "underscored the necessity of a legally binding international instrument.",
    "Ambassador Munir Akram referred to the 2019 and 2020 reports by EU DisinfoLab, which "
    "exposed anti-Pakistan propaganda, disinformation activities, and cyber warfare.",
)

SAMPLES: dict[str, dict[str, object]] = {
    "en": {
        "title": "Pakistan Advocates for Comprehensive International Cyber Security Framework",
        "place": "New York",
        "paras": _EN_PARAS,
    },
    "fr": {
        "title": "Le Pakistan plaide pour un cadre international global de cybersécurité",
        "place": "New York",
        "paras": (
            "Lors d’un important débat sur les menaces en constante évolution dans le "
            "cyberespace, le Pakistan a souligné la nécessité d’un instrument international "
            "juridiquement contraignant.",
            "L’ambassadeur Munir Akram a cité les rapports 2019 et 2020 d’EU DisinfoLab.",
        ),
    },
    "es": {
        "title": "Pakistán aboga por un marco internacional integral de ciberseguridad",
        "place": "Nueva York",
        "paras": (
            "En un importante debate sobre las amenazas cambiantes en el ciberespacio, "
            "Pakistán subrayó la necesidad de un instrumento internacional jurídicamente "
            "vinculante.",
            "El embajador Munir Akram citó los informes de 2019 y 2020 de EU DisinfoLab.",
        ),
    },
    "ru": {
        "title": "Пакистан выступает за всеобъемлющую международную систему кибербезопасности",
        "place": "Нью-Йорк",
        "paras": (
            "В ходе важных дебатов об эволюционирующих угрозах в киберпространстве Пакистан "
            "подчеркнул необходимость юридически обязывающего международного документа.",
            "Посол Мунир Акрам сослался на доклады EU DisinfoLab за 2019 и 2020 годы.",
        ),
    },
    "ar": {
        "title": "باكستان تدعو إلى إطار دولي شامل للأمن السيبراني",
        "place": "نيويورك",
        "paras": (
            "خلال نقاش مهم حول التهديدات المتطورة في الفضاء الإلكتروني، أكدت باكستان ضرورة "
            "وجود صك دولي ملزم قانونًا.",
            "وأشار السفير Munir Akram إلى تقريري 2019 و2020 الصادرين عن EU DisinfoLab، "
            "وللاستفسار: info@pakun.org أو +1 212 879 8600.",
        ),
    },
    "ur": {
        "title": "پاکستان کا جامع بین الاقوامی سائبر سیکیورٹی فریم ورک پر زور",
        "place": "نیویارک",
        "paras": (
            "سائبر اسپیس میں بدلتے ہوئے خطرات پر ایک اہم مباحثے میں، پاکستان نے قانونی طور پر "
            "پابند بین الاقوامی دستاویز کی ضرورت پر زور دیا۔",
            "سفیر Munir Akram نے EU DisinfoLab کی 2019 اور 2020 کی رپورٹوں کا حوالہ دیا۔",
        ),
    },
    "zh": {
        "title": "巴基斯坦倡导建立全面的国际网络安全框架",
        "place": "纽约",
        "paras": (
            "在一场关于应对网络空间不断演变的威胁的重要辩论中，巴基斯坦强调有必要制定一项"
            "具有法律约束力的国际文书。",
            "阿克拉姆大使提到了EU DisinfoLab在2019年和2020年发布的报告。",
        ),
    },
    "hi": {
        "title": "पाकिस्तान ने व्यापक अंतरराष्ट्रीय साइबर सुरक्षा ढांचे की वकालत की",
        "place": "न्यूयॉर्क",
        "paras": (
            "साइबरस्पेस में बढ़ते खतरों पर एक महत्वपूर्ण बहस में, पाकिस्तान ने कानूनी रूप से "
            "बाध्यकारी अंतरराष्ट्रीय साधन की आवश्यकता पर ज़ोर दिया।",
            "राजदूत Munir Akram ने EU DisinfoLab की 2019 और 2020 की रिपोर्टों का उल्लेख किया।",
        ),
    },
}

# A phrase pdftotext must find (one line of the PDF), or None where extraction is unreliable.
EXPECTED: dict[str, str | None] = {
    "en": "legally binding international instrument",
    "fr": "juridiquement contraignant",
    "es": "jurídicamente",
    "ru": "Пакистан",
    "ar": "باكستان",
    "ur": None,
    "zh": "巴基斯坦强调有必要制定",
    "hi": None,
}


def body_html(paras: tuple[str, ...], repeat: int = 1) -> str:
    """Paragraphs as the Markdown renderer would give them (escaped text in <p>)."""
    from html import escape

    return "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paras * repeat) + "\n"


def sample_document(
    lang: str, *, draft: bool = False, repeat: int = 1, **extra: object
) -> Document:
    sample = SAMPLES[lang]
    paras = sample["paras"]
    assert isinstance(paras, tuple)
    fields: dict[str, object] = {
        "lang": lang,
        "title": sample["title"],
        "dateline_place": sample["place"],
        "date": DATE,
        "body_html": body_html(paras, repeat),
        "organisation": ORG,
        "source_lang": "en",
        "draft": draft,
        "contact": CONTACT,
    }
    fields.update(extra)
    return Document(**fields)  # type: ignore[arg-type]
