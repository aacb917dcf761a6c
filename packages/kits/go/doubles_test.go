package errorcontract_test

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/ivs-core/error-contract/packages/kits/go/errorcontract"
	"github.com/ivs-core/error-contract/packages/kits/go/idenfy"
	"github.com/ivs-core/error-contract/packages/kits/go/internal/brands"
)

// TestDoubles serves every double of the corpus with httptest.NewServer, classifies the reply with the brand's
// ClassifyResponse, and expects the outcome of the double's corpus case.
func TestDoubles(t *testing.T) {
	for _, corpus := range loadCorpora(t) {
		doubleOf, classify := brands.DoubleOf[corpus.Brand], brands.ClassifyResponse[corpus.Brand]
		cases := map[string]corpusCase{}
		for _, entry := range corpus.Cases {
			cases[entry.Name] = entry
		}
		for _, want := range corpus.Doubles {
			want := want
			t.Run(corpus.Brand+": "+want.Operation+" "+want.Identifier, func(t *testing.T) {
				double, err := doubleOf(want.Operation, want.Identifier)
				if err != nil {
					t.Fatal(err)
				}
				entry := cases[want.Case]
				reply := [][2]string{}
				for _, pair := range entry.Reply.Headers {
					reply = append(reply, [2]string{pair[0], pair[1]})
				}
				if double.Method != want.Method || double.Path != want.Path || double.Status != entry.Reply.Status ||
					!reflect.DeepEqual(double.Header, reply) || double.Body != string(bodyBytes(t, entry.Reply.Body)) {
					t.Errorf("the double %+v is not the reply of %q", double, want.Case)
				}
				credentials := corpus.Credentials[entry.Credentials]
				secrets, err := errorcontract.BasicAuthSecrets(credentials.APIKey, credentials.APISecret)
				if err != nil {
					t.Fatal(err)
				}
				server := httptest.NewServer(double)
				defer server.Close()
				request, err := http.NewRequest(want.Method, server.URL+"/base"+want.Path, strings.NewReader("{}"))
				if err != nil {
					t.Fatal(err)
				}
				response, err := server.Client().Do(request)
				if err != nil {
					t.Fatal(err)
				}
				if got := outcome(classify(response, secrets...)); !reflect.DeepEqual(got, entry.Want) {
					t.Errorf("got  %v\nwant %v", got, entry.Want)
				}
			})
		}
	}
}

func TestADoubleTakesAMessageAndARequestID(t *testing.T) {
	double := idenfy.Doubles.CreateToken.BadValue().WithMessage("Made up.").WithRequestID("req-1")
	server := httptest.NewServer(double)
	defer server.Close()
	response, err := http.Post(server.URL+"/api/v2/token", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	failure, ok := idenfy.ClassifyResponse(response).(*idenfy.APIError)
	if !ok || failure.Identifier != idenfy.BadValue || failure.Message != "Made up." || *failure.RequestID != "req-1" {
		t.Errorf("got %#v", failure)
	}
}

func TestADoubleAnswersOnlyItsOperation(t *testing.T) {
	server := httptest.NewServer(idenfy.Doubles.CreateToken.Unauthorized())
	defer server.Close()
	response, err := http.Get(server.URL + "/api/v2/token")
	if err != nil {
		t.Fatal(err)
	}
	response.Body.Close()
	if response.StatusCode != http.StatusNotFound {
		t.Errorf("GET answered %d, want 404", response.StatusCode)
	}
}

func TestDoubleOfRefusesWhatTheOperationCannotReturn(t *testing.T) {
	_, err := idenfy.DoubleOf("createToken", "TOKEN_NOT_VALID")
	want := "createToken cannot return TOKEN_NOT_VALID, so it has no double of it; it can return BAD_VALUE, "
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v, want an error starting %q", err, want)
	}
	if _, err := idenfy.DoubleOf("createTokens", "BAD_VALUE"); err == nil || !strings.HasPrefix(err.Error(), `no operation "createTokens"`) {
		t.Errorf("got %v", err)
	}
}
