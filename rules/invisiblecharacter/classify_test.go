package invisiblecharacter

import "testing"

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
	for _, r := range []rune{'\u200B', '\u2060', '\uFEFF', '\u00AD', '\u0007', '\u007F', '\u0085', '\u2062', '\u206A', '\u3164', '\uFE0F', '\U000E0001', '\uFFF9', '\u034F', '\u2028', '\u2029'} {
		if !isCandidate(r) {
			t.Errorf("isCandidate(%U) = false, want true", r)
		}
	}
	for _, r := range []rune{'a', ' ', '\t', '\n', '\r', '\v', '\f', '\u00A0', '\u200E', '\u200F', '\u061C', '\u202E', '\u2066', '\u0600', '\u06DD', '\U00013430', 'é', '\u0301', '\uFFFD'} {
		if isCandidate(r) {
			t.Errorf("isCandidate(%U) = true, want false", r)
		}
	}
}
