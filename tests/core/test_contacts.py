"""Media contacts: finding the contact block, splitting its lines, phones in E.164, emails cleaned.

Every release here is made up (names, organisations, numbers); the numbers are ones that
``phonenumbers`` accepts as valid.
"""


import pytest
from scaling import LINEAR, growth

from mediakit.core.contacts import extract_contacts, normalise_phone
from mediakit.core.document import parse_text
from mediakit.core.model import Block

HEAD = "# Harbourline Opens a Robotics Lab\n\n"
BODY = ("Harbourline Robotics today opened a new lab in Kwun Tong, its third in the city, with room "
        "for forty engineers and a test floor for warehouse robots.\n\n")


def read(text, region=None, suffix=".md"):
    doc = parse_text(text, suffix)
    return extract_contacts(doc.blocks, region), doc.blocks


def as_tuples(contacts):
    return [(c.name, c.organization, c.phones, c.emails) for c in contacts]


def roles(blocks):
    return {b.text: b.role for b in blocks if b.role.startswith("contact")}


# --- where the contact block is and how its lines are read ----------------------------------------

def test_org_lines_above_persons_with_several_contacts_per_org():
    contacts, blocks = read(
        HEAD + BODY + "For media enquiries, please contact:\n\n**Harbourline Robotics**\n\nMandy Lau\n\n"
        "Tel: ( 852 ) 2123 4567\n\nEmail: Mandy.Lau@harbourline.com.hk\n\nKevin Cheung\n\nTel: 3987 6543\n\n"
        "Email: kevin.cheung@harbourline.com.hk\n\n**Brightside PR**\n\nOlivia Tse\n\nTel: +852 2876 5432\n\n"
        "Email: olivia@brightside-pr.hk\n\n**About Harbourline Robotics**\n\n"
        "Harbourline Robotics builds warehouse robots and employs 300 people in Hong Kong and Shenzhen.\n",
        "HK")
    assert as_tuples(contacts) == [
        ("Mandy Lau", "Harbourline Robotics", ["+85221234567"], ["mandy.lau@harbourline.com.hk"]),
        ("Kevin Cheung", "Harbourline Robotics", ["+85239876543"], ["kevin.cheung@harbourline.com.hk"]),
        ("Olivia Tse", "Brightside PR", ["+85228765432"], ["olivia@brightside-pr.hk"]),
    ]
    marked = roles(blocks)
    assert marked["For media enquiries, please contact:"] == "contact_heading"
    assert marked["Harbourline Robotics"] == "contact"  # a bold org line inside the block: no heading
    assert "About Harbourline Robotics" not in marked
    assert not any(b.role.startswith("contact") for b in blocks if "warehouse robots" in b.text)


def test_org_beside_the_person_and_role_lines():
    contacts, _ = read(
        HEAD + BODY + "Media Contacts:\n\nTom Becker\n\nSenior Director, Communications\n\n"
        "Northwind Analytics Inc.\n\n+1 617 253 1000\n\ntom.becker@northwind.com\n\nAva Reyes\n\n"
        "Lantern Communications\n\n+1 617 495 1000 ext. 22\n\nnorthwind@lanterncomms.com\n", "US")
    assert as_tuples(contacts) == [
        ("Tom Becker", "Northwind Analytics Inc.", ["+16172531000"], ["tom.becker@northwind.com"]),
        ("Ava Reyes", "Lantern Communications", ["+16174951000"], ["northwind@lanterncomms.com"]),
    ]
    assert contacts[0].role == "Senior Director, Communications"
    assert contacts[1].role is None


def test_run_together_lines_are_split_and_the_intro_names_the_org():
    contacts, blocks = read(
        HEAD + BODY + "Media enquiries\n\nPlease contact the NWA’s Public Affairs Office:\n\n"
        "Lily ChanTel: (852)2345 6789Email: lily.chan@nwa.org.hk\n\n"
        "Peter WongTel: (852)2345 6790Email: peter.wong@nwa.org.hkAbout NWA\n\n"
        "The New Waterfront Authority (NWA) is a statutory body set up in 1999 to open the harbourfront.\n")
    assert as_tuples(contacts) == [
        ("Lily Chan", "NWA", ["+85223456789"], ["lily.chan@nwa.org.hk"]),
        ("Peter Wong", "NWA", ["+85223456790"], ["peter.wong@nwa.org.hk"]),
    ]
    marked = roles(blocks)
    assert marked["Media enquiries"] == "contact_heading"
    assert marked["Please contact the NWA’s Public Affairs Office:"] == "contact_heading"
    assert not any("statutory body" in text for text in marked)


