// Generated from spec/dist/markid/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.

// Package markid holds the standard API errors of the Mark ID IVS Core API: its identifiers, and the classifier
// of its failed replies.
package markid

import (
	"net/http"

	"github.com/ivs-core/error-contract/packages/kits/go/errorcontract"
)

// ErrorIdentifier is an identifier of the Mark ID IVS Core API's standard API errors, exactly the enum of its spec.
type ErrorIdentifier string

const (
	// InternalError: Unhandled unknown internal error at *Mark ID's* API side.
	InternalError ErrorIdentifier = "INTERNAL_ERROR"
	// BadValue: Supplied value is not valid.
	BadValue ErrorIdentifier = "BAD_VALUE"
	// MissingValue: Expected a supplied value but got none.
	MissingValue ErrorIdentifier = "MISSING_VALUE"
	// Unauthorized: Missing API key/secret in HTTP headers or API key/secret not valid.
	Unauthorized ErrorIdentifier = "UNAUTHORIZED"
	// EncodingError: Failed to encode/decode object.
	EncodingError ErrorIdentifier = "ENCODING_ERROR"
	// JSONError: Malformed JSON body.
	JSONError ErrorIdentifier = "JSON_ERROR"
	// TokenNotValid: Verification token is not valid or expired.
	TokenNotValid ErrorIdentifier = "TOKEN_NOT_VALID"
	// PartnerContractError: A partner can not do a requested action because of the signed contract.
	PartnerContractError ErrorIdentifier = "PARTNER_CONTRACT_ERROR"
	// MethodNotAllowed: Wrong HTTP method.
	MethodNotAllowed ErrorIdentifier = "METHOD_NOT_ALLOWED"
	// PermissionsError: Insufficient permissions for the request.
	PermissionsError ErrorIdentifier = "PERMISSIONS_ERROR"
)

// RequestIDHeader is the response header that carries the request id.
const RequestIDHeader = "X-Request-Id"

type facts struct {
	explanation string
	retryable   bool
	docsURL     string
}

var catalog = map[ErrorIdentifier]facts{
	InternalError:        {"Unhandled unknown internal error at *Mark ID's* API side.", true, "https://docs.ivs.markid.eu/markid/handbook.html#INTERNAL_ERROR"},
	BadValue:             {"Supplied value is not valid.", false, "https://docs.ivs.markid.eu/markid/handbook.html#BAD_VALUE"},
	MissingValue:         {"Expected a supplied value but got none.", false, "https://docs.ivs.markid.eu/markid/handbook.html#MISSING_VALUE"},
	Unauthorized:         {"Missing API key/secret in HTTP headers or API key/secret not valid.", false, "https://docs.ivs.markid.eu/markid/handbook.html#UNAUTHORIZED"},
	EncodingError:        {"Failed to encode/decode object.", false, "https://docs.ivs.markid.eu/markid/handbook.html#ENCODING_ERROR"},
	JSONError:            {"Malformed JSON body.", false, "https://docs.ivs.markid.eu/markid/handbook.html#JSON_ERROR"},
	TokenNotValid:        {"Verification token is not valid or expired.", false, "https://docs.ivs.markid.eu/markid/handbook.html#TOKEN_NOT_VALID"},
	PartnerContractError: {"A partner can not do a requested action because of the signed contract.", false, "https://docs.ivs.markid.eu/markid/handbook.html#PARTNER_CONTRACT_ERROR"},
	MethodNotAllowed:     {"Wrong HTTP method.", false, "https://docs.ivs.markid.eu/markid/handbook.html#METHOD_NOT_ALLOWED"},
	PermissionsError:     {"Insufficient permissions for the request.", false, "https://docs.ivs.markid.eu/markid/handbook.html#PERMISSIONS_ERROR"},
}

// Identifiers returns every identifier of the set, in the order of the brand's docs page.
func Identifiers() []ErrorIdentifier {
	return []ErrorIdentifier{InternalError, BadValue, MissingValue, Unauthorized, EncodingError, JSONError, TokenNotValid, PartnerContractError, MethodNotAllowed, PermissionsError}
}

// Lookup returns the identifier and true when the set has it, and false for any other string.
func Lookup(identifier string) (ErrorIdentifier, bool) {
	_, known := catalog[ErrorIdentifier(identifier)]
	return ErrorIdentifier(identifier), known
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
	RequestIDHeader: RequestIDHeader,
	Lookup:          Lookup,
	Facts: func(id ErrorIdentifier) (string, bool, string) {
		return id.Explanation(), id.Retryable(), id.DocsURL()
	},
}

// Classify turns a failed reply into exactly one of *APIError, *errorcontract.UnknownAPIError and
// *errorcontract.UnexpectedResponse. It never panics; each secret is masked as *** in every text it keeps.
func Classify(status int, header http.Header, body []byte, secrets ...string) error {
	return errorcontract.Classify(contract, status, header, body, secrets...)
}

// ClassifyResponse classifies a failed *http.Response from at most errorcontract.MaxBodyBytes of its body, and
// closes the body.
func ClassifyResponse(response *http.Response, secrets ...string) error {
	return errorcontract.ClassifyResponse(contract, response, errorcontract.MaxBodyBytes, secrets...)
}
