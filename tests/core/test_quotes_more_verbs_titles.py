"""Said-verbs of Portuguese, French and Spanish releases ("referiu", "estime", "remarcó"), a title alone
with a phrase of occasion after it ("expresó el gobernador durante el acto"), and a short Japanese
quotation with its said-verb right after it (「…」と語った). Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_portuguese_referiu_and_a_pro_drop_salientou_html():
    found = quotes("<html><body><h1>Centro solar</h1>"
                   "<p>«Este centro vai colocar a cidade no mapa europeu das energias renováveis», referiu o "
                   "presidente da Câmara, Rui Vasconcelos.</p>"
                   "<p>A reitora da universidade, Teresa Almada Neves, sublinhou a importância da parceria. "
                   "«Os nossos investigadores vão trabalhar lado a lado com as empresas», salientou.</p>"
                   "</body></html>", ".html")
    assert who(found) == ["Rui Vasconcelos", "Teresa Almada Neves"]


def test_french_estime_after_the_quotation_markdown():
    found = quotes("# Bus express\n\n« Nous voulons que le bus devienne plus rapide que la voiture aux heures de "
                   "pointe », estime Bertrand Lemasson, vice-président chargé des mobilités.\n", ".md")
    assert who(found) == ["Bertrand Lemasson"]


def test_a_title_alone_with_a_phrase_of_occasion_is_the_person_given_it():
    found = quotes("El gobernador Martín Echeverry Lasalle inauguró este miércoles el hospital.\n\n"
                   "\"Este hospital es una deuda que teníamos con todo el sur de la provincia\", expresó el "
                   "gobernador durante el acto.\n\n"
                   "\"Vamos a evitar que cientos de pacientes tengan que viajar a la capital\", remarcó "
                   "Echeverry.\n")
    assert who(found) == ["Martín Echeverry Lasalle", "Martín Echeverry Lasalle"]


def test_a_short_japanese_quotation_before_its_said_verb_markdown():
    found = quotes("# 新型特急\n\n車両デザインを担当した工業デザイナーの森山あかね氏は「日本の四季をイメージした」と語った。\n", ".md")
    assert who(found) == ["森山あかね"]


def test_a_short_japanese_name_in_marks_with_no_said_verb_stays_out():
    assert quotes("お知らせ\n\n新ブランド「みどりの食卓」を3月15日より全国で発売します。\n") == []
