"""Media kits: a zip, a folder or a saved e-mail holding a release and its photos and documents.

``read_kit`` opens the kit (``archive``: in memory, within limits), picks the release
(``pick``), reads it like any release file and lists every other file as an ``Asset``
with its pixel size, caption and credit (``images``). ``read_asset`` gives the window the
bytes of one asset again, from the same kit, by the same safe rules.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from ..model import Asset
from ..reader import ReleaseError, SourceText
from .archive import MAX_TOTAL_BYTES, Contents, Member, folder_members, is_zip, safe_name, zip_members
from .images import FIRST_HEAD_BYTES, HEAD_BYTES, ImageInfo, image_info
from .pick import kind_of, media_type, names_release, pick_release

__all__ = ["MAX_TOTAL_BYTES", "read_asset", "read_kit", "kit_members", "pick_release"]

EMAIL_BODY_WORDS = 60  # a body shorter than this beside an attached document is a covering note
METADATA_BUDGET = 64 * 1024 * 1024  # bytes of image headers read for sizes and captions, for the whole kit


def kit_members(path: Path, data: bytes | None) -> tuple[Contents, str, dict[str, str | None]]:
    """The files of the kit at ``path`` (``data``: its bytes, None for a folder), its format, and
    for an e-mail its subject and date."""
    if data is None:
        return folder_members(path), "folder", {}
    from ..formats import EMAIL, sniff

    if sniff(data, path.name) == EMAIL:
        from ..formats.eml import parse_message

        message = parse_message(data)
        members = [_bytes_member(part.name, part.data) for part in ([message.body] if message.body else [])]
        members += [_bytes_member(part.name, part.data) for part in message.attachments]
        return Contents(members, []), "email", {"subject": message.subject, "date": message.date}
    return zip_members(data, str(path)), "zip", {}


def _bytes_member(name: str, data: bytes) -> Member:
    return Member(name, len(data), lambda limit: data if limit < 0 else data[:limit])


def read_kit(path: Path, data: bytes | None, release_name: str | None = None) -> SourceText:
    """The release of the kit at ``path`` (or the member ``release_name``) with the kit's other files as assets."""
    contents, container, facts = kit_members(path, data)
    members = contents.members
    release = _release_member(members, container, release_name)
    if release is None:
        raise ReleaseError(path, f"this {_container_word(container)} holds no release (no text, PDF or Word document)")
    try:
        source = _member_source(release, path)
    except ReleaseError as exc:
        if container != "email" or release is members[0] or release_name is not None or not _has_body(members):
            raise
        contents.warnings.append(f"The attached “{release.name}” could not be read ({exc.problem}): "
                                 "the message itself is shown.")
        release = members[0]
        source = _member_source(release, path)
    if container == "email":
        from ..formats.eml import BODY_NAME

        source.fallback_title, source.fallback_date = facts.get("subject"), facts.get("date")
        source.format = "email"
        kit_release = BODY_NAME if release is members[0] and _has_body(members) else release.name
    else:
        kit_release = release.name
    source.kit_path, source.kit_release = str(path), kit_release
    budget = [METADATA_BUDGET]
    source.assets = [_asset(m, str(path), budget) for m in members if m is not release]
    source.warnings = list(contents.warnings)
    return source


def _release_member(members: list[Member], container: str, wanted: str | None) -> Member | None:
    if wanted is not None:
        for member in members:
            if member.name == wanted:
                return member
        return None
    if container != "email" or not _has_body(members):
        return pick_release(members)
    body, attached = members[0], [m for m in members[1:] if kind_of(m.name) == "document"]
    named = [m for m in attached if names_release(PurePosixPath(m.name).name)]
    if named:
        return pick_release(named)
    if attached and _covering_note(body):
        return pick_release(attached)
    return body


def _has_body(members: list[Member]) -> bool:
    """True when the first member of an e-mail's kit is its body (a message may have none)."""
    from ..formats.eml import BODY_FILES

    return bool(members) and members[0].name in BODY_FILES


def _covering_note(member: Member) -> bool:
    """A body of a few words with no heading of its own only points to the attachment."""
    import re

    text = member.read().decode("utf-8", errors="replace")
    if member.name.endswith(".html") and re.search(r"<h[1-3]\b", text, re.I):
        return False
    return len(re.sub(r"<[^>]*>", " ", text).split()) < EMAIL_BODY_WORDS


def _member_source(member: Member, path: Path) -> SourceText:
    from ..reader import MAX_BYTES, source_from_bytes

    if member.size > MAX_BYTES:
        raise ReleaseError(path, f"the release “{member.name}” in this kit is too large (the limit is 50 MB)")
    data = member.read()
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")) and not member.name.lower().endswith((".docx", ".odt")):
        raise ReleaseError(path, f"“{member.name}” in this kit is an archive, not a release")
    return source_from_bytes(data, PurePosixPath(member.name).name, f"{path}/{member.name}")


def _asset(member: Member, origin: str, budget: list[int]) -> Asset:
    """The asset ``member`` is; an image's header is read while ``budget`` (bytes) lasts."""
    kind = kind_of(member.name)
    asset = Asset(name=member.name, kind=kind, media_type=media_type(member.name),  # type: ignore[arg-type]
                  bytes=member.size, origin=origin, member=member.name)
    if kind == "image" and budget[0] > 0:
        budget[0] -= min(member.size, HEAD_BYTES)
        try:
            info = _image_head(member)
        except ReleaseError:
            return asset
        asset.width, asset.height, asset.caption, asset.credit = info.width, info.height, info.caption, info.credit
    return asset


def _image_head(member: Member) -> ImageInfo:
    """What the image's first ``FIRST_HEAD_BYTES`` say, or its first ``HEAD_BYTES`` when those
    did not hold the whole header: a zip inflates eight times less of most photos."""
    head = member.read(FIRST_HEAD_BYTES)
    info = image_info(head)
    if info.complete or len(head) < FIRST_HEAD_BYTES:
        return info
    return image_info(member.read(HEAD_BYTES))


def read_asset(origin: str, member: str) -> bytes:
    """The bytes of the file ``member`` of the kit ``origin`` (raises ``ReleaseError`` if it is gone).

    A zip is read where the member lies (its directory, then the member), not whole: a
    thumbnail of one photo of a 30 MB kit reads that photo."""
    path = Path(origin)
    if path.is_dir():
        name = safe_name(member)
        if name is None:
            raise ReleaseError(member, "this path points outside the kit")
        return _member_bytes(folder_members(path), origin, member)
    try:
        with path.open("rb") as handle:
            if is_zip(handle.read(4)):
                handle.seek(0)
                return _member_bytes(zip_members(handle, str(path)), origin, member)
            handle.seek(0)
            data = handle.read()
    except OSError as exc:
        raise ReleaseError(origin, exc.strerror or "the kit could not be read") from None
    return _member_bytes(kit_members(path, data)[0], origin, member)


def _member_bytes(contents: Contents, origin: str, member: str) -> bytes:
    for candidate in contents.members:
        if candidate.name == member:
            return candidate.read()
    raise ReleaseError(origin, f"“{member}” is no longer in the kit")


def _container_word(container: str) -> str:
    return {"folder": "folder", "email": "e-mail", "zip": "zip file"}[container]
