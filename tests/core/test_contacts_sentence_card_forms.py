"""A contact handed over in a sentence after a label ("For media inquiries, please call Jo Roe at
(312) …, or via email: …": the person after the verb, "or via" no organisation), and a person's name
flattening glued to an agency's legal form ending in a capital ("… Kommunikation GmbHKatrin Weber").
Words and numbers of our own, in two styles: a wire's flattened Markdown and an HTML page."""

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


SENTENCE = """# Northgate Clinic Opens a Heart Unit

CHICAGO, IL - March 16, 2026 (NEWMEDIAWIRE) - Northgate Clinic today opened a heart unit with 40 beds.

 About Northgate Clinic

 Northgate Clinic runs three hospitals in Illinois.

 For media inquiries, please call Dana Whitcombe at (312) 555-0190, or via email: dwhitcombe@northgateclinic.org

View the original release on www.newmediawire.com
"""

GLUED = """# Fenmark AG Appoints a New Chief Technology Officer

MUNICH, Germany - March 17, 2026 (NEWMEDIAWIRE) - Fenmark AG today appointed a new chief technology officer.

 About Fenmark AG

 Fenmark AG makes industrial sensors.

 Press contact:Lindner Kommunikation GmbHKatrin WeberPhone: +49 89 2345 6701Email: k.weber@lindner-kom.de

View the original release on www.newmediawire.com
"""

SENTENCE_HTML = """<html><body><h1>Ashby Libraries extend opening hours</h1>
<p>BOSTON, March 18, 2026 &ndash; Ashby Libraries today extended the opening hours of its 12 branches.</p>
<p>For press inquiries, please call Marcus Fell at (617) 555-0134, or via e-mail: mfell@ashbylibraries.org.</p>
</body></html>"""

GLUED_HTML = """<html><body><h1>Kessler Optik AG opens a plant in Jena</h1>
<p>JENA, 18 March 2026 &ndash; Kessler Optik AG today opened a plant with 210 jobs.</p>
<p>Press contact:<span>Brandt Kommunikation GmbH</span><span>Jonas Brandt</span><span>Phone: +49 89 2345 6702</span><span>Email: j.brandt@brandt-kom.de</span></p>
</body></html>"""


def test_the_person_after_the_sentences_verb_is_the_contact():
    assert _cards(SENTENCE, "r.md") == [
        ("Dana Whitcombe", "Northgate Clinic", ["+13125550190"], ["dwhitcombe@northgateclinic.org"])]
    assert _cards(SENTENCE_HTML, "r.html") == [
        ("Marcus Fell", "Ashby Libraries", ["+16175550134"], ["mfell@ashbylibraries.org"])]


def test_a_name_glued_to_a_legal_form_ending_in_a_capital_comes_apart():
    assert _cards(GLUED, "r.md") == [
        ("Katrin Weber", "Lindner Kommunikation GmbH", ["+498923456701"], ["k.weber@lindner-kom.de"])]
    assert _cards(GLUED_HTML, "r.html") == [
        ("Jonas Brandt", "Brandt Kommunikation GmbH", ["+498923456702"], ["j.brandt@brandt-kom.de"])]
