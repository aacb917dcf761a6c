// Generated from spec/dist/markid/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.

package markid

import "github.com/ivs-core/error-contract/packages/kits/go/errorcontract"

// Doubles are the test doubles of every operation: Doubles.CreateToken.BadValue() is the reply the contract documents
// for createToken and BAD_VALUE, an http.Handler for httptest.NewServer. An operation has a method for each
// identifier it can return and no other, so asking for another does not compile.
var Doubles = struct {
	CreateToken            createTokenDoubles
	GetVerificationStatus  getVerificationStatusDoubles
	GetVerificationData    getVerificationDataDoubles
	ProcessVerification    processVerificationDoubles
	DeleteVerificationData deleteVerificationDataDoubles
}{}

// DoubleOf is the double of an operation (its operationId) and an identifier, or an error that says what the
// operation can return.
func DoubleOf(operation, identifier string) (errorcontract.Double, error) {
	return errorcontract.DoubleOf(doubles, operation, identifier)
}

var doubles = map[string]map[ErrorIdentifier]errorcontract.Double{
	"createToken": errorcontract.DoublesOf("POST", "/api/v2/token", 400, [][2]string{{"Content-Type", "application/json"}, {"X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"}}, map[ErrorIdentifier]string{
		InternalError:        `{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}`,
		BadValue:             `{"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."}`,
		MissingValue:         `{"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."}`,
		Unauthorized:         `{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}`,
		EncodingError:        `{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}`,
		JSONError:            `{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."}`,
		PartnerContractError: `{"identifier":"PARTNER_CONTRACT_ERROR","message":"Your contract does not allow 'generateDigitString'."}`,
		MethodNotAllowed:     `{"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."}`,
		PermissionsError:     `{"identifier":"PERMISSIONS_ERROR","message":"Partner reached token limit."}`,
	}),
	"getVerificationStatus": errorcontract.DoublesOf("POST", "/api/v2/status", 400, [][2]string{{"Content-Type", "application/json"}, {"X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"}}, map[ErrorIdentifier]string{
		InternalError:    `{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}`,
		BadValue:         `{"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."}`,
		MissingValue:     `{"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."}`,
		Unauthorized:     `{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}`,
		EncodingError:    `{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}`,
		JSONError:        `{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."}`,
		MethodNotAllowed: `{"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."}`,
	}),
	"getVerificationData": errorcontract.DoublesOf("POST", "/api/v2/data", 400, [][2]string{{"Content-Type", "application/json"}, {"X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"}}, map[ErrorIdentifier]string{
		InternalError:    `{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}`,
		BadValue:         `{"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."}`,
		MissingValue:     `{"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."}`,
		Unauthorized:     `{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}`,
		EncodingError:    `{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}`,
		JSONError:        `{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."}`,
		MethodNotAllowed: `{"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."}`,
	}),
	"processVerification": errorcontract.DoublesOf("POST", "/api/v2/process", 400, [][2]string{{"Content-Type", "application/json"}, {"X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"}}, map[ErrorIdentifier]string{
		InternalError:    `{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}`,
		BadValue:         `{"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."}`,
		MissingValue:     `{"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."}`,
		Unauthorized:     `{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}`,
		EncodingError:    `{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}`,
		JSONError:        `{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."}`,
		TokenNotValid:    `{"identifier":"TOKEN_NOT_VALID","message":"Token is not valid, has expired or was already used."}`,
		MethodNotAllowed: `{"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."}`,
	}),
	"deleteVerificationData": errorcontract.DoublesOf("POST", "/api/v2/delete", 400, [][2]string{{"Content-Type", "application/json"}, {"X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"}}, map[ErrorIdentifier]string{
		InternalError:    `{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}`,
		BadValue:         `{"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."}`,
		MissingValue:     `{"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."}`,
		Unauthorized:     `{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}`,
		EncodingError:    `{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}`,
		JSONError:        `{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."}`,
		MethodNotAllowed: `{"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."}`,
	}),
}

// createTokenDoubles are the doubles of createToken, one method per identifier it can return.
type createTokenDoubles struct{}

// InternalError is the reply of createToken with INTERNAL_ERROR.
func (createTokenDoubles) InternalError() errorcontract.Double {
	return doubles["createToken"][InternalError]
}

