package duplicatesubtitle

import (
	"strings"
	"testing"
)

func sources(headline, subtitle string) []*source {
	var srcs []*source
	for i, t := range []string{headline, subtitle} {
		if t == "" {
			continue
		}
		name := "headline"
		if i == 1 {
			name = "subtitle"
		}
		srcs = append(srcs, newSourceText(t, name, 2*i+1))
	}
	return srcs
}

func TestCompare(t *testing.T) {
	const (
		h = "Storm closes ports along the Baltic coast as ferries stay in harbour"
		s = "Gusts of up to 120 km/h are expected until Thursday, forecasters say"
	)
	tests := []struct {
		name, headline, subtitle, para string
		want                           string // names of the lines repeated, "" for none
	}{
		{"exact headline", h, s, h, "headline"},
		{"all caps", h, s, strings.ToUpper(h), "headline"},
		{"title case subtitle", h, s, "Gusts Of Up To 120 Km/H Are Expected Until Thursday, Forecasters Say", "subtitle"},
		{"punctuation", h, s, "Storm closes ports along the Baltic coast — ferries stay in harbour!", "headline"},
		{"word swapped", h, s, "Storm shuts ports along the Baltic coast as ferries stay in harbour", "headline"},
		{"word dropped", h, s, "Storm closes ports along the coast as ferries stay in harbour", "headline"},
		{"truncated with ellipsis", h, s, "Storm closes ports along the Baltic…", "headline"},
		{"truncated inside a word", h, s, "Storm closes ports along the Bal...", "headline"},
		{"truncated without ellipsis", h, s, "Storm closes ports along the Baltic coast", "headline"},
		{"merged", h, s, "Storm closes ports along the Baltic coast; gusts of up to 120 km/h expected until Thursday.", "headline subtitle"},
		{"headline only article", h, "", strings.ToUpper(h), "headline"},
		{"same headline and subtitle", h, h, h, "headline"},
		{"too short", h, s, "Storm closes ports.", ""},
		{"lead adds facts", h, s, "The storm closed ports along the Baltic coast on Tuesday, and ferries from Gdansk to Sweden stayed in harbour.", ""},
		{"rewritten as a sentence", h, s, "The storm has closed all of the ports along the Baltic coast.", ""},
		{"subhead from the headline", h, s, "Ferries stay in harbour", ""},
		{"fragment of generic words", h, s, "along the coast as the ports stay", ""},
		{"end of the headline", "Office for Budget Responsibility: What is the OBR and what does it do?", "", "What is the OBR and what does it do?", ""},
		{"unrelated", h, s, "The council met on Monday to discuss the new budget for schools.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := compare(tt.para, sources(tt.headline, tt.subtitle))
			var got []string
			if m != nil {
				for _, s := range m.repeats {
					got = append(got, s.name)
				}
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("compare(%q) repeats %q, want %q", tt.para, g, tt.want)
			}
		})
	}
}

func TestEndsWithEllipsis(t *testing.T) {
	for in, want := range map[string]bool{
		"Storm closes…":      true,
		"Storm closes...":    true,
		"“Storm closes…”":    true,
		"Storm closes.":      false,
		"市议会通过……":            true,
		"Storm closes … ":    true,
		"Storm closes ports": false,
	} {
		if got := endsWithEllipsis(in); got != want {
			t.Errorf("endsWithEllipsis(%q) = %v, want %v", in, got, want)
		}
	}
}
