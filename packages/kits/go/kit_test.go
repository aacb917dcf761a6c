package errorcontract_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"runtime"
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
	if !errors.As(failure, &apiError) || apiError.Identifier != markid.PermissionsError || *apiError.RequestID != "r-1" {
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
	for name, text := range map[string]string{"identifier": unknown.Identifier, "message": unknown.Message, "request id": *unknown.RequestID, "body": unknown.Body} {
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

func TestCredentialsWithASecretTooShortToMaskAreRefusedAndAnySecretGivenIsMasked(t *testing.T) {
	if secrets, err := errorcontract.BasicAuthSecrets("key", "short"); secrets != nil || !errors.Is(err, errorcontract.ErrSecretTooShort) {
		t.Errorf("BasicAuthSecrets = %v, %v", secrets, err)
	}
	if want := "apiSecret must be at least 8 characters, so that it can be masked"; errorcontract.ErrSecretTooShort.Error() != want {
		t.Errorf("the error says %q", errorcontract.ErrSecretTooShort)
	}
	var apiError *idenfy.APIError
	if failure := idenfy.Classify(400, nil, errorBody("BAD_VALUE", "a short secret", ""), "short"); !errors.As(failure, &apiError) || apiError.Message != "a *** secret" {
		t.Errorf("got %v", failure)
	}
}

func TestASecretLongerThanTheTextCutIsMaskedWholeInEveryText(t *testing.T) {
	secret := strings.Repeat("s3cr3t/", 1000)
	secrets, err := errorcontract.BasicAuthSecrets("key", secret)
	if err != nil {
		t.Fatal(err)
	}
	header := http.Header{"X-Request-Id": {strings.ReplaceAll(secret, "/", `\/`)}}
	failure := idenfy.Classify(400, header, errorBody("BAD_VALUE", secret, `,"basic":"`+secrets[1]+`"`), secrets...)
	var apiError *idenfy.APIError
	if !errors.As(failure, &apiError) || apiError.Message != "***" || *apiError.RequestID != "***" || apiError.Body != `{"identifier":"BAD_VALUE","message":"***","basic":"***"}` {
		t.Errorf("got %+v", failure)
	}
}

func TestHeaderBytesAreReadAsLatin1AndAnEmptyHeaderIsPresent(t *testing.T) {
	failure := idenfy.Classify(400, http.Header{"X-Request-Id": {" caf\xe9 \xff\t"}, "Content-Type": {""}}, []byte("<html>"))
	var unexpected *errorcontract.UnexpectedResponse
	if !errors.As(failure, &unexpected) || *unexpected.RequestID != "caf\u00e9 \u00ff" || unexpected.ContentType == nil || *unexpected.ContentType != "" {
		t.Fatalf("got %#v", failure)
	}
	if _, err := json.Marshal(failure); err != nil {
		t.Error(err)
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
	if failure := idenfy.ClassifyResponse(response); !errors.As(failure, &unknown) || unknown.Status != 429 || unknown.Identifier != "NOT_A_SPEC_IDENTIFIER" || *unknown.RequestID != "r-2" {
		t.Errorf("got %#v", failure)
	}
	if _, err := response.Body.Read(make([]byte, 1)); err == nil {
		t.Error("the body is still open")
	}

	// Past MaxBodyBytes the body is too large, and what is kept is its first part.
	response, err = http.Get(server.URL + "/padded")
	if err != nil {
		t.Fatal(err)
	}
	var unexpected *errorcontract.UnexpectedResponse
	if failure := idenfy.ClassifyResponse(response); !errors.As(failure, &unexpected) || unexpected.Reason != errorcontract.ReasonTooLarge || len(unexpected.Body) != errorcontract.TextLimit {
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
	if !errors.As(failure, &unexpected) || unexpected.Reason != errorcontract.ReasonTooLarge || unexpected.Body != `{"identifi` {
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

// brotliBadValue is {"identifier":"BAD_VALUE","message":"Bad."} as Node's zlib.brotliCompressSync writes it.
const brotliBadValue = "0b15807b226964656e746966696572223a224241445f56414c5545222c226d657373616765223a224261642e227d03"

func TestClassifyResponseDecodesGzipAndDeflateAndReadsBrotliAsTheBytesItIs(t *testing.T) {
	body := errorBody("BAD_VALUE", "Bad.", "")
	compressed := func(writer func(io.Writer) io.WriteCloser) []byte {
		var out bytes.Buffer
		compressor := writer(&out)
		_, _ = compressor.Write(body)
		_ = compressor.Close()
		return out.Bytes()
	}
	brotli, _ := hex.DecodeString(brotliBadValue)
	encoded := map[string][]byte{
		"gzip":    compressed(func(out io.Writer) io.WriteCloser { return gzip.NewWriter(out) }),
		"deflate": compressed(func(out io.Writer) io.WriteCloser { return zlib.NewWriter(out) }),
		"raw deflate": compressed(func(out io.Writer) io.WriteCloser {
			writer, _ := flate.NewWriter(out, flate.DefaultCompression)
			return writer
		}),
		"br": brotli,
	}
	server := httptest.NewServer(http.HandlerFunc(func(writer http.ResponseWriter, request *http.Request) {
		name := strings.TrimPrefix(request.URL.Path, "/")
		writer.Header().Set("Content-Encoding", strings.TrimPrefix(name, "raw "))
		writer.Header()["X-Request-Id"] = []string{""}
		writer.WriteHeader(http.StatusBadRequest)
		_, _ = writer.Write(encoded[name])
	}))
	defer server.Close()

	for name := range encoded {
		request, _ := http.NewRequest(http.MethodPost, server.URL+"/"+name, nil)
		// Asking for an encoding leaves the body encoded: Go's transport decodes gzip only when it asked for it.
		request.Header.Set("Accept-Encoding", "gzip, deflate, br")
		response, err := http.DefaultClient.Do(request)
		if err != nil {
			t.Fatal(err)
		}
		failure := idenfy.ClassifyResponse(response)
		var apiError *idenfy.APIError
		var unexpected *errorcontract.UnexpectedResponse
		switch {
		case name == "br":
			if !errors.As(failure, &unexpected) || unexpected.Reason != errorcontract.ReasonNotJSON {
				t.Errorf("%s: got %#v", name, failure)
			}
		case !errors.As(failure, &apiError) || apiError.Message != "Bad.":
			t.Errorf("%s: got %#v", name, failure)
		case apiError.RequestID == nil || *apiError.RequestID != "":
			t.Errorf("%s: an empty request id reads as %v", name, apiError.RequestID)
		}
	}
}

func TestClassifyResponseReadsNoMoreOfAGzipBombThanTheLimit(t *testing.T) {
	var member bytes.Buffer
	writer := gzip.NewWriter(&member)
	_, _ = writer.Write(make([]byte, 64<<20))
	_ = writer.Close()
	server := httptest.NewServer(http.HandlerFunc(func(response http.ResponseWriter, _ *http.Request) {
		response.Header().Set("Content-Encoding", "gzip")
		response.Header().Set("X-Request-Id", "padded \t ")
		response.WriteHeader(http.StatusBadGateway)
		for sent := 0; sent < 160; sent++ {
			if _, err := response.Write(member.Bytes()); err != nil {
				return
			}
		}
	}))
	defer server.Close()

	request, _ := http.NewRequest(http.MethodGet, server.URL, nil)
	request.Header.Set("Accept-Encoding", "gzip")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	response, err := http.DefaultClient.Do(request)
	if err != nil {
		t.Fatal(err)
	}
	failure := idenfy.ClassifyResponse(response)
	runtime.ReadMemStats(&after)
	var unexpected *errorcontract.UnexpectedResponse
	if !errors.As(failure, &unexpected) || unexpected.Reason != errorcontract.ReasonTooLarge || *unexpected.RequestID != "padded" {
		t.Fatalf("got %#v", failure)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
		t.Errorf("allocated %d MiB", grown>>20)
	}
}
