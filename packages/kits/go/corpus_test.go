package errorcontract_test

import (
	"encoding/base64"
	"encoding/json"
	"errors"
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
	Name        string `json:"name"`
	Credentials string `json:"credentials"`
	Reply       struct {
		Status  int         `json:"status"`
		Headers [][2]string `json:"headers"`
		Body    []bodyPart  `json:"body"`
	} `json:"reply"`
	Want map[string]any `json:"want"`
}

type credentials struct {
	APIKey     string   `json:"apiKey"`
	APISecret  string   `json:"apiSecret"`
	LeakProbes []string `json:"leakProbes"`
}

type corpus struct {
	Brand       string                 `json:"brand"`
	Limits      map[string]int         `json:"limits"`
	Credentials map[string]credentials `json:"credentials"`
	Doubles     []struct {
		Operation  string `json:"operation"`
		Method     string `json:"method"`
		Path       string `json:"path"`
		Identifier string `json:"identifier"`
		Case       string `json:"case"`
	} `json:"doubles"`
	SecretChecks []struct {
		APISecret string `json:"apiSecret"`
		Accepted  bool   `json:"accepted"`
	} `json:"secretChecks"`
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
func orNull(text *string) any {
	if text == nil {
		return nil
	}
	return *text
}

// latin1 is a corpus header value as the bytes it stands for: one byte per character, as on the wire.
func latin1(value string) string {
	raw := make([]byte, 0, len(value))
	for _, char := range value {
		raw = append(raw, byte(char))
	}
	return string(raw)
}

// outcome gives the fields the corpus compares, named as the corpus names them.
func outcome(failure error) map[string]any {
	switch failure := failure.(type) {
	case *errorcontract.UnknownAPIError:
		return map[string]any{"kind": "unknown-api-error", "status": float64(failure.Status), "identifier": failure.Identifier, "message": failure.Message, "requestId": orNull(failure.RequestID), "body": failure.Body}
	case *errorcontract.UnexpectedResponse:
		return map[string]any{"kind": "unexpected-response", "status": float64(failure.Status), "reason": string(failure.Reason), "contentType": orNull(failure.ContentType), "requestId": orNull(failure.RequestID), "body": failure.Body}
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
		"requestId":   orNull(field("RequestID").Interface().(*string)),
		"body":        field("Body").String(),
	}
}

func TestCorpus(t *testing.T) {
	for _, corpus := range loadCorpora(t) {
		classify := brands.Classify[corpus.Brand]
		if classify == nil {
			t.Fatalf("no Go package for the corpus of %s", corpus.Brand)
		}
		for _, entry := range corpus.Cases {
			t.Run(corpus.Brand+": "+entry.Name, func(t *testing.T) {
				credentials := corpus.Credentials[entry.Credentials]
				secrets, err := errorcontract.BasicAuthSecrets(credentials.APIKey, credentials.APISecret)
				if err != nil {
					t.Fatal(err)
				}
				header := http.Header{}
				for _, pair := range entry.Reply.Headers {
					header.Add(pair[0], latin1(pair[1]))
				}
				failure := classify(entry.Reply.Status, header, bodyBytes(t, entry.Reply.Body), secrets...)
				if got := outcome(failure); !reflect.DeepEqual(got, entry.Want) {
					t.Errorf("got  %v\nwant %v", got, entry.Want)
				}
				shown, _ := json.Marshal(failure)
				for _, text := range []string{failure.Error(), fmt.Sprintf("%+v", failure), string(shown)} {
					for _, probe := range credentials.LeakProbes {
						if strings.Contains(text, probe) {
							t.Errorf("%q shows in %q", probe, text)
						}
					}
				}
			})
		}
	}
}

func TestTheLimitsAreTheCorpusLimits(t *testing.T) {
	mine := map[string]int{
		"TEXT_LIMIT":        errorcontract.TextLimit,
		"MAX_BODY_BYTES":    errorcontract.MaxBodyBytes,
		"MIN_SECRET_LENGTH": errorcontract.MinSecretLength,
		"MAX_DEPTH":         errorcontract.MaxDepth,
		"MASK_CHUNK":        errorcontract.MaskChunk,
	}
	for _, corpus := range loadCorpora(t) {
		if !reflect.DeepEqual(mine, corpus.Limits) {
			t.Errorf("%s: the corpus has %v, the kit %v", corpus.Brand, corpus.Limits, mine)
		}
	}
}

func TestSecretsAreAcceptedOrRefusedAsTheCorpusSays(t *testing.T) {
	for _, corpus := range loadCorpora(t) {
		for _, check := range corpus.SecretChecks {
			_, err := errorcontract.BasicAuthSecrets("corpus-key", check.APISecret)
			if (err == nil) != check.Accepted || (err != nil && !errors.Is(err, errorcontract.ErrSecretTooShort)) {
				t.Errorf("%q: accepted %v, error %v", check.APISecret, check.Accepted, err)
			}
		}
	}
}
