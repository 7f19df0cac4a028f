package duplicateparagraph

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// bucketOf returns the paragraphs of the bucket of k, first added first.
func (t *bucketTable) bucketOf(k bucketKey) []int {
	var ps []int
	for e := t.last(k); e >= 0; e = t.members[e].prev {
		ps = append(ps, int(t.members[e].para))
	}
	slices.Reverse(ps)
	return ps
}

// TestBucketTable checks the table against a Go map under the operations
// the index does, with keys that collide in every way: the same value for
// several functions, values that share their low bits, and enough keys
// that the table grows several times.
func TestBucketTable(t *testing.T) {
	tests := []struct {
		name     string
		capacity int
		keys     func(rng *rand.Rand) bucketKey
	}{
		{"random", 16, func(rng *rand.Rand) bucketKey { return bucketKey{rng.IntN(numHashes), rng.Uint64()} }},
		{"few values", 4, func(rng *rand.Rand) bucketKey { return bucketKey{rng.IntN(numHashes), uint64(rng.IntN(20))} }},
		{"same low bits", 1, func(rng *rand.Rand) bucketKey { return bucketKey{rng.IntN(3), uint64(rng.IntN(50)) << 40} }},
		{"one function", 1000, func(rng *rand.Rand) bucketKey { return bucketKey{numHashes - 1, rng.Uint64N(3000)} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			table := newBucketTable(tt.capacity)
			want := map[bucketKey][]int{}
			for i := range 20000 {
				k := tt.keys(rng)
				if rng.IntN(2) == 0 {
					if got := table.bucketOf(k); !slices.Equal(got, want[k]) {
						t.Fatalf("bucket %v = %v, want %v", k, got, want[k])
					}
					continue
				}
				table.add(k, i)
				if len(want[k]) < maxBucket {
					want[k] = append(want[k], i)
				}
			}
			if table.used != len(want) {
				t.Errorf("%d buckets, want %d", table.used, len(want))
			}
			for k, ps := range want {
				if got := table.bucketOf(k); !slices.Equal(got, ps) {
					t.Errorf("bucket %v = %v, want %v", k, got, ps)
				}
			}
		})
	}
}
