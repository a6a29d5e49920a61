"""Attributing a quotation: the speaker before it, after it, on a line of its own or by a dash.

Every pattern runs on a bounded window (``WINDOW`` characters) beside the quotation, so the
cost is linear in the text whatever the marks.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Block
from ..text import HEADING_MARKS
from . import chinese, japanese, patterns, signature
from .above import paragraph_above
from .antecedent import one_person
from .introductions import opens_last_sentence, role_where_named, subject
from .names import (
    _ABBREVIATIONS,
    _BOUNDARY,
    _HONORIFICS,
    _after_last_boundary,
    _bare,
    _before_first_boundary,
    _has_han,
    _has_role_word,
    _japanese_who,
    _real_boundary,
)
from .people import People, Person
from .spans import blank, is_sentence, scan, scan_double
from .who import first_parts

_PLURAL = lexicon.words("PLURAL_PRONOUNS")
WINDOW = 300  # characters of context read on each side of a quotation
# characters read after a quotation for the end of its "said Name, Role" sentence: a speaker with
# several appointments ("said Ann Roe, M.D., the …'s president, director of …, professor of …")
LONG_TAIL = 2 * WINDOW
_MAX_JA_NAMES = 64  # distinct Japanese surname look-ups per document (each one reads the text once)
_NAME_GOES_ON = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}(?=\s*[,.;]|\s*$)")
_PAREN_ROLE = re.compile(r"[（(]([^（）()]{1,120})[）)]\s*$")


class Attributor(People):
    # attribution ---------------------------------------------------------------------------
    def _lead_person(self, lead: str) -> Person | None:
        """"Name, Role, said: “" / "Role Name说：“" / "according to Name, “"."""
        lead = lead[-WINDOW:]
        if not lead.strip():
            return None
        japanese = patterns.JA_LEAD_SAID.search(lead[-120:])
        if japanese:
            return self._japanese_speaker(patterns.JA_SCENE.sub("", japanese.group("who")))
        cjk = patterns.LEAD_CJK_VERB.search(lead[-40:])
        if cjk:
            who = lead[:len(lead) - 40 + cjk.start()] if len(lead) > 40 else lead[:cjk.start()]
            who = re.split(r"[。！？；!?;\n]", who)[-1].strip()
            who = re.sub(r"[也还還则則亦更又]+$", "", who)
            return self._parse_who(who) if who else None
        verb = patterns.LEAD_VERB.search(lead[-120:])
        if verb:
            cut = len(lead) - min(len(lead), 120) + verb.start()
            who = _after_last_boundary(lead[:cut])
            return self._parse_who(who) if who.strip() else None
        first = patterns.LEAD_VERB_FIRST.match(_after_last_boundary(lead))
        if first and first.group("verb")[0].isupper():
            person = self._parse_who(first.group("who"))
            if person:
                return person
        if after := patterns.LEAD_ACCORDING_AFTER.search(lead[-200:]):  # "X ning so‘zlariga ko‘ra, «…»"
            return self._parse_who(after.group("who"))
        according = None
        for according in patterns.LEAD_ACCORDING.finditer(lead):  # noqa: B007 (the last one counts)
            pass
        if according is not None:
            who = lead[according.end():]
            if not blank(who) and _before_first_boundary(who) == who:
                return self._parse_who(who)
        return self._inline_label_person(lead) or self._introduced_person(lead)

    def _inline_label_person(self, lead: str) -> Person | None:
        """"山本花子氏のコメント：「…」", "Comment from Ann Roe, Chair: “…”": a comment label led into the
        quotation on its own line's start, ending in a colon."""
        if not lead.rstrip().endswith((":", "：")):
            return None
        return self._comment_label_person(re.split(r"[。！？\n]", lead)[-1].strip())

    def _introduced_person(self, lead: str) -> Person | None:
        """"Ann Roe says the survey is a first step: “…”": the subject of a reporting sentence that
        ends in a colon right before the quotation; or of any sentence that leads into it with a
        said-verb's participle ("Ann Roe welcomed the plan, noting that “…”")."""
        lead = lead.rstrip()
        if _has_han(lead):
            return None
        participle = patterns.LEAD_PARTICIPLE.search(lead[-80:])
        if participle:
            sentence = _after_last_boundary(lead[:len(lead) - min(len(lead), 80) + participle.start()])
            who = subject(sentence)
            return self._parse_who(who) if who else None
        if not lead.endswith((":", "：")):
            return None
        sentence = _after_last_boundary(lead[:-1])
        if scan_double(sentence):
            return None
        verb = patterns.REPORTING.search(" " + sentence)
        if verb is None:
            if 0 < len(sentence.strip()) <= 120 and re.search(r"[,，]", sentence):
                return self._parse_who(sentence.strip(), strict=True)  # "Ann Roe, chair of Ashgrove: “…”"
            who = subject(sentence)  # "Dijkgraaf Marieke Smit: “…”", "Auch Bürgermeister X zeigt sich zufrieden:"
            if who and _has_role_word(who):
                return self._parse_who(who, strict=True)
            return self._named_alone(lead, sentence)

        who = sentence[:max(0, verb.start() - 1)]
        return self._parse_who(who) if 0 < len(who.strip()) <= 120 else None

    def _named_alone(self, lead: str, sentence: str) -> Person | None:
        """"Ann Roe: “…”" opening its paragraph: a full name alone before the colon is the speaker
        where the release names that person elsewhere too (a place or a product so written is not
        named as a person is)."""
        name = sentence.strip()
        if lead.strip()[:-1].strip() != name or len(name.split()) > 4:
            return None
        person = self._parse_who(name, strict=True)
        if person is None or person[0] != name:
            return None
        mentions = sum(len(re.findall(r"(?<![\w’'])" + re.escape(name) + r"(?![\w’'])", b.text)) for b in self.blocks)
        return person if mentions >= 2 else None

    def _pronoun_person(self, pronoun: str) -> Person | None:
        """Whom "he said" stands for: the person a sentence before reports, (for a pronoun of one
        person) the one person the text before names, or the last speaker."""
        before = self._before
        found = self._reported_person() or (None if pronoun in _PLURAL else self._named_person(before))
        if found is None and _has_han(pronoun) and pronoun not in _PLURAL:
            name = chinese.one_titled_name(before[-WINDOW:])  # "市长张建国在开幕式上致辞。他表示：“…”"
            found = (name, self._chinese_role(name)) if name else None
        return found or super()._pronoun_person(pronoun)

    def _named_by_title(self) -> Person | None:
        """"…", aseguró la funcionaria: a title given to no one is the one person the text just before names."""
        return self._named_person(self._before)

    def _named_person(self, before: str) -> Person | None:
        """"The route was planned by Ann Roe, head of operations. “…,” he said.": the one person the
        text before the quotation names, where it sets a role or an honorific beside the name (a
        bare run of capitals may be a place) and no other speaker's surname stands in it."""
        if not before.strip() or _has_han(before):
            return None
        found = one_person(before)
        if found is None:
            return None
        name, word = found
        surname = name.split()[-1]
        if any(re.search(r"(?<![\w’'])" + re.escape(other.split()[-1]) + r"(?![\w’'])", before)
               for other in self.people if other.split()[-1] != surname):
            return None  # "Roe" of a speaker named before: two people
        if name in self.people:
            return name, self.people[name]
        role = role_where_named(before, name)
        if role or _bare(word) in _HONORIFICS or opens_last_sentence(before, name):
            return name, role  # "Tom Roe, whose grandfather …, will stay on. “…,” he said."
        return None

    def _reported_person(self, above: str | None = None) -> Person | None:
        """"he said" after a sentence that reports someone's words: "The chair, Dr Ann Roe, said
        the plan works. ‘…,’ she said." The person is the one that sentence names; ``above``, the
        paragraph a quotation standing alone follows ("Ann Roe said the pier opens in May." / "“…”")."""
        before, self._before = self._before if above is None else above, ""  # read once: no recursion
        if not before.strip() or _has_han(before):
            return None
        cut = len(before)
        for _ in range(2):  # the last two sentences before the quotation
            head = before[:cut].rstrip()
            start = 0
            for match in _BOUNDARY.finditer(head):
                if match.end() < len(head) and _real_boundary(head, match.start()):
                    start = match.end()
            sentence = head[start:]
            verb = patterns.REPORTING.search(sentence)
            if verb:
                who = sentence[:verb.start()]
                if 0 < len(who) <= 200 and not scan_double(who):
                    person = self._parse_who(who)
                    if person:
                        return person
            if start == 0:
                break
            cut = start
        return None

    def _japanese_person(self, lead: str, tail: str) -> tuple[Person | None, bool]:
        """「…」と述べています with the speaker after the particle or before the quotation ("…氏は、");
        「…。」山田氏は述べています。 with the speaker in a sentence of its own after it."""
        match = patterns.JA_TAIL.match(tail)
        if match is None:
            sentence = patterns.JA_TAIL_SENTENCE.match(tail)
            person = self._japanese_speaker(sentence.group("who")) if sentence else None
            return person, person is not None and sentence is not None and blank(tail[sentence.end():])
        who = match.group("who")
        if who is None:
            before = patterns.JA_LEAD.search(lead[-WINDOW:])
            who = before.group("who") if before else None
        person = self._japanese_speaker(who) if who else None
        return person, person is not None and blank(tail[match.end():])

    def _japanese_speaker(self, who: str, checked: bool = False) -> Person | None:
        """The person a Japanese "who" phrase names; a surname with a title or an honorific (村井社長,
        村井氏) is the one full name the release introduces for it, with the title given there."""
        person = _japanese_who(who)
        if person is not None and not (checked or japanese.speaker_ok(who, *person)):
            person = self._japanese_introduced(person[0])  # "山田は": the 山田太郎 introduced with a title
        if person is None:
            return None
        name, role = person
        full = self._japanese_full(name) if japanese.is_surname_only(name) else None
        if full is not None:
            return full[0], full[1] or role or self.people.get(full[0])
        return name, role or self.people.get(name)

    def _japanese_introduced(self, name: str) -> Person | None:
        """A bare name before は that the release introduces elsewhere with a title before it: a surname
        alone ("山田") the one full name introduced for it, a full name ("田村由紀") where a title stands
        before it."""
        if _has_han(name) and japanese.is_surname_only(name):
            full = self._japanese_full(name)
            return full if full is not None and full[1] else None
        if len(name) < 3:
            return None
        if name not in self._ja_titled and len(self._ja_titled) < _MAX_JA_NAMES:
            self._ja_titled[name] = japanese.titled_elsewhere((b.text for b in self.blocks), name)
        role = self._ja_titled.get(name)
        return (name, role) if role else None

    def _japanese_full(self, surname: str) -> Person | None:
        if surname not in self._ja_full and len(self._ja_full) < _MAX_JA_NAMES:
            known = [n for n in self.people if n.startswith(surname) and len(n) > len(surname)]
            self._ja_full[surname] = japanese.full_name([b.text for b in self.blocks], surname, known)
        return self._ja_full.get(surname)

    def _incise_person(self, inner: str) -> tuple[Person | None, re.Match[str] | None]:
        """The speaker named in an incise inside the quotation ("…, explique Jeanne Roux. Il …"),
        and the incise; the quotation must run on both sides of it."""
        for incise in patterns.INCISE.finditer(inner):
            if incise.start() < 20 or len(inner) - incise.end() < 10:
                continue
            person = self._parse_who(incise.group("who"), strict=True)
            if person:
                return person, incise
        return None, None

    def _name_across_lines(self, who: str, rest: str) -> str:
        """"…,” said Jane | Doe, Chair of X.": a name a PDF text layer broke at the end of the block
        goes on at the start of the next one."""
        text = self.blocks[self.pos].text if self.pos < len(self.blocks) else ""
        if (self.pos + 1 >= len(self.blocks) or rest[len(who):].strip() or not text.rstrip().endswith(
                rest.rstrip()) or len(who.split()) > 2 or not who.strip()[-1:].isalpha()):
            return who
        nxt = self.blocks[self.pos + 1].text
        more = _NAME_GOES_ON.match(nxt)
        if more is None or scan_double(nxt[:more.end()]):
            return who
        return f"{who} {_before_first_boundary(nxt)}" if len(_before_first_boundary(nxt)) <= 160 else who

    def _tail_person(self, tail: str, lead: str = "") -> tuple[Person | None, bool]:
        """Attribution after the closing mark; also whether it used up the text up to the next quote."""
        full, tail = tail[:LONG_TAIL], tail[:WINDOW]
        if blank(tail):
            return None, False
        alone = patterns.TAIL_VERB_ALONE.match(tail) or self._inverted(tail)
        if alone:
            person = self._pronoun_person(alone.groupdict().get("pronoun") or "")
            return person, person is not None and blank(tail[alone.end():])
        first = patterns.TAIL_VERB_FIRST.match(tail)
        if first:
            rest = full[first.start("rest"):]
            who = self._name_across_lines(_before_first_boundary(rest), rest)
            person = self._parse_who(first_parts(patterns.THEN_SAID.sub("", who)))
            if person:
                return person, blank(rest[len(who):])
            return None, False
        second = patterns.TAIL_WHO_FIRST.match(tail)
        if second:
            who = second.group("who")
            if _before_first_boundary(who) == who:
                person = self._parse_who(who)
                if person:
                    return person, blank(tail[second.end():])
        bracketed = self._bracketed(tail)
        if bracketed[0] is not None:
            return bracketed
        dash = patterns.DASH.match(tail)
        if dash:
            person = self._parse_who(_before_first_boundary(dash.group("who")) if not _has_han(
                dash.group("who")) else dash.group("who"), strict=True)
            if person:
                return person, True
        japanese = self._japanese_person(lead, tail)
        if japanese[0] is not None:
            return japanese
        cjk = patterns.TAIL_CJK.match(tail)
        if cjk:
            person = self._parse_who(cjk.group("who"))
            if person:
                return person, blank(tail[cjk.end():])
        return None, False

    @staticmethod
    def _inverted(tail: str) -> re.Match[str] | None:
        inverted = patterns.TAIL_INVERTED.match(tail)
        return inverted if inverted and patterns.inverted_said(inverted) else None

    def _bracketed(self, tail: str) -> tuple[Person | None, bool]:
        """The speaker in brackets right after a quotation: "…" (Jane Roe, CEO of Acme), 「…」（山田太郎
        代表取締役社長）; and whether nothing but punctuation follows them."""
        latin = patterns.TAIL_BRACKETS.match(tail)
        if latin and not _has_han(latin.group("who")):
            person = self._parse_who(latin.group("who"), strict=True)
            if person:
                return person, blank(tail[latin.end():])
        cjk = patterns.TAIL_BRACKET.match(tail)
        if cjk:
            person = self._bracket_person(cjk.group("who"))
            if person:
                return person, blank(tail[cjk.end():])
        return None, False

    def _bracket_person(self, who: str) -> Person | None:
        """The speaker in brackets right after a quotation: 「…」（山田太郎 代表取締役社長）, “…”（王明，
        总经理）. The brackets hold a name and a role apart by a space or a comma; a term in brackets
        (（仮称）, （以下简称…）) names no one: a Japanese name needs a title beside it."""
        if not re.search(r"[\s，,、・]", who.strip()):
            return None
        return self._parse_who(who, strict=True) or self._japanese_speaker(who.replace("・", " "))

    def _line_person(self, block: Block) -> Person | None:
        """A stand-alone "Name, Role" (or "Title Name, Org") line above a testimonial."""
        text = block.text.strip()
        if (not text or len(text) > 200 or block.kind in ("rule", "image") or text[0] in "-—–―"
                or patterns.REPORTING_WORD.search(text)):
            return None
        if any(is_sentence(text[s.inner_start:s.inner_end]) for s in scan(text)):
            return None
        text = text[:-1].rstrip() if text.endswith((":", "：")) else text  # "Ann Roe, chair of Ashgrove:"
        if text.endswith((".", "!", "?", "。")):
            last = text.split()[-1].rstrip(".").lower()
            if not text.endswith(".") or last not in _ABBREVIATIONS:
                return None
        has_han = _has_han(text)
        if not has_han and not re.search(r"[,，]", text) and not _has_role_word(text):
            return None
        return self._parse_who(text, strict=True)

    def _comment_label_person(self, text: str) -> Person | None:
        """"Comment from Ann Roe, Chair of Ashgrove:" / "佐藤花子氏（さくら銀行 頭取）のコメント"."""
        text = text.lstrip(HEADING_MARKS + " ")  # "■佐藤花子氏…のコメント": the heading's mark
        if len(text) > 200:
            return None
        latin = patterns.COMMENT_FROM.match(text)
        if latin:
            return self._parse_who(latin.group("who"), strict=True)
        cjk = patterns.COMMENT_OF_CJK.match(text)
        if cjk is None:
            return None
        who = cjk.group("who")
        paren = _PAREN_ROLE.search(who)
        role = paren.group(1).strip() if paren else None
        person = self._japanese_speaker(who[:paren.start()] if paren else who, checked=True)
        return (person[0], role or person[1]) if person else None

    def _block_person(self, pos: int) -> Person | None:
        """Attribution for a block that is all quotation: "— Name, Role" after it, a name line or
        a "Name said:" paragraph before it, a signature under it (``signature``)."""
        if pos + 1 < len(self.blocks):
            dash = patterns.DASH.match(self.blocks[pos + 1].text)
            if dash and len(dash.group("who")) <= 200:
                person = self._parse_who(dash.group("who"), strict=True)
                if person:
                    return person
        below = signature.signature_after(self.blocks, pos)
        signed = self._parse_who(below, strict=True) if below else None
        if signed and signature.signed_below(self.blocks, pos):
            return signed  # "“…” | Name | Role | “…” | Name | Role": each signature is the quotation's above
        return self._person_above(pos) or signed

    def _person_above(self, pos: int) -> Person | None:
        """A comment label, a "Name said:" paragraph or a name line above a block that is all quotation."""
        if pos > 0:
            prev = self.blocks[pos - 1]
            labelled = self._comment_label_person(prev.text.strip())
            if labelled:
                return labelled
            follows = patterns.JA_SAYS_AS_FOLLOWS.search(prev.text.rstrip()[-120:])
            if follows:
                return self._japanese_speaker(follows.group("who"))
            if prev.text.rstrip().endswith((":", "：")):
                person = self._lead_person(prev.text)
                if person:
                    return person
            return self._line_person(prev) or self._reported_person(paragraph_above(self.blocks, pos) or "")
        return None

