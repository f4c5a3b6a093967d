"""Write the legacy-charset catalogs of this folder: `python tests/data/po/make_legacy.py`.

Each is a UTF-8 text encoded with Python's codec for the charset its header declares, so the
bytes are what a translator's old editor saved."""

from pathlib import Path

HERE = Path(__file__).parent

TEMPLATE = """\
# {title}
msgid ""
msgstr ""
"Project-Id-Version: press 1.0\\n"
"Language: {lang}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset={charset}\\n"
"Content-Transfer-Encoding: 8bit\\n"

# {comment}
#: releases/talks.md:3
msgid "The talks opened."
msgstr "{first}"

#: releases/talks.md:5
msgid "The Ambassador spoke."
msgstr "{second}"

#~ msgid "Removed"
#~ msgstr "{removed}"
"""

CATALOGS = {
    "latin1.po": (
        "ISO-8859-1",
        "iso8859-1",
        "fr",
        "Français",
        "Relu à Genève",
        "Les pourparlers se sont ouverts.",
        "L'Ambassadeur a pris la parole.",
        "Supprimé",
    ),
    "cp1251.po": (
        "CP1251",
        "cp1251",
        "ru",
        "Русский",
        "Проверено",
        "Переговоры открылись.",
        "Посол выступил.",
        "Удалено",
    ),
    "koi8r.po": (
        "KOI8-R",
        "koi8-r",
        "ru",
        "Русский (KOI8-R)",
        "Проверено",
        "Переговоры начались.",
        "Выступил посол.",
        "Удалено",
    ),
    "eucjp.po": (
        "EUC-JP",
        "euc_jp",
        "ja",
        "日本語",
        "確認済み",
        "会談が始まりました。",
        "大使が演説しました。",
        "削除済み",
    ),
    "gb2312.po": (
        "GB2312",
        "gb2312",
        "zh_CN",
        "简体中文",
        "已审校",
        "会谈开幕。",
        "大使发表讲话。",
        "已删除",
    ),
    # a template's placeholder charset on UTF-8 bytes: msgfmt reads them as they are
    "charset-placeholder.po": (
        "CHARSET",
        "utf-8",
        "es",
        "Español",
        "Revisado",
        "Las conversaciones comenzaron.",
        "El embajador habló.",
        "Eliminado",
    ),
}


def main() -> None:
    for name, (charset, codec, lang, title, comment, first, second, removed) in CATALOGS.items():
        text = TEMPLATE.format(
            title=title,
            lang=lang,
            charset=charset,
            comment=comment,
            first=first,
            second=second,
            removed=removed,
        )
        (HERE / name).write_bytes(text.encode(codec))


if __name__ == "__main__":
    main()
