/** The Go package of a brand: its identifier set as a named string type with constants, a lookup, the classifier. */
import { banner, bundleOf, type KitBrand } from './brand.ts';
import { camel, quoted } from './names.ts';

export function renderGoPackage(brand: KitBrand): string {
  const width = Math.max(...brand.identifiers.map((entry) => camel(entry.identifier).length));
  const constants = brand.identifiers.flatMap((entry) => [
    `\t// ${camel(entry.identifier)}: ${entry.explanation.replaceAll('\n', ' ')}`,
    `\t${camel(entry.identifier)} ErrorIdentifier = ${quoted(entry.identifier)}`,
  ]);
  const facts = brand.identifiers.map(
    (entry) =>
      `\t${`${camel(entry.identifier)}:`.padEnd(width + 1)} {${quoted(entry.explanation)}, ${entry.retryable}, ${quoted(entry.docsUrl)}},`,
  );
  const list = brand.identifiers.map((entry) => `${camel(entry.identifier)}`).join(', ');
  return `${banner(bundleOf(brand.brand), '//')}

// Package ${brand.brand} holds the standard API errors of the ${brand.title}: its identifiers, and the classifier
// of its failed replies.
package ${brand.brand}

import (
\t"net/http"

\terrorcontract "github.com/error-contract/kits/go"
)

// ErrorIdentifier is an identifier of the ${brand.title}'s standard API errors, exactly the enum of its spec.
type ErrorIdentifier string

const (
${constants.join('\n')}
)

// RequestIDHeader is the response header that carries the request id.
const RequestIDHeader = ${quoted(brand.requestIdHeader)}

type facts struct {
\texplanation string
\tretryable   bool
\tdocsURL     string
}

var catalog = map[ErrorIdentifier]facts{
${facts.join('\n')}
}

// Identifiers returns every identifier of the set, in the order of the brand's docs page.
func Identifiers() []ErrorIdentifier {
\treturn []ErrorIdentifier{${list}}
}

// Lookup returns the identifier and true when the set has it, and false for any other string.
func Lookup(identifier string) (ErrorIdentifier, bool) {
\t_, known := catalog[ErrorIdentifier(identifier)]
\treturn ErrorIdentifier(identifier), known
}

// Explanation is what the identifier means, from the spec.
func (id ErrorIdentifier) Explanation() string { return catalog[id].explanation }

// Retryable tells whether sending the same request again can succeed.
func (id ErrorIdentifier) Retryable() bool { return catalog[id].retryable }

// DocsURL is the identifier's entry on the brand's errors page.
func (id ErrorIdentifier) DocsURL() string { return catalog[id].docsURL }

// APIError is a standard API error of this brand.
type APIError = errorcontract.APIError[ErrorIdentifier]

var contract = errorcontract.Catalog[ErrorIdentifier]{
\tRequestIDHeader: RequestIDHeader,
\tLookup:          Lookup,
\tFacts: func(id ErrorIdentifier) (string, bool, string) {
\t\treturn id.Explanation(), id.Retryable(), id.DocsURL()
\t},
}

// Classify turns a failed reply into exactly one of *APIError, *errorcontract.UnknownAPIError and
// *errorcontract.UnexpectedResponse. It never panics; each secret is masked as *** in every text it keeps.
func Classify(status int, header http.Header, body []byte, secrets ...string) error {
\treturn errorcontract.Classify(contract, status, header, body, secrets...)
}

// ClassifyResponse classifies a failed *http.Response from at most errorcontract.MaxBodyBytes of its body, and
// closes the body.
func ClassifyResponse(response *http.Response, secrets ...string) error {
\treturn errorcontract.ClassifyResponse(contract, response, errorcontract.MaxBodyBytes, secrets...)
}
`;
}

/** Every brand's package by brand id, for the module's own tests and example. */
export function renderGoRegistry(brands: readonly string[]): string {
  const width = Math.max(...brands.map((brand) => brand.length + 3));
  return `${banner(bundleOf('<brand>'), '//')}

// Package brands maps each brand id to its package's Classify and ClassifyResponse.
package brands

import (
\t"net/http"

${brands.map((brand) => `\t"github.com/error-contract/kits/go/${brand}"`).join('\n')}
)

// Classify is each brand's Classify, by brand id.
var Classify = map[string]func(status int, header http.Header, body []byte, secrets ...string) error{
${brands.map((brand) => `\t${`${quoted(brand)}:`.padEnd(width)} ${brand}.Classify,`).join('\n')}
}

// ClassifyResponse is each brand's ClassifyResponse, by brand id.
var ClassifyResponse = map[string]func(response *http.Response, secrets ...string) error{
${brands.map((brand) => `\t${`${quoted(brand)}:`.padEnd(width)} ${brand}.ClassifyResponse,`).join('\n')}
}
`;
}
