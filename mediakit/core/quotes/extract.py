"""The extractor's main loop: choose the spans of each block, attribute them, join continuations.

A quotation continues across paragraphs when it is open-ended (no closing mark) and the next
block opens with a quotation; a second quotation in a block joins the one before when nothing but
its attribution stands between them. A quotation a PDF broke into a block a line goes on through
blocks with no mark while it breaks off mid-sentence (``carried``); a paragraph that is all quotation
may be signed on its own line ("“…” Ann Roe, Chair") or follow one reporting its speaker (``above``).
Parts are joined with a space only, never with words that
are not in the release; the same words said twice by one speaker are kept once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ..model import Block, Quote
from . import joint
from .above import blockquote_lead
from .attribute import LONG_TAIL, WINDOW, Attributor
from .authors import authors
from .carried import breaks_off, closing_line, line_goes_on
from .choose import _choose, _two_words
from .dialogue import dash_quotes, role_speaker
from .people import Person
from .reported import closes_sentence, reported_subject
from .signature import signed_tail
from .spans import Span, blank, is_sentence, scan
from .statements import find_statements

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_KEY = re.compile(r"[\W_]+")
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
_CLOSING = ("”", "»", "\"", "“")  # “ closes a German „quotation“
_ENDS_SENTENCE = re.compile(r"[.!?]\s+$")
_SENTENCE_IN = re.compile(r"[.!?。！？]")
@dataclass
class _Chain:
    """The parts of one quotation (split by its attribution) and who said it."""

    parts: list[str]
    block: Block
    speaker: str | None = None
    role: str | None = None
    seps: list[str] = field(default_factory=list)  # what stands between two parts (the release's marks)
    close: str = ""  # the closing mark of the last part as the release writes it
    partner: Person | None = None  # who says it together with the speaker (``joint``)

    def add(self, ctx: _Context, sep: str | None = None) -> None:
        """The next part; a part after a closed one keeps the release's own marks between them."""
        self.seps.append(sep if sep is not None else (f"{self.close} {ctx.opening}" if self.close else " "))
        self.parts.append(ctx.inner)
        self.close = ctx.closing

    def text(self) -> str:
        out: list[str] = []
        for k, part in enumerate(self.parts):
            if part:
                out += [self.seps[k - 1], part] if out and k else [part]
        return "".join(out).strip()


@dataclass
class _Context:
    """One quotation of a block with the text read around it."""

    inner: str
    lead: str
    tail: str
    at_start: bool
    last: bool
    opening: str = ""  # the quote marks as the release writes them
    closing: str = ""


@dataclass
class _BlockState:
    """What the quotation reader carries from one block to the next."""

    chains: list[_Chain]
    carried: _Chain | None
    previous: _Chain | None = None
    consumed: bool = False
    open_chain: _Chain | None = None
    tails_only: set[int] = field(default_factory=set)


def _context(text: str, real: list[Span], j: int) -> _Context:
    span = real[j]
    lead_from = max(real[j - 1].end if j else 0, span.start - WINDOW)
    tail_to = real[j + 1].start if j + 1 < len(real) else len(text)
    return _Context(
        inner=text[span.inner_start:span.inner_end].strip(),
        lead=text[lead_from:span.start],
        tail="" if span.open_ended else text[span.end:min(tail_to, span.end + LONG_TAIL)],
        at_start=j == 0 and (span.start == 0 or blank(text[:span.start])),
        last=j == len(real) - 1,
        opening=text[span.start:span.inner_start],
        closing=text[span.inner_end:span.end],
    )