def test_a_flattened_label_line_with_role_mail_label_and_org_after_the_email():
    contacts, _ = read(
        HEAD + BODY + "Contact:Jonas WeberInvestor RelationsT. +49 30 / 1234 5678M. jonas.weber@kessler-werke.de"
        "Kessler Werke AGHauptstraBe 1210115 Berlinkessler-werke.de\n\n", "DE")
    assert len(contacts) == 1
    jonas = contacts[0]
    assert (jonas.name, jonas.role, jonas.organization) == ("Jonas Weber", "Investor Relations", "Kessler Werke AG")
    assert jonas.phones == ["+493012345678"]
    assert jonas.emails == ["jonas.weber@kessler-werke.de"]


@pytest.mark.parametrize("line, name, role", [
    ("Contact:Ewan MacLeodHead of CommunicationsPhone: +44 20 7946 0321Email: ewan@ferrycross.co.uk",
     "Ewan MacLeod", "Head of Communications"),
    ("Press office:Nora FitzGeraldSenior Press OfficerPhone: +44 20 7946 0321Email: ewan@ferrycross.co.uk",
     "Nora FitzGerald", "Senior Press Officer"),
])
def test_a_surname_with_a_prefix_in_a_run_together_line_stays_one_name(line, name, role):
    contacts, _ = read(HEAD + BODY + line + "\n\n")
    assert [(c.name, c.role, c.phones) for c in contacts] == [(name, role, ["+442079460321"])]


@pytest.mark.parametrize("line", [
    "Contact:Priya NairCFOTelephone: (604) 555-0187Email: priya@tidewater.ca",
    "Investor contact: Priya Nair, VP IRPhone: (604) 555-0187 / E-mail: priya@tidewater.ca",
])
def test_a_field_label_glued_after_an_acronym_is_still_a_label(line):
    contacts, _ = read(HEAD + BODY + line + "\n\n", "CA")
    assert [(c.name, c.phones, c.emails) for c in contacts] == [("Priya Nair", ["+16045550187"], ["priya@tidewater.ca"])]
    assert "Telephone" not in (contacts[0].role or "") and "Phone" not in (contacts[0].role or "")


_GLUED_DISCLAIMER = ("Neither the Harbour Exchange nor its listing agent accepts any responsibility for the "
                     "adequacy or the accuracy of this news release or of the figures it gives.")


@pytest.mark.parametrize("line", [
    "For further information:Oskar LindPresident & CEOPhone: (416) 555-0133Mara QuinnInvestor Relations"
    "Phone: (250) 555-0199Email: mara@northpine.ca" + _GLUED_DISCLAIMER,
    "More information: Oskar Lind, President & CEO, Phone: (416) 555-0133; Mara Quinn, Investor Relations, "
    "Phone: (250) 555-0199, Email: mara@northpine.ca. " + _GLUED_DISCLAIMER,
])
def test_a_long_contact_line_with_a_disclaimer_glued_on_is_read(line):
    assert len(line) > 300
    contacts, _ = read(HEAD + BODY + line + "\n\n", "CA")
    assert as_tuples(contacts) == [
        ("Oskar Lind", None, ["+14165550133"], []),
        ("Mara Quinn", None, ["+12505550199"], ["mara@northpine.ca"]),
    ]


@pytest.mark.parametrize("line, org", [
    ("For enquiries, please contact Bluefjord Communications Ltd:Hanne VikPhone: +44 20 7946 0321"
     "Email: hanne@bluefjord.co.uk", "Bluefjord Communications Ltd"),
    ("Interview requests, contact Northgate Press Agency:\n\nHanne Vik\n\n+44 20 7946 0321\n\n"
     "hanne@bluefjord.co.uk", "Northgate Press Agency"),
])
def test_the_organisation_a_lead_in_ends_on_is_the_contacts(line, org):
    contacts, _ = read(HEAD + BODY + line + "\n\n")
    assert as_tuples(contacts) == [("Hanne Vik", org, ["+442079460321"], ["hanne@bluefjord.co.uk"])]


