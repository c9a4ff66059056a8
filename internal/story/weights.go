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
type weights struct {
	slots []slot
	n     int
	shift uint8 // 32 - log2(len(slots))
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

// get returns t's weight, 0 when absent.
func (m *weights) get(t uint32) float32 {
	if m.n == 0 {
		return 0
	}
	key := t + 1
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
			return 0, w
		}
	}
}

func (m *weights) grow() {
	size := max(minSlots, 2*len(m.slots))
	old := m.slots
	m.slots = make([]slot, size)
	m.shift = uint8(32 - log2(size))
	mask := uint32(size - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
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
