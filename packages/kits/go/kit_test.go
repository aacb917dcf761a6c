package errorcontract_test

import (
	"errors"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ivs-core/error-contract/packages/kits/go/errorcontract"
	"github.com/ivs-core/error-contract/packages/kits/go/idenfy"
	"github.com/ivs-core/error-contract/packages/kits/go/markid"
)

func errorBody(identifier, message, extra string) []byte {
	return []byte(`{"identifier":"` + identifier + `","message":"` + message + `"` + extra + `}`)
}

func TestIdentifiersCarryTheirContract(t *testing.T) {
	for _, id := range idenfy.Identifiers() {
		if id.Explanation() == "" || !strings.HasSuffix(id.DocsURL(), "#"+string(id)) {
			t.Errorf("%s: explanation %q, docs URL %q", id, id.Explanation(), id.DocsURL())
		}
		if found, ok := idenfy.Lookup(string(id)); !ok || found != id {
			t.Errorf("Lookup(%q) = %q, %v", id, found, ok)
		}
	}
	if !idenfy.InternalError.Retryable() || idenfy.BadValue.Retryable() {
		t.Error("retry hints differ from the spec")
	}
	for _, text := range []string{"", "bad_value", "PERMISSIONS_ERROR", "__proto__", "BAD_VALUE "} {
		if _, ok := idenfy.Lookup(text); ok {
			t.Errorf("idenfy.Lookup(%q) found it", text)
		}
	}
	if _, ok := markid.Lookup("PERMISSIONS_ERROR"); !ok {
		t.Error("markid.Lookup(PERMISSIONS_ERROR) did not find it")
	}
}

func TestAStandardErrorIsTypedAndSwitchable(t *testing.T) {
	failure := markid.Classify(400, http.Header{"X-Request-Id": {"r-1"}}, errorBody("PERMISSIONS_ERROR", "Partner reached token limit.", ""))
	var apiError *markid.APIError
	if !errors.As(failure, &apiError) || apiError.Identifier != markid.PermissionsError || apiError.RequestID != "r-1" {
		t.Fatalf("got %#v", failure)
	}
	if want := "PERMISSIONS_ERROR (HTTP 400, request id r-1): Partner reached token limit. See "; !strings.HasPrefix(failure.Error(), want) {
		t.Errorf("Error() = %q", failure.Error())
	}
}

func TestNestingUpToMaxDepthParsesAndDeeperIsNotJSON(t *testing.T) {
	nested := func(depth int) []byte {
		return errorBody("BAD_VALUE", "m", `,"x":`+strings.Repeat("[", depth-1)+strings.Repeat("]", depth-1))
	}
	var apiError *idenfy.APIError
	if failure := idenfy.Classify(400, nil, nested(errorcontract.MaxDepth)); !errors.As(failure, &apiError) {
		t.Errorf("depth %d: %v", errorcontract.MaxDepth, failure)
	}
	var unexpected *errorcontract.UnexpectedResponse
	if failure := idenfy.Classify(400, nil, nested(errorcontract.MaxDepth+1)); !errors.As(failure, &unexpected) || unexpected.Reason != errorcontract.ReasonNotJSON {
		t.Errorf("depth %d: %v", errorcontract.MaxDepth+1, failure)
	}
}

func TestTextsAreCutToTheTextLimitAndMaskedBeforeTheCut(t *testing.T) {
	long := strings.Repeat("é", 5000)
	failure := idenfy.Classify(400, http.Header{"X-Request-Id": {long}}, errorBody(strings.Repeat("X", 5000), long, ""))
	var unknown *errorcontract.UnknownAPIError
	if !errors.As(failure, &unknown) {
		t.Fatalf("got %v", failure)
	}
	for name, text := range map[string]string{"identifier": unknown.Identifier, "message": unknown.Message, "request id": unknown.RequestID, "body": unknown.Body} {
		if count := len([]rune(text)); count != errorcontract.TextLimit {
			t.Errorf("%s: %d characters", name, count)
		}
	}
	secret := "s3cr3t-value-42"
	failure = idenfy.Classify(400, nil, errorBody("BAD_VALUE", strings.Repeat("m", errorcontract.TextLimit-5)+secret, ""), secret)
	var apiError *idenfy.APIError
	if !errors.As(failure, &apiError) || apiError.Message != strings.Repeat("m", errorcontract.TextLimit-5)+"***" {
		t.Errorf("got %v", failure)
	}
}

