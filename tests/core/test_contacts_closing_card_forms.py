"""A card of bare lines closing a release with no label above it (name, role, organisation,
address, phone, e-mail) is its contact; the organisation the release names in its text stays one
name on the card (made-up releases in Markdown and plain text)."""

from mediakit.core.analyse import parse_release

_STORY = ("Fernhollow Rivers Trust today launched a fund to restore forty kilometres of river bank across "
          "the county, working with farmers and angling clubs along the valley.")


def test_an_unlabelled_card_after_the_notes_to_editors_in_markdown():
    text = ("# Fernhollow Rivers Trust launches restoration fund\n\n**LEEDS, 4 February 2026** — " + _STORY + "\n\n"
            "## Notes to editors\n\nFernhollow Rivers Trust is a registered charity protecting rivers in the north.\n\n"
            "Tom Birkett\n\nCommunications Manager\n\nFernhollow Rivers Trust\n\n12 Canal Wharf, Leeds LS11 5PS\n\n"
            "0113 496 0721\n\ntom.birkett@fernhollowtrust.org.uk\n")
    [card] = parse_release(text, name="r.md").contacts
    assert (card.name, card.role, card.organization, card.phones, card.emails) == (
        "Tom Birkett", "Communications Manager", "Fernhollow Rivers Trust", ["+441134960721"],
        ["tom.birkett@fernhollowtrust.org.uk"])


def test_an_unlabelled_card_after_the_end_mark_in_plain_text():
    text = ("Fernhollow Rivers Trust launches restoration fund\n\nLEEDS, 4 February 2026 - " + _STORY + "\n\nENDS\n\n"
            "Rebecca Hollins\nHead of Communications, Fernhollow Rivers Trust\n01603 555 218\n"
            "rebecca.hollins@fernhollowtrust.org.uk\n")
    [card] = parse_release(text, name="r.txt").contacts
    assert (card.name, card.organization, card.phones) == ("Rebecca Hollins", "Fernhollow Rivers Trust", ["+441603555218"])


def test_a_closing_signature_with_no_phone_or_e_mail_is_no_contact():
    text = ("# Fernhollow Rivers Trust launches restoration fund\n\n**LEEDS, 4 February 2026** — " + _STORY + "\n\n"
            "Tom Birkett\n\nCommunications Manager\n\nFernhollow Rivers Trust\n")
    assert parse_release(text, name="r.md").contacts == []
