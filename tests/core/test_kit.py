"""Media kits (a zip or a folder): the release picked, the other files listed as assets, nothing unsafe."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib

import pytest
from kitmaker import docx_bytes, jpeg, make_folder, make_zip, png

from mediakit.__main__ import main
from mediakit.core.analyse import ReleaseError, load_release
from mediakit.core.kit import read_asset
from mediakit.core.kit.archive import MAX_TOTAL_BYTES
from mediakit.core.kit.images import image_info

RELEASE_MD = (
    "# Copperfield Bakery Opens a Night Oven\n\n"
    "MILLBROOK, June 4, 2031 — Copperfield Bakery will bake through the night from July.\n\n"
    "The bakery hires 12 night bakers.\n"
)
FACTS_TXT = "Fact sheet\n\n" + "Ovens: two. Loaves a night: many.\n" * 200


def kit_files() -> dict[str, bytes]:
    return {
        "Bakery kit/Press Release - Night Oven.docx": docx_bytes(
            "Copperfield Bakery Opens a Night Oven",
            "MILLBROOK, June 4, 2031 — The bakery will bake through the night and hires 12 bakers."),
        "Bakery kit/factsheet.txt": FACTS_TXT.encode(),
        "Bakery kit/photos/oven.png": png(40, 30, {b"Description": b"The new oven at dusk", b"Author": b"R. Quill"}),
        "Bakery kit/photos/loaves.jpg": jpeg(1200, 800, "Loaves cooling on racks", "Tamsin Ode / Millbrook Studio"),
    }


def cli_json(path, capsys) -> dict:
    assert main(["--json", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("shape", ["zip", "folder"])
def test_a_kit_shows_its_release_and_lists_the_photos_and_documents(tmp_path, capsys, shape):
    path = tmp_path / ("bakery.zip" if shape == "zip" else "bakery")
    (make_zip if shape == "zip" else make_folder)(path, kit_files())
    before = sorted(p.name for p in tmp_path.rglob("*"))
    model = cli_json(path, capsys)
    assert model["title"] == "Copperfield Bakery Opens a Night Oven"
    assert model["date"] == "2031-06-04"
    assert model["source"] == {"format": "docx",
                               "kit": {"path": str(path), "release": "Bakery kit/Press Release - Night Oven.docx"}}
    assets = {a["name"]: a for a in model["assets"]}
    assert set(assets) == {"Bakery kit/factsheet.txt", "Bakery kit/photos/oven.png", "Bakery kit/photos/loaves.jpg"}
    assert assets["Bakery kit/photos/oven.png"] == {
        "name": "Bakery kit/photos/oven.png", "kind": "image", "media_type": "image/png",
        "bytes": len(kit_files()["Bakery kit/photos/oven.png"]), "width": 40, "height": 30,
        "caption": "The new oven at dusk", "credit": "R. Quill"}
    jpg = assets["Bakery kit/photos/loaves.jpg"]
    assert (jpg["width"], jpg["height"], jpg["caption"], jpg["credit"]) == (
        1200, 800, "Loaves cooling on racks", "Tamsin Ode / Millbrook Studio")
    assert assets["Bakery kit/factsheet.txt"]["kind"] == "document"
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing was extracted beside the kit


def test_an_asset_is_read_again_from_its_kit(tmp_path):
    path = tmp_path / "bakery.zip"
    make_zip(path, kit_files())
    release = load_release(path)
    oven = next(a for a in release.assets if a.name.endswith("oven.png"))
    assert read_asset(oven.origin, oven.member) == kit_files()["Bakery kit/photos/oven.png"]


def test_a_release_is_found_by_its_opening_words_when_no_name_says_so(tmp_path):
    files = {"a.txt": FACTS_TXT.encode(),  # the largest document, but no release
             "b.md": ("新聞稿\n\n" + RELEASE_MD).encode()}
    path = tmp_path / "kit"
    make_folder(path, files)
    release = load_release(path)
    assert release.kit_release == "b.md"
    assert release.title == "Copperfield Bakery Opens a Night Oven"


def test_without_words_the_largest_document_is_the_release(tmp_path):
    path = tmp_path / "kit.zip"
    make_zip(path, {"short.txt": b"Hello there, a short note.", "long.md": RELEASE_MD.encode()})
    assert load_release(path).kit_release == "long.md"


def test_a_german_file_name_names_the_release(tmp_path):
    path = tmp_path / "kit.zip"
    make_zip(path, {"hintergrund.md": FACTS_TXT.encode(), "Pressemitteilung_Ofen.md": RELEASE_MD.encode()})
    assert load_release(path).kit_release == "Pressemitteilung_Ofen.md"


def test_a_member_whose_path_leaves_the_kit_is_left_out_with_a_warning(tmp_path):
    path = tmp_path / "kit.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("release.md", RELEASE_MD)
        archive.writestr("../../outside.png", png(2, 2))
        archive.writestr("/etc/absolute.txt", "x")
    release = load_release(path)
    assert release.assets == []
    assert sum("outside the kit" in w for w in release.warnings) == 2
    assert not (tmp_path.parent / "outside.png").exists()


def test_a_link_out_of_a_folder_kit_is_left_out(tmp_path):
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("private notes")
    kit = tmp_path / "kit"
    make_folder(kit, {"release.md": RELEASE_MD.encode()})
    (kit / "notes.txt").symlink_to(secret)
    release = load_release(kit)
    assert [a.name for a in release.assets] == []
    assert any("outside the kit" in w for w in release.warnings)


def _lying_zip(declared: int) -> bytes:
    """A small zip whose directory says its one member unpacks to ``declared`` bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("release.md", RELEASE_MD)
    data = bytearray(out.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 24:central + 28] = struct.pack("<I", declared)
    data[22:26] = struct.pack("<I", declared)
    return bytes(data)


