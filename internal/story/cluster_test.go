package story

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestLifetime: a running topic that gets a new article every 20 hours is
// one story while its first article is recent, and a new one after — once
// it holds CapOriginals original reports; a story of fewer, one event
// reported late (a print paper the next day), still takes a report.
func TestLifetime(t *testing.T) {
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	doc := func(id int64, h int) *Doc {
		return &Doc{ID: id, Source: id, Time: t0.Add(time.Duration(h) * time.Hour),
			Title: []string{"مطر", "رياض", "سيل"}, Body: []string{"مطر", "رياض", "سيل", "دفاع", "مدني", "حي"}}
	}
	for _, tc := range []struct {
		name     string
		lifetime time.Duration
		newThird bool
	}{
		{"default 36h", 0, true},
		{"no limit", -1, false},
		{"72h", 72 * time.Hour, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Lifetime = tc.lifetime
			c := New(cfg)
			c.Add(doc(1, 0))
			for i, h := range []int{5, 10, 20} {
				if a := c.Add(doc(int64(i+2), h)); a.New || a.Story != 1 {
					t.Fatalf("article %d: %+v, want it in story 1", i+2, a)
				}
			}
			a := c.Add(doc(9, 40))
			if a.New != tc.newThird {
				t.Fatalf("an article 40h after the first: %+v, want new=%v", a, tc.newThird)
			}
		})
	}
	// Two reports: the cap does not hold yet.
	c := New(DefaultConfig())
	c.Add(doc(1, 0))
	c.Add(doc(2, 20))
	if a := c.Add(doc(3, 40)); a.New {
		t.Errorf("a story of two reports: an article 40h after the first starts %+v", a)
	}
	cfg := DefaultConfig()
	cfg.CapOriginals = -1
	c = New(cfg)
	c.Add(doc(1, 0))
	c.Add(doc(2, 20))
	if a := c.Add(doc(3, 40)); !a.New {
		t.Errorf("the cap on all stories: an article 40h after the first joins %+v", a)
	}
}

// TestAbroadVeto: calls from two foreign kings about one bombing at home
// share the bombing's place but not the caller's country; they are two
// stories, while a follow-up that names only the place at home joins.
func TestAbroadVeto(t *testing.T) {
	t0 := time.Date(2015, 8, 6, 19, 0, 0, 0, time.UTC)
	words := []string{"خادم", "حرم", "تلقى", "اتصال", "هاتف", "ملك", "ادان", "تفجير", "مسجد", "طوارئ", "عسير"}
	doc := func(id int64, places ...string) *Doc {
		return &Doc{ID: id, Source: id, Time: t0.Add(time.Duration(id) * time.Hour), Title: words[:6], Body: words, Places: places}
	}
	for _, tc := range []struct {
		veto  int
		apart bool
	}{
		{5, true},
		{1, false},
	} {
		cfg := DefaultConfig()
		cfg.PlaceVeto = tc.veto
		c := New(cfg)
		c.Add(doc(1, "مغرب", "عسير"))
		b := c.Add(doc(2, "بحرين", "اردن", "عسير"))
		if b.New != tc.apart {
			t.Errorf("veto %d: the second caller's article %+v, want new=%v", tc.veto, b, tc.apart)
		}
		if f := c.Add(doc(3, "عسير")); f.New || f.Story != 1 && f.Story != 2 {
			t.Errorf("veto %d: the follow-up naming only the home place %+v, want it in a story", tc.veto, f)
		}
	}
}