def test_a_person_a_lead_in_ends_on_is_no_organisation():
    contacts, _ = read(HEAD + BODY + "For more information, please contact Hanne Vik: +44 20 7946 0321, "
                       "hanne@bluefjord.co.uk\n\n")
    assert [c.organization for c in contacts] != ["Hanne Vik"]


def test_obfuscated_emails_are_restored():
    contacts, _ = read(
        HEAD + BODY + "Press contact\n\nJan Novak\n\njan.novak [at] example-lab [dot] org\n\nEva Lind\n\n"
        "eva.lind at ostfield dot se\n\nMarta Ruiz\n\nmarta(at)ostfield.org\n\nPress desk\n\n"
        "info-europe ostfield.org\n")
    assert [c.emails for c in contacts] == [
        ["jan.novak@example-lab.org"], ["eva.lind@ostfield.se"], ["marta@ostfield.org"],
        ["info-europe@ostfield.org"]]
    assert [c.name for c in contacts] == ["Jan Novak", "Eva Lind", "Marta Ruiz", None]


def test_a_contact_block_after_the_end_mark():
    contacts, blocks = read(
        HEAD + BODY + "# # #\n\nMEDIA CONTACT:\n\nRosa Diaz\n\nCedar Labs\n\n+1 617 253 1000\n\n"
        "rosa@cedarlabs.io\n", "US")
    assert as_tuples(contacts) == [("Rosa Diaz", "Cedar Labs", ["+16172531000"], ["rosa@cedarlabs.io"])]
    assert roles(blocks)["MEDIA CONTACT:"] == "contact_heading"


def test_a_contact_line_before_the_headline():
    contacts, _ = read("MEDIA CONTACT: Jane Roe, Acme Corp., (617) 253-1000, jane.roe@acme.com\n\n"
                       "FOR IMMEDIATE RELEASE\n\n" + HEAD + BODY, "US")
    assert as_tuples(contacts) == [("Jane Roe", "Acme Corp.", ["+16172531000"], ["jane.roe@acme.com"])]


def test_a_desk_inbox_takes_its_org_from_the_name_the_release_uses():
    contacts, _ = read("# Quillon 3.0 Released\n\nQuillon 3.0 is out today. The Quillon team thanks every "
                       "contributor for the work that went into it.\n\n## About Quillon\n\n"
                       "Quillon is an open-source notebook.\n\nContact:\n\npress@quillon.io\n")
    assert as_tuples(contacts) == [(None, "Quillon", [], ["press@quillon.io"])]


def test_an_inbox_domain_spelling_an_office_gives_that_office():
    contacts, _ = read("# Bridge Closed\n\nCONTACT: media@rivertonpd.org\n\nThe Riverton Police Department said "
                       "on Monday that the old bridge will stay closed. Officers of the Riverton Police "
                       "Department will direct traffic through the week.\n", "US")
    assert as_tuples(contacts) == [(None, "Riverton Police Department", [], ["media@rivertonpd.org"])]


def test_an_inbox_with_no_org_in_the_release_has_none():
    contacts, _ = read(HEAD + BODY + "Contact:\n\nhello@zentrovia.net\n")
    assert as_tuples(contacts) == [(None, None, [], ["hello@zentrovia.net"])]


def test_a_national_number_is_read_in_the_release_region():
    text = HEAD + BODY + "Media contact\n\nAmy Leung\n\nTel: 2123 4567\n\namy.leung@harbourline.com.hk\n"
    contacts, _ = read(text, "HK")
    assert contacts[0].phones == ["+85221234567"]
    us, _ = read(text.replace("2123 4567", "(617) 253-1000"), "US")
    assert us[0].phones == ["+16172531000"]