// BadValue is the reply of createToken with BAD_VALUE.
func (createTokenDoubles) BadValue() errorcontract.Double {
	return doubles["createToken"][BadValue]
}

// MissingValue is the reply of createToken with MISSING_VALUE.
func (createTokenDoubles) MissingValue() errorcontract.Double {
	return doubles["createToken"][MissingValue]
}

// Unauthorized is the reply of createToken with UNAUTHORIZED.
func (createTokenDoubles) Unauthorized() errorcontract.Double {
	return doubles["createToken"][Unauthorized]
}

// EncodingError is the reply of createToken with ENCODING_ERROR.
func (createTokenDoubles) EncodingError() errorcontract.Double {
	return doubles["createToken"][EncodingError]
}

// JSONError is the reply of createToken with JSON_ERROR.
func (createTokenDoubles) JSONError() errorcontract.Double {
	return doubles["createToken"][JSONError]
}

// PartnerContractError is the reply of createToken with PARTNER_CONTRACT_ERROR.
func (createTokenDoubles) PartnerContractError() errorcontract.Double {
	return doubles["createToken"][PartnerContractError]
}

// MethodNotAllowed is the reply of createToken with METHOD_NOT_ALLOWED.
func (createTokenDoubles) MethodNotAllowed() errorcontract.Double {
	return doubles["createToken"][MethodNotAllowed]
}

// PermissionsError is the reply of createToken with PERMISSIONS_ERROR.
func (createTokenDoubles) PermissionsError() errorcontract.Double {
	return doubles["createToken"][PermissionsError]
}

// getVerificationStatusDoubles are the doubles of getVerificationStatus, one method per identifier it can return.
type getVerificationStatusDoubles struct{}

// InternalError is the reply of getVerificationStatus with INTERNAL_ERROR.
func (getVerificationStatusDoubles) InternalError() errorcontract.Double {
	return doubles["getVerificationStatus"][InternalError]
}

// BadValue is the reply of getVerificationStatus with BAD_VALUE.
func (getVerificationStatusDoubles) BadValue() errorcontract.Double {
	return doubles["getVerificationStatus"][BadValue]
}

// MissingValue is the reply of getVerificationStatus with MISSING_VALUE.
func (getVerificationStatusDoubles) MissingValue() errorcontract.Double {
	return doubles["getVerificationStatus"][MissingValue]
}

// Unauthorized is the reply of getVerificationStatus with UNAUTHORIZED.
func (getVerificationStatusDoubles) Unauthorized() errorcontract.Double {
	return doubles["getVerificationStatus"][Unauthorized]
}

// EncodingError is the reply of getVerificationStatus with ENCODING_ERROR.
func (getVerificationStatusDoubles) EncodingError() errorcontract.Double {
	return doubles["getVerificationStatus"][EncodingError]
}

// JSONError is the reply of getVerificationStatus with JSON_ERROR.
func (getVerificationStatusDoubles) JSONError() errorcontract.Double {
	return doubles["getVerificationStatus"][JSONError]
}

// MethodNotAllowed is the reply of getVerificationStatus with METHOD_NOT_ALLOWED.
func (getVerificationStatusDoubles) MethodNotAllowed() errorcontract.Double {
	return doubles["getVerificationStatus"][MethodNotAllowed]
}

// getVerificationDataDoubles are the doubles of getVerificationData, one method per identifier it can return.
type getVerificationDataDoubles struct{}

// InternalError is the reply of getVerificationData with INTERNAL_ERROR.
func (getVerificationDataDoubles) InternalError() errorcontract.Double {
	return doubles["getVerificationData"][InternalError]
}

// BadValue is the reply of getVerificationData with BAD_VALUE.
func (getVerificationDataDoubles) BadValue() errorcontract.Double {
	return doubles["getVerificationData"][BadValue]
}

// MissingValue is the reply of getVerificationData with MISSING_VALUE.
func (getVerificationDataDoubles) MissingValue() errorcontract.Double {
	return doubles["getVerificationData"][MissingValue]
}

// Unauthorized is the reply of getVerificationData with UNAUTHORIZED.
func (getVerificationDataDoubles) Unauthorized() errorcontract.Double {
	return doubles["getVerificationData"][Unauthorized]
}

