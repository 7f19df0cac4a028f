package invisiblecharacter

import (
	"strings"
	"testing"
)

func TestInMojibake(t *testing.T) {
	tests := []struct {
		name string
		s    string // the character checked is the first soft hyphen or C1 control
		want bool
	}{
		{"í read as Windows-1252", "Ã\u00ADndice", true},
		{"Э read as Windows-1252", "Ð\u00ADто", true},
		{"έ read as Windows-1252", "Î\u00ADνα", true},
		{"soft hyphen encoded twice", "Â\u00AD", true},
		{"学: soft hyphen as second byte", "å\u00AD¦", true},
		{"3-byte with soft hyphen last", "æ\u0096\u00AD", true},
		{"4-byte emoji", "ð\u009F\u0098\u0080", true},
		{"Á read as Latin-1", "Ã\u0081frica", true},
		{"č read as Latin-1", "Ä\u008Dx", true},
		{"А read as Latin-1", "Ð\u0090x", true},
		{"soft hyphen after ß", "Fuß\u00ADball", false},
		{"soft hyphen after Ø", "FØ\u00ADRER", false},
		{"soft hyphen after Ö", "Ö\u00ADl", false},
		{"soft hyphen after é, then a letter", "é\u00ADlève", false},
		{"soft hyphen after ASCII", "Not\u00ADfall", false},
		{"soft hyphen at the start", "\u00ADasesinó", false},
		{"C1 after Hebrew lead", "×\u0090x", false},
		{"C1 after N'Ko lead", "ß\u0090x", false},
		{"C1 after ASCII", "a\u0090b", false},
		{"lone C1", "\u0081", false},
		{"surrogate range is not valid UTF-8", "í\u00AD\u0080", false},
		{"incomplete 3-byte sequence", "å\u00AD", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.IndexFunc(tt.s, func(r rune) bool { return r == softHyphen || isC1(r) })
			if i < 0 {
				t.Fatalf("no soft hyphen or C1 control in %q", tt.s)
			}
			if got := inMojibake(tt.s, i); got != tt.want {
				t.Errorf("inMojibake(%q, %d) = %v, want %v", tt.s, i, got, tt.want)
			}
		})
	}
}

func TestLegitimate(t *testing.T) {
	tests := []struct {
		name          string
		r, prev, next rune
		want          bool
	}{
		{"ZWNJ in Persian", zwnj, 'ی', 'خ', true},
		{"ZWJ after Devanagari virama", zwj, '\u094D', 'ष', true},
		{"ZWJ between emoji", zwj, '👨', '👩', true},
		{"ZWJ after emoji presentation selector", zwj, '\uFE0F', '🌈', true},
		{"ZWJ between Latin letters", zwj, 'd', 'd', false},
		{"ZWNJ between Latin letters", zwnj, 'f', 'l', false},
		{"ZWJ between Han", zwj, '中', '文', false},
		{"ZWSP in Thai", zwsp, 'า', 'ไ', true},
		{"ZWSP in English", zwsp, 'y', ' ', false},
		{"ZWSP after Thai, before space", zwsp, 'า', ' ', false},
		{"VS16 after heart", '\uFE0F', '❤', -1, true},
		{"VS15 after digit", '\uFE0E', '1', -1, true},
		{"VS after Latin letter", '\uFE0F', 'r', -1, false},
		{"VS after space", '\uFE0F', ' ', -1, false},
		{"VS at start", '\uFE0F', -1, 'a', false},
		{"VS after VS", '\uFE0F', '\uFE0F', -1, false},
		{"IVS after Han", '\U000E0100', '葛', -1, true},
		{"tag after black flag", '\U000E0067', blackFlag, '\U000E0062', true},
		{"cancel tag in sequence", tagLast, '\U000E0074', -1, true},
		{"tag after cancel tag", '\U000E0067', tagLast, -1, false},
		{"tag alone", '\U000E0061', ' ', ' ', false},
		{"CGJ between letters", cgj, 'a', 'b', true},
		{"CGJ alone", cgj, ' ', ' ', false},
		{"Hangul filler in old Hangul", hangulChoFiller, -1, '\u1161', true},
		{"Hangul filler alone", hangulJungFill, 'a', 'b', false},
		{"Mongolian vowel separator", mongolianVowel, 'ᠨ', 'ᠠ', true},
		{"Mongolian vowel separator in Latin", mongolianVowel, 'a', 'b', false},
		{"word joiner", '\u2060', 'a', 'b', false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := legitimate(tt.r, tt.prev, tt.next); got != tt.want {
				t.Errorf("legitimate(%U, %U, %U) = %v, want %v", tt.r, tt.prev, tt.next, got, tt.want)
			}
		})
	}
}

func TestIsCandidate(t *testing.T) {
	for _, r := range []rune{'\u200B', '\u2060', '\uFEFF', '\u00AD', '\u0007', '\u007F', '\u0085', '\u2062', '\u206A', '\u3164', '\uFE0F', '\U000E0001', '\uFFF9', '\u034F'} {
		if !isCandidate(r) {
			t.Errorf("isCandidate(%U) = false, want true", r)
		}
	}
	for _, r := range []rune{'a', ' ', '\t', '\n', '\r', '\v', '\f', '\u00A0', '\u200E', '\u200F', '\u061C', '\u202E', '\u2066', '\u0600', '\u06DD', '\U00013430', 'é', '\u0301', '\u2028'} {
		if isCandidate(r) {
			t.Errorf("isCandidate(%U) = true, want false", r)
		}
	}
}
