"""The extractor's main loop: choose the spans of each block, attribute them, join continuations.

A quotation continues across paragraphs when it is open-ended (no closing mark) and the next
block opens with a quotation; a second quotation in a block joins the one before when nothing but
its attribution stands between them. Parts are joined with a space only, never with words that
are not in the release; the same words said twice by one speaker are kept once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block, Quote
from . import patterns
from .attribute import WINDOW, Attributor
from .people import Person
from .spans import WORD, Span, blank, is_sentence, scan

_KEY = re.compile(r"[\W_]+")


@dataclass
class _Chain:
    parts: list[str]
    block: Block
    speaker: str | None = None
    role: str | None = None


@dataclass
class _Context:
    """One quotation of a block with the text read around it."""

    inner: str
    lead: str
    tail: str
    at_start: bool
    last: bool


@dataclass
class _BlockState:
    chains: list[_Chain]
    carried: _Chain | None
    previous: _Chain | None = None
    consumed: bool = False
    open_chain: _Chain | None = None
    tails_only: set[int] = field(default_factory=set)


def _choose(text: str, spans: list[Span], carried: bool) -> tuple[list[Span], set[int]]:
    """The spans that are quotations; also which of them are short second halves of a split quote."""
    real: list[Span] = []
    tails_only: set[int] = set()  # short second halves of a split quote: merged or dropped
    for k, s in enumerate(spans):
        inner = text[s.inner_start:s.inner_end]
        if is_sentence(inner) or (k == 0 and carried and blank(text[:s.start])):
            real.append(s)
        elif real and real[-1] is spans[k - 1] and s.start - real[-1].end <= 250 \
                and patterns.SPLIT_GAP.match(text, real[-1].end, s.start) \
                and len(WORD.findall(inner)) >= 2:
            tails_only.add(len(real))
            real.append(s)
        elif _short_first_half(text, spans, k):
            real.append(s)  # “Demand is high,” said X. “We booked 400 sessions …”
    return real, tails_only


def _short_first_half(text: str, spans: list[Span], k: int) -> bool:
    """A short quotation ending in punctuation, its attribution, then the rest of the quotation."""
    if k + 1 >= len(spans):
        return False
    s, nxt = spans[k], spans[k + 1]
    inner = text[s.inner_start:s.inner_end].rstrip()
    return (inner[-1:] in (",", ".", "!", "?", "…") and len(WORD.findall(inner)) >= 2
            and nxt.start - s.end <= 250 and is_sentence(text[nxt.inner_start:nxt.inner_end])
            and patterns.SPLIT_GAP.match(text, s.end, nxt.start) is not None)


def _context(text: str, real: list[Span], j: int) -> _Context:
    span = real[j]
    lead_from = max(real[j - 1].end if j else 0, span.start - WINDOW)
    tail_to = real[j + 1].start if j + 1 < len(real) else len(text)
    return _Context(
        inner=text[span.inner_start:span.inner_end].strip(),
        lead=text[lead_from:span.start],
        tail="" if span.open_ended else text[span.end:min(tail_to, span.end + WINDOW)],
        at_start=j == 0 and (span.start == 0 or blank(text[:span.start])),
        last=j == len(real) - 1,
    )


class _Extractor(Attributor):
    def run(self) -> list[Quote]:
        chains: list[_Chain] = []
        open_chain: _Chain | None = None
        for pos, block in enumerate(self.blocks):
            self.pos = pos
            open_chain = self._read_block(block, _BlockState(chains, open_chain))
        return _finish(chains)

    def _read_block(self, block: Block, state: _BlockState) -> _Chain | None:
        text = block.text
        real, state.tails_only = _choose(text, scan(text), state.carried is not None)
        for j, span in enumerate(real):
            ctx = _context(text, real, j)
            self._before = ctx.lead
            if ctx.at_start and self.pos > 0 and not scan(self.blocks[self.pos - 1].text):
                self._before = self.blocks[self.pos - 1].text[-WINDOW:]
            if ctx.at_start and state.carried is not None:
                chain: _Chain | None = self._continue(state.carried, ctx, state)
            else:
                chain = self._start(block, span, j, ctx, state)
            state.previous = chain
            if span.open_ended and chain is not None:
                state.open_chain = chain
        return state.open_chain

    def _continue(self, chain: _Chain, ctx: _Context, state: _BlockState) -> _Chain:
        """The next paragraph of an open-ended quotation."""
        chain.parts.append(ctx.inner)
        if chain.speaker is None:
            person, state.consumed = self._tail_person(ctx.tail)
            if person:
                self._assign(chain, person)
        return chain

    def _start(self, block: Block, span: Span, j: int, ctx: _Context, state: _BlockState) -> _Chain | None:
        person = self._lead_person(ctx.lead)
        used = False
        if person is None:
            person, used = self._tail_person(ctx.tail)
        chain: _Chain | None = None
        if person is None and state.previous is not None and (state.consumed or blank(ctx.lead)):
            chain = state.previous
            chain.parts.append(ctx.inner)
        elif j not in state.tails_only:
            pure = ctx.at_start and ctx.last and (span.open_ended or blank(ctx.tail))
            if person is None and pure:
                person = self._block_person(self.pos)
            if person is not None or span.open_ended:
                chain = _Chain(parts=[ctx.inner], block=block)
                if person:
                    self._assign(chain, person)
                state.chains.append(chain)
        state.consumed = used
        return chain

    def _assign(self, chain: _Chain, person: Person) -> None:
        chain.speaker, chain.role = person
        self._remember(person)


def _finish(chains: list[_Chain]) -> list[Quote]:
    quotes: list[Quote] = []
    seen: dict[str, list[str]] = {}
    every: set[str] = set()
    for chain in chains:
        if not chain.speaker:
            continue
        text = " ".join(p for p in chain.parts if p)
        key = _KEY.sub("", text.lower())
        if not key:
            continue
        same = seen.setdefault(chain.speaker, [])
        if key in every or (len(same) < 200 and len(key) >= 30 and any(key in k for k in same)):
            continue
        same.append(key)
        every.add(key)
        quotes.append(Quote(text=text, speaker=chain.speaker, role=chain.role,
                            section=chain.block.section, block=chain.block.index))
    return quotes


def extract_quotes(blocks: list[Block]) -> list[Quote]:
    """Every quotation attributed to a person, in reading order (see the package docstring)."""
    return _Extractor(blocks).run()
