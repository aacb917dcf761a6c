// Generated from spec/dist/<brand>/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.

// Package brands maps each brand id to its package's Classify, ClassifyResponse and DoubleOf.
package brands

import (
	"net/http"

	"github.com/ivs-core/error-contract/packages/kits/go/errorcontract"
	"github.com/ivs-core/error-contract/packages/kits/go/idenfy"
	"github.com/ivs-core/error-contract/packages/kits/go/markid"
)

// Classify is each brand's Classify, by brand id.
var Classify = map[string]func(status int, header http.Header, body []byte, secrets ...string) error{
	"idenfy": idenfy.Classify,
	"markid": markid.Classify,
}

// ClassifyResponse is each brand's ClassifyResponse, by brand id.
var ClassifyResponse = map[string]func(response *http.Response, secrets ...string) error{
	"idenfy": idenfy.ClassifyResponse,
	"markid": markid.ClassifyResponse,
}

// DoubleOf is each brand's DoubleOf, by brand id.
var DoubleOf = map[string]func(operation, identifier string) (errorcontract.Double, error){
	"idenfy": idenfy.DoubleOf,
	"markid": markid.DoubleOf,
}
