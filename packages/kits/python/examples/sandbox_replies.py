"""
Sends each reproduction of a file to the sandbox with requests, and prints how the kit classifies each reply, one JSON
line per reproduction. Usage: python examples/sandbox_replies.py http://127.0.0.1:4010 reproductions.json
"""

from __future__ import annotations

import base64
import importlib
import json
import sys
from typing import Any

import requests

from error_contract import ApiError, UnexpectedResponse, UnknownApiError, basic_auth_secrets


def send(base_url: str, request: dict[str, Any]) -> requests.Response:
    return requests.request(
        request["method"],
        base_url + request["path"],
        headers=request["headers"],
        data=base64.b64decode(request["body"]),
        timeout=10,
    )


def describe(brand: str, api_key: str, api_secret: str, response: requests.Response) -> dict[str, object]:
    errors = importlib.import_module(f"error_contract.{brand}")  # error_contract.idenfy or error_contract.markid
    # The secrets of the request's credentials; a request sent without credentials has none to mask.
    secrets = basic_auth_secrets(api_key, api_secret) if api_secret else ()
    failure = errors.classify_response(response, secrets=secrets)
    match failure:
        case ApiError():
            # identifier is the brand's ErrorIdentifier (a StrEnum), with the contract's explanation and docs URL.
            return {"kind": failure.kind, "identifier": failure.identifier.value, "retryable": failure.retryable,
                    "docsUrl": failure.docs_url, "text": str(failure)}
        case UnknownApiError():
            return {"kind": failure.kind, "identifier": failure.identifier, "text": str(failure)}
        case UnexpectedResponse():
            return {"kind": failure.kind, "reason": failure.reason, "text": str(failure)}
    raise AssertionError("unreachable")


def main(base_url: str, reproductions_path: str) -> None:
    with open(reproductions_path, encoding="utf-8") as file:
        reproductions = json.load(file)
    for reproduction in reproductions:
        for request in reproduction["before"]:
            send(base_url, request)
        response = send(base_url, reproduction["request"])
        outcome = describe(reproduction["brand"], reproduction["apiKey"], reproduction["apiSecret"], response)
        print(json.dumps({"brand": reproduction["brand"], "reproduces": reproduction["identifier"], **outcome}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
