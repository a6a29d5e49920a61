"""A German speaker's compound rank or office before the name ("sagte Polizeioberrat Henning Pfaff",
"so Cheftrainerin Maren Voss") is the role, not part of the name.

Fixtures of our own: a police press office's wire text (ots) and a sports club's page in HTML.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_a_police_rank_before_the_name_in_a_wire_text():
    text = ("Neue Fahrradstaffel in der Altstadt\n\nWetzlar (ots) - Seit Montag sind in der Altstadt acht Beamtinnen und "
            "Beamte mit Dienstfahrrädern unterwegs.\n\n\"Mit dem Rad sind wir schneller dort, wo viele Menschen unterwegs "
            "sind\", sagte Polizeioberrat Jonas Weidner.\n")
    quote = parse_release(text, "rad.txt").quotes[0]
    assert (quote.speaker, quote.role) == ("Jonas Weidner", "Polizeioberrat")


def test_a_coach_s_title_before_the_name_on_a_page():
    html = ("<html><body><h1>HSG Auental steigt in die zweite Liga auf</h1><p>Auental, 3. Mai 2031 – Die Handballerinnen "
            "der HSG Auental haben den Aufstieg geschafft.</p><p>„Diese Mannschaft hat das ganze Jahr an sich geglaubt“, "
            "sagte Cheftrainerin Maren Voss nach dem Spiel.</p></body></html>")
    quote = parse_release(html, "aufstieg.html").quotes[0]
    assert (quote.speaker, quote.role) == ("Maren Voss", "Cheftrainerin")
