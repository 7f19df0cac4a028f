package duplicateparagraph

import (
	"slices"
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

// shingles returns the hashes of the pairs of consecutive tokens (for a
// single token, of that token), given the tokens' hashes, in text order:
// see para.distinct for the set.
func shingles(toks []uint64) []uint64 {
	if len(toks) == 0 {
		return nil
	}
	if len(toks) == 1 {
		return []uint64{toks[0]}
	}
	hs := make([]uint64, 0, len(toks)-1)
	prev := toks[0]
	for _, h := range toks[1:] {
		hs = append(hs, mix(prev*31+h))
		prev = h
	}
	return hs
}

// sequenceKey hashes a paragraph's whole token sequence, given the
// tokens' hashes.
func sequenceKey(toks []uint64) uint64 {
	var h uint64 = 1
	for _, t := range toks {
		h = mix(h*31 + t)
	}
	return h
}

type bucketKey struct {
	fn  int
	min uint64
}

// bucket holds up to maxBucket paragraphs, in the order they were added.
// The paragraphs are held in the bucket itself, so that a new bucket costs
// no allocation of its own.
type bucket struct {
	n     int32
	paras [maxBucket]int32
}

// add appends paragraph i, unless the bucket is full.
func (b *bucket) add(i int) {
	if b.n < maxBucket {
		b.paras[b.n] = int32(i)
		b.n++
	}
}

// index holds the paragraphs seen so far.
type index struct {
	exact   map[uint64]bucket // sequence key → paragraphs, for exact repeats
	buckets *bucketTable
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
		exact:   make(map[uint64]bucket, n),
		buckets: newBucketTable(n * numHashes),
		hits:    make([]int, n),
		seen:    make([]int, n),
	}
}

// signature returns the MinHash signature of p's shingles, computed the
// first time it is asked for.
func signature(p *para) *[numHashes]uint64 {
	if p.hasSig {
		return &p.sig
	}
	sig := &p.sig
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
	p.hasSig = true
	return sig
}

// add records paragraph i.
func (x *index) add(i int, p *para) {
	if b := x.exact[p.key]; b.n < maxBucket {
		b.add(i)
		x.exact[p.key] = b
	}
	for fn, m := range signature(p) {
		x.buckets.add(bucketKey{fn, m}, i)
	}
}

// find returns an indexed paragraph that p repeats, preferring the one
// whose first occurrence is earliest, or -1.
func (x *index) find(paras []*para, p *para) int {
	exact := x.exact[p.key]
	for _, j := range exact.paras[:exact.n] {
		if sameTokens(paras[j], p) {
			return int(j)
		}
	}
	x.stamp++
	var cands []int
	for fn, m := range signature(p) {
		for e := x.buckets.last(bucketKey{fn, m}); e >= 0; e = x.buckets.members[e].prev {
			j := int(x.buckets.members[e].para)
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
