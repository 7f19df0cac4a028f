package duplicateparagraph

// bucketTable maps bucket keys to the paragraphs in the bucket, as a
// map[bucketKey][]int would, at a fraction of the cost: the keys are
// MinHash values, uniformly distributed already, so that they index an
// open-addressing table directly, without hashing them again, and the
// paragraphs of all buckets share one slice.
//
// A bucket lists its paragraphs from the last added to the first; find
// does not depend on their order.
type bucketTable struct {
	slots []tableSlot // a power of two of them
	used  int
	// members holds the paragraphs of every bucket, each linking to the
	// one added to its bucket before it.
	members []tableMember
}

// tableSlot holds one bucket: its key (fn1 is the key's fn plus one, or 0
// for an empty slot), its number of paragraphs and the last one added.
type tableSlot struct {
	min  uint64
	last int32
	fn1  uint8
	n    uint8
}

// tableMember is a paragraph in a bucket and the member added to that
// bucket before it, or -1.
type tableMember struct {
	para, prev int32
}

// newBucketTable returns a table with room for n buckets.
func newBucketTable(n int) *bucketTable {
	size := 8
	for size*3 < n*4 {
		size *= 2
	}
	return &bucketTable{slots: make([]tableSlot, size), members: make([]tableMember, 0, n)}
}

// home returns the slot where the search for k starts.
func (t *bucketTable) home(k bucketKey) int {
	return int((k.min + uint64(k.fn)*0x9E3779B97F4A7C15) & uint64(len(t.slots)-1))
}

// last returns the last paragraph added to the bucket of k as an index in
// members, or -1 for an empty bucket; member.prev leads to the others.
func (t *bucketTable) last(k bucketKey) int32 {
	mask := len(t.slots) - 1
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		switch {
		case s.fn1 == 0:
			return -1
		case s.min == k.min && int(s.fn1) == k.fn+1:
			return s.last
		}
	}
}

// add adds paragraph para to the bucket of k, unless the bucket holds
// maxBucket paragraphs already.
func (t *bucketTable) add(k bucketKey, para int) {
	if (t.used+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	mask := len(t.slots) - 1
	i := t.home(k)
	for ; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.fn1 == 0 {
			*s = tableSlot{min: k.min, last: -1, fn1: uint8(k.fn + 1)}
			t.used++
			break
		}
		if s.min == k.min && int(s.fn1) == k.fn+1 {
			break
		}
	}
	s := &t.slots[i]
	if s.n >= maxBucket {
		return
	}
	t.members = append(t.members, tableMember{para: int32(para), prev: s.last})
	s.last = int32(len(t.members) - 1)
	s.n++
}

// grow doubles the table.
func (t *bucketTable) grow() {
	old := t.slots
	t.slots = make([]tableSlot, 2*len(old))
	mask := len(t.slots) - 1
	for _, s := range old {
		if s.fn1 == 0 {
			continue
		}
		i := t.home(bucketKey{int(s.fn1) - 1, s.min})
		for t.slots[i].fn1 != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}
