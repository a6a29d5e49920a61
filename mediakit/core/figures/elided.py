"""Money whose currency the release leaves out because an amount just before it named it.

"212 millones de euros … y un resultado de 38 millones en el cuarto trimestre", "stieg auf
212 Millionen Euro, das Ergebnis auf 9 Millionen": the second amount is written with a
magnitude word and no noun of its own, so it counts in the currency of the scaled amount of
money before it in the same block. A scaled count with its own noun ("2 millones de clientes")
stands between them and ends the carrying.
"""

from __future__ import annotations

from .classify import count_has_noun

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .found import Found

_SCALED = 1e6  # amounts in millions and above: the ones a release writes short


def carry_currency(found: list[Found], masked: str) -> None:
    """Give each bare scaled amount in ``found`` (reading order) the currency of the money before it."""
    currency: str | None = None
    for f in found:
        if f.magnitude < _SCALED or f.unit is not None:
            continue
        if f.kind == "money":
            currency = f.currency
        elif f.kind == "count":
            if currency is not None and not count_has_noun(masked, f.end):
                f.currency, f.kind = currency, "money"
            else:
                currency = None
