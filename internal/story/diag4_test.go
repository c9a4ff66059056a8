package story

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
)

func normWords(s string) []string {
	var w []string
	for _, t := range arabic.Analyze(s) {
		if t.Norm != "" {
			w = append(w, t.Norm)
		}
	}
	return w
}

func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// wlcs is the IDF mass of a's words in the weighted LCS of a and b, over a's mass.
func wlcs(a, b []string, idf func(string) float64) float64 {
	prev := make([]float64, len(b)+1)
	cur := make([]float64, len(b)+1)
	tot := 0.0
	for i := 1; i <= len(a); i++ {
		wi := idf(a[i-1])
		tot += wi
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + wi
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	if tot == 0 {
		return 0
	}
	return prev[len(b)] / tot
}

// nums are the distinct numbers of a text, years and numbers under 10 left out.
func nums(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range arabic.Analyze(s) {
		if t.Kind != arabic.Number {
			continue
		}
		n, err := strconv.ParseFloat(t.Norm, 64)
		if err != nil || n < 10 || (n >= 1400 && n <= 1440) || (n >= 1990 && n <= 2030) {
			continue
		}
		out[t.Norm] = true
	}
	return out
}

func head(w []string, n int) []string { return w[:min(n, len(w))] }

// TestCorpusFeatures dumps pair features as JSON lines (KHABAR_DIAG=1) for
// offline study; both halves, marked.
func TestCorpusFeatures(t *testing.T) {
	arts, pairs, idx := diagCorpus(t)
	df := map[string]int{}
	for _, a := range arts {
		seen := map[string]bool{}
		for _, w := range normWords(a.Text) {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	idf := func(w string) float64 { return math.Log(float64(len(arts)+1) / float64(df[w]+1)) }
	out, _ := os.Create(os.Getenv("KHABAR_DIAG_OUT"))
	defer out.Close()
	enc := json.NewEncoder(out)
	for _, p := range pairs {
		na, _ := fetch.NormalizeURL(p.A)
		nb, _ := fetch.NormalizeURL(p.B)
		a, b := arts[idx[na]], arts[idx[nb]]
		wa, wb := normWords(a.Text), normWords(b.Text)
		ta, tb := normWords(a.Title), normWords(b.Title)
		f := map[string]any{"pair": p.Pair, "rel": p.Relation, "conf": p.Confidence,
			"dt": b.Published.Sub(a.Published).Hours(), "na": len(wa), "nb": len(wb)}
		for _, k := range []int{1, 2, 3, 4, 6} {
			sa, sb := dedup.Shingles(wa, k), dedup.Shingles(wb, k)
			f[fmt.Sprintf("c%d", k)] = dedup.Containment(sa, sb)
			f[fmt.Sprintf("j%d", k)] = dedup.Resemblance(sa, sb)
		}
		for _, k := range []int{20, 40, 80} {
			x := max(lcs(head(wa, k), head(wb, 2*k)), lcs(head(wb, k), head(wa, 2*k)))
			f[fmt.Sprintf("lead%d", k)] = float64(x) / float64(max(1, min(k, len(wa), len(wb))))
		}
		for _, k := range []int{40, 80} {
			x := max(wlcs(head(wa, k), head(wb, 2*k), idf), wlcs(head(wb, k), head(wa, 2*k), idf))
			f[fmt.Sprintf("wlead%d", k)] = x
		}
		la, lb := head(wa, 600), head(wb, 600)
		f["lcs"] = float64(lcs(la, lb)) / float64(max(1, min(len(la), len(lb))))
		ma, mb := nums(a.Text), nums(b.Text)
		sh := 0
		for x := range ma {
			if mb[x] {
				sh++
			}
		}
		f["numA"], f["numB"], f["numShared"] = len(ma), len(mb), sh
		f["tj"] = dedup.Resemblance(dedup.Shingles(ta, 1), dedup.Shingles(tb, 1))
		enc.Encode(f)
	}
}
