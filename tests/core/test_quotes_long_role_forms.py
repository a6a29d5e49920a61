"""A speaker with several appointments: "said Ann Roe, M.D., the Society's president, director of …,
professor of …" runs past the few hundred characters read beside a quotation. The speaker is still
the name, the role its appointments (degree letters such as M.D. and FAHA are neither), and the
quotation's second half after the attribution is the same speaker's. Names and organisations are
invented."""

from mediakit.core.analyse import parse_release

ROLE = ("the Lakeshore Cardiac Society’s 2031-2032 volunteer president, executive director of the Marlow "
        "Institute for Heart Health, senior vice president of Clinical Research at Marlow Health, the Brenner "
        "Professor of Preventive Cardiology and professor of medicine at the Ardent School of Medicine at "
        "Harrow University")


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


def test_long_role_in_markdown():
    md = ("# Lakeshore Cardiac Society Honours a Trial Pioneer\n\n"
          "RIVERTON - May 2, 2031 - The Lakeshore Cardiac Society will present its research award to a "
          "pioneer of heart trials at its annual meeting.\n\n"
          f"“It is my privilege to present this year’s award to a true pioneer of clinical trials,” said "
          f"Mira T. Castell, M.D., FAHA, {ROLE}. “Her work changed how we treat heart attacks "
          "in every hospital we know.”\n")
    found = quotes(md, "release.md")
    assert [q[0] for q in found] == ["Mira T. Castell"]
    assert found[0][1].startswith("the Lakeshore Cardiac Society’s 2031-2032 volunteer president")
    assert "M.D." not in found[0][1]
    assert "true pioneer" in found[0][2] and "in every hospital we know" in found[0][2]


def test_long_role_in_html():
    html = ("<html><body><h1>Lakeshore Cardiac Society Honours a Trial Pioneer</h1>"
            "<p>RIVERTON - May 2, 2031 - The Lakeshore Cardiac Society will present its research award to a "
            "pioneer of heart trials at its annual meeting.</p>"
            f"<p>&ldquo;It is my privilege to present this year&rsquo;s award to a true pioneer of clinical "
            f"trials,&rdquo; said Mira T. Castell, M.D., {ROLE}. &ldquo;Her work changed how we treat heart "
            "attacks in every hospital we know.&rdquo;</p></body></html>")
    found = quotes(html, "release.html")
    assert [q[0] for q in found] == ["Mira T. Castell"]
    assert "in every hospital we know" in found[0][2]
