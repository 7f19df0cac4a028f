package duplicateparagraph

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// syntheticParagraphs returns n paragraphs of Zipf-distributed words, with
// about one in twenty repeating an earlier one, and for each paragraph the
// index of the paragraph it repeats, or -1.
func syntheticParagraphs(n int) ([]*para, []int) {
	rng := rand.New(rand.NewPCG(uint64(n), 2))
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	var texts []string
	var repeats []int
	for len(texts) < n {
		if len(texts) > 10 && rng.IntN(20) == 0 {
			j := rng.IntN(len(texts))
			for repeats[j] >= 0 {
				j = repeats[j]
			}
			words := strings.Fields(texts[j])
			// Drop a word, so that the index rather than the exact
			// map must find the repeat.
			i := 1 + rng.IntN(len(words)-2)
			texts = append(texts, strings.Join(append(words[:i:i], words[i+1:]...), " "))
			repeats = append(repeats, j)
			continue
		}
		words := make([]string, 30+rng.IntN(31))
		for i := range words {
			words[i] = vocab[zipf.Uint64()]
		}
		texts = append(texts, strings.Join(words, " ")+".")
		repeats = append(repeats, -1)
	}
	paras := make([]*para, n)
	for i, t := range texts {
		paras[i] = newPara(i, t)
	}
	return paras, repeats
}

// runIndex runs the index over the paragraphs as the rule does and returns
// the steps it took (bucket entries visited plus paragraphs compared) and
// how many of the repeats it traced to their original.
func runIndex(paras []*para, repeats []int) (steps, found int) {
	idx := newIndex(len(paras))
	for i, p := range paras {
		p.root = i
		j := idx.find(paras, p)
		if j < 0 {
			idx.add(i, p)
			continue
		}
		p.root = paras[j].root
		if p.root == repeats[i] {
			found++
		}
		idx.add(i, p)
	}
	return idx.work, found
}

// TestLinearWork checks that the index does a bounded amount of work per
// paragraph, so that the rule's time grows linearly with the number of
// paragraphs (comparing every pair would do 100 times as much work for
// 10,000 paragraphs as for 1,000), and that it still finds the repeats.
func TestLinearWork(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: indexes 11,100 synthetic paragraphs")
	}
	bound := float64(numHashes*maxBucket + maxCandidates)
	total := map[int]int{}
	for _, n := range []int{100, 1000, 10000} {
		paras, repeats := syntheticParagraphs(n)
		steps, found := runIndex(paras, repeats)
		want := 0
		for _, r := range repeats {
			if r >= 0 {
				want++
			}
		}
		total[n] = steps
		per := float64(steps) / float64(n)
		t.Logf("%6d paragraphs: %7d steps, %5.1f per paragraph (bound %v); %d of %d repeats found",
			n, steps, per, bound, found, want)
		if per > bound {
			t.Errorf("%d paragraphs: %.1f steps per paragraph, more than the bound %v", n, per, bound)
		}
		if float64(found) < 0.99*float64(want) {
			t.Errorf("%d paragraphs: found %d of %d repeats", n, found, want)
		}
	}
	if r := float64(total[10000]) / float64(total[1000]); r > 30 {
		t.Errorf("10,000 paragraphs took %.0f times the steps of 1,000", r)
	}
}
