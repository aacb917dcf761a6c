"""Reads the shared corpus (ERROR_CONTRACT_CORPUS, else the monorepo's copy)."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from error_contract import ApiError, Identifier, UnexpectedResponse, UnknownApiError

CORPUS_DIR = Path(
    os.environ.get("ERROR_CONTRACT_CORPUS")
    or Path(__file__).resolve().parents[2] / "corpus" / "generated"
)


def corpora() -> list[dict[str, Any]]:
    paths = sorted(CORPUS_DIR.glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no corpus in {CORPUS_DIR}: run `pnpm generate`")
    return [json.loads(path.read_text("utf-8")) for path in paths]


def body_bytes(reply: dict[str, Any]) -> bytes:
    return b"".join(
        base64.b64decode(part["base64"]) if "base64" in part else part["text"].encode() * part.get("repeat", 1)
        for part in reply["body"]
    )


def outcome(failure: ApiError[Identifier] | UnknownApiError | UnexpectedResponse) -> dict[str, Any]:
    """The fields the corpus compares, named as the corpus names them."""
    if isinstance(failure, ApiError):
        return {
            "kind": failure.kind,
            "status": failure.status,
            "identifier": failure.identifier.value,
            "message": failure.message,
            "explanation": failure.explanation,
            "retryable": failure.retryable,
            "docsUrl": failure.docs_url,
            "requestId": failure.request_id,
            "body": failure.body,
        }
    if isinstance(failure, UnknownApiError):
        return {
            "kind": failure.kind,
            "status": failure.status,
            "identifier": failure.identifier,
            "message": failure.message,
            "requestId": failure.request_id,
            "body": failure.body,
        }
    return {
        "kind": failure.kind,
        "status": failure.status,
        "reason": failure.reason,
        "contentType": failure.content_type,
        "requestId": failure.request_id,
        "body": failure.body,
    }
