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
IdT_co = TypeVar("IdT_co", bound=str, covariant=True)

Reason = Literal["empty-body", "not-json", "wrong-shape", "too-large"]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Outcome:
    """What every outcome keeps of the reply: its status, request id and body."""

    status: int
    request_id: str | None
    #: The body as text (UTF-8, as it came), masked, at most TEXT_LIMIT characters.
    body: str

    def __str__(self) -> str:
        http = f"HTTP {self.status}" + (f", request id {self.request_id}" if self.request_id else "")
        match self:
            case ApiError():
                return f"{self.identifier.value} ({http}): {self.message} See {self.docs_url}"
            case UnknownApiError():
                return f"{self.identifier}, an identifier this kit does not know ({http}): {self.message}"
            case UnexpectedResponse():
                content_type = f", {self.content_type}" if self.content_type else ""
                return f"unexpected response ({http}, {self.reason}{content_type})"
        return http


@dataclass(frozen=True, slots=True, kw_only=True)
class _Error(_Outcome, Generic[IdT_co]):
    """A well-formed error body: its identifier and its message, for people."""

    identifier: IdT_co
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiError(_Error[IdT]):
    """A standard API error: an identifier of the brand's set, with what the contract says about it."""

    kind: ClassVar[Literal["api-error"]] = "api-error"
    explanation: str
    #: Can sending the same request again succeed?
    retryable: bool
    docs_url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class UnknownApiError(_Error[str]):
    """A well-formed error whose identifier the brand's set does not have, kept verbatim as a string."""

    kind: ClassVar[Literal["unknown-api-error"]] = "unknown-api-error"


@dataclass(frozen=True, slots=True, kw_only=True)
class UnexpectedResponse(_Outcome):
    """
    A reply that is not a standard error: an empty body, a body that is not JSON, JSON of the wrong shape, or a body
    longer than the read limit (``too-large``, of which ``body`` keeps the first part).
    """

    kind: ClassVar[Literal["unexpected-response"]] = "unexpected-response"
    reason: Reason
    content_type: str | None