class _Extractor(Attributor):
    def run(self) -> list[Quote]:
        chains: list[_Chain] = []
        open_chain: _Chain | None = None
        self._follow: tuple[_Chain, int] | None = None
        self._unclaimed: tuple[_Chain, int] | None = None  # an unattributed paragraph of a block quotation
        self._led: tuple[_Chain, int] | None = None  # a block quotation the paragraph above led into
        for pos, block in enumerate(self.blocks):
            self.pos = pos
            open_chain = self._read_block(block, _BlockState(chains, open_chain))
        for dash in dash_quotes(self.blocks):
            self.pos = dash.pos
            person = self._parse_who(dash.who) or role_speaker(self.blocks[:dash.pos], dash.who)
            if person:
                chains.append(_Chain(parts=dash.parts, block=self.blocks[dash.pos], seps=[" "]))
                self._assign(chains[-1], person)
        for statement in find_statements(self.blocks):
            self.pos = statement.pos
            chain = _Chain(parts=[statement.text], block=self.blocks[statement.pos])
            self._assign(chain, (statement.speaker, statement.role))
            chains.append(chain)
        chains.sort(key=lambda c: c.block.index)
        return _finish(chains)

    def _read_block(self, block: Block, state: _BlockState) -> _Chain | None:
        text = block.text
        if state.carried is not None and block.kind == "paragraph" and self._broken_line(text.strip(), state):
            return state.open_chain
        above = self.blocks[self.pos - 1].text if self.pos else ""
        real, state.tails_only = _choose(text, scan(text), state.carried is not None, above)
        if not real and self._without_spans(block, state):
            return state.open_chain
        tail_blank = False
        for j, span in enumerate(real):
            ctx = _context(text, real, j)
            self._before = self._text_before(ctx, j)
            if ctx.at_start and state.carried is not None:
                chain: _Chain | None = self._continue(state.carried, ctx, state)
            else:
                chain = self._start(block, span, j, ctx, state)
            state.previous = chain
            tail_blank = not span.open_ended and blank(ctx.tail)
            if span.open_ended and chain is not None:
                state.open_chain = chain
        last = state.previous
        ends_attributed = last is not None and last.speaker is not None and (state.consumed or tail_blank)
        self._follow = (last, self.pos) if last is not None and ends_attributed else None
        return state.open_chain

    def _broken_line(self, text: str, state: _BlockState) -> bool:
        """A line of a quotation a PDF broke into one block a line (``carried``): the next line, or
        the last one, closing it and naming its speaker."""
        chain = state.carried
        if chain is None or not breaks_off(chain.parts[-1]):
            return False
        if line_goes_on(text, chain.parts[-1], len(chain.parts)):
            chain.add(_Context(inner=text, lead="", tail="", at_start=True, last=True), " ")
            state.open_chain = chain
            return True
        closing = closing_line(text)
        person = self._tail_person(closing[1])[0] if closing else None
        if closing is None or (person is None and not blank(closing[1])):
            return False
        chain.add(_Context(inner=closing[0], lead="", tail="", at_start=True, last=True), " ")
        if person is not None and chain.speaker is None:
            self._assign(chain, person)
        self._follow = (chain, self.pos) if chain.speaker else None
        return True

    def _text_before(self, ctx: _Context, j: int) -> str:
        """What a pronoun's antecedent is looked for in: the lead; where the quotation opens its block,
        or only a clause with no sentence's end leads into it ("他表示：“…”"), the block above too
        when that one quotes no one."""
        if j or self.pos == 0 or (not ctx.at_start and _SENTENCE_IN.search(ctx.lead)):
            return ctx.lead
        above = self.blocks[self.pos - 1].text  # scanned once a block: only its first quotation gets here
        if scan(above):
            return ctx.lead
        return above[-WINDOW:] if ctx.at_start else f"{above[-WINDOW:]} {ctx.lead}"

    def _without_spans(self, block: Block, state: _BlockState) -> bool:
        """A block with no quotation of its own in one: a led block quotation, or the end of one above."""
        if block.kind == "quote":
            self._led_blockquote(block, state)
            return True
        return self._closes_the_quote_before(block.text) or _closes_carried(block.text, state.carried)

    def _closes_the_quote_before(self, text: str) -> bool:
        """A paragraph that lost its opening mark but keeps its closing one ("From June the last boat
        leaves at midnight.”"), right after one that ended with an attributed quotation: the
        speaker's quotation goes on in it."""
        text = text.strip()
        marks = _QUOTE_MARK.findall(text)
        follow = self._following_paragraph()
        if follow is None or len(marks) != 1 or not text.endswith(marks[0]) or marks[0] not in _CLOSING:
            return False
        inner = text[:-1].strip()
        if not is_sentence(inner):
            return False
        follow.add(_Context(inner=inner, lead="", tail="", at_start=True, last=True, closing=marks[0]))
        self._follow = (follow, self.pos)
        return True

    def _following_paragraph(self) -> _Chain | None:
        if self._follow is None or self._follow[1] != self.pos - 1 or self._follow[0].speaker is None:
            return None
        return self._follow[0]

    def _led_blockquote(self, block: Block, state: _BlockState) -> None:
        """A block quotation with no quote marks led by its speaker's attribution, its own opening or
        the paragraph above ("The chair, Jane Roe, said: We will …"); later paragraphs go on it."""
        found = blockquote_lead(self.blocks, self.pos)
        led, self._led = (self._led if self._led is not None and self._led[1] == self.pos - 1 else None), None
        if found is None and led is not None and is_sentence(block.text):  # the quotation's next paragraph
            led[0].add(_Context(inner=block.text.strip(), lead="", tail="", at_start=True, last=True), " ")
            self._led = (led[0], self.pos)
        if found is None or (person := self._lead_person(found[0])) is None:
            return
        chain = _Chain(parts=[found[1]], block=block)
        self._assign(chain, person)
        state.chains.append(chain)
        self._led = (chain, self.pos) if found[2] else None

    def _continue(self, chain: _Chain, ctx: _Context, state: _BlockState) -> _Chain:
        """The next paragraph of an open-ended quotation."""
        chain.add(ctx, " ")
        if chain.speaker is None:
            person, state.consumed = self._tail_person(ctx.tail)
            if person:
                self._assign(chain, person)
        return chain

    def _start(self, block: Block, span: Span, j: int, ctx: _Context, state: _BlockState) -> _Chain | None:
        person = self._lead_person(ctx.lead)
        used = False
        if person is None:
            person, used = self._tail_person(ctx.tail, ctx.lead)
        if person is None:
            person, incise = self._incise_person(ctx.inner)
            if incise is not None:
                return self._split_by_incise(block, ctx, person, incise, state)
        if person is None and closes_sentence(ctx.inner, ctx.tail):
            person = self._sentence_person(ctx)
        if person is None and ctx.at_start and ctx.last:
            signed = signed_tail(ctx.tail)  # "“…” Ann Roe, Chair, Ashgrove Trust"
            person, used = (self._parse_who(signed, strict=True), True) if signed else (None, used)
        chain = _continued(state, person, ctx)
        if chain is not None:
            chain.add(ctx)  # the rest of a split quotation, or the same speaker again in one paragraph
        elif j not in state.tails_only:
            chain, followed = self._new_chain(block, span, ctx, person, state)
            if followed:
                return chain
        state.consumed = used
        if chain is not None and chain.speaker and j == 0:
            self._claim(block, chain, state)
        return chain

    def _sentence_person(self, ctx: _Context) -> Person | None:
        """The subject of the sentence the quotation closes ("X said the plan is “…”"); for a
        quotation that is a sentence of its own ending the paragraph, the one person the sentence
        before names as its subject ("Ann Roe, the chair, welcomed the vote. “…”")."""
        who = reported_subject(ctx.lead)
        if who:
            return self._parse_who(who)
        if ctx.last and blank(ctx.tail) and _ENDS_SENTENCE.search(ctx.lead):
            return self._named_person(ctx.lead)
        return None

    def _new_chain(self, block: Block, span: Span, ctx: _Context, person: Person | None,
                   state: _BlockState) -> tuple[_Chain | None, bool]:
        """A quotation that goes on none before it in the block; also whether it went on the
        attributed paragraph above instead (a paragraph of quotation alone after an attributed one)."""
        pure = ctx.at_start and ctx.last and (span.open_ended or blank(ctx.tail))
        if person is None and pure:
            person = self._block_person(self.pos)
            follow = self._following(span) if person is None else None
            if follow is not None:
                follow.add(ctx)
                state.consumed = False
                return follow, True
        if person is None and not span.open_ended:
            if pure:
                self._hold(block, ctx)
            return None, False
        chain = _Chain(parts=[ctx.inner], block=block, close=ctx.closing)
        if person:
            self._assign(chain, person)
        state.chains.append(chain)
        return chain, False

    def _hold(self, block: Block, ctx: _Context) -> None:
        """A paragraph of a block quotation that is all quotation and names no one: held for the
        attribution the next paragraph of the same block quotation may end with."""
        if block.kind == "quote":
            self._unclaimed = (_Chain(parts=[ctx.inner], block=block, close=ctx.closing), self.pos)

    def _claim(self, block: Block, chain: _Chain, state: _BlockState) -> None:
        """"“We chose it for its speed.” / “It runs our stores,” said X.": in one block quotation, the
        paragraph held above is the same speaker's, a quotation of its own."""
        held, self._unclaimed = self._unclaimed, None
        if held is None or held[1] != self.pos - 1 or block.kind != "quote":
            return
        held[0].speaker, held[0].role = chain.speaker, chain.role
        state.chains.append(held[0])

    def _split_by_incise(self, block: Block, ctx: _Context, person: Person | None, incise: re.Match[str],
                         state: _BlockState) -> _Chain:
        """A quotation whose speaker is named inside it: its two halves, the incise left out."""
        chain = _Chain(parts=[ctx.inner[:incise.start()].strip(), ctx.inner[incise.end():].strip()],
                       block=block, seps=[" "], close=ctx.closing)
        if person:
            self._assign(chain, person)
        state.chains.append(chain)
        state.consumed = False
        return chain

    def _following(self, span: Span) -> _Chain | None:
        """The chain the block just before ended with, attributed, when this block is all quotation."""
        if self._follow is None or self._follow[1] != self.pos - 1:
            return None
        return self._follow[0]

    def _assign(self, chain: _Chain, person: Person) -> None:
        chain.partner = joint.partner_of(self.partner, self.pos, person, self._fullest)
        name = self._fullest(person[0])
        person = (name, person[1] or self._introduced_role(name))
        chain.speaker, chain.role = person
        self._remember(person)


