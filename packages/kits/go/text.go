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
// maximal subpart of a bad sequence replaced by one U+FFFD.
func decodeUTF8(bytes []byte) string {
	body, _ := strings.CutPrefix(string(bytes), "\xef\xbb\xbf")
	if utf8.ValidString(body) {
		return body
	}
	var out strings.Builder
	for index := 0; index < len(body); {
		lead := body[index]
		if lead < 0x80 {
			out.WriteByte(lead)
			index++
			continue
		}
		need, lower, upper := 0, byte(0x80), byte(0xbf)
		switch {
		case lead >= 0xc2 && lead <= 0xdf:
			need = 1
		case lead == 0xe0:
			need, lower = 2, 0xa0
		case lead == 0xed:
			need, upper = 2, 0x9f
		case lead >= 0xe1 && lead <= 0xef:
			need = 2
		case lead == 0xf0:
			need, lower = 3, 0x90
		case lead == 0xf4:
			need, upper = 3, 0x8f
		case lead >= 0xf1 && lead <= 0xf3:
			need = 3
		}
		next := index + 1
		for seen := 0; need > 0 && seen < need && next < len(body); seen++ {
			if body[next] < lower || body[next] > upper {
				break
			}
			lower, upper = 0x80, 0xbf
			next++
		}
		if need > 0 && next-index == need+1 {
			out.WriteString(body[index:next])
		} else {
			out.WriteRune(utf8.RuneError)
		}
		index = next
	}
	return out.String()
}
