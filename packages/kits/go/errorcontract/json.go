package errorcontract

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
)

var errNotJSON = errors.New("not JSON")

// parseJSON parses as JavaScript's JSON.parse does: one value with only JSON whitespace around it.
func parseJSON(text string) (any, error) {
	if tooDeep(text) {
		return nil, errNotJSON
	}
	decoder := json.NewDecoder(strings.NewReader(text))
	// Numbers are never used: json.Number keeps 1e400 from failing as a float64 would.
	decoder.UseNumber()
	var value any
	if err := decoder.Decode(&value); err != nil {
		return nil, errNotJSON
	}
	if _, err := decoder.Token(); err != io.EOF {
		return nil, errNotJSON
	}
	return value, nil
}

// tooDeep tells whether arrays and objects nest more than MaxDepth levels, looking past strings.
func tooDeep(text string) bool {
	if strings.Count(text, "[")+strings.Count(text, "{") <= MaxDepth {
		return false
	}
	depth, inString, escaped := 0, false, false
	for index := 0; index < len(text); index++ {
		char := text[index]
		switch {
		case inString && escaped:
			escaped = false
		case inString && char == '\\':
			escaped = true
		case inString && char == '"':
			inString = false
		case inString:
		case char == '"':
			inString = true
		case char == '[' || char == '{':
			depth++
			if depth > MaxDepth {
				return true
			}
		case char == ']' || char == '}':
			depth--
		}
	}
	return false
}
