"""What reading a number gives (``Found``) and how a release writes its numbers (``Conventions``),
shared by the readers of digits (``read``) and of numerals (``numerals``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import FigureKind


@dataclass
class Found:
    """A figure read from the masked text: where it stands and what it is."""

    start: int
    end: int
    value: float
    unit: str | None
    currency: str | None
    kind: FigureKind
    qualifier: str | None
    magnitude: float = 1.0
    upper: float | None = None  # the high end of a range written "10-15%", "$3-4 million"


@dataclass
class Conventions:
    """How this release writes money and numbers, decided once per release."""

    dollar: str = "USD"
    yen: str = "CNY"
    comma_decimal: bool = False
    yuan: str = "CNY"  # a bare 元
    names: frozenset[tuple[str, str]] = frozenset()  # ("Zone", "3"): a word and the number it names
    cent: str = "USD"  # what "cents" are hundredths of: the euro in a release counting in euros
    krone: str = "SEK"  # a bare "kroner", "kr.": the krone of the release's language
    hyphen_ordinals: bool = False  # "4-sektor" is the fourth sector (Uzbek), no count of four
    peso: str | None = None  # a bare "pesos": the peso of the country the release names, else none
