"""
The release's smoke program of {{pythonPackage}}, installed with pip from its wheel into a virtual environment of its
own: classifies replies of the brand's packed sandbox. BASE_URL=<sandbox>/{{brand}} API_KEY=… API_SECRET=… python smoke.py
"""

import base64
import os
import urllib.error
import urllib.request

# readme:start
from error_contract import ApiError, basic_auth_secrets
from error_contract.{{brand}} import ErrorIdentifier, classify
# readme:end


def post(path: str, body: bytes, api_key: str, api_secret: str) -> tuple[int, dict[str, str], bytes]:
    token = base64.b64encode(f"{api_key}:{api_secret}".encode()).decode()
    request = urllib.request.Request(
        os.environ["BASE_URL"] + path,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Basic {token}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


failed = False


def check(ok: bool, line: str) -> None:
    global failed
    print(f"{'ok' if ok else 'FAILED'} python: {line}")
    failed = failed or not ok


api_key, api_secret = os.environ["API_KEY"], "not-the-secret"
status, headers, body = post("/api/v2/status", b'{"scanRef": "smoke-test"}', api_key, api_secret)
# readme:start
# status, headers and body: a failed reply, from any HTTP client.
failure = classify(status, headers, body, secrets=basic_auth_secrets(api_key, api_secret))
if isinstance(failure, ApiError) and failure.identifier is ErrorIdentifier.UNAUTHORIZED:
    print("check the API key and secret:", failure.explanation, failure.docs_url)
# readme:end
check(
    isinstance(failure, ApiError)
    and failure.identifier is ErrorIdentifier.UNAUTHORIZED
    and failure.docs_url.startswith("{{homepage}}"),
    f"a wrong secret: {failure!r}",
)

api_secret = os.environ["API_SECRET"]
status, headers, body = post("/api/v2/token", b'{"clientId": ', api_key, api_secret)
failure = classify(status, headers, body, secrets=basic_auth_secrets(api_key, api_secret))
check(isinstance(failure, ApiError) and failure.identifier is ErrorIdentifier.JSON_ERROR, f"malformed JSON: {failure!r}")
raise SystemExit(1 if failed else 0)