func TestSecretsShorterThanEightCharactersAreNotMasked(t *testing.T) {
	if secrets := errorcontract.BasicAuthSecrets("key", "short"); secrets != nil {
		t.Errorf("BasicAuthSecrets = %v", secrets)
	}
	var apiError *idenfy.APIError
	if failure := idenfy.Classify(400, nil, errorBody("BAD_VALUE", "a short secret", ""), "short"); !errors.As(failure, &apiError) || apiError.Message != "a short secret" {
		t.Errorf("got %v", failure)
	}
}

func TestClassifyResponseReadsABoundedBodyAndClosesIt(t *testing.T) {
	body := errorBody("NOT_A_SPEC_IDENTIFIER", "Slow down.", "")
	server := httptest.NewServer(http.HandlerFunc(func(writer http.ResponseWriter, request *http.Request) {
		writer.Header().Set("x-request-id", "r-2")
		writer.WriteHeader(http.StatusTooManyRequests)
		_, _ = writer.Write(body)
		if request.URL.Path == "/padded" {
			_, _ = writer.Write([]byte(strings.Repeat(" ", errorcontract.MaxBodyBytes)))
		}
	}))
	defer server.Close()

	response, err := http.Get(server.URL)
	if err != nil {
		t.Fatal(err)
	}
	var unknown *errorcontract.UnknownAPIError
	if failure := idenfy.ClassifyResponse(response); !errors.As(failure, &unknown) || unknown.Status != 429 || unknown.Identifier != "NOT_A_SPEC_IDENTIFIER" || unknown.RequestID != "r-2" {
		t.Errorf("got %#v", failure)
	}
	if _, err := response.Body.Read(make([]byte, 1)); err == nil {
		t.Error("the body is still open")
	}

	// Past MaxBodyBytes nothing is read: the spaces after the JSON are cut, the JSON stays whole.
	response, err = http.Get(server.URL + "/padded")
	if err != nil {
		t.Fatal(err)
	}
	if failure := idenfy.ClassifyResponse(response); !errors.As(failure, &unknown) || len(unknown.Body) != errorcontract.TextLimit {
		t.Errorf("got %#v", failure)
	}
	if failure := idenfy.ClassifyResponse(nil); failure == nil {
		t.Error("a nil response gave no failure")
	}
}

func TestClassifyResponseCutsAtTheLimitItIsGiven(t *testing.T) {
	response := &http.Response{StatusCode: 400, Header: http.Header{}, Body: http.NoBody}
	response.Body = nopCloser{strings.NewReader(string(errorBody("BAD_VALUE", "m", "")))}
	var unexpected *errorcontract.UnexpectedResponse
	failure := errorcontract.ClassifyResponse(errorcontract.Catalog[idenfy.ErrorIdentifier]{RequestIDHeader: idenfy.RequestIDHeader, Lookup: idenfy.Lookup, Facts: func(idenfy.ErrorIdentifier) (string, bool, string) { return "", false, "" }}, response, 10)
	if !errors.As(failure, &unexpected) || unexpected.Reason != errorcontract.ReasonNotJSON {
		t.Errorf("got %#v", failure)
	}
}

type nopCloser struct{ *strings.Reader }

func (nopCloser) Close() error { return nil }

func TestNeverPanicsOnAnyInput(t *testing.T) {
	generator := rand.New(rand.NewSource(20261202))
	pieces := []string{"{", "}", "[", "]", `"`, `\`, "identifier", "message", ":", ",", "\xff", "\xed\xa0", "1e999", "null"}
	for run := 0; run < 3000; run++ {
		var body []byte
		if generator.Intn(2) == 0 {
			body = make([]byte, generator.Intn(40))
			generator.Read(body)
		} else {
			for count := generator.Intn(30); count > 0; count-- {
				body = append(body, pieces[generator.Intn(len(pieces))]...)
			}
		}
		failure := markid.Classify([]int{0, 100, 400, 429, 500, 999}[generator.Intn(6)], http.Header{"X-Request-Id": {string(body)}}, body, "identifier")
		if failure == nil {
			t.Fatalf("no failure for %q", body)
		}
		_ = failure.Error()
	}
}

func FuzzClassify(f *testing.F) {
	f.Add(400, []byte(`{"identifier":"BAD_VALUE","message":"m"}`))
	f.Add(502, []byte("<html>\xff</html>"))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		if failure := idenfy.Classify(status, http.Header{"X-Request-Id": {string(body)}}, body, "secret-value"); failure == nil {
			t.Fatal("no failure")
		}
	})
}
