"""Verbs of saying, per language: what attributes a quotation to its speaker.

A press release quotes its speakers and says who spoke ("“…,” said the Executive Director", «…»,
a déclaré la Directrice exécutive; وقالت المديرة التنفيذية: «…»; 执行主任说：“…”). A
translation that keeps the quotation and drops the attribution loses who said it; the quotes
check (`quality/punctuation.py`) asks for a verb of saying in the translation where the source
has one outside its quotation.

The lists are of forms and stems, as UN press releases write the attribution (past and
present, the third person, the participles and the prepositions that stand for one: "selon",
"según", "по словам", "وفقا"). They are sought outside the quotation, and inside it as an
incise after a comma or a dash ("« …, a-t-elle dit, … »").
"""

from __future__ import annotations

import re
from functools import lru_cache

# English: the source's attribution, outside its quotation
_EN = (
    r"\b(?:said|says|say|saying|added|adds|warned|warns|stressed|stresses|noted|notes|told"
    r"|tells|explained|explains|urged|urges|declared|declares|emphasi[sz]ed|emphasi[sz]es"
    r"|underlined|underscored|recalled|concluded|continued|asked|stated|states|observed"
    r"|highlighted|affirmed|reported|insisted|cautioned|remarked|commented|acknowledged"
    r"|announced|wrote|writes|pointed out|according to|called|calls|appealed|pleaded"
    r"|lamented|welcomed|argued|argues|believes|replied|answered|reiterated)\b"
)

