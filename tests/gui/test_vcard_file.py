"""Saving vCards writes the file in one step and leaves nothing else behind."""

import vobject

from mediakit.core.model import Contact
from mediakit.gui.vcard import write_vcard


def test_saving_over_an_existing_vcard_replaces_it_whole(tmp_path):
    path = tmp_path / "media-contacts.vcf"
    path.write_text("old contents", encoding="utf-8")
    write_vcard(path, [Contact(name="Jane Doe", organization="Acme Ltd", phones=["+85231663841"],
                               emails=["jane@example.org"])])
    assert [p.name for p in tmp_path.iterdir()] == ["media-contacts.vcf"]
    card = vobject.readOne(path.read_text(encoding="utf-8"))
    assert card.fn.value == "Jane Doe" and card.tel.value == "+852 3166 3841"
