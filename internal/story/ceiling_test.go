package story

import (
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
)

// TestPairCeiling asks how far the engine's information can go, pair by
// pair (KHABAR_EVAL=1, with more labelled sets in KHABAR_EVAL_PAIRS). Each
// labelled pair becomes the features the engine has of two articles —
// cosines, shared names, tags, figures and headline places, weekdays, hours
// apart, shingle overlap, how much of one text the other holds
// (coverFeatures) — and a logistic regression fitted on the other
// sets decides "same story" for each set in turn (leave one set out). It
// prints that beside the engine's own F1 and the best single cosine
// threshold fitted the same way. Session 23 used it to show that the
// fresh sets' shortfall is not the clustering's: a model that sees every
// pair's features is about as short (docs/stories.md, «Session 23»).
// Each set's even half is also decided by a model fitted on the other sets
// and its own odd half. The held-out set 5 is never fitted on nor scored
// here. KHABAR_CEILING_ROLES=1 adds the headline roots and roles of
// roleFeatures (session 27: no gain).
func TestPairCeiling(t *testing.T) {
	if os.Getenv("KHABAR_EVAL") == "" {
		t.Skip("set KHABAR_EVAL=1 (and KHABAR_EVAL_PAIRS) for the pair ceiling")
	}
	arts := loadCorpus(t)
	loadPairs(t) // skips without the dev pairs
	ps := prepare(arts)
	judge, e, _ := runCorpus(arts, ps, DefaultConfig(), dedup.DefaultConfig())
	at := make(map[string]int, len(arts))
	for i, a := range arts {
		at[a.URL] = i
	}
	type set struct {
		name  string
		pairs []Pair
		x     map[int][]float64 // pair number → features
	}
	// Rough roots of every text, and their document frequencies, for
	// the headline roles (roleFeatures).
	rootDF := map[string]int{}
	rootsOf := make([]map[string]bool, len(arts))
	for i, a := range arts {
		rootsOf[i] = textRoots(a.Title + "\n" + a.Text)
		for r := range rootsOf[i] {
			rootDF[r]++
		}
	}
	names := func(p *Prepared) []string {
		var out []string
		for _, n := range p.Doc.Names {
			if k := strings.IndexByte(n, ':'); k >= 0 {
				n = n[k+1:]
			}
			out = append(out, n)
		}
		return out
	}
	var sets []set
	for _, path := range append([]string{filepath.Join(shared, "story-pairs-dev.jsonl")}, morePairFiles()...) {
		if filepath.Base(path) == "set5.jsonl" {
			continue // held out: never fitted on (testdata/pairs/README.md)
		}
		s := set{name: filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path), x: map[int][]float64{}}
		for _, p := range readPairFile(t, path) {
			na, _ := fetch.NormalizeURL(p.A)
			nb, _ := fetch.NormalizeURL(p.B)
			i, ok1 := at[na]
			j, ok2 := at[nb]
			if !ok1 || !ok2 {
				continue
			}
			s.pairs = append(s.pairs, p)
			s.x[p.Pair] = pairFeatures(e.Clusterer, ps[i], ps[j])
			if os.Getenv("KHABAR_CEILING_ROLES") != "" {
				ha, hb := readHeadline(arts[i].Title, names(ps[i])), readHeadline(arts[j].Title, names(ps[j]))
				s.x[p.Pair] = append(s.x[p.Pair], roleFeatures(ha, hb, rootsOf[i], rootsOf[j], rootDF, len(arts))...)
			}
		}
		sets = append(sets, s)
	}
	if len(sets) < 2 {
		t.Skip("leave-one-set-out needs a second labelled set in KHABAR_EVAL_PAIRS")
	}
	same := func(p Pair) bool { return p.Relation == "copy" || p.Relation == "same_story" }
	for k, test := range sets {
		var x [][]float64
		var y []bool
		for l, s := range sets {
			if l == k {
				continue
			}
			for _, p := range s.pairs {
				x = append(x, s.x[p.Pair])
				y = append(y, same(p))
			}
		}
		m := fitLogistic(x, y, 1e-3, 3000, 0.5)
		if m.loss(x, y) >= constLoss(y) {
			t.Errorf("%s: the model fits the other sets no better than a constant", test.name)
		}
		// The best single threshold on the engine's cosine, fitted on the
		// same pairs: the baseline the issue names.
		bestTh, bestF := 0.0, -1.0
		for th := 0.01; th < 1; th += 0.01 {
			var f PRF
			for i := range x {
				f.Add(y[i], x[i][0] >= th)
			}
			if f.F1() > bestF {
				bestTh, bestF = th, f.F1()
			}
		}
		byURL := map[[2]string][]float64{}
		for _, p := range test.pairs {
			byURL[[2]string{p.A, p.B}] = test.x[p.Pair]
		}
		decide := func(f func([]float64) bool) Judge {
			return func(a, b string) (bool, bool, bool) {
				v, ok := byURL[[2]string{a, b}]
				return ok && f(v), false, ok
			}
		}
		eng := Score(test.pairs, judge)
		lr := Score(test.pairs, decide(func(v []float64) bool { return m.p(v) >= 0.5 }))
		th := Score(test.pairs, decide(func(v []float64) bool { return v[0] >= bestTh }))
		t.Logf("%s (%d pairs): same story, all / high — engine %.3f / %.3f | pairwise model fitted on the other sets %.3f / %.3f | cosine ≥ %.2f %.3f / %.3f",
			test.name, len(test.pairs), eng.Same.F1(), eng.SameHigh.F1(), lr.Same.F1(), lr.SameHigh.F1(), bestTh, th.Same.F1(), th.SameHigh.F1())
		// The set's even half, by a model fitted on the other sets and the
		// set's odd half: the set's own labelling is in the fit.
		var even []Pair
		for _, p := range test.pairs {
			if p.Pair%2 == 1 {
				x = append(x, test.x[p.Pair])
				y = append(y, same(p))
			} else {
				even = append(even, p)
			}
		}
		mh := fitLogistic(x, y, 1e-3, 3000, 0.5)
		engH := Score(even, judge)
		lrH := Score(even, decide(func(v []float64) bool { return mh.p(v) >= 0.5 }))
		t.Logf("%s even half (%d pairs): engine %.3f / %.3f | model fitted on the other sets and the odd half %.3f / %.3f",
			test.name, len(even), engH.Same.F1(), engH.SameHigh.F1(), lrH.Same.F1(), lrH.SameHigh.F1())
	}
}

