package errorcontract

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"
)

// MinSecretLength: shorter secrets are not masked, since masking every "a" would hide more than it protects.
const MinSecretLength = 8

// BasicAuthSecrets is what to mask for HTTP Basic credentials: the Authorization token and the API secret.
func BasicAuthSecrets(apiKey, apiSecret string) []string {
	if utf8.RuneCountInString(apiSecret) < MinSecretLength {
		return nil
	}
	return []string{base64.StdEncoding.EncodeToString([]byte(apiKey + ":" + apiSecret)), apiSecret}
}

type masker []string

func newMasker(secrets []string) masker {
	kept := masker{}
	for _, secret := range secrets {
		if utf8.RuneCountInString(secret) >= MinSecretLength {
			kept = append(kept, secret)
		}
	}
	return kept
}

func (m masker) mask(text string) string {
	for _, secret := range m {
		text = strings.ReplaceAll(text, secret, "***")
	}
	return text
}

// keep masks the text and cuts it to TextLimit characters, masking first so that no secret is split by the cut.
func (m masker) keep(text string) string {
	return cut(m.mask(cut(text, 2*TextLimit)), TextLimit)
}

func cut(text string, limit int) string {
	count := 0
	for index := range text {
		if count == limit {
			return text[:index]
		}
		count++
	}
	return text
}

// decodeUTF8 decodes as the WHATWG decoder (and so fetch's text()) does: one leading byte order mark dropped, each
// maximal subpart of a bad sequence replaced by one U+FFFD. The maximal subpart is the longest start of a well-formed
// sequence, which utf8.FullRune still finds incomplete (or the one bad byte).
func decodeUTF8(bytes []byte) string {
	body, _ := strings.CutPrefix(string(bytes), "\xef\xbb\xbf")
	if utf8.ValidString(body) {
		return body
	}
	var out strings.Builder
	for index := 0; index < len(body); {
		char, size := utf8.DecodeRuneInString(body[index:])
		if char != utf8.RuneError || size > 1 {
			out.WriteString(body[index : index+size])
			index += size
			continue
		}
		next := index + 1
		for next < len(body) && !utf8.FullRuneInString(body[index:next+1]) {
			next++
		}
		out.WriteRune(utf8.RuneError)
		index = next
	}
	return out.String()
}
