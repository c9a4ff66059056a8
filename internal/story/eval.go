package story

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Pair is one labelled pair of ../shared/data/story-pairs-*.jsonl.
type Pair struct {
	Pair       int    `json:"pair"`
	A          string `json:"a_url"`
	B          string `json:"b_url"`
	Relation   string `json:"relation"`   // copy, same_story, related, unrelated
	Confidence string `json:"confidence"` // high, low
}

// ReadPairs reads labelled pairs, one JSON object a line.
func ReadPairs(r io.Reader) ([]Pair, error) {
	var out []Pair
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
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
		switch p.Relation {
		case "copy", "same_story", "related", "unrelated":
		default:
			return nil, fmt.Errorf("story: read pairs: line %d: unknown relation %q", line, p.Relation)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("story: read pairs: %w", err)
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

// String is the report as `khabar eval stories` prints it.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pairs: %d (%d with an article not found)\n", r.Pairs, r.Missing)
	fmt.Fprintf(&b, "same story, all:  %s\n", r.Same)
	fmt.Fprintf(&b, "same story, high: %s\n", r.SameHigh)
	fmt.Fprintf(&b, "copy, all:        %s\n", r.Copy)
	fmt.Fprintf(&b, "copy, high:       %s\n", r.CopyHigh)
	return b.String()
}
