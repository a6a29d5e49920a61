"""A German contact run into one sentence whose verb hands the errand over to a person
("Auskünfte erteilt NAME, Tel. …", "Rückfragen beantwortet NAME (…)"): the sentence is a contact
block of one line. Names, numbers and addresses are invented."""

from mediakit.core.analyse import parse_release


def contacts(text, suffix):
    return [(c.name, c.phones, c.emails) for c in parse_release(text, suffix).contacts]


BODY = "Die Gemeinde öffnet ab Montag ein neues Bürgerbüro am Bahnhof. Es ist an fünf Tagen geöffnet.\n\n"


def test_auskuenfte_erteilt_name_then_phone_and_email_on_one_line_in_plain_text():
    text = ("Gemeinde öffnet Bürgerbüro\n\n" + BODY
            + "Auskünfte erteilt Lena Hofbauer, Tel. 0711 482-3390, E-Mail: l.hofbauer@gemeinde-muster.de\n")
    assert contacts(text, ".txt") == [("Lena Hofbauer", ["+497114823390"], ["l.hofbauer@gemeinde-muster.de"])]


def test_weitere_auskuenfte_erteilt_gerne_name_in_markdown():
    text = ("# Gemeinde öffnet Bürgerbüro\n\n" + BODY
            + "Weitere Auskünfte erteilt gerne Lena Hofbauer, Telefon 0711 482-3390, l.hofbauer@gemeinde-muster.de.\n")
    assert contacts(text, ".md") == [("Lena Hofbauer", ["+497114823390"], ["l.hofbauer@gemeinde-muster.de"])]


def test_rueckfragen_beantwortet_name_with_details_in_brackets():
    text = ("Gemeinde öffnet Bürgerbüro\n\n" + BODY
            + "Rückfragen beantwortet Lena Hofbauer (Tel. 0711 482-3390, l.hofbauer@gemeinde-muster.de).\n")
    assert contacts(text, ".txt") == [("Lena Hofbauer", ["+497114823390"], ["l.hofbauer@gemeinde-muster.de"])]
