"""The length model's built-in priors (workflow/quality/lengthmodel.py PRIORS), measured again.

    python benchmarks/length_priors.py

Reads the reviewed catalogs the project holds (tests/data/checks, tests/data/checks2, the sample
release's locales/, benchmarks/heldout/locales: English sources, translated by hand) and prints,
per target language, the entries measured, the median ratio of letters (target/source) and the
spread of the length deviation z, as `lengthmodel.measure` computes them; then, per language,
the lowest z of a reviewed entry in spreads (how far below the usual a correct translation went:
the length check's error threshold must stay below it).
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

from workflow.catalogs import pofile
from workflow.quality import lengthmodel

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = (
    "tests/data/checks/*.po",
    "tests/data/checks2/*.po",
    "locales/*/LC_MESSAGES/*.po",
    "benchmarks/heldout/locales/*/*.po",
)


def reviewed() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pattern in PATTERNS:
        for path in sorted(ROOT.glob(pattern)):
            po = pofile.parse(path.read_bytes(), path=str(path))
            lang = po.metadata.get("Language") or path.stem
            out[lang] += [
                (e.msgid, e.msgstr)
                for e in po
                if e.msgid and e.msgstr and not e.obsolete and "fuzzy" not in e.flags
            ]
    return out


def main() -> None:
    print(f"{'lang':<6}{'entries':>8}{'ratio':>8}{'spread':>8}{'lowest z / spread':>20}")
    for lang, pairs in sorted(reviewed().items()):
        model = lengthmodel.measure(lengthmodel.samples_of(pairs))
        if not model.entries:
            continue
        lowest = min(
            model.z(s, lengthmodel.letters(t))
            for s, t in ((lengthmodel.letters(i), t) for i, t in pairs)
            if s >= lengthmodel.MIN_LETTERS
        )
        print(
            f"{lang:<6}{model.entries:>8}{math.exp(model.median):>8.3f}{model.spread:>8.3f}"
            f"{lowest / model.spread:>20.2f}"
        )


if __name__ == "__main__":
    main()
