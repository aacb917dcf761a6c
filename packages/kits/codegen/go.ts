/**
 * The Go kit, one module per brand and one brand-neutral module they build on, published from this repository as
 * Go wants: each module's path is the repository's and its folder, tagged `<folder>/vX.Y.Z`. Generated here: each
 * brand's package, the modules' go.mod files and the workspace that ties them to the kit's tests and example.
 */
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { DocumentedReply } from '@error-contract/client/codegen';
import { apiTitle, contractVersion, goModulePath, repoDir } from '@error-contract/spec/workspace';
import { banner, bundleOf } from './banner.ts';
import type { KitBrand } from './brand.ts';
import { camel, quoted } from './names.ts';

/**
 * The oldest Go the kit supports, the `go` line of every module: Go 1.20 brought `strings.CutPrefix`, the newest
 * API the classifier uses. The release dry run builds and tests the kit with exactly this toolchain.
 */
export const GO_VERSION = '1.20';

/** The toolchain that stands for GO_VERSION in tests: Go 1.20's first release was never published as a toolchain. */
export const OLDEST_GO_TOOLCHAIN = 'go1.20.1';

/** The folder of the Go kit under the kits package, and of the brand-neutral module inside it. */
export const goDir = 'go';
export const sharedModuleFolder = 'errorcontract';

export interface GoModule {
  /** Its folder under `go/`: `errorcontract`, a brand id, or `.` for the kit's tests and example (not released). */
  folder: string;
  /** Its module path at the contract's version: `github.com/…/packages/kits/go/markid`. */
  path: string;
}

// Found from the package's manifest, not from this file, so that the compiled module in dist/ finds the same folder.
const kitsGoDir = join(dirname(createRequire(import.meta.url).resolve('@error-contract/kits/package.json')), goDir);

/** The module in `folder` (under `go/`) at `version`. */
export function goModule(folder: string, version = contractVersion()): GoModule {
  const fromRoot = relative(repoDir, join(kitsGoDir, folder)).replaceAll('\\', '/');
  // The kit's own tests and example are never tagged, so never get a major version suffix.
  return { folder, path: goModulePath(fromRoot, folder === '.' ? '0.0.0' : version) };
}

/** A go.mod: the module, the go line, and what it requires. */
function renderGoMod(module: GoModule, requires: readonly GoModule[], version: string): string {
  const require = requires.map((required) => `\nrequire ${required.path} v${version}\n`).join('');
  return `${banner('packages/kits/codegen/go.ts', '//')}

module ${module.path}

go ${GO_VERSION}
${require}`;
}

/**
 * Every go.mod and the go.work of the kit, by path under the package: the shared module, one module per brand that
 * requires the shared one at the same version (tagged together), and the kit's tests and example, which see every
 * module through the workspace, so that nothing is downloaded while the kit is developed.
 */
export function renderGoModules(brands: readonly string[], version = contractVersion()): Array<[string, string]> {
  const shared = goModule(sharedModuleFolder, version);
  const folders = ['.', sharedModuleFolder, ...brands];
  return [
    [
      `${goDir}/go.work`,
      `${banner('packages/kits/codegen/go.ts', '//')}\n\ngo ${GO_VERSION}\n\nuse (\n${folders.map((folder) => `\t${folder === '.' ? '.' : `./${folder}`}\n`).join('')})\n`,
    ],
    [`${goDir}/go.mod`, renderGoMod(goModule('.', version), [], version)],
    [`${goDir}/${sharedModuleFolder}/go.mod`, renderGoMod(shared, [], version)],
    ...brands.map((brand): [string, string] => [
      `${goDir}/${brand}/go.mod`,
      renderGoMod(goModule(brand, version), [shared], version),
    ]),
  ];
}

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

\t"${goModule(sharedModuleFolder).path}"
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

// Package brands maps each brand id to its package's Classify, ClassifyResponse and DoubleOf.
package brands

import (
\t"net/http"

\t"${goModule(sharedModuleFolder).path}"
${brands.map((brand) => `\t"${goModule(brand).path}"`).join('\n')}
)

// Classify is each brand's Classify, by brand id.
var Classify = map[string]func(status int, header http.Header, body []byte, secrets ...string) error{
${brands.map((brand) => `\t${`${quoted(brand)}:`.padEnd(width)} ${brand}.Classify,`).join('\n')}
}

// ClassifyResponse is each brand's ClassifyResponse, by brand id.
var ClassifyResponse = map[string]func(response *http.Response, secrets ...string) error{
${brands.map((brand) => `\t${`${quoted(brand)}:`.padEnd(width)} ${brand}.ClassifyResponse,`).join('\n')}
}

// DoubleOf is each brand's DoubleOf, by brand id.
var DoubleOf = map[string]func(operation, identifier string) (errorcontract.Double, error){
${brands.map((brand) => `\t${`${quoted(brand)}:`.padEnd(width)} ${brand}.DoubleOf,`).join('\n')}
}
`;
}

/** The module's install command, `go get <path>@latest`. */
export const goGetCommand = (module: GoModule): string => `go get ${module.path}@latest`;

/**
 * A Go module's README, which pkg.go.dev shows beside the package docs: for a brand's module its name, how to get it,
 * the heart of what the release's smoke program runs with it, and where to read and ask; for the shared module, that
 * it comes with a brand's module.
 */
export function renderGoReadme(brand?: KitBrand): string {
  const top = `<!-- ${banner('packages/kits/codegen/go.ts', '').trim()} -->`;
  if (!brand) {
    const shared = goModule(sharedModuleFolder);
    return `${top}