def test_fax_numbers_are_skipped_and_the_address_stays_in_the_block():
    contacts, blocks = read(
        HEAD + BODY + "Pressekontakt\n\nAnna Schmidt\n\nT. +49 30 1234 5678\n\nF. +49 30 1234 5679\n\n"
        "E. anna.schmidt@nordlicht-ag.de\n\nNordlicht AG\n\nSeestraße 12\n\n10115 Berlin\n", "DE")
    assert as_tuples(contacts) == [
        ("Anna Schmidt", "Nordlicht AG", ["+493012345678"], ["anna.schmidt@nordlicht-ag.de"])]
    assert roles(blocks)["10115 Berlin"] == "contact"


def test_a_chinese_contact_block():
    contacts, _ = read("# 海港机器人开设新实验室\n\n海港机器人今日在观塘开设新实验室。\n\n传媒查询：\n\n海港机器人有限公司\n\n"
                       "陈小姐\n\n电话：(852) 2123 4567\n\n电邮：chan@harbourline.com.hk\n")
    assert as_tuples(contacts) == [("陈小姐", "海港机器人有限公司", ["+85221234567"], ["chan@harbourline.com.hk"])]


def test_investor_relations_as_a_heading_and_as_a_role():
    contacts, blocks = read(
        HEAD + BODY + "Media Contact\n\nRosa Diaz\n\n+1 617 253 1000\n\nrosa@cedarlabs.io\n\n"
        "Investor Relations\n\nMark Olsen\n\n+1 617 253 1001\n\nir@cedarlabs.io\n", "US")
    assert [c.name for c in contacts] == ["Rosa Diaz", "Mark Olsen"]
    assert roles(blocks)["Investor Relations"] == "contact_heading"
    assert contacts[1].role is None
    contacts, blocks = read(HEAD + BODY + "Mark Olsen\n\nInvestor Relations\n\n+1 617 253 1001\n\n"
                            "ir@cedarlabs.io\n", "US")
    assert [(c.name, c.role) for c in contacts] == [("Mark Olsen", "Investor Relations")]
    assert roles(blocks)["Investor Relations"] == "contact"


def test_html_lines_with_br():
    html = ("<html><body><h1>Acme Anvils</h1><p>Acme makes anvils.</p><p><b>Media Contact:</b><br>Jane Roe<br>"
            "Acme Corp.<br>Phone: 617-253-1000<br>Fax: 617-253-1001<br>jane.roe@acme.com</p>"
            "<p>About Acme</p><p>Acme has made anvils in the desert near the canyon for a very long time.</p>"
            "</body></html>")
    contacts, _ = read(html, "US", ".html")
    assert as_tuples(contacts) == [("Jane Roe", "Acme Corp.", ["+16172531000"], ["jane.roe@acme.com"])]


def test_lines_joined_by_a_space_are_split_into_name_org_and_role():
    # Markdown joins the lines of one paragraph with a space: the lines must be found again.
    contacts, _ = read(
        HEAD + BODY + "Investor Contact:\nSam Patel\nCorvane Robotics, Inc.\n+1 408-555-0199\nir@corvane.com\n\n"
        "**Pressekontakt:**\nSolvia Wärmetechnik AG\nJonas Petersen\nLeiter Unternehmenskommunikation\n"
        "Tel.: +49 30 2345 6789\nE-Mail: presse@solvia-waerme.de\n", "US")
    assert as_tuples(contacts) == [
        ("Sam Patel", "Corvane Robotics, Inc.", ["+14085550199"], ["ir@corvane.com"]),
        ("Jonas Petersen", "Solvia Wärmetechnik AG", ["+493023456789"], ["presse@solvia-waerme.de"])]
    assert contacts[1].role == "Leiter Unternehmenskommunikation"


def test_agencies_for_clients_with_two_people_each_on_one_line():
    contacts, _ = read(
        HEAD + BODY + "## Media Contacts\n\n**Brightline Communications for Orchard Health**\n"
        "Lena Hoffmann, +1 646 555 0121, lena@brightlinecomms.com; Marcus Webb, +1 646 555 0178, "
        "marcus@brightlinecomms.com\n\n**Tidewater PR for Kestrel Bio**\n"
        "Sofia Brandt, +1 617 555 0190, sofia@tidewaterpr.com; Dev Anand, +1 617 555 0165, dev@tidewaterpr.com\n")
    assert [(c.name, c.organization) for c in contacts] == [
        ("Lena Hoffmann", "Brightline Communications"), ("Marcus Webb", "Brightline Communications"),
        ("Sofia Brandt", "Tidewater PR"), ("Dev Anand", "Tidewater PR")]
    assert [c.phones for c in contacts] == [["+16465550121"], ["+16465550178"], ["+16175550190"], ["+16175550165"]]


