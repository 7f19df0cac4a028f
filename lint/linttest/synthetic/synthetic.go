// Package synthetic writes synthetic news articles for benchmarks and tests
// of cost growth, which need articles of any size that do not depend on the
// shared corpus and are the same on every run: clean English news prose
// built from sentence templates and a fixed vocabulary with a seeded random
// source, so that no two paragraphs are alike (rules that compare
// paragraphs see no duplicates) and the text reads as English to language
// identification.
package synthetic

import (
	"math/rand/v2"
	"strings"
)

// sentenceTemplates are the sentence shapes of synthetic prose. Each
// {slot} is replaced by a word of the vocabulary of that name, {name} by a
// person's name and {town} by a town's, both made up. Every template holds
// both, apart, and no two sentences name the same town, so that no two
// sentences are nearly alike: they differ in four or more of their pairs of
// consecutive words.
var sentenceTemplates = []string{
	"The {noun} of {town} {verb} on {day}, {name}, {official}, said.",
	"{Name}, {official} of {town}, told reporters that the {noun} would {action} before the end of the {period}.",
	"According to the {noun} by {name}, {number} {people} {verbPast} in {town} during the {period}.",
	"Officials in {town} told {name} that the {noun} was {adjective} and that more {people} were expected to {action}.",
	"It was not clear whether the {noun} would {action}, but {people} in {town} were {adjective}, {name} wrote.",
	"The {adjective} {noun} came after {number} {people} {verbPast} near the {building} in {town} on {day} with {name}.",
	"{Name} said in a statement from {town} that the {period} had been {adjective} for the {noun}.",
	"In {town}, where the {noun} {verbPast} last {period}, {people} told {name} they were {adjective}.",
	"The {building} of {town} will {action} on {day} after a {adjective} {noun} with the {people}, {name} said.",
	"Many {people} in {town} said the {noun} by {name} was the most {adjective} they had seen in a {period}.",
	"A spokesperson for the {building} in {town}, {name}, declined to comment on the {noun} but said {people} would {action}.",
	"The {noun} is expected to cost {town} about {number} million dollars over the next {period}, according to {name}.",
}

var vocabulary = map[string][]string{
	"noun": {"agreement", "budget", "proposal", "investigation", "election", "storm", "report",
		"decision", "project", "plan", "meeting", "trial", "strike", "review", "policy", "contract",
		"program", "survey", "deal", "ruling", "inquiry", "campaign", "reform", "bill"},
	"place": {"capital", "city", "region", "county", "valley", "port",
		"northern district", "coastal town", "border area", "state", "suburbs"},
	"verb": {"was approved", "was delayed", "was announced", "was rejected", "was extended",
		"was criticized", "was welcomed", "was postponed", "was confirmed", "was challenged"},
	"verbPast": {"gathered", "protested", "voted", "waited", "arrived", "returned", "worked",
		"volunteered", "testified", "marched", "spoke", "stayed"},
	"day": {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
	"official": {"the mayor", "the governor", "a senior official", "the minister", "the police chief",
		"the chairman of the committee", "a spokeswoman for the agency", "the head of the union"},
	"action": {"resume", "continue", "move forward", "be reviewed", "take effect", "be revised",
		"come to a vote", "be signed", "end", "expand"},
	"period": {"year", "month", "week", "season", "decade", "quarter", "summer", "winter"},
	"number": {"two", "three", "several", "dozens of", "hundreds of", "12", "45", "150", "2,400", "thousands of"},
	"people": {"residents", "workers", "students", "voters", "farmers", "families", "teachers",
		"nurses", "drivers", "volunteers", "visitors", "officers"},
	"adjective": {"difficult", "unusual", "important", "expensive", "controversial", "successful",
		"unexpected", "complicated", "popular", "necessary", "encouraging", "slow"},
	"building": {"city hall", "court", "hospital", "school board", "council",
		"ministry", "university", "museum", "central bank"},
	"given": {"Anna", "David", "Maria", "James", "Sarah", "Thomas", "Elena", "Michael", "Laura",
		"Peter", "Julia", "Daniel", "Emma", "Robert", "Grace", "Samuel"},
}

// Generator writes deterministic synthetic articles. The zero value is not
// usable; call New.
type Generator struct {
	rng   *rand.Rand
	towns int // the towns named so far
}

// New returns a generator whose output depends only on seed.
func New(seed uint64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, 0x6e6577736c696e74))}
}

// pick returns a random element of list.
func (g *Generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// Sentence returns one sentence of English news prose.
func (g *Generator) Sentence() string {
	tpl := g.pick(sentenceTemplates)
	var sb strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			sb.WriteString(tpl)
			break
		}
		j := strings.IndexByte(tpl[i:], '}') + i
		sb.WriteString(tpl[:i])
		slot := tpl[i+1 : j]
		var word string
		switch strings.ToLower(slot) {
		case "name":
			word = g.pick(vocabulary["given"]) + " " + g.surname()
		case "town":
			word = g.town()
		default:
			word = g.pick(vocabulary[strings.ToLower(slot[:1])+slot[1:]])
		}
		if slot[0] >= 'A' && slot[0] <= 'Z' {
			word = capitalize(word)
		}
		sb.WriteString(word)
		tpl = tpl[j+1:]
	}
	return sb.String()
}

