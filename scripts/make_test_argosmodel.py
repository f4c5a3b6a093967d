"""Make a tiny, valid Argos Translate package (``.argosmodel``): a TEST FIXTURE, not a model.

    python scripts/make_test_argosmodel.py --from en --to fr --out DIR [--version 1.0]
        [--tokenizer sentencepiece|bpe] [--target-prefix TOKEN]

or, from Python, ``make_package(src, tgt, out_dir, version) -> Path``.

What it builds, offline and byte-for-byte deterministically:

* a tokenizer trained on a small made-up text: a SentencePiece unigram model
  (``sentencepiece.model``, deterministic settings), or with ``--tokenizer bpe`` a
  subword-nmt BPE codes file (``bpe.model``) learned here, which Argos applies after Moses
  tokenization (``argostranslate.tokenizer.BPETokenizer``);
* a CTranslate2 ``TransformerSpec`` (1 encoder + 1 decoder layer, one head) whose weights are
  written by hand, not trained: the decoder's step ``t`` attends to source position ``t``
  (one-hot position codes) and emits that source token mapped through a small word list
  (``LEXICON``: en/fr/de/es/pt); every other token is copied. So the package translates word
  for word, predictably: "The framework protects citizens." -> "Le cadre protège citoyens."
  (en->fr); words outside the list come out unchanged. The model config sets
  ``add_source_eos`` so the source end token is what makes the decoder stop;
* ``metadata.json`` in Argos format and a README that says this is a test fixture;
* the zip Argos expects: one top-level folder holding ``model/``, the tokenizer,
  ``metadata.json`` and ``README.md``.

It is used by the test-suite (``tests/mt/argos_fixtures.py``) and never for real translations.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import random
import re
import shutil
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

# One row per concept; a language missing from a row has no entry for that concept.
LEXICON: tuple[dict[str, str], ...] = (
    {"en": "the", "fr": "le", "de": "der", "es": "el", "pt": "o"},
    {"en": "framework", "fr": "cadre", "de": "Rahmen", "es": "marco", "pt": "quadro"},
    {"en": "security", "fr": "sécurité", "de": "Sicherheit", "es": "seguridad", "pt": "segurança"},
    {
        "en": "government",
        "fr": "gouvernement",
        "de": "Regierung",
        "es": "gobierno",
        "pt": "governo",
    },
    {"en": "protects", "fr": "protège", "de": "schützt", "es": "protege", "pt": "protege"},
    {"en": "citizens", "fr": "citoyens", "de": "Bürger", "es": "ciudadanos", "pt": "cidadãos"},
    {"en": "new", "fr": "nouveau", "de": "neuer", "es": "nuevo", "pt": "novo"},
    {"en": "national", "fr": "national", "de": "nationaler", "es": "nacional", "pt": "nacional"},
    {"en": "and", "fr": "et", "de": "und", "es": "y", "pt": "e"},
    {"en": "minister", "fr": "ministre", "de": "Minister", "es": "ministro", "pt": "ministro"},
    {"en": "country", "fr": "pays", "de": "Land", "es": "país", "pt": "país"},
    {"en": "now", "fr": "maintenant", "de": "jetzt", "es": "ahora", "pt": "agora"},
    {"en": "press", "fr": "presse", "de": "Presse", "es": "prensa", "pt": "imprensa"},
    {
        "en": "release",
        "fr": "communiqué",
        "de": "Mitteilung",
        "es": "comunicado",
        "pt": "comunicado",
    },
)

LANGUAGE_NAMES = {
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "hi": "Hindi",
    "pt": "Portuguese",
    "ru": "Russian",
    "ur": "Urdu",
    "zh": "Chinese",
}

# Characters every fixture tokenizer knows, so ordinary Latin text never becomes <unk>.
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    ".,;:!?'\"()[]{}<>-_/\\@#%&*+=$€£§|~^`"
    "àâäáãçéèêëíìîïñóòôöõúùûüÿœæßÀÂÄÁÃÇÉÈÊËÍÎÏÑÓÔÖÕÚÙÛÜŒÆ"
)

POSITION_BASE = 48  # positions are coded as (t mod 48, t div 48): 2304 positions in 96 dims
MAX_POSITIONS = POSITION_BASE * POSITION_BASE
ATTENTION_SHARPNESS = 30.0  # score gap between the aligned source position and any other
LOGIT_SCALE = 20.0  # logit of the emitted token; every other token gets 0
FFN_DIM = 8  # the feed-forward sublayers are all zeros
LAYER_NORM_EPS = 1e-6  # CTranslate2's default
SEED = 20240620
CODE_RE = re.compile(r"^[a-z]{2,3}$")


def word_pairs(src: str, tgt: str) -> dict[str, str]:
    """The word list for src -> tgt: lower-case and capitalised forms, first meaning wins."""
    pairs: dict[str, str] = {}
    for row in LEXICON:
        if src in row and tgt in row:
            s, t = row[src], row[tgt]
            pairs.setdefault(s, t)
            pairs.setdefault(s[:1].upper() + s[1:], t[:1].upper() + t[1:])
    return pairs


def lexicon_words(lang: str) -> list[str]:
    words: list[str] = []
    for row in LEXICON:
        if lang in row:
            w = row[lang]
            for form in (w, w[:1].upper() + w[1:]):
                if form not in words:
                    words.append(form)
    return words


def training_text(src: str, tgt: str) -> list[str]:
    """Deterministic made-up sentences in both languages, plus the alphabet."""
    rng = random.Random(SEED)
    lines = [" ".join(ALPHABET), ALPHABET]
    for lang in sorted({src, tgt}):
        words = lexicon_words(lang)
        if not words:
            continue
        for _ in range(300):
            n = rng.randint(4, 12)
            lines.append(" ".join(rng.choice(words) for _ in range(n)) + rng.choice(".,;:!? "))
    return lines


# -- tokenizers -------------------------------------------------------------------------------


def train_sentencepiece(lines: list[str]) -> tuple[bytes, list[str]]:
    """A unigram SentencePiece model (bytes) and its pieces in id order."""
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        model_type="unigram",
        vocab_size=400,
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=1,
        input_sentence_size=0,
        shuffle_input_sentence=False,
        minloglevel=2,
    )
    proto = buffer.getvalue()
    sp = spm.SentencePieceProcessor(model_proto=proto)
    return proto, [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def learn_bpe(lines: list[str], lang: str) -> tuple[str, list[str]]:
    """subword-nmt style BPE codes (version 0.2) over Moses tokens, and the token vocabulary.

    Merges run until every training word is one symbol, so every word-list entry is a single
    token; words never seen fall back to smaller units, all of which are in the vocabulary.
    """
    from sacremoses import MosesTokenizer

    tokenizer = MosesTokenizer(lang)
    counts: Counter[tuple[str, ...]] = Counter()
    for line in lines:
        for token in tokenizer.tokenize(line):
            counts[(*token[:-1], token[-1] + "</w>")] += 1
    words = dict(counts)
    merges: list[tuple[str, str]] = []
    while True:
        pairs: Counter[tuple[str, str]] = Counter()
        for word, freq in words.items():
            for a, b in itertools.pairwise(word):
                pairs[(a, b)] += freq
        if not pairs:
            break
        best = max(pairs, key=lambda p: (pairs[p], p))
        merges.append(best)
        merged: dict[tuple[str, ...], int] = {}
        for word, freq in words.items():
            out: list[str] = []
            i = 0
            while i < len(word):
                if i + 1 < len(word) and (word[i], word[i + 1]) == best:
                    out.append(word[i] + word[i + 1])
                    i += 2
                else:
                    out.append(word[i])
                    i += 1
            merged[tuple(out)] = merged.get(tuple(out), 0) + freq
        words = merged
    symbols: set[str] = set()
    for ch in set(ALPHABET) | {c for line in lines for c in line if not c.isspace()}:
        symbols.update((ch + "@@", ch))
    for a, b in merges:
        unit = a + b
        symbols.add(unit[: -len("</w>")] if unit.endswith("</w>") else unit + "@@")
    codes = "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges)
    return codes, ["<unk>", "<s>", "</s>", *sorted(symbols)]


def token_map(vocab: list[str], src: str, tgt: str, tokenizer: str) -> list[int]:
    """For each vocabulary id, the id the model emits for it (word list, else itself)."""
    index = {token: i for i, token in enumerate(vocab)}
    mapping = list(range(len(vocab)))
    mark = "▁" if tokenizer == "sentencepiece" else ""
    for s, t in word_pairs(src, tgt).items():
        if mark + s not in index or mark + t not in index:
            raise RuntimeError(f"fixture tokenizer split the word-list entry {s!r} or {t!r}")
        mapping[index[mark + s]] = index[mark + t]
    return mapping


# -- the hand-written transformer -------------------------------------------------------------


def _identity_layer_norm(spec: object, ones: int, dim: int) -> None:
    """LayerNorm parameters that return their input for any vector holding `ones` ones."""
    mean = ones / dim
    std = np.sqrt(ones / dim - mean * mean + LAYER_NORM_EPS)
    spec.gamma = np.full(dim, std, dtype=np.float32)  # type: ignore[attr-defined]
    spec.beta = np.full(dim, mean, dtype=np.float32)  # type: ignore[attr-defined]


def _linear(spec: object, weight: np.ndarray) -> None:
    spec.weight = weight.astype(np.float32)  # type: ignore[attr-defined]
    spec.bias = np.zeros(weight.shape[0], dtype=np.float32)  # type: ignore[attr-defined]


def _position_codes(vocab_size: int, dim: int, shift: int) -> np.ndarray:
    table = np.zeros((MAX_POSITIONS, dim), dtype=np.float32)
    for t in range(MAX_POSITIONS):
        p = (t - shift) % MAX_POSITIONS
        table[t, vocab_size + p % POSITION_BASE] = 1.0
        table[t, vocab_size + POSITION_BASE + p // POSITION_BASE] = 1.0
    return table


def build_model(vocab: list[str], mapping: list[int], model_dir: Path, prefix: bool) -> None:
    """Write a CTranslate2 model that emits mapping[source[t]] at step t, then </s>.

    Residual stream: dims [0, V) hold a token one-hot, the next 2*32 dims a position code.
    Every vector the layer norms see has the same number of ones, so they are set to the
    identity. Self-attention and feed-forward sublayers output zeros; the decoder input
    embeddings are zeros, so the decoder state at step t is its position code only; the
    cross-attention matches it with the source position code and copies the mapped token.
    With a target prefix, decoder positions are shifted by one (step 0 is the forced prefix).
    """
    from ctranslate2.specs import transformer_spec

    v = len(vocab)
    d = v + 2 * POSITION_BASE
    pos = slice(v, d)
    spec = transformer_spec.TransformerSpec.from_config((1, 1), 1)
    enc, dec = spec.encoder, spec.decoder

    def zero_sublayers(layer: object, ones: int) -> None:
        sa = layer.self_attention  # type: ignore[attr-defined]
        _identity_layer_norm(sa.layer_norm, ones, d)
        _linear(sa.linear[0], np.zeros((3 * d, d)))
        _linear(sa.linear[1], np.zeros((d, d)))
        ffn = layer.ffn  # type: ignore[attr-defined]
        _identity_layer_norm(ffn.layer_norm, 3, d)
        _linear(ffn.linear_0, np.zeros((FFN_DIM, d)))
        _linear(ffn.linear_1, np.zeros((d, FFN_DIM)))

    one_hot = np.zeros((v, d), dtype=np.float32)
    one_hot[np.arange(v), np.arange(v)] = 1.0
    enc.embeddings[0].weight = one_hot
    enc.scale_embeddings = False
    enc.position_encodings.encodings = _position_codes(v, d, 0)
    zero_sublayers(enc.layer[0], 3)
    _identity_layer_norm(enc.layer_norm, 3, d)

    dec.embeddings.weight = np.zeros((v, d), dtype=np.float32)
    dec.scale_embeddings = False
    dec.position_encodings.encodings = _position_codes(v, d, 1 if prefix else 0)
    layer = dec.layer[0]
    zero_sublayers(layer, 2)
    cross = layer.attention
    _identity_layer_norm(cross.layer_norm, 2, d)
    query = np.zeros((d, d))
    query[pos, pos] = np.eye(2 * POSITION_BASE) * ATTENTION_SHARPNESS * np.sqrt(d)
    _linear(cross.linear[0], query)
    key_value = np.zeros((2 * d, d))
    key_value[pos, pos] = np.eye(2 * POSITION_BASE)
    key_value[d + np.asarray(mapping), np.arange(v)] = 1.0
    _linear(cross.linear[1], key_value)
    out = np.zeros((d, d))
    out[:v, :v] = np.eye(v)
    _linear(cross.linear[2], out)
    _identity_layer_norm(dec.layer_norm, 3, d)
    projection = np.zeros((v, d))
    projection[:, :v] = np.eye(v) * LOGIT_SCALE
    _linear(dec.projection, projection)

    spec.config.add_source_eos = True
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=None)
    model_dir.mkdir(parents=True)
    spec.save(str(model_dir))


# -- the package ------------------------------------------------------------------------------


def readme_text(src: str, tgt: str, tokenizer: str) -> str:
    pairs = word_pairs(src, tgt)
    sample = ", ".join(f"{s} -> {t}" for s, t in list(pairs.items())[:8]) or "(none)"
    return (
        f"# TEST FIXTURE: {src} -> {tgt} (not a translation model)\n\n"
        "Made by `scripts/make_test_argosmodel.py` for the test-suite of the press-release\n"
        "workflow. Its weights are written by hand: it replaces the words of a tiny word list\n"
        "and copies every other token. Do not use it to translate anything.\n\n"
        f"Tokenizer: {tokenizer}. Word list: {sample}, ...\n"
    )


def _zip_entry(name: str, is_dir: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3  # unix, so the mode bits below are read as such
    if is_dir:
        info.external_attr = (0o40755 << 16) | 0x10
    else:
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_zip(folder: Path, top: str, archive: Path) -> None:
    """Zip `folder` as `top/...`, entries sorted, fixed timestamps and modes."""
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(_zip_entry(top + "/", is_dir=True), b"")
        for path in sorted(folder.rglob("*")):
            name = top + "/" + path.relative_to(folder).as_posix()
            if path.is_dir():
                zf.writestr(_zip_entry(name + "/", is_dir=True), b"")
            else:
                zf.writestr(_zip_entry(name), path.read_bytes(), compresslevel=9)


def make_package(
    src: str,
    tgt: str,
    out_dir: Path,
    version: str = "1.0",
    *,
    tokenizer: str = "sentencepiece",
    target_prefix: str = "",
) -> Path:
    """Build `translate-<src>_<tgt>-<version>.argosmodel` in out_dir and return its path."""
    if not CODE_RE.match(src) or not CODE_RE.match(tgt) or src == tgt:
        raise ValueError(f"need two different ISO 639 codes, got {src!r} and {tgt!r}")
    if not re.fullmatch(r"[0-9][0-9A-Za-z.]*", version):
        raise ValueError(f"bad package version {version!r}")
    if tokenizer not in ("sentencepiece", "bpe"):
        raise ValueError(f"tokenizer must be sentencepiece or bpe, not {tokenizer!r}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    top = f"translate-{src}_{tgt}-{version.replace('.', '_')}"
    archive = out_dir / f"{top}{'-bpe' if tokenizer == 'bpe' else ''}.argosmodel"

    lines = training_text(src, tgt)
    with tempfile.TemporaryDirectory(prefix="argosmodel-") as tmp:
        folder = Path(tmp) / top
        folder.mkdir()
        if tokenizer == "sentencepiece":
            proto, vocab = train_sentencepiece(lines)
            (folder / "sentencepiece.model").write_bytes(proto)
        else:
            codes, vocab = learn_bpe(lines, src)
            (folder / "bpe.model").write_text(codes, encoding="utf-8")
        if target_prefix:
            if target_prefix in vocab:
                raise ValueError(f"target prefix {target_prefix!r} is already a token")
            vocab = [*vocab, target_prefix]
        mapping = token_map(vocab, src, tgt, tokenizer)
        build_model(vocab, mapping, folder / "model", prefix=bool(target_prefix))
        metadata: dict[str, object] = {
            "package_version": version,
            "argos_version": "1.9",
            "from_code": src,
            "from_name": LANGUAGE_NAMES.get(src, src),
            "to_code": tgt,
            "to_name": LANGUAGE_NAMES.get(tgt, tgt),
            "type": "translate",
            "links": [],
        }
        if target_prefix:
            metadata["target_prefix"] = target_prefix
        (folder / "metadata.json").write_text(
            json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (folder / "README.md").write_text(readme_text(src, tgt, tokenizer), encoding="utf-8")
        partial = archive.with_name(archive.name + ".part")
        write_zip(folder, top, partial)
        shutil.move(partial, archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="src", required=True, help="source language code")
    parser.add_argument("--to", dest="tgt", required=True, help="target language code")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--version", default="1.0", help="package_version (default 1.0)")
    parser.add_argument("--tokenizer", choices=("sentencepiece", "bpe"), default="sentencepiece")
    parser.add_argument("--target-prefix", default="", help="e.g. __fr__ (metadata target_prefix)")
    args = parser.parse_args(argv)
    path = make_package(
        args.src,
        args.tgt,
        args.out,
        args.version,
        tokenizer=args.tokenizer,
        target_prefix=args.target_prefix,
    )
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
