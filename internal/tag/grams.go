package tag

// gramTable holds the bigram and trigram counts by gram key. It runs to
// millions of entries, and nearly every lookup is a cache miss: a Go map
// spent two of them on each count (a lookup, then the store) plus the
// probe of its control words, and counting was a quarter of the tagger's
// time in an import. Here a key and its count share one 16-byte slot,
// found by linear probing, and a count is bumped in place.
//
// Key 0 marks an empty slot: no gramKey is 0, since it holds its length.
type gramTable struct {
	slots []gramSlot // a power of two long
	n     int        // slots in use
}

type gramSlot struct {
	key uint64
	g   gram
}

// gramTableMin is the smallest table: 4,096 slots, 64 KB.
const gramTableMin = 1 << 12

// home is key's first slot in a table of mask+1 slots.
func home(key, mask uint64) uint64 {
	// The splitmix64 finalizer: keys are packed term ids, and their low
	// bits alone would crowd the slots of the frequent terms.
	key ^= key >> 30
	key *= 0xbf58476d1ce4e5b9
	key ^= key >> 27
	key *= 0x94d049bb133111eb
	key ^= key >> 31
	return key & mask
}

// get returns key's counts (zero when absent).
func (t *gramTable) get(key uint64) gram {
	if len(t.slots) == 0 {
		return gram{}
	}
	mask := uint64(len(t.slots) - 1)
	for i := home(key, mask); ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case key:
			return t.slots[i].g
		case 0:
			return gram{}
		}
	}
}

// at returns key's counts to update in place, adding the key at zero
// when absent. The pointer holds until the next call to at or keep.
func (t *gramTable) at(key uint64) *gram {
	// Grow at three quarters full: linear probing slows fast past that.
	if 4*(t.n+1) > 3*len(t.slots) {
		t.resize(max(gramTableMin, 2*len(t.slots)))
	}
	mask := uint64(len(t.slots) - 1)
	for i := home(key, mask); ; i = (i + 1) & mask {
		s := &t.slots[i]
		switch s.key {
		case key:
			return &s.g
		case 0:
			s.key = key
			t.n++
			return &s.g
		}
	}
}

// resize moves every entry into a table of size slots (a power of two
// above the count).
func (t *gramTable) resize(size int) {
	old := t.slots
	t.slots = make([]gramSlot, size)
	mask := uint64(size - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := home(s.key, mask)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// each calls fn on every entry, in slot order.
func (t *gramTable) each(fn func(key uint64, g gram)) {
	for _, s := range t.slots {
		if s.key != 0 {
			fn(s.key, s.g)
		}
	}
}

// keep drops the entries keep rejects and shrinks the table to fit the
// rest: deleting in place would need tombstones, and pruning is rare.
func (t *gramTable) keep(keep func(g gram) bool) {
	kept := 0
	for i := range t.slots {
		if s := &t.slots[i]; s.key != 0 {
			if keep(s.g) {
				kept++
			} else {
				s.key = 0
			}
		}
	}
	t.n = kept
	size := gramTableMin
	for 2*kept > size { // half full: room to grow before the next resize
		size *= 2
	}
	t.resize(size)
}