// syllables make up surnames, so that every paragraph holds names of its
// own and no two paragraphs are alike.
var syllables = []string{"ba", "ren", "ko", "mal", "ti", "son", "ver", "lan", "do", "rik",
	"sa", "mon", "ter", "vi", "gar", "nel", "po", "las", "din", "ha", "cor", "le", "fen", "mus"}

// surname returns a made-up surname of three or four syllables.
func (g *Generator) surname() string {
	var sb strings.Builder
	for range 3 + g.rng.IntN(2) {
		sb.WriteString(g.pick(syllables))
	}
	return capitalize(sb.String())
}

// town returns a made-up town name that no earlier sentence used: the
// count of towns so far written in syllables, after a random one.
func (g *Generator) town() string {
	var sb strings.Builder
	sb.WriteString(g.pick(syllables))
	n := g.towns
	g.towns++
	for i := 0; i < 2 || n > 0; i++ {
		sb.WriteString(syllables[n%len(syllables)])
		n /= len(syllables)
	}
	return capitalize(sb.String())
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// Paragraph returns a paragraph of the given number of sentences.
func (g *Generator) Paragraph(sentences int) string {
	parts := make([]string, sentences)
	for i := range parts {
		parts[i] = g.Sentence()
	}
	return strings.Join(parts, " ")
}

// Headline returns a headline: a short line without a final full stop.
func (g *Generator) Headline() string {
	return "Officials in the " + g.pick(vocabulary["place"]) + " discuss the " +
		g.pick(vocabulary["noun"]) + " as the " + g.pick(vocabulary["period"]) + " begins"
}

// Article returns a plain-text article of about size bytes (at least one
// paragraph): a headline, a blank line, then paragraphs of three to six
// sentences separated by blank lines, with a final line break.
func (g *Generator) Article(size int) string {
	var sb strings.Builder
	sb.Grow(size + 1024)
	sb.WriteString(g.Headline())
	sb.WriteString("\n")
	for first := true; first || sb.Len() < size; first = false {
		sb.WriteString("\n")
		sb.WriteString(g.Paragraph(3 + g.rng.IntN(4)))
		sb.WriteString("\n")
	}
	return sb.String()
}

// Paragraphs returns a plain-text article of a headline and n paragraphs of
// one sentence each.
func (g *Generator) Paragraphs(n int) string {
	var sb strings.Builder
	sb.WriteString(g.Headline())
	sb.WriteString("\n")
	for range n {
		sb.WriteString("\n")
		sb.WriteString(g.Sentence())
		sb.WriteString("\n")
	}
	return sb.String()
}

// LongLine returns a plain-text article whose body is a single line of at
// least size bytes: a headline, a blank line and one paragraph of
// sentences without a line break.
func (g *Generator) LongLine(size int) string {
	var sb strings.Builder
	sb.Grow(size + 1024)
	sb.WriteString(g.Headline())
	sb.WriteString("\n\n")
	start := sb.Len()
	for sb.Len()-start < size {
		if sb.Len() > start {
			sb.WriteByte(' ')
		}
		sb.WriteString(g.Sentence())
	}
	sb.WriteString("\n")
	return sb.String()
}

// Blemish returns text with white-space defects of the kinds the
// white-space rules fix, placed at random line ends and word gaps: about
// one defect per rate lines (rate >= 1). Words are never changed, so that
// fixing the result gives text again.
func (g *Generator) Blemish(text string, rate int) string {
	lines := strings.SplitAfter(text, "\n")
	var sb strings.Builder
	sb.Grow(len(text) + len(text)/rate/8 + 16)
	for _, l := range lines {
		if l == "" || g.rng.IntN(rate) != 0 {
			sb.WriteString(l)
			continue
		}
		body, nl := strings.CutSuffix(l, "\n")
		switch g.rng.IntN(4) {
		case 0: // trailing white space
			sb.WriteString(body + " \t")
		case 1: // repeated spaces inside the line
			if i := strings.IndexByte(body, ' '); i > 0 {
				body = body[:i] + "  " + body[i+1:]
			}
			sb.WriteString(body)
		case 2: // a no-break space between two long words
			if i := longWordGap(body); i > 0 {
				body = body[:i] + "\u00a0" + body[i+1:]
			}
			sb.WriteString(body)
		default: // a Windows line ending
			sb.WriteString(body)
			if nl {
				sb.WriteString("\r")
			}
		}
		if nl {
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// longWordGap returns the offset of the first space in line between two
// words of five letters or more, or -1. Typography keeps a no-break space
// after a short word or before the last word of a paragraph, so a
// no-break space elsewhere is a defect for certain.
func longWordGap(line string) int {
	words := strings.Split(line, " ")
	off := 0
	for i := 0; i+2 < len(words); i++ {
		off += len(words[i])
		if isLongWord(words[i]) && isLongWord(words[i+1]) {
			return off
		}
		off++
	}
	return -1
}

func isLongWord(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