def _closes_carried(text: str, carried: _Chain | None) -> bool:
    """"…at every" / "Fresh Start clinic, our staff ….”": a quotation the block above left open (a
    scraped page breaks lines at inline elements) that this block, with no opening mark, closes."""
    text = text.strip()
    marks = _QUOTE_MARK.findall(text)
    if carried is None or len(marks) != 1 or not text.endswith(marks[0]) or marks[0] not in _CLOSING:
        return False
    inner = text[:-1].strip()
    if not _two_words(inner):
        return False
    carried.add(_Context(inner=inner, lead="", tail="", at_start=True, last=True, closing=marks[0]), " ")
    return True


def _continued(state: _BlockState, person: Person | None, ctx: _Context) -> _Chain | None:
    """The quotation before this one in the block, when this one goes on it."""
    previous = state.previous
    if previous is None:
        return None
    if person is None:
        return previous if state.consumed or blank(ctx.lead) else None
    return previous if person[0] == previous.speaker else None


def _finish(chains: list[_Chain]) -> list[Quote]:
    """The attributed chains as quotes; a quotation a press kit repeats is kept once, in its
    longest form (a later, longer copy by the same speaker takes the place of the shorter ones)."""
    quotes: list[Quote | None] = []
    keys: list[str] = []  # the words of each kept quote
    every: set[str] = set()
    by_speaker: dict[str, list[int]] = {}
    for chain in chains:
        text = chain.text()
        key = _KEY.sub("", text.lower())
        if not chain.speaker or not key or key in every:
            continue
        every.add(key)
        mine = by_speaker.setdefault(chain.speaker, [])
        same = [k for k in mine if quotes[k] is not None and min(len(keys[k]), len(key)) >= 30
                and (key in keys[k] or keys[k] in key)] if len(mine) < 200 else []
        if any(key in keys[k] for k in same):
            continue
        quote = Quote(text=text, speaker=chain.speaker, role=chain.role,
                      section=chain.block.section, block=chain.block.index)
        if same:  # this copy holds the shorter ones
            quotes[same[0]], keys[same[0]] = quote, key
            for k in same[1:]:
                quotes[k] = None
            continue
        mine.append(len(quotes))
        quotes.append(quote)
        keys.append(key)
        if chain.partner is not None:  # the same words, said together: a quote for each of them
            quotes.append(replace(quote, speaker=chain.partner[0], role=chain.partner[1]))
            keys.append(key)
    return [q for q in quotes if q is not None]


def extract_quotes(blocks: list[Block], front_matter: Mapping[str, Any] | None = None) -> list[Quote]:
    """Every quotation attributed to a person, in reading order (see the package docstring); the
    front matter's authors give a surname alone its full name where the text gives none."""
    return _Extractor(blocks, authors(front_matter)).run()
