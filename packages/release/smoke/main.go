// Command smoke is the release's smoke program of {{goModule}}, fetched by the go command from the release's module
// proxy folder into a module of its own and built with the oldest Go the kit supports: it classifies replies of the
// brand's packed sandbox. BASE_URL=<sandbox>/{{brand}} API_KEY=… API_SECRET=… go run .
package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"{{sharedGoModule}}"
	"{{goModule}}"
)

var failed bool

func check(ok bool, line string) {
	status := "ok"
	if !ok {
		status, failed = "FAILED", true
	}
	fmt.Printf("%s go: %s\n", status, line)
}

func post(path, body, apiKey, apiSecret string) (*http.Response, error) {
	request, err := http.NewRequest(http.MethodPost, os.Getenv("BASE_URL")+path, bytes.NewBufferString(body))
	if err != nil {
		return nil, err
	}
	request.SetBasicAuth(apiKey, apiSecret)
	request.Header.Set("Content-Type", "application/json")
	return (&http.Client{Timeout: 10 * time.Second}).Do(request)
}

func main() {
	apiKey, apiSecret := os.Getenv("API_KEY"), "not-the-secret"
	response, err := post("/api/v2/status", `{"scanRef": "smoke-test"}`, apiKey, apiSecret)
	if err != nil {
		fmt.Println("FAILED go:", err)
		os.Exit(1)
	}
{{readmeExample}}
	check(errors.As(failure, &apiError) && apiError.Identifier == {{brand}}.Unauthorized && strings.HasPrefix(apiError.DocsURL, "{{homepage}}"), fmt.Sprintf("a wrong secret: %v", failure))

	apiSecret = os.Getenv("API_SECRET")
	response, err = post("/api/v2/token", `{"clientId": `, apiKey, apiSecret)
	if err != nil {
		fmt.Println("FAILED go:", err)
		os.Exit(1)
	}
	failure = {{brand}}.ClassifyResponse(response, errorcontract.BasicAuthSecrets(apiKey, apiSecret)...)
	check(errors.As(failure, &apiError) && apiError.Identifier == {{brand}}.JSONError, fmt.Sprintf("malformed JSON: %v", failure))
	if failed {
		os.Exit(1)
	}
}
