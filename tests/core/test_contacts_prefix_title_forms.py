"""Titles written before a contact's name ("Mag.", "Dipl.-Ing.", "Prof. Dr.", "Dott.ssa") are no part
of the name the card shows (made-up releases in plain text and Markdown, German and Italian)."""

import pytest

from mediakit.core.analyse import parse_release

_DE_STORY = ("Pforzheim, 19. Januar 2026 – Die Talwerk Hydraulik GmbH hat im vergangenen Geschäftsjahr ihren Umsatz deutlich gesteigert "
             "und plant ein neues Montagewerk im Süden des Landkreises.")
_PLAIN = "Talwerk Hydraulik wächst weiter\n\n" + _DE_STORY + "\n\nPressekontakt:\n{title} Lena Ostermeier\nTalwerk Hydraulik GmbH\nTel. 07231 445 660\nlena.ostermeier@talwerk-hydraulik.de\n"
_MD = ("# Talwerk Hydraulik wächst weiter\n\n" + _DE_STORY + "\n\n**Pressekontakt**\n\n{title} Lena Ostermeier  \n"
       "Talwerk Hydraulik GmbH  \nTel. 07231 445 660  \nlena.ostermeier@talwerk-hydraulik.de\n")


@pytest.mark.parametrize("template, name", [(_PLAIN, "r.txt"), (_MD, "r.md")])
@pytest.mark.parametrize("title", ["Mag.", "Dipl.-Ing.", "Prof. Dr.", "Dr.-Ing.", "Dr. rer. nat."])
def test_the_title_before_the_name_is_left_off_the_card(template, name, title):
    release = parse_release(template.format(title=title), name=name)
    assert [(c.name, c.organization, c.phones) for c in release.contacts] == [
        ("Lena Ostermeier", "Talwerk Hydraulik GmbH", ["+497231445660"])]


def test_an_italian_title_with_its_feminine_ending_is_left_off_too():
    text = ("Comune di Valcorta: nuova biblioteca\n\nIl Comune di Valcorta ha approvato il progetto della nuova "
            "biblioteca civica, che aprirà entro la fine del prossimo anno nel centro storico.\n\n"
            "Contatti stampa:\nDott.ssa Giulia Ferraris\nComune di Valcorta\nTel. 055 912 3456\n"
            "giulia.ferraris@comune.valcorta.it\n")
    assert [c.name for c in parse_release(text, name="r.txt").contacts] == ["Giulia Ferraris"]


def test_a_name_that_opens_like_a_title_keeps_its_first_word():
    text = ("# Talwerk Hydraulik wächst weiter\n\n" + _DE_STORY + "\n\n**Pressekontakt**\n\nDrake Ostermeier  \n"
            "Talwerk Hydraulik GmbH  \nTel. 07231 445 660  \ndrake.ostermeier@talwerk-hydraulik.de\n")
    assert [c.name for c in parse_release(text, name="r.md").contacts] == ["Drake Ostermeier"]
