"""JSON parsed as JavaScript's JSON.parse parses it, which is what the TypeScript client does."""

from __future__ import annotations

import json
import re

from ._limits import MAX_DEPTH


_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


class NotJson(Exception):
    pass


def _reject_constant(name: str) -> object:
    raise NotJson(f"{name} is not JSON")


def _too_deep(text: str) -> bool:
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token == "[" or token == "{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif token == "]" or token == "}":
            depth -= 1
    return False


def parse_json(text: str) -> object:
    """The value of the JSON text; raises NotJson for anything JSON.parse rejects (NaN, Infinity, trailing text)."""
    if _too_deep(text):
        raise NotJson("nested too deep")
    try:
        # Numbers are never used: floats avoid Python's limit on the digits of an int.
        return json.loads(text, parse_constant=_reject_constant, parse_int=float)
    except (ValueError, RecursionError) as error:
        raise NotJson(str(error)) from None