_VERBS: dict[str, str] = {
    "en": _EN,
    "fr": (
        r"(?i:\b(?:a|ont|avait|aurait)\s+(?:\w+\s+)?(?:déclaré|dit|ajouté|souligné|affirmé"
        r"|estimé|insisté|rappelé|expliqué|noté|indiqué|précisé|averti|prévenu|conclu|poursuivi"
        r"|lancé|martelé|observé|relevé|exhorté|appelé|plaidé|constaté|assuré|répondu|confié"
        r"|commenté|résumé|jugé|mis en garde|reconnu|écrit|signalé|annoncé|déploré|salué"
        r"|demandé|alerté|soutenu|fait valoir|fait observer|fait remarquer|fait savoir"
        r"|mis en (?:avant|relief|exergue|garde)|mis l[’']accent|interrogé|questionné|écrit"
        r"|détaillé|informé|regretté|argué|témoigné|raconté|résumé|encore dit)"
        r"|\b(?:déclare|dit|ajoute|souligne|affirme|estime|insiste|rappelle|explique|note"
        r"|indique|précise|avertit|prévient|conclut|poursuit|lance|martèle|observe|relève"
        r"|exhorte|appelle|plaide|constate|assure|répond|confie|commente|juge|reconnaît|écrit"
        r"|signale|annonce|déplore|salue|demande|alerte|soutient|s’est|s'est)\b"
        # (and the plural, a headline's "..., l’OMS et l’UNICEF avertissent")
        r"|\b(?:déclarent|disent|ajoutent|soulignent|affirment|estiment|insistent|rappellent"
        r"|expliquent|notent|indiquent|précisent|avertissent|préviennent|concluent|poursuivent"
        r"|martèlent|observent|relèvent|exhortent|appellent|plaident|constatent|assurent"
        r"|répondent|jugent|reconnaissent|écrivent|signalent|annoncent|déplorent|saluent"
        r"|demandent|alertent|soutiennent|se\s+sont)\b"
        r"|\b\w+-t-(?:il|elle|ils|elles)\b|\bselon\b|\bd[’']après\b|\bpour\s+(?:M\.|Mme)"
        r"|\b(?:déclaré|ajouté|souligné|affirmé|expliqué|précisé|averti|indiqué)\b)"
    ),
    "es": (
        r"(?i:\b(?:afirm|señal|declar|añad|subray|destac|explic|insist|recalc|indic|agreg"
        r"|manifest|expres|observ|pregunt|asegur|coment|precis|enfatiz|apunt|alert|exhort"
        r"|inst|sentenci|anunci|lament|celebr|calific|reiter|aleg|contest|plante|admit"
        r"|agradec|resalt|opin|consider|estim|remarc|puntualiz|acot|continu|detall|inform"
        r"|aclar|valor|asever|argument|apostill|matiz|resum|narr|relat|dictamin|conclu)"
        r"(?:ó|ió|a|e|aron|ieron|an|en)\b"
        r"|\b(?:dijo|dice|dijeron|dicen|advirtió|advierte|sostuvo|sostiene|pidió|pide|expuso"
        r"|recordó|recuerda|reconoció|reconoce|concluyó|concluye|respondió|responde|escribió"
        r"|escribe|prosiguió|hizo hincapié|hace hincapié|puso de relieve|pone de relieve"
        r"|hizo notar|llamó la atención|de acuerdo con|según|adujo|sugirió|propuso"
        r"|en palabras de|a juicio de|a decir de"
        # (and the plural, a headline's "..., advierten la OMS y el UNICEF")
        r"|advierten|advirtieron|sostienen|sostuvieron|piden|pidieron|recuerdan|reconocen"
        r"|reconocieron|concluyen|concluyeron|responden|respondieron|escriben|escribieron"
        r"|exponen|expusieron|proponen|propusieron|sugieren|sugirieron)\b"
        # (and the compound tenses: "había declarado", "ha dicho", "habían advertido")
        r"|\b(?:ha|han|había|habían|habría|habrían|hubiera|hubieran)\s+(?:\w+\s+)?"
        r"(?:(?:afirm|señal|declar|subray|destac|explic|indic|agreg|manifest|expres|observ"
        r"|pregunt|asegur|coment|precis|enfatiz|apunt|alert|exhort|anunci|lament|reiter"
        r"|resalt|puntualiz|detall|inform|aclar|advert|ped|insist|añad|sosten|reconoc|conclu"
        r"|respond)(?:ado|ido)|dicho|escrito|expuesto|propuesto))"
    ),
    "pt": (
        r"(?i:\b(?:afirm|diss|diz|declar|acrescent|sublinh|salient|destac|advert|explic"
        r"|insist|lembr|record|indic|sustent|manifest|express|conclu|observ|pergunt|assegur"
        r"|coment|precis|reconhec|enfatiz|apont|alert|exort|pediu|ped|escrev|anunci|lament"
        r"|celebr|reiter|respond|admit|agradec|considerou|estim|frisou|notou)\w*"
        r"|\bsegundo\b|\bde acordo com\b|\bconforme\b)"
    ),
    "ru": (
        r"(?i:(?<![а-яё])(?:сказа|заяви|заявля|добави|добавля|отмети|отмеча|подчеркну|подчеркива"
        r"|подчёркива|сообщи|сообща|поясни|поясня|указа|указыва|предупреди|предупрежда|заключи"
        r"|призва|призыва|напомни|напомина|говори|замети|замеча|констатирова|считае|вырази"
        r"|выража|уточни|уточня|резюмирова|ответи|отвеча|призна|признава|написа|пише|писа"
        r"|настаива|объяви|объявля|спроси|спрашива|продолжи|продолжа|выступи|обрати|высказа"
        r"|охарактеризова|посетова|сету|убежд|увер|рассказа|рассказыва|подытожи|завери"
        r"|цитиру|процитирова|свидетельству|засвидетельствова)[а-яё]*"
        # "согласно докладу": as "selon", "según"
        r"|(?<![а-яё])согласно(?![а-яё])"
        r"|(?<![а-яё])по\s+(?:(?:его|ее|её|их)\s+)?словам|(?<![а-яё])по\s+(?:мнению|данным"
        r"|оценкам|информации|сообщению))"
    ),
    "ar": (
        r"(?<![\u0620-\u064a])[وف]?(?:قال|قالت|يقول|تقول|أضاف|أضافت|يضيف|تضيف|أكد|أكدت|يؤكد"
        r"|تؤكد|أشار|أشارت|يشير|تشير|صرح|صرحت|أوضح|أوضحت|يوضح|توضح|حذر|حذرت|يحذر|تحذر|لاحظ"
        r"|لاحظت|ذكر|ذكرت|وفقا|وفقاً|حسب|بحسب|دعا|دعت|يدعو|تدعو|شدد|شددت|يشدد|تشدد|تابع|تابعت"
        r"|اختتم|اختتمت|أعلن|أعلنت|أفاد|أفادت|علق|علقت|مضيفا|مضيفاً|مضيفة|قائلا|قائلاً|قائلة|كتب"
        r"|كتبت|ردد|رددت|نوه|نوهت|أعرب|أعربت|رأى|رأت|يرى|ترى|اعتبر|اعتبرت|أردف|أردفت|استطرد"
        r"|استطردت|نبه|نبهت|أبرز|أبرزت|لفت|لفتت|بين|بينت|أقر|أقرت|ناشد|ناشدت|حث|حثت|سأل|سألت"
        r"|تساءل|تساءلت|يتساءل|تتساءل|أجاب|أجابت|قالا"
        r"|على حد قول|على حد تعبير|على لسان|حسبما|كما قال|كما قالت"
        r"|(?:مشير|مؤكد|موضح|محذر|منوه|لافت|مشدد|معرب|معتبر|مستطرد)(?:ا|اً|ة|ين)?)"
        r"[\u064b-\u065f]*(?:ه|ها|هم|وا|ان|ا)?"  # (ان: the dual, "يحذران")
        r"(?![\u0620-\u064a])"
    ),
    "zh": (
        r"(?:说|表示|指出|强调|称|补充|警告|谈到|认为|宣布|提醒|呼吁|坦言|解释|介绍|回应|总结"
        r"|提到|写道|问道|说道|告诉|透露|声明|重申|直言|感叹|欢迎|敦促|主张|承认|评论|发言|讲话"
        r"|致辞|看来|所言|所说|之言|感慨|谈及|回忆|称赞|坦承"
        # a report's finding: "能源进展报告显示" for "..., Energy Progress Report Finds"
        r"|显示|表明|发现)"
    ),
}


