"""An address hidden from spam robots with the language's own word for "@" and "." in brackets
("prensa [arroba] … [punto] …", "(chiocciola)", "(punkt)") is restored like "[at]"/"[dot]"; and
where the domain spells the boilerplate's name without the kind of organisation written before it
("Fundación …", "Stiftung …"), the contact's organisation is the boilerplate's whole name. Words
and numbers of our own, in two styles: a Spanish Markdown release and a German plain-text scrape."""

from mediakit.core import detect
from mediakit.core.analyse import parse_release

MARKDOWN_ES = """# La Fundación Cerro Azul abre un comedor escolar en Puebla

**Puebla, 4 de marzo de 2026.** La Fundación Cerro Azul inauguró un comedor para 300 alumnos.

## Sobre Fundación Cerro Azul

Fundación Cerro Azul es una organización civil que trabaja por la nutrición infantil.

**Contacto para medios:**
Rocío Tenorio, responsable de prensa
Tel. 222 418 7730
rtenorio [arroba] cerroazul [punto] org [punto] mx
"""

PLAIN_DE = """Stiftung Lindengrund eröffnet Lernwerkstatt in Kassel

Kassel, 9. März 2026 – Die Stiftung Lindengrund hat in Kassel eine Lernwerkstatt für 80 Kinder eröffnet.

Über die Stiftung Lindengrund
Stiftung Lindengrund fördert seit 2004 Bildungsprojekte in Nordhessen.

Pressekontakt:
Henrike Mattes
Telefon: 0561 7720 418
E-Mail: h.mattes (at) lindengrund (punkt) de
"""


def _contacts(text: str, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c.name, c.organization, c.emails) for c in parse_release(text, name=name).contacts]


def test_the_languages_word_for_at_in_brackets_is_restored():
    assert [f.value for f in detect.emails("prensa [arroba] acme.es", obfuscated=True)] == ["prensa@acme.es"]
    assert [f.value for f in detect.emails("ufficio (chiocciola) acme (punto) it", obfuscated=True)] == ["ufficio@acme.it"]
    assert ("Rocío Tenorio", "Fundación Cerro Azul", ["rtenorio@cerroazul.org.mx"]) in _contacts(MARKDOWN_ES, "r.md")
    names = [(n, e) for n, _, e in _contacts(PLAIN_DE, "r.txt")]
    assert ("Henrike Mattes", ["h.mattes@lindengrund.de"]) in names


def test_a_bare_word_for_dot_in_running_text_is_no_address():
    assert list(detect.emails("Juan punto final arroba", obfuscated=True)) == []


def test_the_domain_spelled_name_grows_by_the_kind_of_organisation_before_it():
    assert _contacts(MARKDOWN_ES, "r.md")[0][1] == "Fundación Cerro Azul"
    assert _contacts(PLAIN_DE, "r.txt")[0][1] == "Stiftung Lindengrund"
