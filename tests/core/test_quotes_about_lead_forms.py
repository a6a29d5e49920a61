"""A bold "About Acme:" (or "Sobre Acme:") opening a company's boilerplate in a press kit speaks as
"we" ("visit our blog") but is no statement by a person; a bold "Name, Role:" still is. Names and
organisations are invented."""

from mediakit.core.analyse import parse_release


def speakers(text, name):
    return [q.speaker for q in parse_release(text, name=name).quotes]


def test_english_about_lead_in_html():
    html = ("<html><body><h1>Ferncastle Joins the Open Ledger Project</h1><p>Ferncastle joined the project "
            "today as a sponsor.</p><p><b>About Ferncastle:</b> Ferncastle builds tools for harbour pilots. "
            "For more information, please visit our website and our blog, or follow us on our channels.</p>"
            "<p><b>Mara Quist, Chief Engineer at Ferncastle:</b> We have used the ledger for years and we are "
            "glad to give back to the people who build it.</p></body></html>")
    assert speakers(html, "release.html") == ["Mara Quist"]


def test_spanish_about_lead_in_a_template_page():
    page = ("{% extends \"base.html\" %}\n{% block contents %}\n<h1>Ferncastle se une al proyecto</h1>\n"
            "<p>Ferncastle se unió hoy al proyecto como patrocinador principal del nuevo registro.</p>\n"
            "<p><b>Sobre Ferncastle:</b> Ferncastle construye herramientas para prácticos de puerto. Para más "
            "información, visite nuestra página web y nuestro blog.</p>\n{% endblock %}\n")
    assert speakers(page, "es.html") == []
