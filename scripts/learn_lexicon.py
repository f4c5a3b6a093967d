"""Learn English-to-target word pairs from reviewed catalogs, for the omission check.

FreeDict and CC-CEDICT lack many words of UN press releases as UN translators write them
("residents" = "habitants", "areas" = "zones", "upgrades" = "улучшение"). This script reads the
reviewed entries of the tuning catalogs (every set of benchmarks/ that has been read, never a
held-out set still to be measured: `HELD_OUT`) and keeps, per target language, the pairs of an
English content word and a target word stem (a Chinese pair of characters) that occur in the
same entries far more often than apart (Dice coefficient), writing them to
workflow/lang/data/learnt_lexicon.tsv, which `lang/lexicon.load_with_kin` merges in.

    python scripts/learn_lexicon.py            # writes the file
    python scripts/learn_lexicon.py --check    # exit 1 if the file is not what it would write

Deterministic: the same catalogs give the same file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from workflow.catalogs import pofile  # noqa: E402
from workflow.lang import lexicon  # noqa: E402
from workflow.quality import omission  # noqa: E402
from workflow.quality.text import plain  # noqa: E402

OUT = REPO / "workflow" / "lang" / "data" / "learnt_lexicon.tsv"
TARGETS = ("fr", "es", "ar", "zh", "ru")
# held-out sets not measured yet: never learnt from
HELD_OUT = frozenset({"heldout17", "heldout20", "heldout21"})
MIN_PAIR = 3  # entries holding both words, at least
MIN_DICE = 0.5
MAX_SHARE = 0.2  # a target stem in more of the entries than this is a function word
PER_WORD = 2  # target stems kept per English word


def _entries(lang: str) -> list[tuple[str, str]]:
    out = []
    for folder in sorted((REPO / "benchmarks").iterdir()):
        if folder.name in HELD_OUT or not (folder / "locales" / lang).is_dir():
            continue
        for path in sorted((folder / "locales" / lang).glob("*.po")):
            po = pofile.parse(path.read_bytes(), path=str(path))
            out += pofile.reviewed(po)
    return out


def _english(text: str) -> set[str]:
    words = set()
    first = True
    for m in omission._EN_WORD.finditer(plain(text)):
        raw, at_start, first = m.group(), first, False
        word = raw.casefold().replace("’", "'").split("'")[0]
        if len(word) < 3 or word in omission._STOP_EN or (raw[0].isupper() and not at_start):
            continue
        words.add(list(omission.lemmas(word))[-1])
    return words


def _target(text: str, script: str) -> set[str]:
    text = plain(text)
    if script == "Hani":
        return {
            run[i : i + 2]
            for run in re.findall("[\u3400-\u9fff]+", text)
            for i in range(len(run) - 1)
        }
    return {lexicon.stem(w, script) for w in lexicon.words(text, script)} - {""}


def learn(lang: str) -> dict[str, list[str]]:
    script = lexicon.script_of(lang)
    pairs = _entries(lang)
    en_count: Counter[str] = Counter()
    tg_count: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for msgid, msgstr in pairs:
        en, tg = _english(msgid), _target(msgstr, script)
        en_count.update(en)
        tg_count.update(tg)
        both.update((e, t) for e in en for t in tg)
    limit = MAX_SHARE * len(pairs)
    best: dict[str, list[tuple[float, str]]] = {}
    for (e, t), n in both.items():
        if n < MIN_PAIR or tg_count[t] > limit:
            continue
        dice = 2 * n / (en_count[e] + tg_count[t])
        if dice >= MIN_DICE:
            best.setdefault(e, []).append((dice, t))
    return {
        e: [t for _, t in sorted(c, key=lambda x: (-x[0], x[1]))[:PER_WORD]]
        for e, c in best.items()
    }


def render() -> str:
    lines = ["# language\tEnglish word\ttarget stems (written by scripts/learn_lexicon.py)"]
    for lang in TARGETS:
        for e, stems in sorted(learn(lang).items()):
            lines.append(f"{lang}\t{e}\t{' '.join(stems)}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        return 0 if OUT.is_file() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {text.count(chr(10)) - 1} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
