"""
Test doubles of the standard API errors: the reply the contract documents for an operation and an identifier it can
return, served through respx (httpx) or responses (requests). Neither library is a dependency of the kit: each is
imported when a double is registered with it. Each brand's module holds its table of doubles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ._outcomes import IdT

if TYPE_CHECKING:
    import httpx
    import respx
    import responses


@dataclass(frozen=True)
class Double:
    """One documented reply: the request it answers (method, path) and what it answers with."""

    method: str
    path: str
    status: int
    #: Header name and value pairs: the content type, then the request id.
    headers: tuple[tuple[str, str], ...]
    #: The JSON text of the body.
    body: str

    def with_(self, *, message: str | None = None, request_id: str | None = None) -> Double:
        """The same reply with another ``message`` in the body, or another request id."""
        body = self.body
        if message is not None:
            value = json.loads(body)
            value["message"] = message
            body = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        headers = self.headers
        if request_id is not None:
            headers = (*headers[:-1], (headers[-1][0], request_id))
        return replace(self, headers=headers, body=body)

    @property
    def content(self) -> bytes:
        return self.body.encode("utf-8")

    def _path_pattern(self) -> str:
        # The path may follow any base path, and a query may follow it.
        return re.escape(self.path) + r"(\?.*)?$"

    def respx(self, router: respx.Router) -> respx.Route:
        """Answers the operation's requests on ``router`` (respx's ``respx_mock`` fixture, say) with this reply."""
        import httpx

        def reply(request: httpx.Request) -> httpx.Response:
            return httpx.Response(self.status, headers=list(self.headers), content=self.content)

        return router.route(method=self.method, path__regex=re.escape(self.path) + "$").mock(side_effect=reply)

    def responses(self, mock: responses.RequestsMock) -> responses.BaseResponse:
        """Answers the operation's requests on ``mock`` (a ``responses.RequestsMock``) with this reply."""
        import responses

        content_type, *others = self.headers
        return mock.add(
            responses.Response(
                method=self.method,
                url=re.compile(r"^[^?#]*" + self._path_pattern()),
                status=self.status,
                headers=dict(others),
                content_type=content_type[1],
                body=self.content,
            )
        )


def doubles_of(
    method: str, path: str, status: int, headers: tuple[tuple[str, str], ...], bodies: Mapping[IdT, str]
) -> dict[IdT, Double]:
    """One operation's doubles, by identifier."""
    return {identifier: Double(method, path, status, headers, body) for identifier, body in bodies.items()}


def find_double(doubles: Mapping[str, Mapping[IdT, Double]], operation: str, identifier: str) -> Double:
    """The operation's double of the identifier; a ValueError says what the contract allows when it has none."""
    by_identifier = doubles.get(operation)
    if by_identifier is None:
        raise ValueError(f"No operation {operation!r}; the operations are {', '.join(doubles)}.")
    for known, double in by_identifier.items():
        if known == identifier:
            return double
    raise ValueError(
        f"{operation} cannot return {identifier}, so it has no double of it;"
        f" it can return {', '.join(str(known) for known in by_identifier)}."
    )
