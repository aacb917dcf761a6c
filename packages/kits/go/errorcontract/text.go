package errorcontract

import (
	"encoding/base64"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrSecretTooShort is what BasicAuthSecrets returns for a secret shorter than MinSecretLength characters.
var ErrSecretTooShort = fmt.Errorf("apiSecret must be at least %d characters, so that it can be masked", MinSecretLength)

// BasicAuthSecrets is what to mask for HTTP Basic credentials, in the order masked: the API secret, the Basic value in
// UTF-8 and in Latin-1, and the base64 of the secret alone in UTF-8 and in Latin-1 (a Latin-1 form only when the
// text has one), each once. A secret shorter than MinSecretLength characters (code points) gives ErrSecretTooShort.
func BasicAuthSecrets(apiKey, apiSecret string) ([]string, error) {
	if utf8.RuneCountInString(apiSecret) < MinSecretLength {
		return nil, ErrSecretTooShort
	}
	secrets := []string{apiSecret}
	for _, text := range []string{apiKey + ":" + apiSecret, apiSecret} {
		secrets = append(secrets, base64.StdEncoding.EncodeToString([]byte(text)))
		if latin1, ok := latin1Bytes(text); ok {
			secrets = append(secrets, base64.StdEncoding.EncodeToString(latin1))
		}
	}
	seen := map[string]bool{}
	unique := secrets[:0]
	for _, secret := range secrets {
		if !seen[secret] {
			seen[secret] = true
			unique = append(unique, secret)
		}
	}
	return unique, nil
}

// latin1Bytes is the text's Latin-1 bytes, and false when it has a character beyond U+00FF.
func latin1Bytes(text string) ([]byte, bool) {
	out := make([]byte, 0, len(text))
	for _, char := range text {
		if char > 0xFF {
			return nil, false
		}
		out = append(out, byte(char))
	}
	return out, true
}

// fromLatin1 reads bytes as Latin-1, one character per byte, as fetch reads header values.
func fromLatin1(raw string) string {
	for index := 0; index < len(raw); index++ {
		if raw[index] >= 0x80 {
			runes := make([]rune, len(raw))
			for at := 0; at < len(raw); at++ {
				runes[at] = rune(raw[at])
			}
			return string(runes)
		}
	}
	return raw
}

// shortEscapes are the characters with a short JSON escape, and the letter after its backslash.
var shortEscapes = map[rune]rune{'"': '"', '\\': '\\', '/': '/', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't'}

// backslashes before a JSON escape: one, or more where the text was escaped again.
const backslashes = `\\{1,8}`

// hexAnyCase is a number as hex digits for a regex, each letter matching either case.
func hexAnyCase(code, width int) string {
	var out strings.Builder
	for _, digit := range fmt.Sprintf("%0*x", width, code) {
		if digit >= 'a' && digit <= 'f' {
			fmt.Fprintf(&out, "[%c%c]", digit, digit-'a'+'A')
		} else {
			out.WriteRune(digit)
		}
	}
	return out.String()
}

// pattern is the regex of characters in every form the TypeScript client masks: each one JSON-escaped (\uXXXX or
// its short escape, after one to eight backslashes), percent-encoded (its UTF-8 bytes, a space also as +) or as it
// is. The longer forms come first, so that a match never ends before the backslashes of an escape do.
func pattern(chars []rune) string {
	var out strings.Builder
	for _, char := range chars {
		var forms []string
		var escaped strings.Builder
		for _, unit := range utf16.Encode([]rune{char}) {
			escaped.WriteString(backslashes + "u" + hexAnyCase(int(unit), 4))
		}
		forms = append(forms, escaped.String())
		if letter, ok := shortEscapes[char]; ok {
			forms = append(forms, backslashes+regexp.QuoteMeta(string(letter)))
		}
		var percent strings.Builder
		for _, b := range []byte(string(char)) {
			percent.WriteString("%" + hexAnyCase(int(b), 2))
		}
		forms = append(forms, percent.String())
		if char == ' ' {
			forms = append(forms, `\+`)
		}
		forms = append(forms, regexp.QuoteMeta(string(char)))
		out.WriteString("(?:" + strings.Join(forms, "|") + ")")
	}
	return out.String()
}

// chunks are one secret's regexes, one per MaskChunk characters (engines refuse the pattern of a longer secret): the
// first to search with, the others anchored, each to match where the one before ended.
type chunks []*regexp.Regexp

var compiled sync.Map // secret -> chunks or error

func chunksOf(secret string) (chunks, error) {
	if found, ok := compiled.Load(secret); ok {
		if err, failed := found.(error); failed {
			return nil, err
		}
		return found.(chunks), nil
	}
	chars := []rune(secret)
	var result chunks
	for at := 0; at < len(chars); at += MaskChunk {
		// No min or max builtins: the module's go line is 1.20, which has neither.
		end := at + MaskChunk
		if end > len(chars) {
			end = len(chars)
		}
		source := pattern(chars[at:end])
		if at > 0 {
			source = `\A` + source
		}
		regex, err := regexp.Compile(source)
		if err != nil {
			compiled.Store(secret, err)
			return nil, err
		}
		result = append(result, regex)
	}
	compiled.Store(secret, result)
	return result, nil
}

// mask replaces every match of the secret with ***: its first chunk searched for, each other where the one before
// ended.
func (secret chunks) mask(text string) string {
	var out strings.Builder
	kept, start := 0, 0
	for start <= len(text) {
		found := secret[0].FindStringIndex(text[start:])
		if found == nil {
			break
		}
		begin, end := start+found[0], start+found[1]
		for _, next := range secret[1:] {
			following := next.FindStringIndex(text[end:])
			if following == nil {
				end = -1
				break
			}
			end += following[1]
		}
		if end < 0 {
			_, size := utf8.DecodeRuneInString(text[begin:])
			if size < 1 {
				size = 1
			}
			start = begin + size
			continue
		}
		out.WriteString(text[kept:begin])
		out.WriteString("***")
		kept, start = end, end
	}
	out.WriteString(text[kept:])
	return out.String()
}

// masker replaces each secret given (empty ones aside), in every form above, with ***, one after the other. A secret
// whose pattern does not compile masks every text whole.
type masker struct {
	secrets []chunks
	failed  bool
}

func newMasker(secrets []string) masker {
	var m masker
	for _, secret := range secrets {
		if secret == "" {
			continue
		}
		compiled, err := chunksOf(secret)
		if err != nil {
			m.failed = true
			continue
		}
		m.secrets = append(m.secrets, compiled)
	}
	return m
}

func (m masker) mask(text string) string {
	if m.failed {
		return "***"
	}
	for _, secret := range m.secrets {
		text = secret.mask(text)
	}
	return text
}

// keep masks the text, then cuts it to TextLimit characters, so that the cut never splits a secret.
func (m masker) keep(text string) string {
	return cut(m.mask(text), TextLimit)
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

// decodeUTF8 decodes as the WHATWG decoder (and so TextDecoder) does: one leading byte order mark dropped, each
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