def test_a_zip_bomb_is_refused_from_its_directory_before_anything_is_inflated(tmp_path, monkeypatch):
    path = tmp_path / "bomb.zip"
    path.write_bytes(_lying_zip(MAX_TOTAL_BYTES + 1))

    def no_reading(*_args, **_kwargs):
        raise AssertionError("a member was read")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_reading)
    with pytest.raises(ReleaseError, match="zip bomb") as caught:
        load_release(path)
    assert "\n" not in str(caught.value)


def test_a_member_packed_far_too_tightly_is_refused(tmp_path):
    path = tmp_path / "tight.zip"
    make_zip(path, {"release.md": RELEASE_MD.encode(), "zeros.txt": bytes(4 * 1024 * 1024)})
    with pytest.raises(ReleaseError, match="zip bomb"):
        load_release(path)


def test_a_zip_in_a_zip_is_opened_one_level_only(tmp_path):
    deepest = io.BytesIO()
    make_zip(deepest, {"deep.md": RELEASE_MD.encode()})
    inner = io.BytesIO()
    make_zip(inner, {"photo.png": png(3, 4), "deeper.zip": deepest.getvalue()})
    path = tmp_path / "outer.zip"
    make_zip(path, {"Press release.md": RELEASE_MD.encode(), "photos.zip": inner.getvalue()})
    release = load_release(path)
    names = {a.name: a for a in release.assets}
    assert (names["photos.zip/photo.png"].width, names["photos.zip/photo.png"].height) == (3, 4)
    assert names["photos.zip/deeper.zip"].kind == "other"
    assert any("zip inside a zip" in w for w in release.warnings)


def test_a_kit_without_any_document_is_refused_in_one_line(tmp_path):
    path = tmp_path / "photos"
    make_folder(path, {"one.png": png(2, 2), "two.png": png(3, 3)})
    with pytest.raises(ReleaseError, match="holds no release"):
        load_release(path)


@pytest.mark.parametrize("data, size", [
    (b"GIF89a" + struct.pack("<HH", 320, 240) + b"\0" * 8, (320, 240)),
    (b"RIFF\0\0\0\0WEBPVP8X" + b"\0" * 8 + (639).to_bytes(3, "little") + (479).to_bytes(3, "little"), (640, 480)),
    (png(7, 5), (7, 5)),
    (jpeg(33, 44, "", ""), (33, 44)),
    (b"not an image at all", (None, None)),
    (b"\x89PNG\r\n\x1a\n\0\0", (None, None)),  # cut short: no size, no error
])
def test_image_sizes_come_from_the_header(data, size):
    info = image_info(data)
    assert (info.width, info.height) == size


def test_xmp_caption_and_credit_win_over_exif_text():
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description>'
           b'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Lanterns over the quay &amp; the boats</rdf:li>'
           b'</rdf:Alt></dc:description><photoshop:Credit>Harbour Photo Desk</photoshop:Credit>'
           b'</rdf:Description></rdf:RDF></x:xmpmeta>')
    body = b"XML:com.adobe.xmp\0\0\0\0\0" + xmp
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + b"\0\0\0\0"
    data = png(2, 2, {b"Description": b"plain text description"})
    data = data[:33] + chunk + data[33:]
    info = image_info(data)
    assert (info.caption, info.credit) == ("Lanterns over the quay & the boats", "Harbour Photo Desk")