// TestLateJoin: an early short report starts a story of its own; once the
// coverage has built up, it would join it, and its story merges in.
func TestLateJoin(t *testing.T) {
	t0 := time.Date(2015, 7, 22, 17, 0, 0, 0, time.UTC)
	docs := []*Doc{
		{ID: 1, Title: []string{"مخطوط", "قران", "جامعه"}, Body: []string{"مخطوط", "قران", "جامعه", "كنز"}},
		{ID: 2, Title: []string{"اقدم", "نسخه", "قران"}, Body: []string{"اقدم", "نسخه", "قران", "عثور", "برمنجهام", "مكتبه"}},
		{ID: 3, Title: []string{"اقدم", "نسخه", "قران"}, Body: []string{"اقدم", "نسخه", "قران", "عثور", "برمنجهام", "مخطوط"}},
		{ID: 4, Title: []string{"اقدم", "نسخه", "قران", "مخطوط"}, Body: []string{"اقدم", "نسخه", "قران", "عثور", "برمنجهام", "مخطوط", "جامعه"}},
	}
	for _, late := range []int{1, -1} {
		cfg := DefaultConfig()
		cfg.LateJoin = late
		c := New(cfg)
		for i, d := range docs {
			d.Source, d.Time = d.ID, t0.Add(time.Duration(i)*time.Hour)
			c.Add(d)
		}
		if c.StoryOf(2) != c.StoryOf(4) {
			t.Fatalf("LateJoin %d: the coverage is split: stories %d, %d, %d", late, c.StoryOf(2), c.StoryOf(3), c.StoryOf(4))
		}
		if got := c.StoryOf(1) == c.StoryOf(4); got != (late > 0) {
			t.Errorf("LateJoin %d: the early report in the coverage's story = %v (stories %d, %d, %d, %d)", late, got,
				c.StoryOf(1), c.StoryOf(2), c.StoryOf(3), c.StoryOf(4))
		}
	}
}

// TestSkeleton: two outlets spell the foreign name at the heart of one event
// differently (بيرمنغهام, برمنجهام); the spelling skeleton lets the second
// write-up join the first, which the words alone do not.
func TestSkeleton(t *testing.T) {
	if a, b := skeleton("برمنجهام"), skeleton("بيرمنغهام"); a != b {
		t.Fatalf("skeletons differ: %q, %q", a, b)
	}
	t0 := time.Date(2015, 7, 22, 17, 0, 0, 0, time.UTC)
	// Background articles give the common words their document frequency.
	var docs []*Doc
	for i := range 20 {
		docs = append(docs, &Doc{ID: int64(100 + i), Title: []string{"جامعه", "اعلنت", "اليوم"}, Body: []string{"جامعه", "اعلنت", "اليوم", "طلاب", "مكتبه"}})
	}
	a := &Doc{ID: 1, Title: []string{"اكتشاف", "اقدم", "مخطوطه", "بيرمنغهام"}, Body: []string{"اعلنت", "جامعه", "بيرمنغهام", "مخطوطه", "قرانيه", "اليوم", "مكتبه"}}
	b := &Doc{ID: 2, Title: []string{"جامعه", "برمنجهام", "تكشف", "اقدم", "مخطوط"}, Body: []string{"جامعه", "برمنجهام", "مخطوط", "قراني", "عمره", "مكتبه", "طلاب", "مخطوطه"}}
	for _, w := range []float64{1, -1} {
		cfg := DefaultConfig()
		cfg.WSkeleton = w
		c := New(cfg)
		var got Assignment
		for i, d := range append(append([]*Doc{}, docs...), a, b) {
			d.Source, d.Time = d.ID, t0.Add(time.Duration(i)*time.Minute)
			got = c.Add(d)
		}
		if joined := got.Story == c.StoryOf(1); joined != (w > 0) {
			t.Errorf("WSkeleton %v: the second spelling's write-up %+v joined the first's story = %v, want %v", w, got, joined, w > 0)
		}
	}
}

// TestFollows: a write-up that follows an original loosely (dedup's loose
// match) joins the original's story whatever its words, as a copy does, but
// is no copy: a later article can copy it.
func TestFollows(t *testing.T) {
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	c := New(DefaultConfig())
	c.Add(&Doc{ID: 1, Time: t0, Title: []string{"وزير", "تعليم"}, Body: []string{"وزير", "تعليم", "مدارس", "حدود"}})
	c.Add(&Doc{ID: 2, Time: t0, Title: []string{"مطر", "رياض"}, Body: []string{"مطر", "رياض", "سيل", "دفاع"}})
	a := c.Add(&Doc{ID: 3, Time: t0.Add(time.Hour), Follows: 1,
		Title: []string{"مطر", "رياض"}, Body: []string{"مطر", "رياض", "سيل", "دفاع"}})
	if a.Story != 1 || a.New {
		t.Fatalf("the write-up went to %+v, want story 1", a)
	}
	if s := c.stories[1]; s.members[len(s.members)-1].copyOf != 0 {
		t.Errorf("the write-up is recorded as a copy of %d", s.members[len(s.members)-1].copyOf)
	}
}