# ${shared.path}

The brand-neutral part of the Go kits of the ${apiTitle()}'s standard API errors: the classifier of failed replies
and its outcome types (\`APIError\`, \`UnknownAPIError\`, \`UnexpectedResponse\`). Each brand's module builds on it
and brings it along; install a brand's module rather than this one. Go ${GO_VERSION} or later, no dependency beyond
the standard library. License: Apache-2.0 ([LICENSE](LICENSE)).
`;
  }
  const module = goModule(brand.brand);
  const { homepage, supportEmail } = brand.contact;
  return `${top}

# ${module.path}

Typed standard API errors of the **${brand.title}** for Go ${GO_VERSION} or later: the identifier set as constants of
\`${brand.brand}.ErrorIdentifier\`, each with its explanation, retry hint and docs URL, and the classifier that turns
a failed \`*http.Response\` into exactly one typed error. No dependency beyond the standard library.

\`\`\`sh
${goGetCommand(module)}
\`\`\`

\`\`\`go
${GO_README_EXAMPLE.replaceAll('{{brand}}', brand.brand)}
\`\`\`

\`${brand.brand}.ClassifyResponse\` reads at most 1 MiB of the body and closes it; it returns a \`*${brand.brand}.APIError\`
(a standard API error of the brand), a \`*errorcontract.UnknownAPIError\` (an identifier the brand does not
document, kept verbatim) or a \`*errorcontract.UnexpectedResponse\`, never panics, and masks each secret it is given.

Docs: ${homepage}${supportEmail ? ` · Support: ${supportEmail}` : ''} · License: Apache-2.0 ([LICENSE](LICENSE))
`;
}

/**
 * The README's example, also the heart of the release's Go smoke program (packages/release/smoke/main.go.tmpl),
 * whose test holds them together: `{{brand}}` is the brand's package.
 */
export const GO_README_EXAMPLE = `// response: a failed reply to a request sent with apiKey and apiSecret.
secrets, err := errorcontract.BasicAuthSecrets(apiKey, apiSecret)
if err != nil {
\tlog.Fatal(err) // errorcontract.ErrSecretTooShort: a secret this short cannot be masked
}
failure := {{brand}}.ClassifyResponse(response, secrets...)
var apiError *{{brand}}.APIError
if errors.As(failure, &apiError) && apiError.Identifier == {{brand}}.Unauthorized {
\tfmt.Println("check the API key and secret:", apiError.Explanation, apiError.DocsURL)
}`;

/** `createToken` → `CreateToken`. */
const exported = (operationId: string): string => operationId.charAt(0).toUpperCase() + operationId.slice(1);

/**
 * A brand's test doubles (`doubles.go`): the table the contract documents, `Doubles.<Operation>.<Identifier>()`, whose
 * operations have a method only for each identifier they can return (any other does not compile), and `DoubleOf`
 * for lookups by name.
 */
export function renderGoDoubles(brand: KitBrand): string {
  const goString = (value: string) => (value.includes('`') ? quoted(value) : `\`${value}\``);
  const table = [...brand.doubles].map(([operation, replies]) => {
    const [{ method, path, status, headers }] = replies as [DocumentedReply];
    const width = Math.max(...replies.map((reply) => camel(reply.identifier).length)) + 1;
    const bodies = replies.map(
      (reply) => `\t\t${`${camel(reply.identifier)}:`.padEnd(width)} ${goString(reply.body)},`,
    );
    const header = headers.map(([name, value]) => `{${quoted(name)}, ${quoted(value)}}`).join(', ');
    return `\t${quoted(operation)}: errorcontract.DoublesOf(${quoted(method)}, ${quoted(path)}, ${status}, [][2]string{${header}}, map[ErrorIdentifier]string{
${bodies.join('\n')}
\t}),`;
  });
  const fieldWidth = Math.max(...[...brand.doubles.keys()].map((operation) => operation.length));
  const fields = [...brand.doubles.keys()].map(
    (operation) => `\t${exported(operation).padEnd(fieldWidth)} ${operation}Doubles`,
  );
  const types = [...brand.doubles].map(([operation, replies]) => {
    const methods = replies.map(
      (reply) => `// ${camel(reply.identifier)} is the reply of ${operation} with ${reply.identifier}.
func (${operation}Doubles) ${camel(reply.identifier)}() errorcontract.Double {
\treturn doubles[${quoted(operation)}][${camel(reply.identifier)}]
}`,
    );
    return `// ${operation}Doubles are the doubles of ${operation}, one method per identifier it can return.
type ${operation}Doubles struct{}

${methods.join('\n\n')}`;
  });
  return `${banner(bundleOf(brand.brand), '//')}

package ${brand.brand}

import "${goModule(sharedModuleFolder).path}"

// Doubles are the test doubles of every operation: Doubles.CreateToken.BadValue() is the reply the contract documents
// for createToken and BAD_VALUE, an http.Handler for httptest.NewServer. An operation has a method for each
// identifier it can return and no other, so asking for another does not compile.
var Doubles = struct {
${fields.join('\n')}
}{}

// DoubleOf is the double of an operation (its operationId) and an identifier, or an error that says what the
// operation can return.
func DoubleOf(operation, identifier string) (errorcontract.Double, error) {
\treturn errorcontract.DoubleOf(doubles, operation, identifier)
}

var doubles = map[string]map[ErrorIdentifier]errorcontract.Double{
${table.join('\n')}
}

${types.join('\n\n')}
`;
}
