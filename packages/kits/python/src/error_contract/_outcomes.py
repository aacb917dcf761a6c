"""The three outcomes of classifying a failed reply. Every text in them is masked and at most TEXT_LIMIT long."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Generic, Literal, TypeVar



class Identifier(StrEnum):
    """What every brand's ``ErrorIdentifier`` tells about each of its members (generated from the spec)."""

    @property
    def explanation(self) -> str:
        raise NotImplementedError

    @property
    def retryable(self) -> bool:
        """Can sending the same request again succeed?"""
        raise NotImplementedError

    @property
    def docs_url(self) -> str:
        """The identifier's entry on the brand's errors page."""
        raise NotImplementedError


IdT = TypeVar("IdT", bound=Identifier)

Reason = Literal["empty-body", "not-json", "wrong-shape"]


def _http(status: int, request_id: str | None) -> str:
    return f"HTTP {status}" + (f", request id {request_id}" if request_id else "")


@dataclass(frozen=True, slots=True)
class ApiError(Generic[IdT]):
    """A standard API error: an identifier of the brand's set, with what the contract says about it."""

    kind: ClassVar[Literal["api-error"]] = "api-error"
    status: int
    identifier: IdT
    message: str
    explanation: str
    #: Can sending the same request again succeed?
    retryable: bool
    docs_url: str
    request_id: str | None
    #: The body as text, at most TEXT_LIMIT characters.
    body: str

    def __str__(self) -> str:
        http = _http(self.status, self.request_id)
        return f"{self.identifier.value} ({http}): {self.message} See {self.docs_url}"


@dataclass(frozen=True, slots=True)
class UnknownApiError:
    """A well-formed error whose identifier the brand's set does not have, kept verbatim as a string."""

    kind: ClassVar[Literal["unknown-api-error"]] = "unknown-api-error"
    status: int
    identifier: str
    message: str
    request_id: str | None
    body: str

    def __str__(self) -> str:
        http = _http(self.status, self.request_id)
        return f"{self.identifier}, an identifier this kit does not know ({http}): {self.message}"


@dataclass(frozen=True, slots=True)
class UnexpectedResponse:
    """A reply that is not a standard error: an empty body, a body that is not JSON, or JSON of the wrong shape."""

    kind: ClassVar[Literal["unexpected-response"]] = "unexpected-response"
    status: int
    reason: Reason
    content_type: str | None
    request_id: str | None
    body: str

    def __str__(self) -> str:
        content_type = f", {self.content_type}" if self.content_type else ""
        return f"unexpected response ({_http(self.status, self.request_id)}, {self.reason}{content_type})"