// TestMergeFewOriginals: two stories of two original reports between them
// merge across the lifetime, as an article joins such a story: together they
// are still one event reported late, not a running topic.
func TestMergeFewOriginals(t *testing.T) {
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	doc := func(id int64, h int) *Doc {
		return &Doc{ID: id, Source: id, Time: t0.Add(time.Duration(h) * time.Hour),
			Title: []string{"مطر", "رياض", "سيل"}, Body: []string{"مطر", "رياض", "سيل", "دفاع", "مدني", "حي"}}
	}
	cfg := DefaultConfig()
	cfg.CapOriginals = -1 // the two stories form apart
	c := New(cfg)
	c.Add(doc(1, 0))
	if a := c.Add(doc(2, 40)); !a.New {
		t.Fatalf("the second report joined %+v: the case needs two stories", a)
	}
	c.cfg.CapOriginals = DefaultConfig().CapOriginals
	s := c.stories[2]
	if merged := c.mergeNear(s, s.members[0].v); len(merged) != 1 || c.StoryOf(2) != 1 {
		t.Errorf("merged %v, story of 2 is %d: want 2 merged into 1", merged, c.StoryOf(2))
	}
}

// TestSameSource: an outlet's second piece within SourceSpan of its first
// is held to a higher score (WSource): a piece another outlet's article
// would join with stays out; past the span it joins.
func TestSameSource(t *testing.T) {
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	first := &Doc{ID: 1, Source: 1, Time: t0,
		Title: []string{"اعصار", "ساحل", "عمان"}, Body: []string{"اعصار", "ساحل", "عمان", "رياح", "امطار", "سيول", "اخلاء", "سكان"}}
	second := func(src int64, h int) *Doc {
		return &Doc{ID: 2, Source: src, Time: t0.Add(time.Duration(h) * time.Hour),
			Title: []string{"اعصار", "عمان", "خسائر", "مزارع", "ولاية"}, Body: []string{"اعصار", "عمان", "رياح", "امطار", "خسائر", "مليون", "تعويض", "حكومة", "وزارة", "مزارع", "طرق", "جسور"}}
	}
	for _, tc := range []struct {
		name    string
		src     int64
		h       int
		wsource float64
		span    time.Duration
		joins   bool
	}{
		{"another outlet", 2, 2, 0, 0, true},
		{"same outlet 2h later", 1, 2, 0, 0, false},
		{"same outlet, no penalty", 1, 2, -1, 0, true},
		{"same outlet past the span", 1, 2, 0, time.Hour, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			if tc.wsource != 0 {
				cfg.WSource = tc.wsource
			}
			if tc.span != 0 {
				cfg.SourceSpan = tc.span
			}
			c := New(cfg)
			c.Add(first)
			a := c.Add(second(tc.src, tc.h))
			if joins := !a.New && a.Story == 1; joins != tc.joins {
				t.Errorf("%+v, want joined=%v", a, tc.joins)
			}
		})
	}
}