@lru_cache(maxsize=32)
def _pattern(base: str) -> re.Pattern[str] | None:
    verbs = _VERBS.get(base)
    return re.compile(verbs) if verbs else None


def known(base: str) -> bool:
    """Whether the verbs of saying of a language are listed here."""
    return base in _VERBS


def has_saying(text: str, base: str) -> bool:
    """Whether a text has a verb of saying (or a preposition standing for one) of its language."""
    pattern = _pattern(base)
    return pattern is not None and pattern.search(text) is not None


# A headline's attribution: "..., IAEA Chief Warns", "..., UNFPA Report Finds" (words in
# title case, then a verb of saying or of a report's finding in the present)
_HEADLINE_EN = re.compile(
    r",\s+(?:(?:[A-Z][\w’'.-]*|and|&)\s+){1,6}(?:Says?|Warns?|Finds?|Urges?|Tells?|Reports?|Stress(?:es)?"
    r"|Notes?|Declares?|Announces?|Cautions?|Rules?|Concludes?|Shows?|Reveals?|Calls?)\s*$"
)


def headline_attribution(text: str) -> str:
    """An English headline's attribution at its end ("IAEA Chief Warns"), or ""."""
    m = _HEADLINE_EN.search(text)
    return m.group().lstrip(", ").strip() if m else ""


@lru_cache(maxsize=32)
def _incise(base: str) -> re.Pattern[str] | None:
    verbs = _VERBS.get(base)
    return re.compile(r"[,—–]\s*(?:" + verbs + ")") if verbs else None


def has_incise(text: str, base: str) -> bool:
    """Whether a quotation holds an attribution set off inside it: "« …, a-t-elle dit, … »",
    "«…, — сказал он, — …»"."""
    pattern = _incise(base)
    return pattern is not None and pattern.search(text) is not None
