"""A table of contacts set side by side: a column for each contact ("Investors" over a name, a phone
and an e-mail, "Media" beside it), read down each column as a contact's card, not row by row,
where a row would join two people's names (and phones, and e-mails) into one line."""

from __future__ import annotations

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_MAX_COLUMNS = 4
_MIN_ROWS = 3  # a label or a name, a phone or an e-mail: a card's lines


def _grid(table: Any) -> list[list[Any]] | None:
    """The table's cells row by row where it is a plain grid: as many cells in every row, none
    holding a table or paragraphs of its own."""
    if table.find("table") is not None:
        return None
    rows = [tr.find_all(["td", "th"], recursive=False) for tr in table.find_all("tr")]
    rows = [row for row in rows if row]
    if len(rows) < _MIN_ROWS or not 2 <= len(rows[0]) <= _MAX_COLUMNS or any(len(r) != len(rows[0]) for r in rows):
        return None
    if any(cell.find(["p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"]) is not None
           for row in rows for cell in row):
        return None
    return rows


def _one_contact_each(rows: list[list[Any]]) -> bool:
    """Every column holds one e-mail address, all in the same row: a contact in each column."""
    mailed = [{i for i, row in enumerate(rows) if "@" in row[c].get_text()} for c in range(len(rows[0]))]
    return all(len(m) == 1 for m in mailed) and len(set.union(*mailed)) == 1


def contact_columns_as_cards(soup: Any) -> int:
    """Each contact table set in columns turned into a card a column (a paragraph of the column's
    cells, one a line); how many tables were."""
    turned = 0
    for table in soup.find_all("table"):
        rows = _grid(table)
        if rows is None or not _one_contact_each(rows):
            continue
        cards = soup.new_tag("div")
        for column in zip(*rows):
            card = soup.new_tag("p")
            for n, cell in enumerate(c for c in column if c.get_text().strip()):
                if n:
                    card.append(soup.new_tag("br"))
                for part in list(cell.contents):
                    card.append(part.extract())
            cards.append(card)
        table.replace_with(cards)
        turned += 1
    return turned
