package story

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
)

// Pair is one labelled pair of ../shared/data/story-pairs-*.jsonl. A set
// kept where the corpus may not be (the repository) names its articles by
// key instead (URLKey), and ResolveKeys finds their URLs.
type Pair struct {
	Pair       int    `json:"pair"`
	A          string `json:"a_url,omitempty"`
	B          string `json:"b_url,omitempty"`
	AKey       string `json:"a_key,omitempty"`
	BKey       string `json:"b_key,omitempty"`
	Relation   string `json:"relation"`   // copy, same_story, related, unrelated
	Confidence string `json:"confidence"` // high, low
}

// URLKey is the key a labelled set names an article by: the first 16 hex
// digits of the SHA-256 of its normalized URL. The URLs of SaudiNewsNet
// hold headlines, and its licence keeps its text out of the repository.
func URLKey(normalizedURL string) string {
	sum := sha256.Sum256([]byte(normalizedURL))
	return hex.EncodeToString(sum[:8])
}

// ResolveKeys gives the pairs named by key the URLs of urls (normalized,
// as stored) that have those keys. A key no URL has is an error naming the
// pair: the set was made from another corpus.
func ResolveKeys(pairs []Pair, urls []string) error {
	byKey := make(map[string]string, len(urls))
	for _, u := range urls {
		byKey[URLKey(u)] = u
	}
	for i := range pairs {
		p := &pairs[i]
		if p.AKey == "" {
			continue
		}
		a, okA := byKey[p.AKey]
		b, okB := byKey[p.BKey]
		if !okA || !okB {
			return fmt.Errorf("story: pair %d: an article key is in no stored URL (a set made from another corpus?)", p.Pair)
		}
		p.A, p.B = a, b
	}
	return nil
}

// Keyed says whether any pair is named by key.
func Keyed(pairs []Pair) bool {
	return slices.ContainsFunc(pairs, func(p Pair) bool { return p.AKey != "" })
}

// checkLabel says whether a pair's relation and confidence are the README's.
func (p Pair) checkLabel() error {
	switch {
	case !slices.Contains([]string{"copy", "same_story", "related", "unrelated"}, p.Relation):
		return fmt.Errorf("unknown relation %q (copy, same_story, related or unrelated)", p.Relation)
	case p.Confidence != "high" && p.Confidence != "low":
		return fmt.Errorf("unknown confidence %q (high or low)", p.Confidence)
	}
	return nil
}

// maxPairLine bounds one line of a pairs file: a pair is two URLs and two
// words.
const maxPairLine = 1 << 20

// ReadPairs reads labelled pairs, one JSON object a line. A line that is
// no pair — bad JSON, a URL missing, a relation or confidence not of the
// README's — is an error naming the line: a typo such as "High" would
// otherwise drop the pair from the high-confidence figures unseen.
func ReadPairs(r io.Reader) ([]Pair, error) {
	var out []Pair
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), maxPairLine)
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var p Pair
		if err := json.Unmarshal([]byte(b), &p); err != nil {
			return nil, fmt.Errorf("story: read pairs: line %d: %w", line, err)
		}
		byURL := strings.TrimSpace(p.A) != "" && strings.TrimSpace(p.B) != ""
		byKey := p.AKey != "" && p.BKey != ""
		if byURL == byKey {
			return nil, fmt.Errorf("story: read pairs: line %d: a_url and b_url are both needed (or a_key and b_key, not both kinds)", line)
		}
		if err := p.checkLabel(); err != nil {
			return nil, fmt.Errorf("story: read pairs: line %d: %w", line, err)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("story: read pairs: line %d: longer than %d bytes", line+1, maxPairLine)
		}
		return nil, fmt.Errorf("story: read pairs: after line %d: %w", line, err)
	}
	return out, nil
}

// PRF is precision, recall and F1 of one binary decision.
type PRF struct {
	TP, FP, FN, TN int
}

// Add counts one decision.
func (p *PRF) Add(want, got bool) {
	switch {
	case want && got:
		p.TP++
	case !want && got:
		p.FP++
	case want && !got:
		p.FN++
	default:
		p.TN++
	}
}

func (p PRF) Precision() float64 { return ratio(p.TP, p.TP+p.FP) }
func (p PRF) Recall() float64    { return ratio(p.TP, p.TP+p.FN) }
func (p PRF) F1() float64        { return ratio(2*p.TP, 2*p.TP+p.FP+p.FN) }

