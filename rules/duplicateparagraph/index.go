package duplicateparagraph

import (
	"slices"

	"github.com/newslint/newslint/rules/internal/tokens"
)

// The index finds earlier paragraphs similar to a new one without comparing
// every pair, so that the rule's time grows linearly with the number of
// paragraphs. Exact repeats (the same tokens) are found through a hash map.
// Near repeats are found with MinHash: each paragraph gets numHashes
// minimum hash values over its shingles, and two paragraphs share each value
// with a probability equal to the Jaccard similarity of their shingle sets.
// Every value is a bucket; paragraphs that share at least minHits buckets
// with the new one are compared in full. Buckets hold at most maxBucket
// paragraphs, which bounds the work per paragraph whatever the text.
const (
	numHashes = 16
	minHits   = 2
	maxBucket = 8
	// maxCandidates bounds the paragraphs compared in full with a new one.
	maxCandidates = 64
)

// hashSeeds are the constants that turn one 64-bit hash into numHashes
// independent ones. They are fixed, so that results do not vary from run to
// run.
var hashSeeds = func() [numHashes]uint64 {
	var s [numHashes]uint64
	x := uint64(0x9E3779B97F4A7C15)
	for i := range s {
		x = mix(x + uint64(i) + 1)
		s[i] = x
	}
	return s
}()

// mix is the finalizer of SplitMix64: a fast, well-distributed bijection of
// 64-bit values.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// hashString hashes a token deterministically (FNV-1a, then mixed).
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// shingles returns the sorted, distinct hashes of the pairs of consecutive
// tokens (for a single token, of that token).
func shingles(toks []tokens.Token) []uint64 {
	if len(toks) == 0 {
		return nil
	}
	hs := make([]uint64, 0, len(toks))
	prev := hashString(toks[0].Text)
	if len(toks) == 1 {
		return append(hs, prev)
	}
	for _, t := range toks[1:] {
		h := hashString(t.Text)
		hs = append(hs, mix(prev*31+h))
		prev = h
	}
	slices.Sort(hs)
	return slices.Compact(hs)
}

// sequenceKey hashes a paragraph's whole token sequence.
func sequenceKey(toks []tokens.Token) uint64 {
	var h uint64 = 1
	for _, t := range toks {
		h = mix(h*31 + hashString(t.Text))
	}
	return h
}

type bucketKey struct {
	fn  int
	min uint64
}

// index holds the paragraphs seen so far.
type index struct {
	exact   map[uint64][]int // sequence key → paragraphs, for exact repeats
	buckets map[bucketKey][]int
	// hits and seen are scratch space of find, by paragraph: the number
	// of buckets a candidate shares with the paragraph looked up, valid
	// when seen holds the current lookup's stamp.
	hits, seen []int
	stamp      int
	// work counts bucket entries visited and paragraphs compared, for
	// tests that check that the work per paragraph is bounded.
	work int
}

func newIndex(n int) *index {
	return &index{
		exact:   make(map[uint64][]int, n),
		buckets: make(map[bucketKey][]int, n*numHashes),
		hits:    make([]int, n),
		seen:    make([]int, n),
	}
}

func signature(p *para) [numHashes]uint64 {
	var sig [numHashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, s := range p.shingles {
		for i, hs := range hashSeeds {
			if h := mix(s ^ hs); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// add records paragraph i.
func (x *index) add(i int, p *para) {
	if len(x.exact[p.key]) < maxBucket {
		x.exact[p.key] = append(x.exact[p.key], i)
	}
	for fn, m := range signature(p) {
		bk := bucketKey{fn, m}
		if b := x.buckets[bk]; len(b) < maxBucket {
			x.buckets[bk] = append(b, i)
		}
	}
}

// find returns an indexed paragraph that p repeats, preferring the one
// whose first occurrence is earliest, or -1.
func (x *index) find(paras []*para, p *para) int {
	for _, j := range x.exact[p.key] {
		if sameTokens(paras[j], p) {
			return j
		}
	}
	x.stamp++
	var cands []int
	for fn, m := range signature(p) {
		for _, j := range x.buckets[bucketKey{fn, m}] {
			x.work++
			if x.seen[j] != x.stamp {
				x.seen[j], x.hits[j] = x.stamp, 0
			}
			x.hits[j]++
			if x.hits[j] == minHits {
				cands = append(cands, j)
			}
		}
	}
	// Most shared buckets first, then document order; the comparison
	// keeps the earliest match.
	slices.SortFunc(cands, func(a, b int) int {
		if x.hits[a] != x.hits[b] {
			return x.hits[b] - x.hits[a]
		}
		return a - b
	})
	best := -1
	for k, j := range cands {
		if k == maxCandidates {
			break
		}
		x.work++
		if similar(paras[j], p) && (best < 0 || paras[j].root < paras[best].root) {
			best = j
		}
	}
	return best
}
