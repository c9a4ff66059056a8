package story

import (
	"slices"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/tag"
)

// TestPartsMatchButAreNotShown: a cut of a name («بن عبدالعزيز») counts
// among the names an article is matched to stories on, but is not among
// the tags readers see.
func TestPartsMatchButAreNotShown(t *testing.T) {
	e := NewEngine(DefaultConfig(), dedup.DefaultConfig())
	e.Tagger = tag.New(tag.Config{MinCount: 3, MinAssoc: 0.35, Relearn: 12, MaxTopics: 3, MaxNames: 5, MinSources: 3})
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	var id int64
	add := func(title string) Result {
		id++
		return e.Add(&news.Article{ID: id, SourceID: id % 4, Title: title, Text: title, Published: t0.Add(time.Duration(id) * time.Hour)})
	}
	for _, s := range []string{"استقبل الأمير فهد بن عبدالعزيز الوفد", "زار الأمير سلطان بن عبدالعزيز المعرض",
		"افتتح الأمير نايف بن عبدالعزيز المركز", "وجه الأمير مقرن بن عبدالعزيز بالمتابعة"} {
		for range 3 {
			add(s)
		}
	}
	id++
	p := e.Prepare(&news.Article{ID: id, SourceID: 1, Title: "رعى الأمير متعب بن عبدالعزيز الحفل", Published: t0.Add(100 * time.Hour)})
	cut := "بن عبدالعزيز"
	var key string
	for _, g := range p.Tags {
		if g.Name == cut && g.Part {
			key = g.Key
		}
	}
	if key == "" {
		t.Fatalf("tags %v: no part «%s» learned", p.Tags, cut)
	}
	if !slices.Contains(p.Doc.Names, key) {
		t.Errorf("names matched on %q lack the part %q", p.Doc.Names, key)
	}
	if slices.Contains(p.Doc.Tags, cut) {
		t.Errorf("story tags %q hold the part «%s»", p.Doc.Tags, cut)
	}
	r := e.Assign(p)
	if slices.ContainsFunc(r.Tags, func(g tag.Tag) bool { return g.Name == cut }) {
		t.Errorf("article tags %v hold the part «%s»", r.Tags, cut)
	}
}

// TestOutletNameIsNoTagOfItsOwn: the name of an article's own outlet (its
// dateline) is not shown as a tag of that article, while another outlet
// naming it (the region «الشرق الأوسط», the paper quoted) keeps the tag.
func TestOutletNameIsNoTagOfItsOwn(t *testing.T) {
	e := NewEngine(DefaultConfig(), dedup.DefaultConfig())
	e.Tagger = tag.New(tag.Config{MinCount: 3, MinAssoc: 0.35, Relearn: 12, MaxTopics: 3, MaxNames: 5, MinSources: 3})
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	var id int64
	add := func(source int64, name, title string) *Prepared {
		id++
		return e.Prepare(&news.Article{ID: id, SourceID: source, SourceName: name, Title: title, Text: title,
			Published: t0.Add(time.Duration(id) * time.Hour)})
	}
	for _, s := range []string{"السلام في الشرق الأوسط يتقدم", "جولة الوزير في الشرق الأوسط", "أسعار النفط في الشرق الأوسط ترتفع", "الشرق الأوسط يترقب الاتفاق"} {
		for src := int64(1); src <= 4; src++ {
			add(src, "صحيفة", s)
		}
	}
	const region = "الشرق الأوسط"
	shown := func(p *Prepared) bool { return slices.Contains(p.Doc.Tags, region) }
	if p := add(2, "الوطن", "قمة الشرق الأوسط تبدأ"); !shown(p) {
		t.Fatalf("tags %v lack «%s»: the test learned no name", p.Tags, region)
	}
	if p := add(5, region, "قال مصدر لـ الشرق الأوسط إن القمة تبدأ"); shown(p) {
		t.Errorf("an article of «%s» is tagged with its own name: %v", region, p.Doc.Tags)
	}
}
