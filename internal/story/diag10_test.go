package story

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/tag"
)

// tagStat is what a name or topic tag came to over the corpus.
type tagStat struct {
	name, kind       string
	docs, inTitle, n int
	bySource         map[int64]int // articles by source
}

// corpusTags tags the corpus in publication order, as the engine does, and
// counts each tag readers are shown (tag.Shown) by key, under the name it
// was last shown as.
func corpusTags(arts []*news.Article) map[string]*tagStat {
	SortByPublication(arts)
	tg := tag.New(tag.DefaultConfig())
	stats := map[string]*tagStat{}
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
				s = &tagStat{name: g.Name, kind: g.Kind, bySource: map[int64]int{}}
				stats[g.Key] = s
			}
			s.name = g.Name // the name the key is shown as last
			s.docs++
			s.bySource[a.SourceID]++
			s.n += g.N
			if strings.Contains(tj, " "+strings.TrimPrefix(g.Key, "t:")+" ") {
				s.inTitle++
			}
		}
	}
	return stats
}

// TestCorpusTagDiag prints every name and topic tag given over the corpus
// with the number of articles it tagged and how many of them hold it in
// the headline (KHABAR_DIAG=1, KHABAR_DIAG_OUT=file), each under the name
// it was last shown as.
func TestCorpusTagDiag(t *testing.T) {
	arts, _, _ := diagCorpus(t)
	var all []*tagStat
	for _, s := range corpusTags(arts) {
		all = append(all, s)
	}
	slices.SortFunc(all, func(a, b *tagStat) int { return b.docs - a.docs })
	out, _ := os.Create(os.Getenv("KHABAR_DIAG_OUT"))
	defer out.Close()
	for _, s := range all {
		top := 0
		for _, n := range s.bySource {
			top = max(top, n)
		}
		fmt.Fprintf(out, "%s\t%d\t%d\t%.3f\t%s\t%.3f\n", s.kind, s.docs, s.inTitle, float64(s.inTitle)/float64(s.docs), s.name, float64(top)/float64(s.docs))
	}
}

// TestCorpusTags: over the whole corpus, readers see whole names, not the
// cuts, set phrases and first names session 16 found shown in tens to
// hundreds of articles, and the full names those stood for. The floors
// are about four fifths of what session 16 measured (151, 164 and 1,942
// articles): a guard against the rules coming undone, not a target.
func TestCorpusTags(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole corpus: not in -short")
	}
	arts := slices.Clone(loadCorpus(t))
	byName := map[string]int{}
	for _, s := range corpusTags(arts) {
		byName[s.kind+" "+s.name] += s.docs
	}
	for name, least := range map[string]int{
		"name سلمان بن عبد العزيز":   120,
		"name عبد ربه منصور":         130,
		"name خادم الحرمين الشريفين": 1500,
		"topic الأحساء":              100,
		"name الأرصاد وحماية البيئة": 120, // 160 in session 17
		// A noun in construct before a name (session 18): 378, 214 and
		// 354 since; 0 before, shown as «الفطر المبارك», «العمال
		// الكردستاني» and «ولي العهد» (another office).
		"name عيد الفطر المبارك":     300,
		"name حزب العمال الكردستاني": 150,
		"name ولي ولي العهد":         250,
	} {
		if byName[name] < least {
			t.Errorf("%s: shown in %d articles, want at least %d", name, byName[name], least)
		}
	}
	// A cut of «عبد ربه منصور», a father's name or a first name alone, set
	// phrases with a verb, a name cut after «ب», a keyphrase with «ب» glued
	// on, a name read over a number, set phrases with a possessed noun.
	for _, name := range []string{"name ربه منصور", "name الفتاح السيسي", "name عبد العزيز", "name عبد الرحمن",
		"name يتعين على", "name تنطبق شروط", "name كرة القدم بنادي", "name أودت بحياة", "topic بالأحساء",
		// Over a number (session 17; 143 and 133 articles before).
		"name تاريخ هـ", "name نسبة بالمائة",
		// Holding a noun with a pronoun (session 17; 167, 124 and 55).
		"name ولاة أمرهم", "name أدنى مستوياته", "name مسقط رأسه",
		// Cut after «و» (session 17; 162 and 83), a date (147).
		"name الأرصاد وحماية", "name عادات وتقاليد", "name القعدة المقبل",
		// A feast called «blessed» (session 18; 804 before).
		"name الفطر المبارك"} {
		if n := byName[name]; n > 0 {
			t.Errorf("%s: shown in %d articles", name, n)
		}
	}
	// The outlet عين اليوم signs its reports with its name: shown in 988
	// articles before session 17, 66 since (those tagged before the learner
	// had counted who names it).
	if n := byName["name عين اليوم"]; n > 100 {
		t.Errorf("name عين اليوم, one outlet's own: shown in %d articles, want at most 100", n)
	}
	// Heads of longer names (tag.readOn): 268 and 65 articles before
	// session 17, 17 and 14 since (those tagged before the learner had
	// counted what follows them). «عبدربه منصور», always read on into
	// «هادي», is a name: 125 articles (session 17).
	// Measures, read after a number (session 18): 374, 344, 217, 200, 175
	// and 110 articles before; 56, 44, 11, 11, 0 and 11 since (those
	// tagged before the learner had counted them).
	for name, most := range map[string]int{"name رئيس مجلس": 50, "name سمو ولي": 30,
		"name مليار دولار": 80, "name ملياري ريال": 80, "name متر مربع": 30, "name جنيه استرليني": 30,
		"name توقيت جرينتش": 30, "name درجة مئوية": 30} {
		if n := byName[name]; n > most {
			t.Errorf("%s: shown in %d articles, want at most %d", name, n, most)
		}
	}
	// Since session 25 both its spellings are shown as the more frequent,
	// «عبد ربه منصور» (tag.oneSpelling): 305 articles, and none as the
	// other.
	if n := byName["name عبد ربه منصور"]; n < 250 {
		t.Errorf("name عبد ربه منصور: shown in %d articles, want at least 250", n)
	}
	if n := byName["name عبدربه منصور"]; n > 10 {
		t.Errorf("name عبدربه منصور: shown in %d articles, want it shown as «عبد ربه منصور»", n)
	}
}
