package errorcontract_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ivs-core/error-contract/packages/kits/go/errorcontract"
	"github.com/ivs-core/error-contract/packages/kits/go/internal/brands"
)

type bodyPart struct {
	Text   *string `json:"text"`
	Repeat int     `json:"repeat"`
	Base64 *string `json:"base64"`
}

type corpusCase struct {
	Name  string `json:"name"`
	Reply struct {
		Status  int         `json:"status"`
		Headers [][2]string `json:"headers"`
		Body    []bodyPart  `json:"body"`
	} `json:"reply"`
	Want map[string]any `json:"want"`
}

type corpus struct {
	Brand       string `json:"brand"`
	Credentials struct {
		APIKey    string `json:"apiKey"`
		APISecret string `json:"apiSecret"`
	} `json:"credentials"`
	Cases []corpusCase `json:"cases"`
}

// corpusDir is ERROR_CONTRACT_CORPUS, else the monorepo's copy of the corpus.
func corpusDir() string {
	if dir := os.Getenv("ERROR_CONTRACT_CORPUS"); dir != "" {
		return dir
	}
	return filepath.Join("..", "corpus", "generated")
}

func loadCorpora(t *testing.T) []corpus {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpusDir(), "*.json"))
	if len(paths) == 0 {
		t.Fatalf("no corpus in %s: run `pnpm generate`", corpusDir())
	}
	var corpora []corpus
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var one corpus
		if err := json.Unmarshal(data, &one); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		corpora = append(corpora, one)
	}
	return corpora
}

func bodyBytes(t *testing.T, parts []bodyPart) []byte {
	var body []byte
	for _, part := range parts {
		if part.Base64 != nil {
			decoded, err := base64.StdEncoding.DecodeString(*part.Base64)
			if err != nil {
				t.Fatal(err)
			}
			body = append(body, decoded...)
			continue
		}
		repeat := part.Repeat
		if repeat == 0 {
			repeat = 1
		}
		body = append(body, strings.Repeat(*part.Text, repeat)...)
	}
	return body
}

// orNull is how the corpus writes a text the reply did not have.
func orNull(text string) any {
	if text == "" {
		return nil
	}
	return text
}

// outcome gives the fields the corpus compares, named as the corpus names them.
func outcome(failure error) map[string]any {
	switch failure := failure.(type) {
	case *errorcontract.UnknownAPIError:
		return map[string]any{"kind": "unknown-api-error", "status": float64(failure.Status), "identifier": failure.Identifier, "message": failure.Message, "requestId": orNull(failure.RequestID)}
	case *errorcontract.UnexpectedResponse:
		return map[string]any{"kind": "unexpected-response", "status": float64(failure.Status), "reason": string(failure.Reason), "contentType": orNull(failure.ContentType), "requestId": orNull(failure.RequestID)}
	}
	// *APIError[ID] of whichever brand: its fields by name.
	value := reflect.ValueOf(failure).Elem()
	field := func(name string) reflect.Value { return value.FieldByName(name) }
	return map[string]any{
		"kind":        "api-error",
		"status":      float64(field("Status").Int()),
		"identifier":  field("Identifier").String(),
		"message":     field("Message").String(),
		"explanation": field("Explanation").String(),
		"retryable":   field("Retryable").Bool(),
		"docsUrl":     field("DocsURL").String(),
		"requestId":   orNull(field("RequestID").String()),
	}
}

func TestCorpus(t *testing.T) {
	for _, corpus := range loadCorpora(t) {
		classify := brands.Classify[corpus.Brand]
		if classify == nil {
			t.Fatalf("no Go package for the corpus of %s", corpus.Brand)
		}
		secrets := errorcontract.BasicAuthSecrets(corpus.Credentials.APIKey, corpus.Credentials.APISecret)
		for _, entry := range corpus.Cases {
			t.Run(corpus.Brand+": "+entry.Name, func(t *testing.T) {
				header := http.Header{}
				for _, pair := range entry.Reply.Headers {
					header.Add(pair[0], pair[1])
				}
				failure := classify(entry.Reply.Status, header, bodyBytes(t, entry.Reply.Body), secrets...)
				if got := outcome(failure); !reflect.DeepEqual(got, entry.Want) {
					t.Errorf("got  %v\nwant %v", got, entry.Want)
				}
				shown := fmt.Sprintf("%s %+v", failure.Error(), failure)
				for _, secret := range secrets {
					if strings.Contains(shown, secret) {
						t.Errorf("a secret shows in %q", shown)
					}
				}
			})
		}
	}
}
