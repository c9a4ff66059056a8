package story

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
)

// Fresh labelled pairs. The dev pairs have tuned the engine for twenty
// sessions, their held-out half seen in every sweep's figures; a set drawn
// and labelled anew, that no rule has seen, says what the engine does on
// pairs it has never met. TestDrawPairs draws such a set the way the dev
// pairs were drawn (two outlets, within two days, the dev pairs' mix of
// TF-IDF cosine bands), writes it in batches for annotators who see neither
// the engine nor the cosine, and keeps the key apart; TestMergeLabels joins
// the annotators' labels to the key. Texts stay outside the repository: the
// batches are written where KHABAR_DRAW_PAIRS says.

// labelGuide is what annotators are given: the dev pairs' definitions
// (../shared/data/story-pairs-README.md) and three notes on their use.
const labelGuide = `# Labelling pairs of Arabic news articles

Each pair is two articles from two different outlets, published within two days of each
other. Read both (title, outlet, time and text; long texts are cut after 350 words, the word
count in all is given) and give the pair ONE relation and ONE confidence:

- copy — essentially the same text: a wire-agency copy (often SPA, واس) or a republished
  article, possibly with another headline, small edits, cuts or additions.
- same_story — different write-ups of the same specific event or development (the same
  attack, announcement, meeting, match, decision, statement, report release): an aggregator
  should show them under one story.
- related — the same broader topic or ongoing situation, but a different event or
  development (two condolence calls after one bombing; a killing and the later arrest).
- unrelated — different topics.

confidence is high or low; low marks the borderline cases (a preview and the match report,
two meetings of one visit, a press release heavily rewritten).

Notes:
- copy is about the TEXT: the body is the same text (same sentences, in the same order,
  perhaps cut, perhaps with a paragraph added or some words changed). Two texts that report
  one event in different words are same_story, not copy, however alike their facts.
- same_story is about the EVENT: one specific happening, announcement or statement. Same
  topic but another day's development, another meeting, another match, another statement:
  related.
- Judge each pair on its own; there is no target mix of labels.

Write one JSON object a line: {"pair": N, "relation": "...", "confidence": "...", "why": "..."}
`

// drawKey is one drawn pair as the key file holds it.
type drawKey struct {
	Pair    int     `json:"pair"`
	A       string  `json:"a_url"`
	B       string  `json:"b_url"`
	Cos     float64 `json:"cos"`
	DevPair int     `json:"dev_pair,omitempty"` // a dev pair mixed in blind
	Batch   int     `json:"batch"`
}

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%s=%q: not a whole number", name, s)
	}
	return n
}

// tfidf is the plain TF-IDF cosine the pairs are banded by: 1 + log tf
// times log N/df over the analyzed terms of headline and text, as the
// engine's unit vectors (vec) without its boosts and derived terms.
type tfidf []vec

func newTFIDF(arts []*news.Article) tfidf {
	vocab := map[string]uint32{}
	counts := make([]map[uint32]float64, len(arts))
	var df []int
	for i, a := range arts {
		m := map[uint32]float64{}
		for _, w := range arabic.Terms(a.Title + "\n" + a.Text) {
			id, ok := vocab[w]
			if !ok {
				id = uint32(len(vocab))
				vocab[w] = id
				df = append(df, 0)
			}
			if m[id] == 0 {
				df[id]++
			}
			m[id]++
		}
		counts[i] = m
	}
	v := make(tfidf, len(arts))
	n := float64(len(arts))
	for i, m := range counts {
		x := make(vec, 0, len(m))
		for id, c := range m {
			x = append(x, tw{id, float32((1 + math.Log(c)) * math.Log(n/float64(df[id])))})
		}
		slices.SortFunc(x, func(a, b tw) int { return cmp.Compare(a.t, b.t) })
		v[i] = x.normalize()
	}
	return v
}

func (v tfidf) cos(i, j int) float64 { return dot(v[i], v[j]) }