def test_a_plain_release_has_a_source_and_no_assets(tmp_path, capsys):
    path = tmp_path / "note.md"
    path.write_text(RELEASE_MD, encoding="utf-8")
    model = cli_json(path, capsys)
    assert model["source"] == {"format": "markdown", "kit": None}
    assert model["assets"] == []


def test_an_encrypted_pdf_in_a_kit_says_it_needs_a_password(tmp_path):
    from documents import pdf_bytes as _pdf

    data = _pdf(["Sealed news"]).replace(
        b"trailer\n<< ", b"trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O <" + b"41" * 32 + b"> /U <"
        + b"42" * 32 + b"> /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ")
    path = tmp_path / "kit.zip"
    make_zip(path, {"press release.pdf": data, "photo.png": png(2, 2)})
    with pytest.raises(ReleaseError, match="encrypted") as caught:
        load_release(path)
    assert "\n" not in str(caught.value)


def test_damaged_kits_and_images_give_one_line_or_a_release_never_a_traceback(tmp_path):
    import random

    buffer = io.BytesIO()
    make_zip(buffer, {"press release.md": RELEASE_MD.encode(), "a.png": png(5, 5, {b"Author": b"Q"}),
                      "b.jpg": jpeg(4, 4, "cap", "by"), "c.docx": docx_bytes("Title of it", "Body text.")})
    seeds = [buffer.getvalue(), jpeg(10, 10, "caption", "by-line"), png(3, 3, {b"Description": b"x"})]
    rng = random.Random(20330407)
    path = tmp_path / "damaged.zip"
    for _ in range(150):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(data))
            if rng.random() < 0.7:
                data[at] = rng.randrange(256)
            else:
                del data[at:at + rng.randint(1, 40)]
        image_info(bytes(data))  # never raises
        path.write_bytes(bytes(data))
        try:
            release = load_release(path)
        except ReleaseError as exc:
            assert "\n" not in str(exc)
        else:
            assert release.title


def test_a_word_document_that_would_unpack_past_the_limit_is_refused_unread(tmp_path, monkeypatch):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    data = bytearray(out.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 24:central + 28] = struct.pack("<I", MAX_TOTAL_BYTES + 1)
    path = tmp_path / "huge.docx"
    path.write_bytes(bytes(data))
    import docx

    monkeypatch.setattr(docx, "Document", lambda *_: (_ for _ in ()).throw(AssertionError("python-docx ran")))
    with pytest.raises(ReleaseError, match="zip bomb"):
        load_release(path)