// TestBigramBody: two daily weather bulletins share the headline's topic
// words (أرصاد, طقس, أمطار, حرارة, شمال, جنوب) but not its phrases: heat in
// the north one day, thunderstorms in the south the next. With the
// headline's word pairs as terms of the article vector (WBigramBody) the
// second stays out of the first's story; a write-up of the same forecast,
// which shares the phrases, still joins.
func TestBigramBody(t *testing.T) {
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	var bg []*Doc
	for i := range 30 {
		bg = append(bg, &Doc{ID: int64(100 + i), Title: []string{"وزير", "يفتتح", "مشروع"}, Body: []string{"وزير", "يفتتح", "مشروع", "منطقه", "اليوم", "مدينه"}})
	}
	words := func(p string, n int) []string {
		var out []string
		for i := range n {
			out = append(out, fmt.Sprintf("%s%d", p, i))
		}
		return out
	}
	cat := func(ss ...[]string) []string { return slices.Concat(ss...) }
	title1 := []string{"ارصاد", "طقس", "شديد", "حراره", "شمال", "امطار", "رعديه", "جنوب"}
	// Three of the headline's words, none of its pairs, and a few of its
	// body's words: just over the join threshold on words alone.
	title2 := cat([]string{"ارصاد", "امطار", "شمال"}, words("ت", 5))
	first := &Doc{ID: 1, Title: title1, Body: cat(title1, words("ا", 40))}
	other := &Doc{ID: 2, Title: title2, Body: cat(title2, words("ا", 5), words("ب", 35))}
	same := &Doc{ID: 3, Title: title1[1:], Body: cat(title1, words("ا", 30), words("ج", 10))}
	for _, w := range []float64{-1, 0.3} {
		cfg := DefaultConfig()
		cfg.WBigramBody = w
		c := New(cfg)
		for i, d := range append(append([]*Doc{}, bg...), first, other, same) {
			d.Source, d.Time = d.ID, t0.Add(time.Duration(i)*time.Minute)
			a := c.Add(d)
			if d.ID < 100 {
				t.Logf("WBigramBody %v: %d -> %+v", w, d.ID, a)
			}
		}
		if apart := c.StoryOf(2) != c.StoryOf(1); apart != (w > 0) {
			t.Errorf("WBigramBody %v: the other bulletin apart = %v, want %v", w, apart, w > 0)
		}
		if c.StoryOf(3) != c.StoryOf(1) {
			t.Errorf("WBigramBody %v: the same forecast's write-up went to story %d, not %d", w, c.StoryOf(3), c.StoryOf(1))
		}
	}
}

// TestStoryTagsFoldNames: a story's tags hold a name once, whole, however
// its members wrote it.
func TestStoryTagsFoldNames(t *testing.T) {
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	c := New(DefaultConfig())
	for i, tags := range [][]string{
		{"خادم الحرمين", "اليمن"},
		{"خادم الحرمين", "الحرمين الشريفين", "اليمن"},
		{"خادم الحرمين الشريفين", "اليمن", "خادم الحرمين"},
	} {
		a := c.Add(&Doc{ID: int64(i + 1), Source: int64(i + 1), Time: t0.Add(time.Duration(i) * time.Hour), Tags: tags,
			Title: []string{"ملك", "يمن", "دعم"}, Body: []string{"ملك", "يمن", "دعم", "مساعد", "اغاث"}})
		if a.Story != 1 {
			t.Fatalf("article %d went to story %d: the case needs one story", i+1, a.Story)
		}
	}
	if got, want := c.Tags(1, 8), []string{"خادم الحرمين الشريفين", "اليمن"}; !slices.Equal(got, want) {
		t.Errorf("story tags %q, want %q", got, want)
	}
}

// TestCopiesAddNoTags: a story's tags are voted by its original reports; a
// copy repeats its original's words and adds no vote, also when it is
// found to be a copy after it joined.
func TestCopiesAddNoTags(t *testing.T) {
	t0 := time.Date(2015, 8, 1, 8, 0, 0, 0, time.UTC)
	c := New(DefaultConfig())
	doc := func(id, copyOf int64, tags ...string) *Doc {
		return &Doc{ID: id, Source: id, Time: t0.Add(time.Duration(id) * time.Minute), CopyOf: copyOf, Tags: tags,
			Title: []string{"ملك", "يمن", "دعم"}, Body: []string{"ملك", "يمن", "دعم", "مساعد", "اغاث"}}
	}
	c.Add(doc(1, 0, "اليمن", "عمليا"))
	c.Add(doc(2, 0, "اليمن", "الإغاثة"))
	c.Add(doc(3, 0, "اليمن", "الإغاثة"))
	for id := int64(4); id <= 8; id++ {
		c.Add(doc(id, 1, "اليمن", "عمليا"))
	}
	c.Add(doc(9, 0, "اليمن", "عمليا")) // a copy found only after it joined
	c.SetCopy(9, 1)
	if got, want := c.Tags(1, 8), []string{"اليمن", "الإغاثة"}; !slices.Equal(got, want) {
		t.Errorf("story tags %q, want %q: copies voted", got, want)
	}
}
