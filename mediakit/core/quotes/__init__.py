"""Find the quotations a release attributes to people: who said it, in which role, and the words.

Hand-written because no maintained library attributes quotes in press releases (speaker, role
as written, surname-only references resolved to the full name); the rules follow the layouts
releases use. The quote-mark scanner is one pass over the text and every attribution pattern runs
on a bounded window beside a quote, so odd or hostile input (a mark without its pair, thousands
of marks, very long words) stays linear. Nothing here imports Qt.

Modules: ``spans`` (pairing quote marks, telling a quotation from a scare quote), ``names``
(a personal name from the words around it), ``people`` (the speakers a release names, surname
and title resolution), ``introductions`` (where the text introduces a person, with the role),
``patterns`` (attribution expressions from the lexicon's said-verbs), ``attribute`` (the speaker
before, after, beside a quotation), ``reported`` (the subject of a reporting sentence a quotation
closes), ``authors`` (the full names a document's front matter gives its authors), ``extract`` (the main
loop and joining continuations). Words per language live in ``core.lexicon``.
"""

from __future__ import annotations

from .extract import extract_quotes

__all__ = ["extract_quotes"]