def test_wire_source_line_and_copyright_footer_are_no_organisation():
    contacts, _ = read(HEAD + BODY + "Media Contact:\n\nAmy Ross\n\n+1 617 253 1000\n\namy@corvane.com\n\n"
                       "SOURCE Corvane Robotics, Inc.\n\n© 2025 Corvane Robotics, Inc. All rights reserved.\n", "US")
    assert [(c.name, c.phones, c.emails) for c in contacts] == [("Amy Ross", ["+16172531000"], ["amy@corvane.com"])]
    assert contacts[0].organization == "Corvane"  # spelled by the e-mail domain, not read off those lines


def test_a_british_contact_sentence_with_on_and_or():
    contacts, _ = read(HEAD + BODY + "For further information please contact: Tom Ashby on +44 20 7946 0123 or "
                       "tom.ashby@fenwickwater.org.uk\n")
    assert as_tuples(contacts) == [("Tom Ashby", None, ["+442079460123"], ["tom.ashby@fenwickwater.org.uk"])]


def test_a_national_number_is_read_in_the_country_of_the_email_domain():
    contacts, _ = read(HEAD + BODY + "**Media enquiries:** Callum Reid, Head of Communications, "
                       "0161 496 0732 / 07723 418905, callum.reid@nef.org.uk\n")
    assert as_tuples(contacts) == [("Callum Reid", None, ["+441614960732", "+447723418905"], ["callum.reid@nef.org.uk"])]
    assert contacts[0].role == "Head of Communications"


def test_chinese_lines_joined_by_a_space_and_a_role_before_the_name():
    contacts, _ = read("# 港灣智能公佈業績\n\n港灣智能今日公佈全年業績。\n\n傳媒查詢\n港灣智能科技集團有限公司\n黃小姐\n"
                       "電話：(852) 2123 4567\n電郵：media@harbourai.com.hk\n\n媒體聯絡人\n公關經理 鄭雅婷\n"
                       "電話：(02) 2720-1234 分機 305\n電子郵件：press@greenhill.com.tw\n")
    assert as_tuples(contacts) == [
        ("黃小姐", "港灣智能科技集團有限公司", ["+85221234567"], ["media@harbourai.com.hk"]),
        ("鄭雅婷", None, ["+886227201234"], ["press@greenhill.com.tw"])]
    assert contacts[1].role == "公關經理"


# --- what is not a contact ---------------------------------------------------------------------

def test_a_phone_number_in_body_prose_is_not_a_contact():
    contacts, blocks = read(HEAD + "Call the hotline on +1 617 253 1000 or write to help@cedarlabs.io for "
                            "tickets, the company said in a statement on Monday.\n\n" + BODY, "US")
    assert contacts == []
    assert not any(b.role.startswith("contact") for b in blocks)


def test_a_contact_heading_over_prose_marks_nothing():
    contacts, blocks = read(HEAD + BODY + "## Contact\n\nIf you would like to learn more about the lab, our "
                            "team will be happy to show you around on any weekday afternoon.\n", "US")
    assert contacts == []
    assert not any(b.role.startswith("contact") for b in blocks)


def test_the_same_contact_twice_is_one():
    contacts, _ = read("Media Contact: Rosa Diaz, Cedar Labs, +1 617 253 1000, rosa@cedarlabs.io\n\n"
                       + HEAD + BODY + "###\n\nMedia Contact\n\nRosa Diaz\n\nCedar Labs\n\n+1 617 253 1000\n\n"
                       "rosa@cedarlabs.io\n\nrosa@cedarlabs.io\n", "US")
    assert as_tuples(contacts) == [("Rosa Diaz", "Cedar Labs", ["+16172531000"], ["rosa@cedarlabs.io"])]


