// Package dedup recognizes copies: exact duplicates by content hash and near
// duplicates (a wire text republished under another headline, with cuts or
// additions) by word shingles, MinHash signatures and an LSH band index.
//
// Everything here works on tokens the caller made (normalized words); the
// package knows nothing of Arabic, storage or time zones, so it is cheap to
// test and to benchmark.
package dedup

import (
	"math"
	"math/bits"
	"slices"
	"strconv"
	"sync"
)

// ShingleSize is the number of words in a shingle. Four words keep two
// texts that share only phrases ("خادم الحرمين الشريفين") apart while a
// copy with a changed word here and there still shares most of its shingles.
const ShingleSize = 4

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashToken is FNV-1a, stable across runs and machines: fingerprints outlive
// the process.
func hashToken(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix64 is the splitmix64 finalizer: it spreads combined token hashes.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Shingles returns the sorted, distinct hashes of the k-word shingles of
// tokens (k <= 0 means ShingleSize). A text shorter than k words is one
// shingle, so short texts still compare.
func Shingles(tokens []string, k int) []uint64 {
	if k <= 0 {
		k = ShingleSize
	}
	if len(tokens) == 0 {
		return nil
	}
	th := make([]uint64, len(tokens))
	for i, t := range tokens {
		th[i] = hashToken(t)
	}
	n := len(tokens) - k + 1
	if n < 1 {
		n, k = 1, len(tokens)
	}
	out := make([]uint64, 0, n)
	for i := 0; i < n; i++ {
		var h uint64
		for j := 0; j < k; j++ {
			h = mix64(h*31 + th[i+j])
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Intersect counts the hashes two sorted shingle sets share.
func Intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Containment is |a∩b| / min(|a|,|b|): how much of the shorter text is in the
// longer. A copy cut to its first paragraphs, or one with an added lead, keeps
// a high containment where its resemblance (Jaccard) falls.
func Containment(a, b []uint64) float64 {
	m := min(len(a), len(b))
	if m == 0 {
		return 0
	}
	return float64(Intersect(a, b)) / float64(m)
}

// Resemblance is the Jaccard index |a∩b| / |a∪b|.
func Resemblance(a, b []uint64) float64 {
	i := Intersect(a, b)
	u := len(a) + len(b) - i
	if u == 0 {
		return 0
	}
	return float64(i) / float64(u)
}

// NumHashes is the length of a MinHash signature; Bands × Rows = NumHashes.
const (
	NumHashes = 64
	// Only the first Bands×Rows values are banded; all 64 estimate. 24 bands
	// of 2 rows find a pair of resemblance 0.3 nine times in ten, 0.5 always,
	// and keep the index at 24 entries an article.
	Bands = 24
	Rows  = 2
)

// Signature is a MinHash signature of a shingle set.
type Signature [NumHashes]uint32

// hashParams are fixed odd multipliers and offsets: a signature stored today
// must compare with one computed next year.
var hashParams = func() (p [NumHashes][2]uint64) {
	x := uint64(0x6b68616261720001) // "khabar"
	for i := range p {
		x = mix64(x + 0x9e3779b97f4a7c15)
		p[i][0] = x | 1
		x = mix64(x + 0x9e3779b97f4a7c15)
		p[i][1] = x
	}
	return p
}()

// Sign computes the MinHash signature of a shingle set. An empty set gets
// the all-ones signature, which matches nothing but other empty texts.
func Sign(shingles []uint64) Signature {
	var s Signature
	for i := range s {
		s[i] = math.MaxUint32
	}
	for _, x := range shingles {
		for i := range s {
			v := uint32((hashParams[i][0]*x + hashParams[i][1]) >> 32)
			if v < s[i] {
				s[i] = v
			}
		}
	}
	return s
}

// EstimateResemblance is the fraction of equal positions of two signatures,
// an unbiased estimate of the Jaccard index of their sets.
func EstimateResemblance(a, b *Signature) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}

// EstimateContainment turns an estimated resemblance into a containment
// from the set sizes: |a∩b| = J(|a|+|b|)/(1+J).
func EstimateContainment(a, b *Signature, sizeA, sizeB int) float64 {
	j := EstimateResemblance(a, b)
	m := min(sizeA, sizeB)
	if m == 0 {
		return 0
	}
	c := j * float64(sizeA+sizeB) / (1 + j) / float64(m)
	return min(c, 1)
}

// bandKey hashes band b of a signature.
func bandKey(s *Signature, b int) uint64 {
	h := uint64(b+1) * 0x9e3779b97f4a7c15
	for r := 0; r < Rows; r++ {
		h = mix64(h ^ uint64(s[b*Rows+r]))
	}
	return h
}

// LeadWords is how many opening words of one text the lead test aligns
// with twice as many of the other: room for a dateline, a reporter's name
// or an added sentence before the wire text starts.
const LeadWords = 80

// LeadHashes hashes the first 2×LeadWords tokens in order, for LeadSimilarity.
func LeadHashes(tokens []string) []uint32 {
	n := min(len(tokens), 2*LeadWords)
	out := make([]uint32, n)
	for i, t := range tokens[:n] {
		h := hashToken(t)
		out[i] = uint32(h ^ h>>32)
	}
	return out
}

// LeadNumbers lists the distinct numbers among the first 2×LeadWords
// normalized tokens, in order, years (1300–1500 Hijri, 1900–2100) aside:
// two days' bulletins name the same year.
func LeadNumbers(tokens []string) []string {
	var out []string
	for _, t := range tokens[:min(len(tokens), 2*LeadWords)] {
		if t == "" || t[0] < '0' || t[0] > '9' || slices.Contains(out, t) {
			continue
		}
		if y, err := strconv.Atoi(t); err == nil && (y >= 1300 && y <= 1500 || y >= 1900 && y <= 2100) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// LeadSimilarity is how much of one text's opening is the other's, in
// order: the longest common subsequence of the first LeadWords words of
// one and the first 2×LeadWords of the other, taken both ways, over the
// shorter opening. Order matters where shingles do not: a wire copy keeps
// the sentence order of its opening through small edits ("الدكتور" for
// "الأستاذ الدكتور", أمس for اليوم) that break every 4-shingle they touch,
// while a write-up that quotes the same statement lower down does not.
func LeadSimilarity(a, b []uint32) float64 { return leadSimilarity(a, b, LeadWords) }

// StartSimilarity is LeadSimilarity over half the words: the first 40 of
// one against the first 80 of the other. A text that takes the other's
// opening only after a lead of its own — another event reported first,
// the statement quoted below it — has a high lead similarity and a low
// start similarity.
func StartSimilarity(a, b []uint32) float64 { return leadSimilarity(a, b, LeadWords/2) }

// OwnStart is how much of a's start (its first LeadWords/2 words) is in
// b's opening (its first LeadWords), in order, over a's start: one way
// only. A text that opens with a sentence of its own before the other's
// statement scores low, however much of the statement follows.
func OwnStart(a, b []uint32) float64 {
	k := LeadWords / 2
	m := min(k, len(a))
	if m == 0 || len(b) == 0 {
		return 0
	}
	return float64(lcs(a[:m], b[:min(len(b), 2*k)])) / float64(m)
}

func leadSimilarity(a, b []uint32, k int) float64 {
	m := min(k, len(a), len(b))
	if m == 0 {
		return 0
	}
	a, b = a[:min(len(a), 2*k)], b[:min(len(b), 2*k)]
	x := max(lcs(a[:min(len(a), k)], b), lcs(b[:min(len(b), k)], a))
	return min(float64(x)/float64(m), 1)
}

// lcs is the length of the longest common subsequence of a and b. An
// opening of up to lcsBits words is aligned bit-parallel (Allison and
// Dix; Hyyrö): a bit per word of b, a few machine words per word of a, in
// place of a row of the dynamic programme; it was 1.8 s of an import's
// CPU. Longer ones take the dynamic programme (lcsRows).
func lcs(a, b []uint32) int {
	if len(b) > lcsBits {
		return lcsRows(a, b)
	}
	t := lcsPool.Get().(*lcsTable)
	defer lcsPool.Put(t)
	t.gen++
	if t.gen == 0 { // wrapped: every stamp may look current
		t.stamp = [lcsSlots]uint32{}
		t.gen = 1
	}
	for j, x := range b {
		i := t.slot(x)
		if t.stamp[i] != t.gen {
			t.stamp[i], t.key[i], t.mask[i] = t.gen, x, [lcsWords]uint64{}
		}
		t.mask[i][j/64] |= 1 << (j % 64)
	}
	// v has a 0 bit for each word of b in the common subsequence so far.
	var v [lcsWords]uint64
	for w := range v {
		v[w] = ^uint64(0)
	}
	for _, x := range a {
		i := t.slot(x)
		if t.stamp[i] != t.gen {
			continue // x is not in b: v stays
		}
		m := &t.mask[i]
		// v = (v + (v & m)) | (v &^ m), the sum carried across words.
		var carry uint64
		for w := range v {
			u := v[w] & m[w]
			sum, c := bits.Add64(v[w], u, carry)
			carry = c
			v[w] = sum | (v[w] &^ m[w])
		}
	}
	n := 0
	for j := range b {
		if v[j/64]&(1<<(j%64)) == 0 {
			n++
		}
	}
	return n
}

// lcsBits is the longest b lcs aligns bit-parallel: the lead test's
// 2×LeadWords and more.
const (
	lcsWords = 3
	lcsBits  = 64 * lcsWords
	lcsSlots = 512 // a power of two, over twice lcsBits: short probes
)

// lcsTable maps each word of b to the bits of its places in b. Entries
// are current when their stamp is the table's generation, so a table is
// reused without clearing.
type lcsTable struct {
	gen   uint32
	stamp [lcsSlots]uint32
	key   [lcsSlots]uint32
	mask  [lcsSlots][lcsWords]uint64
}

// slot is x's slot: its own when current, else the empty one its probe
// ends at.
func (t *lcsTable) slot(x uint32) int {
	i := int(x*0x9E3779B1) >> (32 - 9) & (lcsSlots - 1)
	for t.stamp[i] == t.gen && t.key[i] != x {
		i = (i + 1) & (lcsSlots - 1)
	}
	return i
}

var lcsPool = sync.Pool{New: func() any { return new(lcsTable) }}

// lcsRows is the longest common subsequence by the dynamic programme, in
// O(len(b)) space.
func lcsRows(a, b []uint32) int {
	prev, cur := make([]int32, len(b)+1), make([]int32, len(b)+1)
	for i := range a {
		cur[0] = 0
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}