// pairFeatures are what the engine knows of two articles, as numbers; the
// first is the article cosine (the threshold baseline reads it).
func pairFeatures(c *Clusterer, a, b *Prepared) []float64 {
	if b.Doc.Time.Before(a.Doc.Time) {
		a, b = b, a
	}
	va, ta := c.vectors(&a.Doc)
	vb, tb := c.vectors(&b.Doc)
	cos, tcos := dot(va, vb), dot(ta, tb)
	names, nNames := overlap(a.Doc.Names, b.Doc.Names)
	tags, nTags := overlap(a.Doc.Tags, b.Doc.Tags)
	lead, _ := overlap(a.Doc.Lead, b.Doc.Lead)
	title, _ := overlap(a.Doc.Title, b.Doc.Title)
	figs, nFigs := overlap(a.Dup.Numbers, b.Dup.Numbers)
	places, _ := overlap(a.Doc.Places, b.Doc.Places)
	dt := math.Abs(b.Doc.Time.Sub(a.Doc.Time).Hours()) / 24
	return append([]float64{
		cos, cos * cos, math.Sqrt(cos), tcos, math.Sqrt(tcos),
		max(names, 0), none(names), float64(nNames) / 5, max(tags, 0), float64(nTags) / 5,
		max(lead, 0), max(title, 0), max(figs, 0), none(figs), float64(nFigs) / 3,
		b2f(places == 0), max(places, 0), b2f(a.Doc.Days&^1 != 0 && b.Doc.Days&^1 != 0 && a.Doc.Days&b.Doc.Days&^1 == 0),
		dt, dt * dt, b2f(dt < 0.5),
		dedup.Containment(a.Dup.Shingles, b.Dup.Shingles), dedup.Resemblance(a.Dup.Shingles, b.Dup.Shingles),
		cos * max(names, 0), cos * tcos,
	}, coverFeatures(c, a, b)...)
}

