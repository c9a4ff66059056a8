package story

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
)

// roughRoot reduces a normalized Arabic word to a rough consonantal root:
// clitics and inflections off, the derivational prefixes of the verb forms
// (است، ا، ت، ن، م) and the long vowels inside dropped, the ت of form VIII
// taken out. It is crude — مجتمع (society) and اجتماع (meeting) meet — but a
// verb and its masdar meet too (يستبعد، إبعاد → بعد), which the light stemmer
// keeps apart.
func roughRoot(w string) string {
	r := []rune(w)
	has := func(p string) bool { return strings.HasPrefix(string(r), p) }
	ends := func(s string) bool { return strings.HasSuffix(string(r), s) }
	// التقى، التحق: form VIII verbs whose ا and ل look like the article.
	verb8 := len(r) == 5 && has("الت") && (r[4] == 'ى' || r[4] == 'ي' || r[4] == 'ق')
	for _, p := range []string{"وال", "فال", "بال", "كال", "لل", "ال"} {
		if !verb8 && has(p) && len(r)-len([]rune(p)) >= 3 {
			r = r[len([]rune(p)):]
			break
		}
	}
	if len(r) >= 5 && (r[0] == 'و' || r[0] == 'ف') {
		r = r[1:]
	}
	for _, p := range []string{"يست", "تست", "نست", "است", "مست"} {
		if has(p) && len(r)-3 >= 3 {
			r = r[3:]
			break
		}
	}
	for _, s := range []string{"اتها", "هما", "تها", "ون", "ين", "ان", "ات", "وا", "ها", "هم", "يه", "ه", "ي", "ت", "ا"} {
		if ends(s) && len(r)-len([]rune(s)) >= 3 {
			r = r[:len(r)-len([]rune(s))]
			break
		}
	}
	// Form VIII (افتعل، يفتعل، مفتعل): its prefix and the ت after the
	// first radical go.
	if len(r) >= 5 && strings.ContainsRune("ايتنم", r[0]) && r[2] == 'ت' {
		r = append(r[1:2:2], r[3:]...)
	} else if len(r) >= 4 {
		switch r[0] {
		case 'ي', 'ت', 'ن', 'ا', 'م':
			r = r[1:]
		}
	}
	out := r[:1:1]
	for _, c := range r[1:] {
		switch c {
		case 'ا', 'و', 'ي', 'ى', 'ء':
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// headline is a headline read for who did what: its content words'
// rough roots, and the roots of the words that are not part of a name
// (the predicate: what happened) apart from those in one (who).
type headline struct {
	roots, pred, who map[string]bool
}

func readHeadline(title string, names []string) headline {
	h := headline{roots: map[string]bool{}, pred: map[string]bool{}, who: map[string]bool{}}
	inName := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			inName[w] = true
		}
	}
	for _, t := range arabic.Analyze(title) {
		if t.Term == "" || t.Kind != arabic.Word {
			continue
		}
		root := roughRoot(t.Norm)
		h.roots[root] = true
		if inName[t.Term] {
			h.who[t.Term] = true
		} else {
			h.pred[root] = true
		}
	}
	return h
}

// roleFeatures compare two headlines' roots and roles, and how much of
// each headline's roots the other's whole text holds. df counts roots over
// the corpus's texts (n of them).
func roleFeatures(ha, hb headline, ta, tb map[string]bool, df map[string]int, n int) []float64 {
	w := func(r string) float64 { return math.Log(float64(n+1)/float64(df[r]+1)) + 1 }
	share := func(a, b map[string]bool) (float64, int) {
		var all, got float64
		k := 0
		for r := range a {
			all += w(r)
			if b[r] {
				got += w(r)
				k++
			}
		}
		for r := range b {
			if !a[r] {
				all += w(r)
			}
		}
		if all == 0 {
			return -1, 0
		}
		return got / all, k
	}
	cover := func(a, in map[string]bool) float64 {
		var all, got float64
		for r := range a {
			all += w(r)
			if in[r] {
				got += w(r)
			}
		}
		if all == 0 {
			return 0
		}
		return got / all
	}
	roots, nRoots := share(ha.roots, hb.roots)
	pred, nPred := share(ha.pred, hb.pred)
	who, nWho := share(ha.who, hb.who)
	cAB, cBA := cover(ha.roots, tb), cover(hb.roots, ta)
	cosine := func(a, b map[string]bool) float64 {
		var na, nb, d float64
		for r := range a {
			na += w(r) * w(r)
			if b[r] {
				d += w(r) * w(r)
			}
		}
		for r := range b {
			nb += w(r) * w(r)
		}
		if na == 0 || nb == 0 {
			return 0
		}
		return d / math.Sqrt(na*nb)
	}
	rcos := cosine(ta, tb)
	if os.Getenv("KHABAR_CEILING_ROLES") == "cos" {
		return []float64{rcos, math.Sqrt(rcos), cosine(ha.roots, hb.roots)}
	}
	return []float64{
		rcos, math.Sqrt(rcos), cosine(ha.roots, hb.roots),
		max(roots, 0), float64(nRoots) / 3, max(pred, 0), float64(nPred) / 3, none(pred),
		max(who, 0), none(who), float64(nWho) / 2,
		b2f(nPred > 0 && nWho > 0), b2f(nPred > 0 && who == 0),
		min(cAB, cBA), max(cAB, cBA),
	}
}

// textRoots is the set of rough roots of a text's words.
func textRoots(s string) map[string]bool {
	m := map[string]bool{}
	for _, t := range arabic.Analyze(s) {
		if t.Term != "" && t.Kind == arabic.Word {
			m[roughRoot(t.Norm)] = true
		}
	}
	return m
}

func TestRoughRoot(t *testing.T) {
	root := func(w string) string { return roughRoot(arabic.Normalize(w, arabic.Search)) }
	// A verb, its masdar and its participles meet.
	for _, g := range [][]string{
		{"يستبعد", "إبعاد", "استبعاد"},
		{"اجتماع", "يجتمع", "المجتمعون"},
		{"مقتل", "قتل", "يقتلون"},
		{"افتتاح", "يفتتح", "افتتحت", "فتح"},
		{"زيارة", "يزور"},
		{"إصابة", "أصيب"},
		{"انتخاب", "انتخابات", "ينتخب"},
	} {
		for _, w := range g[1:] {
			if root(w) != root(g[0]) {
				t.Errorf("%s → %s, %s → %s: one root", g[0], root(g[0]), w, root(w))
			}
		}
	}
	// Others stay apart: killing is not saying, nor meeting opening.
	for _, p := range [][2]string{{"يقتلون", "قال"}, {"اجتماع", "افتتاح"}, {"زيارة", "إصابة"}} {
		if root(p[0]) == root(p[1]) {
			t.Errorf("%s and %s both → %s", p[0], p[1], root(p[0]))
		}
	}
}
