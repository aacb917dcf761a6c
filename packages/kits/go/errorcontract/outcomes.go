// Package errorcontract classifies failed replies of the IVS Core API into typed standard API errors. Each brand
// has its module, with its identifier set; this one, which names no brand, holds what they share.
package errorcontract

import "fmt"

// Reason says why a reply is not a standard error.
type Reason string

const (
	ReasonEmptyBody  Reason = "empty-body"
	ReasonNotJSON    Reason = "not-json"
	ReasonWrongShape Reason = "wrong-shape"
	// ReasonTooLarge is a body longer than the read limit, of which Body keeps the first part.
	ReasonTooLarge Reason = "too-large"
)

// APIError is a standard API error: an identifier of the brand's set, with what the contract says about it.
type APIError[ID ~string] struct {
	Status      int
	Identifier  ID
	Message     string
	Explanation string
	// Retryable says whether sending the same request again can succeed.
	Retryable bool
	DocsURL   string
	// RequestID is nil when the reply had no request id header.
	RequestID *string
	// Body is the body as text (UTF-8, as it came), masked, at most TextLimit characters.
	Body string
}

func (e *APIError[ID]) Error() string {
	return fmt.Sprintf("%s (%s): %s See %s", string(e.Identifier), httpPart(e.Status, e.RequestID), e.Message, e.DocsURL)
}

// UnknownAPIError is a well-formed error whose identifier the brand's set does not have, kept verbatim.
type UnknownAPIError struct {
	Status     int
	Identifier string
	Message    string
	RequestID  *string
	Body       string
}

func (e *UnknownAPIError) Error() string {
	return fmt.Sprintf("%s, an identifier this kit does not know (%s): %s", e.Identifier, httpPart(e.Status, e.RequestID), e.Message)
}

// UnexpectedResponse is a reply that is not a standard error: empty, not JSON, JSON of the wrong shape, or too large.
type UnexpectedResponse struct {
	Status int
	Reason Reason
	// ContentType is nil when the reply had no Content-Type header.
	ContentType *string
	RequestID   *string
	Body        string
}

func (e *UnexpectedResponse) Error() string {
	contentType := ""
	if e.ContentType != nil && *e.ContentType != "" {
		contentType = ", " + *e.ContentType
	}
	return fmt.Sprintf("unexpected response (%s, %s%s)", httpPart(e.Status, e.RequestID), e.Reason, contentType)
}

func httpPart(status int, requestID *string) string {
	if requestID == nil || *requestID == "" {
		return fmt.Sprintf("HTTP %d", status)
	}
	return fmt.Sprintf("HTTP %d, request id %s", status, *requestID)
}