// coverFeatures say how much of one article the other text holds, each
// way: the IDF-weighted share of the earlier one's headline, opening, names
// and words found anywhere in the later one, and the reverse; and the
// figures the two texts share anywhere (pairFeatures reads the openings'
// only). Session 24 added them: a write-up whose opening the other text
// holds is mostly one event told twice, however unlike the two texts'
// lengths make their cosine.
func coverFeatures(c *Clusterer, a, b *Prepared) []float64 {
	if b.Doc.Time.Before(a.Doc.Time) {
		a, b = b, a
	}
	words := func(d *Doc) map[string]bool {
		m := map[string]bool{}
		for _, l := range [][]string{d.Title, d.Lead, d.Body} {
			for _, t := range l {
				m[t] = true
			}
		}
		return m
	}
	inA, inB := words(&a.Doc), words(&b.Doc)
	cover := func(src []string, in map[string]bool) float64 {
		var all, got float64
		seen := map[string]bool{}
		for _, t := range src {
			if seen[t] {
				continue
			}
			seen[t] = true
			id := c.termID(t)
			w := math.Log(float64(c.docs+1)/float64(c.df[id]+1)) + 1
			all += w
			if in[t] {
				got += w
			}
		}
		if all == 0 {
			return 0
		}
		return got / all
	}
	keys := func(m map[string]bool) []string {
		// Sorted: cover's sums, and the term ids it hands out, must not
		// follow the map's order, or the printed figures vary run to run.
		return slices.Sorted(maps.Keys(m))
	}
	figures := func(m map[string]bool) []string {
		var out []string
		for t := range m {
			if isFigure(t) {
				out = append(out, t)
			}
		}
		return out
	}
	wAB, wBA := cover(keys(inA), inB), cover(keys(inB), inA)
	tAB, tBA := cover(a.Doc.Title, inB), cover(b.Doc.Title, inA)
	lAB, lBA := cover(a.Doc.Lead, inB), cover(b.Doc.Lead, inA)
	nAB, nBA := cover(a.Doc.Names, inB), cover(b.Doc.Names, inA)
	figs, nFigs := overlap(figures(inA), figures(inB))
	return []float64{
		min(wAB, wBA), max(wAB, wBA), min(tAB, tBA), max(tAB, tBA), tAB * tBA,
		lAB, lBA, min(nAB, nBA), max(nAB, nBA),
		max(figs, 0), none(figs), float64(nFigs) / 3,
	}
}

// isFigure says whether a term is a number of two digits or more.
func isFigure(t string) bool {
	if utf8.RuneCountInString(t) < 2 {
		return false
	}
	for _, r := range t {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// overlap is the share of the smaller set found in the other and the
// count shared; -1 when either is empty.
func overlap(a, b []string) (float64, int) {
	a, b = slices.Compact(slices.Sorted(slices.Values(a))), slices.Compact(slices.Sorted(slices.Values(b)))
	if len(a) == 0 || len(b) == 0 {
		return -1, 0
	}
	n := 0
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b))), n
}

func none(v float64) float64 { return b2f(v < 0) }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// logistic is a fitted logistic regression over standardized features.
type logistic struct {
	mu, sd, w []float64
	b         float64
}

func (m *logistic) p(x []float64) float64 {
	s := m.b
	for k, v := range x {
		s += m.w[k] * (v - m.mu[k]) / m.sd[k]
	}
	return 1 / (1 + math.Exp(-max(-30, min(30, s))))
}

func (m *logistic) loss(x [][]float64, y []bool) float64 {
	var l float64
	for i := range x {
		l += logLoss(m.p(x[i]), y[i])
	}
	return l / float64(len(x))
}

func logLoss(p float64, y bool) float64 {
	p = max(1e-12, min(1-1e-12, p))
	if y {
		return -math.Log(p)
	}
	return -math.Log(1 - p)
}

// constLoss is the log loss of the best constant model.
func constLoss(y []bool) float64 {
	n := 0
	for _, v := range y {
		if v {
			n++
		}
	}
	p := float64(n) / float64(len(y))
	var l float64
	for _, v := range y {
		l += logLoss(p, v)
	}
	return l / float64(len(y))
}