def test_a_release_whose_packed_data_is_damaged_gives_one_line(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("press release.md", RELEASE_MD * 20)
    data = bytearray(out.getvalue())
    start = 30 + len("press release.md")  # the local header, then the deflated bytes
    data[start + 5:start + 40] = b"\xff" * 35  # an invalid deflate stream (zlib.error, not BadZipFile)
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(ReleaseError, match="damaged") as caught:
        load_release(path)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("member", ["press release.md", "word/document.xml"])
def test_a_zip_of_an_unknown_version_is_refused_in_one_line(tmp_path, member):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(member, RELEASE_MD)
    data = bytearray(out.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6:central + 8] = struct.pack("<H", 193)  # "version needed to extract": 19.3
    path = tmp_path / "future.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(ReleaseError) as caught:
        load_release(path)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("order", ["<", ">"])
def test_a_photo_taken_upright_reports_the_size_a_viewer_shows(order):
    """EXIF orientation 6 (turned a quarter) swaps width and height; the artist tag is the credit."""
    artist = b"Juno Pell\0"
    mark = b"II" if order == "<" else b"MM"
    entries = [struct.pack(order + "HHI", 0x0112, 3, 1) + struct.pack(order + "HH", 6, 0),
               struct.pack(order + "HHII", 0x013B, 2, len(artist), 8 + 2 + 12 * 2 + 4)]
    tiff = mark + struct.pack(order + "HI", 42, 8) + struct.pack(order + "H", 2) + b"".join(entries) + b"\0" * 4 + artist
    app1 = b"Exif\0\0" + tiff
    data = b"\xff\xd8\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg(4000, 3000, "", "")[2:]
    info = image_info(data)
    assert (info.width, info.height, info.credit) == (3000, 4000, "Juno Pell")


def _long_header_jpeg(caption: str, credit: str, profile_bytes: int) -> bytes:
    """A JPEG header with a colour profile of ``profile_bytes`` (APP2 segments of 60,000 bytes,
    as cameras write them) before the XMP packet that holds the caption and credit."""
    packet = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description>'
              f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{caption}</rdf:li></rdf:Alt></dc:description>'
              f'<photoshop:Credit>{credit}</photoshop:Credit></rdf:Description></rdf:RDF></x:xmpmeta>').encode()
    count = -(-profile_bytes // 60_000)
    segments = b""
    for number in range(count):
        body = b"ICC_PROFILE\0" + bytes([number + 1, count]) + b"\x5a" * 60_000
        segments += b"\xff\xe2" + struct.pack(">H", len(body) + 2) + body
    app1 = b"http://ns.adobe.com/xap/1.0/\0" + packet
    segments += b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
    plain = jpeg(1600, 900, "", "")
    return plain[:2] + segments + plain[2:]


def _png_with_text_after_pixels(text: dict[bytes, bytes], data_bytes: int) -> bytes:
    """A PNG whose tEXt chunks follow ``data_bytes`` of image data, as some tools write them."""
    import random

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    plain = png(300, 200)
    head = plain[:33]  # signature and IHDR
    pixels = chunk(b"IDAT", random.Random(7).randbytes(data_bytes))
    words = b"".join(chunk(b"tEXt", key + b"\0" + value) for key, value in text.items())
    return head + pixels + words + chunk(b"IEND", b"")


@pytest.mark.parametrize("name, data, expected", [
    ("kiln.jpg", _long_header_jpeg("The kiln door half open", "Pell Arkwright", 150_000),
     ("The kiln door half open", "Pell Arkwright", (1600, 900))),
    ("sign.png", _png_with_text_after_pixels({b"Description": b"A painted sign above the gate",
                                              b"Author": b"Juno Veer"}, 200_000),
     ("A painted sign above the gate", "Juno Veer", (300, 200))),
])
def test_a_caption_past_the_first_kilobytes_of_a_photo_is_still_found(tmp_path, name, data, expected):
    path = tmp_path / "kiln.zip"
    make_zip(path, {"press release.md": RELEASE_MD.encode(), f"photos/{name}": data})
    asset = load_release(path).assets[0]
    assert (asset.caption, asset.credit, (asset.width, asset.height)) == expected


def test_a_photo_inside_a_zip_in_the_kit_is_read_again_whole(tmp_path):
    photo = png(6, 5, {b"Description": b"Reeds by the sluice"})
    inner = io.BytesIO()
    make_zip(inner, {"reeds.png": photo})
    path = tmp_path / "sluice.zip"
    make_zip(path, {"press release.md": RELEASE_MD.encode(), "photos.zip": inner.getvalue()})
    asset = next(a for a in load_release(path).assets if a.name == "photos.zip/reeds.png")
    assert asset.caption == "Reeds by the sluice"
    assert read_asset(asset.origin, asset.member) == photo


def _text_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@pytest.mark.parametrize("chunks, expected", [
    # zTXt: Latin-1, compressed (Qt writes a long description so)
    ([(b"zTXt", b"Description\0\0" + zlib.compress("Café lamps along the weir, lit at dusk".encode("latin-1"))),
      (b"tEXt", b"Author\0Odile Ferrand")],
     ("Café lamps along the weir, lit at dusk", "Odile Ferrand")),
    # iTXt: UTF-8, one compressed and one plain, each with a language tag
    ([(b"iTXt", b"Description\0\1\0ja\0\0" + zlib.compress("堤防の街灯、夕暮れに点灯".encode())),
      (b"iTXt", b"Copyright\0\0\0ja\0\0" + "川辺写真室".encode())],
     ("堤防の街灯、夕暮れに点灯", "川辺写真室")),
])
def test_a_png_caption_in_a_compressed_or_international_text_chunk_is_read(chunks, expected):
    plain = png(8, 6)
    data = plain[:33] + b"".join(_text_chunk(kind, body) for kind, body in chunks) + plain[33:]
    info = image_info(data)
    assert (info.caption, info.credit, info.width, info.height) == (*expected, 8, 6)


def test_a_png_text_chunk_that_unpacks_huge_is_cut_short():
    body = b"Description\0\0" + zlib.compress(b"a" * 5_000_000)
    plain = png(2, 2)
    info = image_info(plain[:33] + _text_chunk(b"zTXt", body) + plain[33:])
    assert info.caption == "a" * 65536
