package headlinenumbers_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/headlinenumbers"
)

// filler is a neutral body paragraph of about fifty words without numbers,
// to make bodies long enough for the "never gives" check.
const filler = "Officials said the situation remained under review and that further " +
	"statements would follow once the authorities had gathered more information " +
	"from the regions concerned, while residents were asked to follow the advice " +
	"of the emergency services and to avoid unnecessary journeys until the " +
	"weather improved and the roads had been cleared."

func lintArticle(t *testing.T, headline string, body ...string) []string {
	t.Helper()
	paras := append([]string{headline}, body...)
	src := strings.Join(paras, "\n\n") + "\n"
	a, err := article.Parse("t.txt", []byte(src), article.Text)
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(headlinenumbers.New())
	if err != nil {
		t.Fatal(err)
	}
	fs, err := l.Lint(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, f := range fs {
		msgs = append(msgs, f.Message)
	}
	return msgs
}

func TestPolicy(t *testing.T) {
	long := []string{filler, filler, filler}
	tests := []struct {
		name     string
		headline string
		body     []string
		want     string // a substring of the one finding, or "" for none
	}{
		{"contradicted in the lead", "Talks end after 12 hours",
			[]string{"GENEVA — After three hours of meetings, the delegations left.", filler}, `the body says "three hours of meetings"`},
		{"same value in words", "Talks end after 12 hours",
			[]string{"GENEVA — After twelve hours of meetings, the delegations left.", filler}, ""},
		{"same duration in minutes", "Talks end after 12 hours",
			[]string{"GENEVA — The meeting lasted 720 minutes, and three hours of it were spent on one clause.", filler}, ""},
		{"rounded in the headline", "Turnout rises to 1.5 million people",
			[]string{"BERLIN — Organizers counted 1,456,000 people, about 20 people per square meter.", filler}, ""},
		{"percent in words", "Prices rise 5%",
			[]string{"LONDON — Prices rose five percent in March, after 2 percent in February.", filler}, ""},
		{"sum of the body's figures", "Storm kills 12 people",
			[]string{"GDANSK — Eight people died in Poland and 4 people in Lithuania.", filler}, ""},
		{"qualified headline", "More than 100 people arrested",
			[]string{"PARIS — Police arrested 130 people, and 40 people were released later.", filler}, ""},
		{"qualified body", "Police arrest 150 people",
			[]string{"PARIS — Police arrested more than 100 people on Saturday.", filler}, ""},
		{"small difference", "Talks end after 12 hours",
			[]string{"GENEVA — After 11 hours of meetings, the delegations left.", filler}, ""},
		{"contradiction far down the body", "Talks end after 12 hours",
			append(long, "A witness had waited 3 hours outside the building."), ""},
		{"never given", "Flight delayed 14 hours", long, "the body never gives that number"},
		{"never given, small number", "Flight delayed 5 hours", long, ""},
		{"never given, percent", "Prices rise 40%", long, ""},
		{"never given, days", "Strike enters 100 days", long, ""},
		{"never given, short body", "Flight delayed 14 hours", []string{filler}, ""},
		{"range", "Flight delayed 3-4 hours", []string{"LONDON — The flight left after 9 hours.", filler}, ""},
		{"age", "A 30-year-old man is arrested", []string{"LONDON — The man, who is 45 years old, was arrested.", filler}, ""},
		{"calendar year", "Inflation in 2011 года", []string{"MOSCOW — Inflation reached 6 года.", filler}, ""},
		{"unitless", "Police arrest 150", []string{"PARIS — Police arrested 90 people.", filler}, ""},
		{"other unit", "Talks end after 12 hours", []string{"GENEVA — Talks lasted three days.", filler}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := lintArticle(t, tt.headline, tt.body...)
			switch {
			case tt.want == "" && len(msgs) > 0:
				t.Errorf("unexpected findings: %q", msgs)
			case tt.want != "" && (len(msgs) != 1 || !strings.Contains(msgs[0], tt.want)):
				t.Errorf("findings %q, want one containing %q", msgs, tt.want)
			}
		})
	}
}
