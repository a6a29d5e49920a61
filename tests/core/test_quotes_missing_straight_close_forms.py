"""A quotation typed with straight marks that lost its closing mark: the next straight mark stands after
the sentence's full stop and a space, a word right after it, so it opens the next quotation, and the
first ends where the second starts. A straight mark against the full stop still closes, and a
quoted phrase inside a sentence is no new quotation. Names and organisations are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


BODY = ('Lena Ortlieb, Managing Director of Corvane, welcomed the deal, stating,"This is a big day for '
        'Corvane. Together we will bring safer sensors to every pipeline we serve.   "Having worked with '
        'Corvane for years, I am sure that the two teams will do more for our clients together." says '
        'Ruben Delacroix, General Manager of Fenwick Controls.')


def test_markdown_run_together_copy():
    md = "# Corvane Acquires Fenwick Controls\n\nAMSTERDAM, May 4, 2031 -- Corvane bought Fenwick Controls.\n\n" + BODY + "\n"
    found = quotes(md, "release.md")
    assert [(q[0], q[1]) for q in found] == [("Lena Ortlieb", "Managing Director of Corvane"),
                                             ("Ruben Delacroix", "General Manager of Fenwick Controls")]
    assert found[0][2].endswith("every pipeline we serve.")
    assert found[1][2].startswith("Having worked with Corvane")


def test_html_with_entity_marks():
    html = ("<html><body><h1>Corvane Acquires Fenwick Controls</h1><p>AMSTERDAM, May 4, 2031 -- Corvane "
            "bought Fenwick Controls.</p><p>" + BODY.replace('"', "&quot;") + "</p></body></html>")
    found = quotes(html, "release.html")
    assert [q[0] for q in found] == ["Lena Ortlieb", "Ruben Delacroix"]


def test_closing_mark_against_the_stop_and_a_phrase_inside_a_sentence():
    md = ('# Corvane Opens a Lab\n\nCorvane opened a lab.\n\n"We built it for the teams who test our sensors '
          'every day." said Lena Ortlieb, who calls it "the best room we have" in the building.\n')
    found = quotes(md, "release.md")
    assert [(q[0], q[2]) for q in found] == [
        ("Lena Ortlieb", "We built it for the teams who test our sensors every day.")]