// TestDrawPairs draws KHABAR_DRAW_N pairs (480) into KHABAR_DRAW_PAIRS:
// batches/batchK.txt for annotators (KHABAR_DRAW_BATCHES of them, 8),
// key.jsonl for the one who scores, GUIDE.md. KHABAR_DRAW_SEED (1),
// KHABAR_DRAW_FIRST (the first pair number, 1), KHABAR_DRAW_EXCLUDE (pair
// files whose articles are left out, comma-separated; the dev pairs'
// always are) and KHABAR_DRAW_DEV (dev pairs mixed in blind to measure
// agreement, 0).
func TestDrawPairs(t *testing.T) {
	out := os.Getenv("KHABAR_DRAW_PAIRS")
	if out == "" {
		t.Skip("set KHABAR_DRAW_PAIRS to a folder outside the repository to draw pairs")
	}
	want, seed := envInt(t, "KHABAR_DRAW_N", 480), envInt(t, "KHABAR_DRAW_SEED", 1)
	batches, first, devMix := envInt(t, "KHABAR_DRAW_BATCHES", 8), envInt(t, "KHABAR_DRAW_FIRST", 1), envInt(t, "KHABAR_DRAW_DEV", 0)
	arts := loadCorpus(t)
	dev := loadPairs(t)
	byURL := map[string]int{}
	for i, a := range arts {
		byURL[a.URL] = i
	}
	index := func(p Pair) (int, int) {
		na, _ := fetch.NormalizeURL(p.A)
		nb, _ := fetch.NormalizeURL(p.B)
		i, ok1 := byURL[na]
		j, ok2 := byURL[nb]
		if !ok1 || !ok2 {
			t.Fatalf("pair %d: an article is not in the corpus", p.Pair)
		}
		return i, j
	}
	v := newTFIDF(arts)
	band := func(c float64) int { return min(int(c*10), 9) }
	used := map[int]bool{}
	devBands := make([]int, 10)
	for _, p := range dev {
		i, j := index(p)
		used[i], used[j] = true, true
		devBands[band(v.cos(i, j))]++
	}
	for _, path := range strings.FieldsFunc(os.Getenv("KHABAR_DRAW_EXCLUDE"), func(r rune) bool { return r == ',' }) {
		for _, p := range readPairFile(t, path) {
			i, j := index(p)
			used[i], used[j] = true, true
		}
	}
	quota := make([]int, 10)
	for b := range quota {
		quota[b] = int(math.Round(float64(devBands[b]) * float64(want) / float64(len(dev))))
	}
	t.Logf("dev pairs by cosine band (tenths): %v; quota: %v", devBands, quota)
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	long := func(i int) bool { return len(strings.Fields(arts[i].Text)) >= 40 }
	var keys []drawKey
	filled := make([]int, 10)
	for _, i := range rng.Perm(len(arts)) {
		if used[i] || !long(i) {
			continue
		}
		if slices.Equal(filled, quota) {
			break
		}
		// Each anchor gives one pair, in the band most short of its quota
		// among those its partners reach: every article at most once.
		var cands [10][]int
		for j := range arts {
			d := arts[j].Published.Sub(arts[i].Published)
			if j == i || used[j] || arts[j].SourceName == arts[i].SourceName || d < -48*time.Hour || d > 48*time.Hour || !long(j) {
				continue
			}
			b := band(v.cos(i, j))
			cands[b] = append(cands[b], j)
		}
		best, short := -1, 0.0
		for b := range quota {
			if filled[b] < quota[b] && len(cands[b]) > 0 {
				if s := 1 - float64(filled[b])/float64(quota[b]); s > short {
					best, short = b, s
				}
			}
		}
		if best < 0 {
			continue
		}
		j := cands[best][rng.IntN(len(cands[best]))]
		used[i], used[j] = true, true
		filled[best]++
		keys = append(keys, drawKey{A: arts[i].URL, B: arts[j].URL, Cos: v.cos(i, j)})
	}
	t.Logf("drawn by band: %v (%d pairs)", filled, len(keys))
	for _, k := range rng.Perm(len(dev))[:min(devMix, len(dev))] {
		i, j := index(dev[k])
		keys = append(keys, drawKey{A: arts[i].URL, B: arts[j].URL, Cos: v.cos(i, j), DevPair: dev[k].Pair})
	}
	rng.Shuffle(len(keys), func(a, b int) { keys[a], keys[b] = keys[b], keys[a] })
	if err := writeDraw(out, arts, byURL, keys, batches, first); err != nil {
		t.Fatal(err)
	}
}

