/** The Python module of a brand: its identifier set as a StrEnum, and the classifier bound to it. */
import type { DocumentedReply } from '@error-contract/client/codegen';
import { banner, bundleOf } from './banner.ts';
import type { KitBrand } from './brand.ts';
import { quoted } from './names.ts';

export function renderPythonModule(brand: KitBrand): string {
  const members = brand.identifiers.flatMap((entry) => [
    `    ${entry.identifier} = ${quoted(entry.identifier)}`,
    `    """${entry.explanation.replaceAll('\\', '\\\\').replaceAll('"""', '\\"\\"\\"')}"""`,
    '',
  ]);
  const catalog = brand.identifiers.map(
    (entry) =>
      `    ErrorIdentifier.${entry.identifier}: (\n        ${quoted(entry.explanation)},\n        ${entry.retryable ? 'True' : 'False'},\n        ${quoted(entry.docsUrl)},\n    ),`,
  );
  return `${banner(bundleOf(brand.brand), '#')}
"""The standard API errors of the ${brand.title}: its identifiers, and the classifier of its failed replies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final, Literal, TypeAlias, overload

from ._classify import Headers, HttpResponse, classify_http_response, classify_reply
from ._doubles import Double, doubles_of, find_double
from ._limits import MAX_BODY_BYTES
from ._outcomes import ApiError, Identifier, UnexpectedResponse, UnknownApiError

#: The response header that carries the request id.
REQUEST_ID_HEADER: Final = ${quoted(brand.requestIdHeader)}


class ErrorIdentifier(Identifier):
    """The identifiers of the ${brand.title}'s standard API errors, exactly the enum of its spec."""

${members.join('\n')}
    @property
    def explanation(self) -> str:
        return _CATALOG[self][0]

    @property
    def retryable(self) -> bool:
        """Can sending the same request again succeed?"""
        return _CATALOG[self][1]

    @property
    def docs_url(self) -> str:
        """The identifier's entry on the brand's errors page."""
        return _CATALOG[self][2]


_CATALOG: Final[dict[ErrorIdentifier, tuple[str, bool, str]]] = {
${catalog.join('\n')}
}

_BY_VALUE: Final[dict[str, ErrorIdentifier]] = {member.value: member for member in ErrorIdentifier}

#: What classifying a failed reply gives: exactly one of the three.
Failure: TypeAlias = ApiError[ErrorIdentifier] | UnknownApiError | UnexpectedResponse


def lookup(identifier: str) -> ErrorIdentifier | None:
    """The member for an identifier of the set, or None (never an exception) for any other string."""
    return _BY_VALUE.get(identifier)


def classify(status: int, headers: Headers, body: bytes, secrets: Iterable[str] = ()) -> Failure:
    """
    Classifies a failed reply; a body longer than MAX_BODY_BYTES is \`\`too-large\`\`. Never raises. Each of \`\`secrets\`\`
    (\`\`basic_auth_secrets\`\` gives them) is masked as \`\`***\`\` in every form, in every text kept.
    """
    return classify_reply(lookup, REQUEST_ID_HEADER, status, headers, body, secrets)


def classify_response(
    response: HttpResponse, secrets: Iterable[str] = (), max_body_bytes: int = MAX_BODY_BYTES
) -> Failure:
    """Classifies a requests or httpx response; past \`\`max_body_bytes\`\` of body it is \`\`too-large\`\`. Never raises."""
    return classify_http_response(lookup, REQUEST_ID_HEADER, response, secrets, max_body_bytes)


${renderDoubles(brand)}`;
}

/** The brand's doubles: one table entry per operation, and a typed `double` that offers only what each allows. */
function renderDoubles(brand: KitBrand): string {
  const table = [...brand.doubles].map(([operation, replies]) => {
    const [{ method, path, status, headers }] = replies as [DocumentedReply];
    const bodies = replies.map((reply) => `            ErrorIdentifier.${reply.identifier}: ${quoted(reply.body)},`);
    return `    ${quoted(operation)}: doubles_of(
        ${quoted(method)},
        ${quoted(path)},
        ${status},
        (${headers.map(([name, value]) => `(${quoted(name)}, ${quoted(value)})`).join(', ')}),
        {
${bodies.join('\n')}
        },
    ),`;
  });
  const overloads = [...brand.doubles].map(
    ([operation, replies]) => `@overload
def double(
    operation: Literal[${quoted(operation)}],
    identifier: Literal[
${replies.map((reply) => `        ErrorIdentifier.${reply.identifier},`).join('\n')}
    ],
    *,
    message: str | None = None,
    request_id: str | None = None,
) -> Double: ...
`,
  );
  return `#: Test doubles: the reply the contract documents for each operation and each identifier it can return.
DOUBLES: Final[Mapping[str, Mapping[ErrorIdentifier, Double]]] = {
${table.join('\n')}
}


${overloads.join('\n\n')}

def double(operation: str, identifier: str, *, message: str | None = None, request_id: str | None = None) -> Double:
    """
    The reply the contract documents for \`\`operation\`\` and \`\`identifier\`\` (\`\`message\`\` and \`\`request_id\`\` replace its
    own), served by \`\`.respx(router)\`\` or \`\`.responses(mock)\`\`. Type checkers accept only the identifiers the
    operation can return; at run time any other raises ValueError.
    """
    return find_double(DOUBLES, operation, identifier).with_(message=message, request_id=request_id)
`;
}