// EncodingError is the reply of getVerificationData with ENCODING_ERROR.
func (getVerificationDataDoubles) EncodingError() errorcontract.Double {
	return doubles["getVerificationData"][EncodingError]
}

// JSONError is the reply of getVerificationData with JSON_ERROR.
func (getVerificationDataDoubles) JSONError() errorcontract.Double {
	return doubles["getVerificationData"][JSONError]
}

// MethodNotAllowed is the reply of getVerificationData with METHOD_NOT_ALLOWED.
func (getVerificationDataDoubles) MethodNotAllowed() errorcontract.Double {
	return doubles["getVerificationData"][MethodNotAllowed]
}

// processVerificationDoubles are the doubles of processVerification, one method per identifier it can return.
type processVerificationDoubles struct{}

// InternalError is the reply of processVerification with INTERNAL_ERROR.
func (processVerificationDoubles) InternalError() errorcontract.Double {
	return doubles["processVerification"][InternalError]
}

// BadValue is the reply of processVerification with BAD_VALUE.
func (processVerificationDoubles) BadValue() errorcontract.Double {
	return doubles["processVerification"][BadValue]
}

// MissingValue is the reply of processVerification with MISSING_VALUE.
func (processVerificationDoubles) MissingValue() errorcontract.Double {
	return doubles["processVerification"][MissingValue]
}

// Unauthorized is the reply of processVerification with UNAUTHORIZED.
func (processVerificationDoubles) Unauthorized() errorcontract.Double {
	return doubles["processVerification"][Unauthorized]
}

// EncodingError is the reply of processVerification with ENCODING_ERROR.
func (processVerificationDoubles) EncodingError() errorcontract.Double {
	return doubles["processVerification"][EncodingError]
}

// JSONError is the reply of processVerification with JSON_ERROR.
func (processVerificationDoubles) JSONError() errorcontract.Double {
	return doubles["processVerification"][JSONError]
}

// TokenNotValid is the reply of processVerification with TOKEN_NOT_VALID.
func (processVerificationDoubles) TokenNotValid() errorcontract.Double {
	return doubles["processVerification"][TokenNotValid]
}

// MethodNotAllowed is the reply of processVerification with METHOD_NOT_ALLOWED.
func (processVerificationDoubles) MethodNotAllowed() errorcontract.Double {
	return doubles["processVerification"][MethodNotAllowed]
}

// deleteVerificationDataDoubles are the doubles of deleteVerificationData, one method per identifier it can return.
type deleteVerificationDataDoubles struct{}

// InternalError is the reply of deleteVerificationData with INTERNAL_ERROR.
func (deleteVerificationDataDoubles) InternalError() errorcontract.Double {
	return doubles["deleteVerificationData"][InternalError]
}

// BadValue is the reply of deleteVerificationData with BAD_VALUE.
func (deleteVerificationDataDoubles) BadValue() errorcontract.Double {
	return doubles["deleteVerificationData"][BadValue]
}

// MissingValue is the reply of deleteVerificationData with MISSING_VALUE.
func (deleteVerificationDataDoubles) MissingValue() errorcontract.Double {
	return doubles["deleteVerificationData"][MissingValue]
}

// Unauthorized is the reply of deleteVerificationData with UNAUTHORIZED.
func (deleteVerificationDataDoubles) Unauthorized() errorcontract.Double {
	return doubles["deleteVerificationData"][Unauthorized]
}

// EncodingError is the reply of deleteVerificationData with ENCODING_ERROR.
func (deleteVerificationDataDoubles) EncodingError() errorcontract.Double {
	return doubles["deleteVerificationData"][EncodingError]
}

// JSONError is the reply of deleteVerificationData with JSON_ERROR.
func (deleteVerificationDataDoubles) JSONError() errorcontract.Double {
	return doubles["deleteVerificationData"][JSONError]
}

// MethodNotAllowed is the reply of deleteVerificationData with METHOD_NOT_ALLOWED.
func (deleteVerificationDataDoubles) MethodNotAllowed() errorcontract.Double {
	return doubles["deleteVerificationData"][MethodNotAllowed]
}
