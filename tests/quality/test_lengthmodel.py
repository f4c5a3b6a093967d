"""The length model: samples of reviewed entries, fitted per pair towards the prior, rounded,
named by a digest."""

from __future__ import annotations

import math

from workflow.quality import lengthmodel
from workflow.quality.lengthmodel import Model, Samples

PAIRS = [
    (
        "Refugees have access to public health facilities, and their children attend schools.",
        "Les réfugiés ont accès aux établissements de santé publics et leurs enfants vont à "
        "l’école.",
    ),
    ("Press release", "Communiqué de presse"),  # too short to measure
    (
        "**Pakistan** hosts [refugees](https://unhcr.org/pk).",
        "**Le Pakistan** accueille des réfugiés.",
    ),
]


def test_letters_leave_markup_urls_spaces_and_punctuation_out() -> None:
    assert lengthmodel.letters("**Pakistan** hosts [refugees](https://unhcr.org/pk).") == 21
    assert lengthmodel.letters("巴基斯坦收容了400多万阿富汗难民。") == 17
    assert lengthmodel.letters("Le « Pakistan », 2 %") == 11


def test_samples_count_reviewed_entries_long_enough() -> None:
    samples = lengthmodel.samples_of(PAIRS)
    assert sum(samples.values()) == 2  # "Press release" is too short
    ((d, _),) = [c for c in samples if c[1] == lengthmodel.cell(71, 10)[1]]
    assert d == round(math.log(lengthmodel.letters(PAIRS[0][1]) / 71) / lengthmodel.D_STEP)


def test_a_few_entries_stay_near_the_prior_many_make_their_own_model() -> None:
    prior = lengthmodel.prior("en", "fr")
    assert prior == Model(round(math.log(1.15), 2), 0.115)
    assert lengthmodel.fit(Samples(), prior) == prior
    # an office whose French is as long as its English (ratio 1.0), entries of 100 letters
    same = Samples(
        {
            lengthmodel.cell(100, 100): 60,
            lengthmodel.cell(100, 90): 20,
            lengthmodel.cell(100, 110): 20,
        }
    )
    few = lengthmodel.fit(same, prior)
    assert few.entries == 100 and 0.0 < few.median < prior.median
    many = lengthmodel.fit(Samples({k: v * 100 for k, v in same.items()}), prior)
    assert many.median == 0.0 and many.entries == 10_000
    assert lengthmodel.MIN_SPREAD <= many.spread < prior.spread


def test_rounding_keeps_the_model_and_its_digest_through_one_more_entry() -> None:
    prior = lengthmodel.prior("en", "ru")
    # a usual office: most entries near the usual ratio, fewer further off
    cells = Samples({lengthmodel.cell(120, n): 100 - 2 * abs(n - 130) for n in range(100, 160)})
    before = lengthmodel.fit_all({"en": cells}, "ru")
    cells[lengthmodel.cell(120, 131)] += 1
    after = lengthmodel.fit_all({"en": cells}, "ru")
    assert lengthmodel.digest(before) == lengthmodel.digest(after)
    # translators who write much shorter Russian: another model, another digest
    shorter = Samples({lengthmodel.cell(120, n): 100 for n in range(70, 90, 3)})
    changed = lengthmodel.fit_all({"en": shorter}, "ru")
    assert changed["en"].median < prior.median
    assert lengthmodel.digest(changed) != lengthmodel.digest(before)


def test_priors_of_other_pairs() -> None:
    # Spanish from French: about as long; Chinese from Spanish: a third, wider spread
    assert abs(lengthmodel.prior("fr", "es").median) < 0.05
    zh = lengthmodel.prior("es", "zh")
    assert zh.ratio < 0.35 and zh.spread == 0.2
    # a language with no prior: the default, never narrower than the floor
    assert lengthmodel.prior("en", "sw").spread >= lengthmodel.MIN_SPREAD
    assert lengthmodel.prior("en", "th").ratio < 0.5


def test_z_grows_with_the_source_up_to_the_long_limit() -> None:
    m = Model(0.0, 0.1)
    assert m.z(100, 50) == math.log(0.5)
    assert m.z(400, 200) == 2 * math.log(0.5)
    assert m.z(1600, 800) == m.z(400, 200)  # longer ones vary in style, not only in noise


def test_a_web_address_without_its_scheme_is_no_letters() -> None:
    link = "[reliefweb.int/disaster/tc-2019-000021-moz](https://reliefweb.int/disaster/x)"
    assert lengthmodel.letters(f"Updates: {link}.") == len("Updates")
    assert lengthmodel.letters(f"最新情况：{link}。") == 4
    assert lengthmodel.letters("See press.un.org or www.who.int/news today") == len("Seeortoday")
    # abbreviations and decimals are letters and digits as before
    assert lengthmodel.letters("at 3 p.m., e.g. U.N. target 15.7") == len("at3pmegUNtarget157")
