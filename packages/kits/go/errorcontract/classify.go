package errorcontract

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"net/http"
	"sort"
	"strings"
)

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
// "identifier" and "message" are strings, other members ignored (RFC 9457); a body longer than MaxBodyBytes is
// too-large. It never panics. Each secret (BasicAuthSecrets gives them) is masked as *** in every form, in every text
// it keeps.
func Classify[ID ~string](catalog Catalog[ID], status int, header http.Header, body []byte, secrets ...string) error {
	return classify(catalog, status, header, body, MaxBodyBytes, secrets)
}

func classify[ID ~string](catalog Catalog[ID], status int, header http.Header, body []byte, maxBodyBytes int64, secrets []string) error {
	mask := newMasker(secrets)
	requestID := keptHeader(mask, header, catalog.RequestIDHeader)
	// The body's text is masked before it is parsed, as the TypeScript client masks it.
	read := body
	if int64(len(read)) > maxBodyBytes {
		read = read[:maxBodyBytes]
	}
	text := mask.mask(decodeUTF8(read))
	unexpected := func(reason Reason) error {
		return &UnexpectedResponse{
			Status:      status,
			Reason:      reason,
			ContentType: keptHeader(mask, header, "Content-Type"),
			RequestID:   requestID,
			Body:        mask.keep(text),
		}
	}

	if int64(len(body)) > maxBodyBytes {
		return unexpected(ReasonTooLarge)
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

// ClassifyResponse classifies a failed *http.Response, and closes the body. It reads at most maxBodyBytes of the body
// (MaxBodyBytes when 0 or less) after decoding a gzip or deflate Content-Encoding, which Go's transport leaves
// encoded when the request asked for it; a longer body is too-large. A body in another encoding (br: Go's standard
// library has no decoder) is classified as the bytes it is, which are not JSON. A nil response or a body that fails to
// read gives what was read.
func ClassifyResponse[ID ~string](catalog Catalog[ID], response *http.Response, maxBodyBytes int64, secrets ...string) error {
	if response == nil {
		return Classify(catalog, 0, nil, nil, secrets...)
	}
	if maxBodyBytes <= 0 {
		maxBodyBytes = MaxBodyBytes
	}
	var body []byte
	if response.Body != nil {
		// One byte past the limit is enough to tell a body too large.
		raw, _ := io.ReadAll(io.LimitReader(response.Body, maxBodyBytes+1))
		_ = response.Body.Close()
		body = decoded(response, raw, maxBodyBytes)
	}
	return classify(catalog, response.StatusCode, response.Header, body, maxBodyBytes, secrets)
}

// decoded is the body as it was before its gzip or deflate Content-Encoding, at most one byte past the limit; any
// other body as it came.
func decoded(response *http.Response, raw []byte, maxBodyBytes int64) []byte {
	if response.Uncompressed || int64(len(raw)) > maxBodyBytes {
		return raw
	}
	var reader io.Reader
	switch strings.ToLower(strings.TrimSpace(response.Header.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		gzipped, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return raw
		}
		reader = gzipped
	case "deflate":
		// HTTP's deflate is zlib-wrapped (RFC 9110), but some servers send raw deflate, as browsers accept too.
		if zlibbed, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			reader = zlibbed
		} else {
			reader = flate.NewReader(bytes.NewReader(raw))
		}
	default:
		return raw
	}
	body, _ := io.ReadAll(io.LimitReader(reader, maxBodyBytes+1))
	return body
}

// keptHeader is the header's values joined by ", " (names compared without case, each value read as Latin-1 and
// without the whitespace around it, as fetch reads it), masked and cut; nil when the header is absent.
func keptHeader(mask masker, header http.Header, name string) *string {
	var keys []string
	for key := range header {
		if strings.EqualFold(key, name) {
			keys = append(keys, key)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	sort.Strings(keys)
	var values []string
	for _, key := range keys {
		for _, value := range header[key] {
			values = append(values, fromLatin1(strings.Trim(value, " \t\r\n")))
		}
	}
	kept := mask.keep(strings.Join(values, ", "))
	return &kept
}
