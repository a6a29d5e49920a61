"""A German publisher named by its kind first, a municipal utility or savings bank ("Stadtwerke
Wendlingen", "Kreissparkasse Wendlingen"), is an organisation, not a person's two-word name: a
contact card without an organisation of its own takes it from the lead sentence.

Every release here is made up; the numbers are ones ``phonenumbers`` accepts as valid.
"""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

_LEAD = ("Wendlingen, 5. März 2031 – Die {org} eröffnen am Bahnhof eine Ladestation für zwanzig Elektroautos, "
         "die rund um die Uhr zugänglich ist.")


def _release(style: str, org: str):
    lead = _LEAD.format(org=org)
    if style == "md":
        text = (f"# {org} eröffnen Ladestation am Bahnhof\n\n{lead}\n\n**Pressekontakt**\n\n"
                "Marlene Quast  \nTelefon +49 7024 555 0142  \nmarlene.quast@sw-wendlingen.example\n")
        return parse_release(text, name="r.md")
    text = (f"{org} eröffnen Ladestation am Bahnhof\n\n{lead}\n\nPressekontakt:\nMarlene Quast\n"
            "Telefon +49 7024 555 0142\nmarlene.quast@sw-wendlingen.example\n")
    return parse_release(text, name="r.txt")


@pytest.mark.parametrize("style", ["txt", "md"])
@pytest.mark.parametrize("org", ["Stadtwerke Wendlingen", "Kreissparkasse Wendlingen"])
def test_a_utility_or_savings_bank_in_the_lead_is_the_contacts_organisation(style, org):
    cards = [(c.name, c.organization) for c in _release(style, org).contacts]
    assert cards == [("Marlene Quast", org)]
