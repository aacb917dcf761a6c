package errorcontract

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
)

// Double is a test double: the reply the contract documents for one operation and one identifier it can return.
// As an http.Handler (for httptest.NewServer) it answers the operation's requests with that reply, whatever base
// path precedes the operation's, and any other request with 404 and what it answers.
type Double struct {
	Method string
	Path   string
	Status int
	// Header holds the name and value of each header, in order: the content type, then the request id.
	Header [][2]string
	// Body is the JSON text of the body.
	Body string
}

// WithMessage returns the double with another message in its body.
func (d Double) WithMessage(message string) Double {
	var body map[string]any
	if err := json.Unmarshal([]byte(d.Body), &body); err != nil {
		panic(fmt.Sprintf("a double's body is JSON: %v", err))
	}
	body["message"] = message
	text, err := json.Marshal(body)
	if err != nil {
		panic(err)
	}
	d.Body = string(text)
	return d
}

// WithRequestID returns the double with another value of its request id header.
func (d Double) WithRequestID(requestID string) Double {
	header := append([][2]string(nil), d.Header...)
	header[len(header)-1][1] = requestID
	d.Header = header
	return d
}

// ServeHTTP answers the operation's requests with the reply.
func (d Double) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != d.Method || !strings.HasSuffix(r.URL.Path, d.Path) {
		http.Error(w, fmt.Sprintf("this double answers %s %s, not %s %s", d.Method, d.Path, r.Method, r.URL.Path), http.StatusNotFound)
		return
	}
	for _, pair := range d.Header {
		w.Header().Add(pair[0], pair[1])
	}
	w.WriteHeader(d.Status)
	_, _ = io.WriteString(w, d.Body)
}

// DoublesOf is one operation's doubles by identifier: each brand's generated table is made of them.
func DoublesOf[ID ~string](method, path string, status int, header [][2]string, bodies map[ID]string) map[ID]Double {
	doubles := make(map[ID]Double, len(bodies))
	for id, body := range bodies {
		doubles[id] = Double{Method: method, Path: path, Status: status, Header: header, Body: body}
	}
	return doubles
}

// DoubleOf looks a double up by operation and identifier; the error says what the contract allows when there is none.
func DoubleOf[ID ~string](doubles map[string]map[ID]Double, operation, identifier string) (Double, error) {
	byID, known := doubles[operation]
	if !known {
		return Double{}, fmt.Errorf("no operation %q; the operations are %s", operation, strings.Join(sortedKeys(doubles), ", "))
	}
	if double, allowed := byID[ID(identifier)]; allowed {
		return double, nil
	}
	return Double{}, fmt.Errorf("%s cannot return %s, so it has no double of it; it can return %s", operation, identifier, strings.Join(sortedKeys(byID), ", "))
}

func sortedKeys[K ~string, V any](m map[K]V) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, string(key))
	}
	sort.Strings(keys)
	return keys
}