func (p PRF) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d tn %d)", p.Precision(), p.Recall(), p.F1(), p.TP, p.FP, p.FN, p.TN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report scores an engine on labelled pairs, as the pairs' README says.
type Report struct {
	Pairs, Missing int
	Same, SameHigh PRF // positive: copy or same_story
	Copy, CopyHigh PRF // positive: copy
	Errors         []PairError
	judged         []judged // every pair with both articles found, for Intervals
}

// judged is one scored pair: what was wanted, what the engine said.
type judged struct {
	wantSame, wantCopy, same, copy, high bool
}

// PairError is a pair the engine got wrong, for reading.
type PairError struct {
	Pair
	SameStory, Copy bool
}

// Judge says what the engine decided for the articles under two URLs; ok is
// false when either is unknown.
type Judge func(a, b string) (sameStory, copy, ok bool)

// Score evaluates pairs with judge.
func Score(pairs []Pair, judge Judge) Report {
	var r Report
	for _, p := range pairs {
		r.Pairs++
		same, cp, ok := judge(p.A, p.B)
		if !ok {
			r.Missing++
			continue
		}
		wantSame := p.Relation == "copy" || p.Relation == "same_story"
		wantCopy := p.Relation == "copy"
		r.judged = append(r.judged, judged{wantSame, wantCopy, same, cp, p.Confidence == "high"})
		r.Same.Add(wantSame, same)
		r.Copy.Add(wantCopy, cp)
		if p.Confidence == "high" {
			r.SameHigh.Add(wantSame, same)
			r.CopyHigh.Add(wantCopy, cp)
		}
		if wantSame != same || wantCopy != cp {
			r.Errors = append(r.Errors, PairError{Pair: p, SameStory: same, Copy: cp})
		}
	}
	return r
}

// bootstrapRuns is how many times Intervals draws the pairs in a report.
const bootstrapRuns = 1000

// Interval is a range a figure lies in with 95 % confidence.
type Interval struct{ Lo, Hi float64 }

// Intervals are 95 % bootstrap intervals of the four F1 figures (same story
// all and high, copy all and high): the pairs are drawn n times with
// replacement (a fixed seed, so a report reads the same every run) and
// each figure's 2.5th and 97.5th percentiles taken. A few hundred pairs
// leave F1 uncertain by a few points; the interval says how many.
func (r Report) Intervals(n int) [4]Interval {
	var out [4]Interval
	if len(r.judged) == 0 || n <= 0 {
		return out
	}
	rng := rand.New(rand.NewPCG(1, 2))
	f1s := make([][]float64, 4)
	for range n {
		var ps [4]PRF
		for range r.judged {
			j := r.judged[rng.IntN(len(r.judged))]
			ps[0].Add(j.wantSame, j.same)
			ps[2].Add(j.wantCopy, j.copy)
			if j.high {
				ps[1].Add(j.wantSame, j.same)
				ps[3].Add(j.wantCopy, j.copy)
			}
		}
		for i, p := range ps {
			f1s[i] = append(f1s[i], p.F1())
		}
	}
	for i, v := range f1s {
		slices.Sort(v)
		out[i] = Interval{v[int(0.025*float64(n-1)+0.5)], v[int(0.975*float64(n-1)+0.5)]}
	}
	return out
}

// String is the report as `khabar eval stories` prints it.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pairs: %d (%d with an article not found)\n", r.Pairs, r.Missing)
	fmt.Fprintf(&b, "same story, all:  %s\n", r.Same)
	fmt.Fprintf(&b, "same story, high: %s\n", r.SameHigh)
	fmt.Fprintf(&b, "copy, all:        %s\n", r.Copy)
	fmt.Fprintf(&b, "copy, high:       %s\n", r.CopyHigh)
	if len(r.judged) > 0 {
		iv := r.Intervals(bootstrapRuns)
		fmt.Fprintf(&b, "F1, 95%% bootstrap intervals (%d draws of the pairs): same story all %.3f–%.3f, high %.3f–%.3f; copy all %.3f–%.3f, high %.3f–%.3f\n",
			bootstrapRuns, iv[0].Lo, iv[0].Hi, iv[1].Lo, iv[1].Hi, iv[2].Lo, iv[2].Hi, iv[3].Lo, iv[3].Hi)
	}
	return b.String()
}
