// Command sandbox sends each reproduction of a file to the sandbox with net/http, and prints how the kit classifies each
// reply, one JSON line per reproduction. Usage: go run ./examples/sandbox http://127.0.0.1:4010 reproductions.json
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/ivs-core/error-contract/packages/kits/go/errorcontract"
	"github.com/ivs-core/error-contract/packages/kits/go/idenfy"
	"github.com/ivs-core/error-contract/packages/kits/go/internal/brands"
	"github.com/ivs-core/error-contract/packages/kits/go/markid"
)

type request struct {
	Method  string            `json:"method"`
	Path    string            `json:"path"`
	Headers map[string]string `json:"headers"`
	Body    string            `json:"body"`
}

type reproduction struct {
	Brand      string    `json:"brand"`
	Identifier string    `json:"identifier"`
	APIKey     string    `json:"apiKey"`
	APISecret  string    `json:"apiSecret"`
	Before     []request `json:"before"`
	Request    request   `json:"request"`
}

var client = &http.Client{Timeout: 10 * time.Second}

func send(baseURL string, r request) (*http.Response, error) {
	body, err := base64.StdEncoding.DecodeString(r.Body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(r.Method, baseURL+r.Path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	for name, value := range r.Headers {
		req.Header.Set(name, value)
	}
	return client.Do(req)
}

// describe classifies a failed reply with the brand's package, and says what it is.
func describe(t reproduction, response *http.Response) map[string]any {
	// The secrets of the request's credentials; a request sent without credentials has none to mask.
	var secrets []string
	if t.APISecret != "" {
		var err error
		if secrets, err = errorcontract.BasicAuthSecrets(t.APIKey, t.APISecret); err != nil {
			return map[string]any{"kind": "refused", "text": err.Error()}
		}
	}
	failure := brands.ClassifyResponse[t.Brand](response, secrets...)
	var idenfyError *idenfy.APIError
	var markidError *markid.APIError
	var unknown *errorcontract.UnknownAPIError
	var unexpected *errorcontract.UnexpectedResponse
	switch {
	case errors.As(failure, &idenfyError):
		return standard(idenfyError)
	case errors.As(failure, &markidError):
		return standard(markidError)
	case errors.As(failure, &unknown):
		return map[string]any{"kind": "unknown-api-error", "identifier": unknown.Identifier, "text": failure.Error()}
	case errors.As(failure, &unexpected):
		return map[string]any{"kind": "unexpected-response", "reason": unexpected.Reason, "text": failure.Error()}
	}
	return map[string]any{"kind": fmt.Sprintf("%T", failure)}
}

// standard describes a standard error of either brand: its Identifier is the brand's ErrorIdentifier.
func standard[ID ~string](failure *errorcontract.APIError[ID]) map[string]any {
	return map[string]any{
		"kind":       "api-error",
		"identifier": string(failure.Identifier),
		"retryable":  failure.Retryable,
		"docsUrl":    failure.DocsURL,
		"text":       failure.Error(),
	}
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: sandbox BASE_URL TRIGGERS_JSON")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var reproductions []reproduction
	if err := json.Unmarshal(data, &reproductions); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, t := range reproductions {
		for _, before := range t.Before {
			if response, err := send(os.Args[1], before); err == nil {
				_ = response.Body.Close()
			}
		}
		response, err := send(os.Args[1], t.Request)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		outcome := describe(t, response)
		outcome["brand"], outcome["reproduces"] = t.Brand, t.Identifier
		line, _ := json.Marshal(outcome)
		fmt.Println(string(line))
	}
}
