package story

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/tag"
)

// TestCorpusTagDiag prints every name and topic tag given over the corpus
// with the number of articles it tagged and how many of them hold it in
// the headline (KHABAR_DIAG=1, KHABAR_DIAG_OUT=file), each under the name
// it was last shown as.
func TestCorpusTagDiag(t *testing.T) {
	arts, _, _ := diagCorpus(t)
	SortByPublication(arts)
	tg := tag.New(tag.DefaultConfig())
	type st struct {
		name, kind       string
		docs, inTitle, n int
	}
	stats := map[string]*st{}
	for _, a := range arts {
		title, text := arabic.Analyze(a.Title), arabic.Analyze(a.Text)
		var tt []string
		for _, tk := range title {
			if tk.Term != "" && tk.Kind == arabic.Word {
				tt = append(tt, tk.Term)
			}
		}
		tj := " " + strings.Join(tt, " ") + " "
		for _, g := range tag.Shown(tg.Tags(a.SourceID, title, text)) {
			s := stats[g.Key]
			if s == nil {
				s = &st{name: g.Name, kind: g.Kind}
				stats[g.Key] = s
			}
			s.name = g.Name // the name the key is shown as last
			s.docs++
			s.n += g.N
			if strings.Contains(tj, " "+strings.TrimPrefix(g.Key, "t:")+" ") {
				s.inTitle++
			}
		}
	}
	var all []*st
	for _, s := range stats {
		all = append(all, s)
	}
	slices.SortFunc(all, func(a, b *st) int { return b.docs - a.docs })
	out, _ := os.Create(os.Getenv("KHABAR_DIAG_OUT"))
	defer out.Close()
	for _, s := range all {
		fmt.Fprintf(out, "%s\t%d\t%d\t%.3f\t%s\n", s.kind, s.docs, s.inTitle, float64(s.inTitle)/float64(s.docs), s.name)
	}
}