# --- phones --------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, region, expected", [
    ("( 852 ) 2123 4567", None, "+85221234567"),
    ("(852)3987 6543", "HK", "+85239876543"),
    ("(852)3987 6543", "US", "+85239876543"),
    ("+1 617 253 1000", None, "+16172531000"),
    ("T. +49 30 / 1234 5678", None, "+493012345678"),
    ("+1 617 253 1000 ext. 12", None, "+16172531000"),
    ("617-253-1000 x12", "US", "+16172531000"),
    ("2123 4567", "HK", "+85221234567"),
    ("030 1234 5678", "DE", "+493012345678"),
    ("0049 30 12345678", None, "+493012345678"),
    ("+44 (0)20 7946 0000", None, "+442079460000"),
    ("2123 4567", "ZZ", None),
    ("12", "HK", None),
    ("", None, None),
    ("no number here", "US", None),
])
def test_normalise_phone(raw, region, expected):
    assert normalise_phone(raw, region) == expected


# --- adversarial text ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "1 " * 50000, "1" * 100000, "1-2-3-" * 20000, "a" * 100000, "a" * 100000 + "@", "a." * 50000 + "@b",
    "a@" * 50000, "a at " * 20000, "a [at] b [dot] " * 8000, "aB" * 50000, "(" * 100000, "+1 " * 40000,
    "WatTel: (852)2584 4554Email: x@y.org" * 2000,
])
def test_adversarial_text_stays_fast(body):
    blocks = [Block("paragraph", "Media Contacts:"), Block("paragraph", body),
              Block("paragraph", "desk@example.org"), Block("paragraph", "Contact: " + body)]
    for i, block in enumerate(blocks):
        block.index = i
    extract_contacts(blocks, "HK")  # never raises on it


@pytest.mark.parametrize("unit", ["1 ", "1-2-3-", "a.", "a@", "a [at] b [dot] ", "+1 ", "aB",
                                  "WatTel: (852)2584 4554Email: x@y.org "])