// writeDraw writes the batches, the key and the guide.
func writeDraw(out string, arts []*news.Article, byURL map[string]int, keys []drawKey, batches, first int) error {
	if err := os.MkdirAll(filepath.Join(out, "batches"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "GUIDE.md"), []byte(labelGuide), 0o644); err != nil {
		return err
	}
	var key strings.Builder
	per := (len(keys) + batches - 1) / batches
	zone := time.FixedZone("AST", 3*3600)
	for b := range batches {
		var s strings.Builder
		for k := b * per; k < min(len(keys), (b+1)*per); k++ {
			kk := &keys[k]
			kk.Pair, kk.Batch = first+k, b+1
			x, y := arts[byURL[kk.A]], arts[byURL[kk.B]]
			if x.Published.After(y.Published) {
				x, y = y, x
			}
			fmt.Fprintf(&s, "=================== PAIR %d ===================\n", kk.Pair)
			for n, a := range []*news.Article{x, y} {
				words := strings.Fields(a.Text)
				text := a.Text
				if len(words) > 350 {
					text = cutWords(a.Text, 350) + " …"
				}
				fmt.Fprintf(&s, "--- %s: %s, %s (%d words in all)\nTITLE: %s\n%s\n\n", []string{"A", "B"}[n], a.SourceName,
					a.Published.In(zone).Format("2006-01-02 15:04"), len(words), a.Title, text)
			}
			line, err := json.Marshal(kk)
			if err != nil {
				return err
			}
			key.Write(line)
			key.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(out, "batches", fmt.Sprintf("batch%d.txt", b+1)), []byte(s.String()), 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(out, "key.jsonl"), []byte(key.String()), 0o644)
}

// cutWords is s up to the end of its n-th word, its line breaks kept.
func cutWords(s string, n int) string {
	inWord, count := false, 0
	for i, r := range s {
		space := r == ' ' || r == '\n' || r == '\t' || r == '\r'
		if inWord && space {
			if count == n {
				return s[:i]
			}
		}
		if !inWord && !space {
			count++
		}
		inWord = !space
	}
	return s
}

// TestMergeLabels joins KHABAR_MERGE_LABELS/key.jsonl with the annotators'
// KHABAR_MERGE_LABELS/labels/*.jsonl into pairs.jsonl (the dev pairs' format,
// for KHABAR_EVAL_PAIRS), and reports the annotators' agreement with the dev
// labels on the dev pairs mixed in.
func TestMergeLabels(t *testing.T) {
	dir := os.Getenv("KHABAR_MERGE_LABELS")
	if dir == "" {
		t.Skip("set KHABAR_MERGE_LABELS to a drawn folder with labels/")
	}
	keys := map[int]drawKey{}
	data, err := os.ReadFile(filepath.Join(dir, "key.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var k drawKey
		if err := json.Unmarshal([]byte(line), &k); err != nil {
			t.Fatalf("key.jsonl line %d: %v", n+1, err)
		}
		keys[k.Pair] = k
	}
	labels := map[int]Pair{}
	files, _ := filepath.Glob(filepath.Join(dir, "labels", "*.jsonl"))
	for _, f := range files {
		// The annotators' lines carry no URLs: they are the key's.
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			var p Pair
			if err := json.Unmarshal([]byte(line), &p); err != nil {
				t.Fatalf("%s line %d: %v", f, n+1, err)
			}
			if err := p.checkLabel(); err != nil {
				t.Fatalf("%s line %d: %v", f, n+1, err)
			}
			if _, ok := keys[p.Pair]; !ok {
				t.Fatalf("%s: pair %d is in no key", f, p.Pair)
			}
			if _, dup := labels[p.Pair]; dup {
				t.Fatalf("%s: pair %d labelled twice", f, p.Pair)
			}
			labels[p.Pair] = p
		}
	}
	devBy := map[int]Pair{}
	for _, p := range loadPairs(t) {
		devBy[p.Pair] = p
	}
	var out strings.Builder
	same, rel, n := 0, 0, 0
	positive := func(r string) bool { return r == "copy" || r == "same_story" }
	nums := make([]int, 0, len(keys))
	for num := range keys {
		nums = append(nums, num)
	}
	slices.Sort(nums)
	for _, num := range nums {
		k := keys[num]
		l, ok := labels[num]
		if !ok {
			t.Errorf("pair %d has no label", num)
			continue
		}
		if k.DevPair != 0 {
			d := devBy[k.DevPair]
			n++
			if positive(d.Relation) == positive(l.Relation) {
				same++
			}
			if d.Relation == l.Relation {
				rel++
			}
			continue
		}
		line, _ := json.Marshal(Pair{Pair: num, A: k.A, B: k.B, Relation: l.Relation, Confidence: l.Confidence})
		out.Write(line)
		out.WriteByte('\n')
	}
	if n > 0 {
		t.Logf("agreement with the dev labels on %d dev pairs: same story or not %d, relation %d", n, same, rel)
	}
	if err := os.WriteFile(filepath.Join(dir, "pairs.jsonl"), []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// The same set by key, to commit in testdata/pairs (keyedpairs_test.go).
	merged, err := ReadPairs(strings.NewReader(out.String()))
	if err != nil {
		t.Fatal(err)
	}
	var keyed strings.Builder
	if err := writeKeyed(&keyed, merged); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pairs.keyed.jsonl"), []byte(keyed.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
