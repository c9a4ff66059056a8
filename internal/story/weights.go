package story

// weights maps term ids to a centroid's weights. It is a flat hash table
// with linear probing, in place of map[uint32]float32: scoring an article
// against its candidate stories looks up every term of the article in every
// candidate's centroid, most of them absent, and that was a sixth of the
// import's assignment time, most of it waiting on memory. Here a lookup
// reads one run of adjacent slots, key and weight side by side. Its
// iteration order is the slots' order, so it follows from what was added
// and in which order, and sums over a centroid come out the same on every
// run. Entries are never removed: a story's centroid only grows.
//
// A small Bloom filter stands before the slots. Most lookups are of absent
// terms (91.5 % of the 140 million that related-story scoring made over
// the SaudiNewsNet import), and each one cost a cache miss in a table of
// hundreds of slots; the filter holds 8 bits per slot, an eighth of the
// table's memory, so the same lookups touch a few cache lines per centroid
// and most end there.
type weights struct {
	slots  []slot
	bits   []uint64 // the filter: len(slots)/8 words, at least one
	n      int
	shift  uint8 // 32 - log2(len(slots))
	bshift uint8 // 32 - log2(len(bits))
}

type slot struct {
	key uint32 // term id + 1; 0 is an empty slot
	w   float32
}

// minSlots is the size of a new table: a headline has a dozen terms.
const minSlots = 16

func (m *weights) home(key uint32) uint32 {
	return (key * 0x9E3779B1) >> m.shift // Fibonacci hashing: ids are dense
}

// filter returns the filter word of key and the two bits it sets there
// (a blocked Bloom filter: one word per key, so one memory read).
func (m *weights) filter(key uint32) (int, uint64) {
	h := key * 0x85EBCA77 // another odd multiplier than home's
	return int(uint64(h) >> m.bshift), 1<<(h>>5&63) | 1<<(h>>11&63)
}

// get returns t's weight, 0 when absent.
func (m *weights) get(t uint32) float32 {
	if m.n == 0 {
		return 0
	}
	key := t + 1
	if i, b := m.filter(key); m.bits[i]&b != b {
		return 0
	}
	mask := uint32(len(m.slots) - 1)
	for i := m.home(key); ; i = (i + 1) & mask {
		switch m.slots[i].key {
		case key:
			return m.slots[i].w
		case 0:
			return 0
		}
	}
}

// add adds w to t's weight and returns the weight before and after.
func (m *weights) add(t uint32, w float32) (old, now float32) {
	if 4*(m.n+1) > 3*len(m.slots) {
		m.grow()
	}
	key := t + 1
	mask := uint32(len(m.slots) - 1)
	for i := m.home(key); ; i = (i + 1) & mask {
		switch m.slots[i].key {
		case key:
			old = m.slots[i].w
			m.slots[i].w += w
			return old, m.slots[i].w
		case 0:
			m.slots[i] = slot{key, w}
			m.n++
			j, b := m.filter(key)
			m.bits[j] |= b
			return 0, w
		}
	}
}

func (m *weights) grow() {
	size := max(minSlots, 2*len(m.slots))
	old := m.slots
	m.slots = make([]slot, size)
	m.shift = uint8(32 - log2(size))
	words := max(1, size/8)
	m.bits = make([]uint64, words)
	m.bshift = uint8(32 - log2(words))
	mask := uint32(size - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		j, b := m.filter(s.key)
		m.bits[j] |= b
		i := m.home(s.key)
		for m.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = s
	}
}

func log2(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}

// len is the number of terms.
func (m *weights) len() int { return m.n }

// each calls f on every term and its weight, in slot order.
func (m *weights) each(f func(t uint32, w float32)) {
	for _, s := range m.slots {
		if s.key != 0 {
			f(s.key-1, s.w)
		}
	}
}