def test_adversarial_contact_text_takes_time_linear_in_its_length(unit):
    def blocks_of(count: int) -> list[Block]:
        body = unit * count
        made = [Block("paragraph", "Media Contacts:"), Block("paragraph", body),
                Block("paragraph", "desk@example.org"), Block("paragraph", "Contact: " + body)]
        for i, block in enumerate(made):
            block.index = i
        return made

    ratio = growth(lambda blocks: extract_contacts(blocks, "HK"), blocks_of, 25_000 // len(unit))
    assert ratio < LINEAR, f"4x the text took {ratio:.1f}x the time"


def test_a_long_contact_block_takes_time_linear_in_its_lines():
    def block_lines(count: int) -> list[Block]:
        lines = [Block("paragraph", "Press contacts:")]
        lines += [Block("paragraph", f"Jo Vale{i}, press officer, +1 202 555 {i % 10000:04d}, jo{i}@example.org")
                  for i in range(count)]
        for i, block in enumerate(lines):
            block.index = i
        return lines

    ratio = growth(lambda blocks: extract_contacts(blocks, "US"), block_lines, 500)
    assert ratio < LINEAR, f"4x the lines took {ratio:.1f}x the time"


def test_a_contact_without_org_belongs_to_the_boilerplate_organisation_its_domain_fits():
    from mediakit.core.analyse import parse_release

    text = ("# Tamsin Valley Rail Reopens Its Line\n\nPORTLAND, Ore., September 22, 2025 – Tamsin Valley Rail "
            "today reopened the Upper Tamsin line after a three-year rebuild of its bridges and tunnels.\n\n"
            "## ABOUT TAMSIN VALLEY RAIL\n\nTamsin Valley Rail is a regional railroad owned by four counties.\n\n"
            "Media contact: Ruth Abernathy, 503-555-0148, rabernathy@tamsinrail.org; "
            "Ola Berg, 503-555-0149, ola@brightsidepr.com\n")
    release = parse_release(text)
    assert [(c.name, c.organization) for c in release.contacts] == [
        ("Ruth Abernathy", "Tamsin Valley Rail"), ("Ola Berg", None)]


def test_french_press_contact_and_media_investor_labels():
    contacts, _ = read(HEAD + BODY + "**Contact presse :**\nJulien Marchand – julien.marchand@helios.fr – "
                       "+33 6 12 34 56 78\n\n**Contacts**\n\nMedia:<br>Hannah Cole<br>Lumora Health<br>"
                       "hannah.cole@lumorahealth.com\n\nInvestors: Peter Nagy, Westfield Capital, pnagy@westfieldcap.com\n")
    assert [(c.name, c.organization, c.role) for c in contacts] == [
        ("Julien Marchand", None, None), ("Hannah Cole", "Lumora Health", None),
        ("Peter Nagy", "Westfield Capital", None)]
    assert contacts[0].phones == ["+33612345678"]


def test_a_domain_spelling_the_start_of_an_organisation_name_gives_the_whole_name():
    contacts, _ = read("# Splash Pads Open\n\nThe Austin Parks and Recreation Department will open three new "
                       "splash pads on Saturday.\n\nContact: Maria Gonzalez, mgonzalez@austinparks.org\n")
    assert contacts[0].organization == "Austin Parks and Recreation Department"


def test_legal_form_after_a_name_like_company_and_no_phrase_across_blocks():
    contacts, _ = read(HEAD + BODY + "Press Contact:\n\nHoshino Robotics Co., Ltd., Public Relations\n\n"
                       "Yuki Sato\n\nTel: +81-3-5555-0123\n\nE-mail: pr@hoshino-robotics.co.jp\n")
    assert as_tuples(contacts) == [
        ("Yuki Sato", "Hoshino Robotics Co., Ltd.", ["+81355550123"], ["pr@hoshino-robotics.co.jp"])]
    contacts, _ = read("# Report on Safe Streets\n\nThe report was written for Safe Streets\n\nThe Coalition met "
                       "today.\n\nContact: Dana Whitfield, dana@safestreetscoalition.org\n")
    assert contacts[0].organization is None


def test_a_contact_sentence_at_the_end_of_the_release():
    contacts, blocks = read(HEAD + BODY + "For more information, contact Jenna Morales at (631) 555-0148 or "
                            "jmorales@brookhavenlibrary.org.\n", "US")
    assert [(c.name, c.phones, c.emails) for c in contacts] == [
        ("Jenna Morales", ["+16315550148"], ["jmorales@brookhavenlibrary.org"])]
    prose, _ = read(HEAD + "For more information about the lab, the company said, visitors can tour it on "
                    "weekdays.\n\n" + BODY, "US")
    assert prose == []


def test_an_organisation_made_of_name_like_words_is_not_split_into_a_person():
    contacts, _ = read(HEAD + BODY + "Media Contact:\nAcme Robotics Holdings Group\nAmy Ross\n+1 617 253 1000\n"
                       "amy@acmerobotics.com\n", "US")
    assert as_tuples(contacts) == [("Amy Ross", "Acme Robotics Holdings Group", ["+16172531000"],
                                    ["amy@acmerobotics.com"])]


def test_a_german_further_information_label_opens_a_contact_card():
    contacts, _ = read(
        HEAD + BODY + "Weitere Informationen:\n\nKarla Wendt\n\nFerngas Nord GmbH\n\nTel.: +49 40 5550 1234\n\n"
        "karla.wendt@ferngas-nord.example\n", "DE")
    assert as_tuples(contacts) == [
        ("Karla Wendt", "Ferngas Nord GmbH", ["+494055501234"], ["karla.wendt@ferngas-nord.example"])]
    html = ("<html><body><h1>Lanternfish Trust Opens a Reading Room</h1><p>" + BODY.strip() + "</p>"
            "<p><b>Für weitere Informationen</b><br>Ole Brandt<br>Leiter Kommunikation<br>Telefon 0221 555 0188<br>"
            "o.brandt@lanternfish.example</p></body></html>")
    html_contacts, _ = read(html, "DE", ".html")
    assert [(c.name, c.phones, c.emails) for c in html_contacts] == [
        ("Ole Brandt", ["+492215550188"], ["o.brandt@lanternfish.example"])]
