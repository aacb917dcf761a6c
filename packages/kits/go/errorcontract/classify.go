package errorcontract

import (
	"io"
	"net/http"
	"strings"
)

// MaxBodyBytes is how many bytes of a body ClassifyResponse reads; a longer body is classified from its first bytes.
const MaxBodyBytes = 1 << 20

// Catalog is a brand's identifier set, as its generated package defines it.
type Catalog[ID ~string] struct {
	// RequestIDHeader is the response header that carries the request id.
	RequestIDHeader string
	// Lookup returns the identifier and true when the brand's set has it.
	Lookup func(identifier string) (ID, bool)
	// Facts returns what the contract says about an identifier of the set.
	Facts func(identifier ID) (explanation string, retryable bool, docsURL string)
}

// Classify turns one failed reply into exactly one of *APIError[ID], *UnknownAPIError and *UnexpectedResponse, by
// the TypeScript client's rules: the body decides, never the Content-Type; an error body is a JSON object whose
// "identifier" and "message" are strings, other members ignored (RFC 9457). It never panics. Each secret is
// masked as *** in every text it keeps.
func Classify[ID ~string](catalog Catalog[ID], status int, header http.Header, body []byte, secrets ...string) error {
	mask := newMasker(secrets)
	requestID := mask.keep(headerValue(header, catalog.RequestIDHeader))
	text := decodeUTF8(body)
	unexpected := func(reason Reason) error {
		return &UnexpectedResponse{
			Status:      status,
			Reason:      reason,
			ContentType: mask.keep(headerValue(header, "Content-Type")),
			RequestID:   requestID,
			Body:        mask.keep(text),
		}
	}

	if text == "" {
		return unexpected(ReasonEmptyBody)
	}
	value, err := parseJSON(text)
	if err != nil {
		return unexpected(ReasonNotJSON)
	}
	// A JSON string is what a plain text body reads as in the TypeScript client: not JSON, or empty.
	if text, isString := value.(string); isString {
		if text == "" {
			return unexpected(ReasonEmptyBody)
		}
		return unexpected(ReasonNotJSON)
	}
	object, isObject := value.(map[string]any)
	if !isObject {
		return unexpected(ReasonWrongShape)
	}
	identifier, identifierIsString := object["identifier"].(string)
	message, messageIsString := object["message"].(string)
	if !identifierIsString || !messageIsString {
		return unexpected(ReasonWrongShape)
	}
	known, isKnown := catalog.Lookup(identifier)
	if !isKnown {
		return &UnknownAPIError{
			Status:     status,
			Identifier: mask.keep(identifier),
			Message:    mask.keep(message),
			RequestID:  requestID,
			Body:       mask.keep(text),
		}
	}
	explanation, retryable, docsURL := catalog.Facts(known)
	return &APIError[ID]{
		Status:      status,
		Identifier:  known,
		Message:     mask.keep(message),
		Explanation: explanation,
		Retryable:   retryable,
		DocsURL:     docsURL,
		RequestID:   requestID,
		Body:        mask.keep(text),
	}
}

// ClassifyResponse classifies a failed *http.Response from at most maxBodyBytes of its body (MaxBodyBytes when 0 or
// less), and closes the body. A nil response or a body that fails to read gives what was read.
func ClassifyResponse[ID ~string](catalog Catalog[ID], response *http.Response, maxBodyBytes int64, secrets ...string) error {
	if response == nil {
		return Classify(catalog, 0, nil, nil, secrets...)
	}
	if maxBodyBytes <= 0 {
		maxBodyBytes = MaxBodyBytes
	}
	var body []byte
	if response.Body != nil {
		body, _ = io.ReadAll(io.LimitReader(response.Body, maxBodyBytes))
		_ = response.Body.Close()
	}
	return Classify(catalog, response.StatusCode, response.Header, body, secrets...)
}

// headerValue is the header's values joined by ", " with names compared without case, or "" when it is absent.
func headerValue(header http.Header, name string) string {
	var values []string
	for key, keyValues := range header {
		if strings.EqualFold(key, name) {
			for _, value := range keyValues {
				values = append(values, strings.Trim(value, " \t\r\n"))
			}
		}
	}
	return strings.Join(values, ", ")
}