// fitLogistic fits by full-batch gradient descent with an L2 penalty on
// the weights (not the bias): deterministic, and a few thousand rows fit in
// a second or two.
func fitLogistic(x [][]float64, y []bool, l2 float64, iters int, rate float64) *logistic {
	d := len(x[0])
	m := &logistic{mu: make([]float64, d), sd: make([]float64, d), w: make([]float64, d)}
	n := float64(len(x))
	for _, r := range x {
		for k, v := range r {
			m.mu[k] += v / n
		}
	}
	for _, r := range x {
		for k, v := range r {
			m.sd[k] += (v - m.mu[k]) * (v - m.mu[k]) / n
		}
	}
	for k := range m.sd {
		m.sd[k] = math.Sqrt(m.sd[k])
		if m.sd[k] == 0 {
			m.sd[k] = 1
		}
	}
	gw := make([]float64, d)
	for range iters {
		clear(gw)
		var gb float64
		for i, r := range x {
			e := m.p(r) - b2f(y[i])
			gb += e
			for k, v := range r {
				gw[k] += e * (v - m.mu[k]) / m.sd[k]
			}
		}
		m.b -= rate * gb / n
		for k := range m.w {
			m.w[k] -= rate * (gw[k]/n + l2*m.w[k])
		}
	}
	return m
}

// TestFitLogistic: on points split by x0 + x1 > 1 the fit separates them,
// and its loss is below the constant model's.
func TestFitLogistic(t *testing.T) {
	var x [][]float64
	var y []bool
	for i := range 20 {
		for j := range 20 {
			a, b := float64(i)/19, float64(j)/19
			x = append(x, []float64{a, b, 7}) // a constant feature must not break the fit
			y = append(y, a+b > 1)
		}
	}
	m := fitLogistic(x, y, 1e-3, 2000, 0.5)
	wrong := 0
	for i := range x {
		if (m.p(x[i]) >= 0.5) != y[i] {
			wrong++
		}
	}
	if wrong > 10 {
		t.Errorf("%d of %d points on the wrong side", wrong, len(x))
	}
	if l, c := m.loss(x, y), constLoss(y); l >= c/2 {
		t.Errorf("loss %.3f, constant model %.3f", l, c)
	}
	if got := fmt.Sprint(overlap([]string{"a", "b", "b"}, []string{"b", "c", "d"})); got != "0.5 1" {
		t.Errorf("overlap = %s, want 0.5 1", got)
	}
	if v, n := overlap(nil, []string{"a"}); v != -1 || n != 0 {
		t.Errorf("overlap with an empty set = %v %d, want -1 0", v, n)
	}
}

// TestCoverFeatures: the later text holds the earlier one's headline and
// opening whole, but not the reverse; and the figures are found anywhere
// in the texts, not in the openings only.
func TestCoverFeatures(t *testing.T) {
	c := New(DefaultConfig())
	t0 := time.Date(2026, 1, 4, 9, 0, 0, 0, time.UTC)
	a := &Prepared{Doc: Doc{Time: t0, Title: strings.Fields("افتتاح جسر النهر"), Lead: strings.Fields("افتتح الوزير جسر النهر الجديد"),
		Body: strings.Fields("بطول 1200 متر")}}
	b := &Prepared{Doc: Doc{Time: t0.Add(time.Hour), Title: strings.Fields("الوزير يفتتح جسرا"), Lead: strings.Fields("قال مكتب الوزير"),
		Body: strings.Fields("افتتاح جسر النهر افتتح الوزير جسر النهر الجديد بكلفة 40 مليونا وطول 1200 متر")}}
	for _, d := range []*Prepared{a, b} {
		c.vectors(&d.Doc) // the terms' document counts, for their IDF
	}
	f := coverFeatures(c, a, b)
	const tAB, tBA, lAB, lBA, figs, noFigs = 3, 4, 5, 6, 9, 10
	if f[lAB] != 1 || f[lBA] >= 1 || f[lBA] <= 0 {
		t.Errorf("opening cover = %.2f (earlier in later), %.2f (later in earlier); want 1 and between 0 and 1", f[lAB], f[lBA])
	}
	if f[tAB] != 1 {
		t.Errorf("headline cover of the earlier in the later = %.2f, want 1", f[tAB])
	}
	if f[figs] != 1 || f[noFigs] != 0 {
		t.Errorf("figures shared = %.2f (none %.0f), want 1 (1200 in both bodies)", f[figs], f[noFigs])
	}
	if g := coverFeatures(c, b, a); !slices.Equal(f, g) {
		t.Errorf("the features depend on the order of the arguments:\n%v\n%v", f, g)
	}
}
