package web

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/dump"
	feedreader "github.com/khabar-news/khabar/internal/feed"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
	"github.com/khabar-news/khabar/internal/story"
)

// The story fixture: three events written up by several outlets. The
// hospital opening is told by a wire text (okaz), a copy of it under
// another headline (sabq) and a write-up of its own (alriyadh); the oil
// market by two outlets; a match by one.
const (
	hospitalWire = "افتتح أمير منطقة مكة المكرمة صباح اليوم مستشفى الملك فهد الجديد في محافظة جدة بسعة خمسمائة سرير، " +
		"ويضم المستشفى أقساما للطوارئ والعناية المركزة وجراحة القلب والأورام، وأكد الأمير خلال الافتتاح أن المستشفى " +
		"سيخدم أكثر من مليون مواطن ومقيم في المحافظة والقرى المجاورة، وأن وزارة الصحة وفرت له ألفي طبيب وممرض."
	hospitalOwn = "شهدت محافظة جدة اليوم افتتاح مستشفى الملك فهد الجديد على يد أمير منطقة مكة المكرمة. ويقول مدير المستشفى " +
		"إن خمسمائة سرير باتت جاهزة لاستقبال المرضى، وإن أقسام الطوارئ والعناية المركزة وجراحة القلب بدأت العمل فعلا. " +
		"وينتظر سكان جدة والقرى المجاورة من المستشفى الجديد أن يخفف الضغط على مستشفيات المحافظة."
	oilWire = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بأكثر من ثلاثة في المئة بعد تراجع المخزونات الأمريكية، " +
		"وبلغ سعر خام برنت تسعة وأربعين دولارا للبرميل، فيما ارتفع الخام الأمريكي إلى خمسة وأربعين دولارا، وتوقع محللون " +
		"أن تواصل أسعار النفط صعودها خلال الأسبوع مع تراجع إنتاج الحقول الأمريكية."
	oilOwn = "واصلت أسعار النفط صعودها في الأسواق العالمية اليوم، إذ سجل خام برنت أعلى سعر له منذ أسبوعين عند تسعة وأربعين " +
		"دولارا للبرميل. ويعزو المحللون ارتفاع أسعار النفط إلى تراجع المخزونات الأمريكية وانخفاض إنتاج الحقول الأمريكية."
	match = "فاز فريق الهلال على ضيفه النصر بهدفين مقابل هدف في المباراة التي أقيمت مساء اليوم على ملعب الملك فهد الدولي " +
		"بالرياض ضمن الجولة الثالثة من الدوري، وسجل للهلال لاعبه في الشوط الأول والثاني، فيما سجل للنصر في الدقائق الأخيرة."
)

type storyArt struct {
	key, source, url, title, text, published string
}

var storyArts = []storyArt{
	{"wire", "okaz", "http://www.okaz.com.sa/hospital", "افتتاح مستشفى الملك فهد الجديد في جدة", hospitalWire, "2015-08-10T08:00:00+03:00"},
	{"copy", "sabq", "https://sabq.org/hospital", "أمير مكة يفتتح مستشفى الملك فهد بجدة", hospitalWire, "2015-08-10T08:40:00+03:00"},
	{"own", "alriyadh", "http://www.alriyadh.com/hospital", "مستشفى الملك فهد الجديد يستقبل المرضى في جدة", hospitalOwn, "2015-08-10T09:30:00+03:00"},
	{"oil", "okaz", "http://www.okaz.com.sa/oil", "ارتفاع أسعار النفط في الأسواق العالمية", oilWire, "2015-08-10T10:00:00+03:00"},
	{"oil2", "alyaum", "http://www.alyaum.com/oil", "أسعار النفط تواصل الصعود في الأسواق العالمية", oilOwn, "2015-08-10T10:45:00+03:00"},
	{"match", "alweeam", "http://www.alweeam.com.sa/match", "رياضي / الهلال يفوز على النصر في الدوري", match, "2015-08-10T11:00:00+03:00"},
}

// storyFixture imports the fixture through the story engine into a real
// SQLite store and serves it. ids maps each article's key to its id.
func storyFixture(t *testing.T) (ts *testServer, st *sqlite.Store, ids map[string]int64) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var lines strings.Builder
	for _, a := range storyArts {
		b, _ := json.Marshal(map[string]string{"source": a.source, "url": a.url, "title": a.title, "text": a.text, "published": a.published})
		lines.Write(b)
		lines.WriteByte('\n')
	}
	svc := story.NewService(st, nil)
	if _, err := (&dump.Importer{Store: st, Processors: []news.Processor{svc}}).Import(ctx, strings.NewReader(lines.String())); err != nil {
		t.Fatal(err)
	}
	if err := svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	ids = map[string]int64{}
	arts, err := st.ListArticles(ctx, news.ArticleFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		for _, f := range storyArts {
			if a.Title == f.title {
				ids[f.key] = a.ID
			}
		}
	}
	if len(ids) != len(storyArts) {
		t.Fatalf("stored %d of the %d fixture articles", len(ids), len(storyArts))
	}
	return newTestServer(t, st), st, ids
}

// storyOf is the story an article was assigned, from the API.
func storyOf(t *testing.T, ts *testServer, id int64) int64 {
	t.Helper()
	res, body := ts.get(t, "/api/v1/articles/"+strconv.FormatInt(id, 10)+"/similar")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("similar of %d: %d %s", id, res.StatusCode, body)
	}
	var s struct{ Story int64 }
	if err := json.Unmarshal([]byte(body), &s); err != nil {
		t.Fatal(err)
	}
	return s.Story
}

// TestStoryFixtureGroups: the engine made of the fixture what the page
// tests below take for granted (so that a change in the engine shows here,
// not as a page fault).
func TestStoryFixtureGroups(t *testing.T) {
	ts, _, ids := storyFixture(t)
	hospital, oil, match := storyOf(t, ts, ids["wire"]), storyOf(t, ts, ids["oil"]), storyOf(t, ts, ids["match"])
	if storyOf(t, ts, ids["copy"]) != hospital || storyOf(t, ts, ids["own"]) != hospital {
		t.Errorf("the hospital's three articles are not one story")
	}
	if storyOf(t, ts, ids["oil2"]) != oil {
		t.Errorf("the oil market's two articles are not one story")
	}
	if hospital == oil || oil == match || hospital == match {
		t.Errorf("stories %d, %d, %d: three events, want three stories", hospital, oil, match)
	}
}

// links are the hrefs of the a elements under n.
func links(n *html.Node) []string {
	var out []string
	for _, a := range find(n, byTag("a")) {
		if h, ok := attr(a, "href"); ok {
			out = append(out, h)
		}
	}
	return out
}

func path(kind string, id int64) string { return "/" + kind + "/" + strconv.FormatInt(id, 10) }

// TestStoriesAPI: the list (newest activity first, paged by cursor, by
// tag), one story with its members and copies, trending, and bad input.
func TestStoriesAPI(t *testing.T) {
	ts, _, ids := storyFixture(t)
	hospital, oil, match := storyOf(t, ts, ids["wire"]), storyOf(t, ts, ids["oil"]), storyOf(t, ts, ids["match"])
	getJSON := func(p string, v any) {
		t.Helper()
		res, body := ts.get(t, p)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %s", p, res.StatusCode, body)
		}
		if err := json.Unmarshal([]byte(body), v); err != nil {
			t.Fatalf("GET %s: %v", p, err)
		}
	}
	var list api.StoryList
	getJSON("/api/v1/stories", &list)
	var got []int64
	for _, s := range list.Stories {
		got = append(got, s.ID)
	}
	if want := []int64{match, oil, hospital}; !slices.Equal(got, want) {
		t.Fatalf("stories %v, want %v (newest activity first)", got, want)
	}
	getJSON("/api/v1/stories?limit=1", &list)
	if len(list.Stories) != 1 || list.Stories[0].ID != match || list.Next == "" {
		t.Fatalf("first page %+v, want the match story and a cursor", list)
	}
	getJSON("/api/v1/stories?limit=2&before="+list.Next, &list)
	if len(list.Stories) != 2 || list.Stories[0].ID != oil || list.Stories[1].ID != hospital {
		t.Fatalf("second page %+v, want oil then hospital", list)
	}

	var s api.Story
	getJSON("/api/v1/stories/"+strconv.FormatInt(hospital, 10), &s)
	if s.Articles != 3 || s.Sources != 3 || s.FirstID != ids["wire"] || s.FirstSource.Name != "عكاظ" {
		t.Errorf("hospital story %+v: want 3 articles from 3 sources, first عكاظ's wire text", s)
	}
	if s.HeadlineID != ids["wire"] && s.HeadlineID != ids["own"] {
		t.Errorf("headline %d is not an original report", s.HeadlineID)
	}
	copies := map[int64]int64{}
	for _, m := range s.Members {
		copies[m.ID] = m.CopyOf
	}
	if len(copies) != 3 || copies[ids["copy"]] != ids["wire"] || copies[ids["wire"]] != 0 || copies[ids["own"]] != 0 {
		t.Errorf("members %+v: want the sabq text a copy of the wire, the others originals", s.Members)
	}
	if len(s.Tags) == 0 {
		t.Fatalf("the hospital story has no tags")
	}
	getJSON("/api/v1/stories?tag="+url.QueryEscape(s.Tags[0]), &list)
	if len(list.Stories) == 0 || !slices.ContainsFunc(list.Stories, func(x api.Story) bool { return x.ID == hospital }) {
		t.Errorf("stories tagged %q: %+v, want the hospital story", s.Tags[0], list.Stories)
	}
	for _, x := range list.Stories {
		if !slices.Contains(x.Tags, s.Tags[0]) {
			t.Errorf("story %d listed under %q has tags %q", x.ID, s.Tags[0], x.Tags)
		}
	}

	var trending struct{ Stories []api.Story }
	getJSON("/api/v1/trending", &trending)
	if len(trending.Stories) == 0 || trending.Stories[0].Sources < 2 {
		t.Errorf("trending %+v: want the stories gaining sources, a two-source one first", trending.Stories)
	}

	for _, p := range []string{"/api/v1/stories?limit=0", "/api/v1/stories?limit=x", "/api/v1/stories?before=-1",
		"/api/v1/stories/x", "/api/v1/trending?limit=1000000"} {
		if res, body := ts.get(t, p); res.StatusCode != http.StatusBadRequest || !strings.Contains(body, `"error"`) {
			t.Errorf("GET %s: %d %s, want 400 with a JSON error", p, res.StatusCode, body)
		}
	}
	if res, _ := ts.get(t, "/api/v1/stories/999999"); res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown story: %d, want 404", res.StatusCode)
	}
}

// TestMergedStoryRedirects: a story merged into another keeps its address:
// the page and the API answer 301 to the story it went into.
func TestMergedStoryRedirects(t *testing.T) {
	ts, st, ids := storyFixture(t)
	oil, match := storyOf(t, ts, ids["oil"]), storyOf(t, ts, ids["match"])
	if err := st.SaveStories(context.Background(), &news.StoryUpdate{Merged: map[int64]int64{match: oil}}); err != nil {
		t.Fatal(err)
	}
	client := *ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	for _, kind := range []string{"stories", "api/v1/stories"} {
		res, err := client.Get(ts.URL + path(kind, match))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if loc := res.Header.Get("Location"); res.StatusCode != http.StatusMovedPermanently || loc != path(kind, oil) {
			t.Errorf("GET %s: %d to %q, want 301 to %s", path(kind, match), res.StatusCode, loc, path(kind, oil))
		}
	}
}

// TestStoryPages: the home page ranks stories by sources, the story page
// («التغطية الكاملة») shows every source with copies folded under their
// original, who reported first and the timeline, and the tag page lists
// the stories of a tag.
func TestStoryPages(t *testing.T) {
	ts, _, ids := storyFixture(t)
	hospital, oil, match := storyOf(t, ts, ids["wire"]), storyOf(t, ts, ids["oil"]), storyOf(t, ts, ids["match"])

	res, body := ts.get(t, "/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("home: %d", res.StatusCode)
	}
	// The ranking is the list of stories (the ticker above it has its own order).
	doc := parse(t, body)
	list := find(doc, byClass("stories"))
	if len(list) != 1 {
		t.Fatalf("home has %d lists of stories, want 1", len(list))
	}
	var top []string
	for _, h := range links(list[0]) {
		if strings.HasPrefix(h, "/stories/") {
			top = append(top, h)
		}
	}
	if len(top) < 3 || top[0] != path("stories", hospital) || top[1] != path("stories", oil) || top[2] != path("stories", match) {
		t.Errorf("home ranks %q, want hospital (3 sources), oil (2), match (1)", top)
	}
	// The time beside «السبق» is said to be the last update, not the scoop's.
	if meta := find(list[0], byClass("meta")); len(meta) == 0 || !strings.Contains(text(meta[0]), "آخر تحديث") {
		t.Errorf("home story line %v: want «آخر تحديث» before its time", meta)
	}
	// A wire headline is shown without its desk label («رياضي / »).
	if home := text(list[0]); !strings.Contains(home, "الهلال يفوز على النصر في الدوري") || strings.Contains(home, "رياضي /") {
		t.Errorf("home stories %q: want the match headline without «رياضي /»", home)
	}

	res, body = ts.get(t, path("stories", hospital))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("story page: %d", res.StatusCode)
	}
	doc = parse(t, body)
	srcs := find(doc, byClass("articles"))
	if len(srcs) == 0 {
		t.Fatal("story page has no list of sources")
	}
	var originals []*html.Node
	for c := range srcs[0].ChildNodes() {
		if c.Type == html.ElementNode && c.Data == "li" {
			originals = append(originals, c)
		}
	}
	if len(originals) != 2 {
		t.Fatalf("story page lists %d originals, want 2 (the wire text and the own write-up)", len(originals))
	}
	for _, li := range originals {
		ls := links(li)
		isWire := slices.Contains(ls, path("articles", ids["wire"]))
		hasCopy := slices.Contains(ls, path("articles", ids["copy"]))
		if isWire != hasCopy {
			t.Errorf("original %q: the copy must be folded under the wire text, and only there", ls)
		}
	}
	meta := text(find(doc, byClass("meta"))[0])
	if !strings.Contains(meta, "السبق") || !strings.Contains(meta, "عكاظ") || !strings.Contains(meta, "٣ مصادر") {
		t.Errorf("story line %q: want 3 sources and السبق عكاظ", meta)
	}
	// One copy is said as Arabic says one, not «١ نسخ».
	if c := find(doc, byClass("copies")); len(c) != 1 || !strings.Contains(text(c[0]), "نسخة واحدة من النص نفسه") {
		t.Errorf("copies %v: want «نسخة واحدة من النص نفسه»", c)
	}
	tl := find(doc, byClass("timeline"))
	if len(tl) != 1 || len(find(tl[0], byTag("li"))) != 3 || strings.Count(text(tl[0]), "(نسخة)") != 1 {
		t.Errorf("timeline: want 3 entries, one of them a copy")
	}
	checkDirAuto(t, doc, storyArts[0].title, storyArts[2].title)

	tags := find(doc, byClass("tags"))
	if len(tags) == 0 {
		t.Fatal("story page shows no tags")
	}
	tagLink := links(tags[0])[0]
	res, body = ts.get(t, tagLink)
	if res.StatusCode != http.StatusOK || !slices.Contains(links(parse(t, body)), path("stories", hospital)) {
		t.Errorf("tag page %s: %d, want it to list the hospital story", tagLink, res.StatusCode)
	}
	if res, _ := ts.get(t, "/stories/999999"); res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown story page: %d, want 404", res.StatusCode)
	}
}

// TestStoryArticlePage: an article page has the story line, the copy line
// on a copy, tags, print and share, «مقالات مشابهة» without its own story,
// and «اقرأ أيضاً» of other stories only.
func TestStoryArticlePage(t *testing.T) {
	ts, _, ids := storyFixture(t)
	hospital := storyOf(t, ts, ids["wire"])
	res, body := ts.get(t, path("articles", ids["copy"]))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("article page: %d", res.StatusCode)
	}
	doc := parse(t, body)
	if l := find(doc, byClass("story-line")); len(l) != 1 || !slices.Contains(links(l[0]), path("stories", hospital)) ||
		!slices.Contains(links(l[0]), path("articles", ids["wire"])) {
		t.Errorf("story line: want a link to the full coverage and to the first report")
	}
	if l := find(doc, byClass("copy-line")); len(l) != 1 || !slices.Contains(links(l[0]), path("articles", ids["wire"])) {
		t.Errorf("copy line: want a link to the original")
	}
	share := find(doc, byClass("share"))
	if len(share) != 1 || !slices.Contains(links(share[0]), path("articles", ids["copy"])+"?print=1") || len(links(share[0])) < 4 {
		t.Errorf("share: want print and three share links")
	}
	if len(find(doc, byClass("tags"))) != 1 {
		t.Errorf("the article shows no tags")
	}
	own := map[string]bool{path("articles", ids["wire"]): true, path("articles", ids["copy"]): true,
		path("articles", ids["own"]): true, path("stories", hospital): true}
	for _, class := range []string{"similar", "read-also"} {
		sec := find(doc, byClass(class))
		if len(sec) != 1 {
			t.Errorf("no %s section", class)
			continue
		}
		ls := links(sec[0])
		if len(ls) == 0 {
			t.Errorf("%s is empty: two other stories are there to list", class)
		}
		for _, h := range ls {
			if own[h] {
				t.Errorf("%s links %s, of the article's own story", class, h)
			}
		}
	}

	res, body = ts.get(t, path("articles", ids["copy"])+"?print=1")
	if res.StatusCode != http.StatusOK || strings.Contains(body, "<script") || !strings.Contains(body, "print") {
		t.Errorf("print view: %d, want a page without script", res.StatusCode)
	}
}

// readFeed gets u, reads it back with Khabar's own feed reader (gofeed) as
// a feed of the kind given, and gives it with its items' paths.
func readFeed(t *testing.T, ts *testServer, u, kind string) (*feedreader.Feed, []string) {
	t.Helper()
	res, body := ts.get(t, u)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("%s: %d %s", u, res.StatusCode, body)
	}
	f, err := feedreader.Parse([]byte(body), res.Header.Get("Content-Type"), ts.URL)
	if err != nil || f.Kind != kind {
		t.Fatalf("%s: %v (kind %q)", u, err, f.Kind)
	}
	var got []string
	for _, it := range f.Items {
		got = append(got, strings.TrimPrefix(it.URL, ts.URL))
	}
	return f, got
}

// TestStoryFeeds: the top stories and a tag's stories as RSS, Atom and JSON
// Feed, read back with Khabar's own feed reader (gofeed); pages that list
// stories name their feeds.
func TestStoryFeeds(t *testing.T) {
	ts, _, ids := storyFixture(t)
	hospital, oil, match := storyOf(t, ts, ids["wire"]), storyOf(t, ts, ids["oil"]), storyOf(t, ts, ids["match"])
	var tags []string
	{
		var s api.Story
		_, body := ts.get(t, path("api/v1/stories", hospital))
		if err := json.Unmarshal([]byte(body), &s); err != nil || len(s.Tags) == 0 {
			t.Fatalf("hospital story %s: %v", body, err)
		}
		tags = s.Tags
	}
	var tagged []string // the tag's stories, as the API lists them
	{
		var list api.StoryList
		_, body := ts.get(t, "/api/v1/stories?tag="+url.QueryEscape(tags[0]))
		if err := json.Unmarshal([]byte(body), &list); err != nil {
			t.Fatal(err)
		}
		for _, x := range list.Stories {
			tagged = append(tagged, path("stories", x.ID))
		}
		if len(tagged) == 3 {
			t.Fatalf("the tag %q holds every story: the test cannot tell a tag's feed from the top stories", tags[0])
		}
	}
	for _, kind := range []string{"rss", "atom", "json"} {
		f, got := readFeed(t, ts, "/stories."+kind, kind)
		if want := []string{path("stories", hospital), path("stories", oil), path("stories", match)}; !slices.Equal(got, want) {
			t.Errorf("/stories.%s items %q, want %q (the home page's order)", kind, got, want)
		}
		if first := f.Items[0]; !strings.Contains(first.Summary, "عكاظ") || first.Published.IsZero() || first.Title == "" {
			t.Errorf("/stories.%s first item %+v: want its headline, first report (عكاظ) and date", kind, first)
		}
		_, got = readFeed(t, ts, "/stories."+kind+"?tag="+url.QueryEscape(tags[0]), kind)
		if !slices.Equal(got, tagged) || !slices.Contains(got, path("stories", hospital)) {
			t.Errorf("/stories.%s?tag=%s items %q, want the tag's stories %q", kind, tags[0], got, tagged)
		}
	}
	for _, bad := range []string{strings.Repeat("و", 200), "%FF%FE"} {
		for _, u := range []string{"/stories.rss?tag=" + bad, "/api/v1/stories?tag=" + bad} {
			if res, body := ts.get(t, u); res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "tag") {
				t.Errorf("%s: %d %q, want 400 naming the tag", u[:min(len(u), 40)], res.StatusCode, body)
			}
		}
		if res, _ := ts.get(t, "/tags/"+bad); res.StatusCode != http.StatusNotFound {
			t.Errorf("/tags/ of a tag no tag can be: %d, want 404", res.StatusCode)
		}
	}
	// A tag's page: 200 with its stories; a tag no story carries, 404 with
	// the page's words (no soft 404); past a real tag's last page, 200.
	if res, body := ts.get(t, "/tags/"+url.PathEscape(tags[0])); res.StatusCode != http.StatusOK || !strings.Contains(body, "/stories/") {
		t.Errorf("/tags/%s: %d, want 200 listing its stories", tags[0], res.StatusCode)
	}
	if res, body := ts.get(t, "/tags/"+url.PathEscape("وسم لا تحمله قصة")); res.StatusCode != http.StatusNotFound || !strings.Contains(body, "لا توجد قصص بهذا الوسم") {
		t.Errorf("/tags/ of a tag no story carries: %d, want 404 with the page's message", res.StatusCode)
	}
	if res, _ := ts.get(t, "/tags/"+url.PathEscape(tags[0])+"?before=1"); res.StatusCode != http.StatusOK {
		t.Errorf("/tags/%s past its last page: %d, want 200", tags[0], res.StatusCode)
	}
	for _, c := range []struct{ page, feed string }{
		{"/", "/stories.atom"},
		{"/tags/" + url.PathEscape(tags[0]), "/stories.atom?tag=" + url.QueryEscape(tags[0])},
	} {
		_, body := ts.get(t, c.page)
		alts := feedreader.Alternates([]byte(body), ts.URL)
		if !slices.Contains(alts, ts.URL+c.feed) {
			t.Errorf("page %s names feeds %q, want %s", c.page, alts, c.feed)
		}
	}
}

// TestOneStoryFeed: /stories/{id}.rss, .atom and .json follow one story:
// its original reports, newest first, each copy named under its original
// and never an item of its own; the story page names the feeds, a merged
// story's feed redirects to the story it went into, and a bad id is a 404.
func TestOneStoryFeed(t *testing.T) {
	ts, st, ids := storyFixture(t)
	hospital := storyOf(t, ts, ids["wire"])
	sourceOf := func(id int64) string {
		var a api.Article
		_, body := ts.get(t, path("api/v1/articles", id))
		if err := json.Unmarshal([]byte(body), &a); err != nil || a.Source.Name == "" {
			t.Fatalf("article %d: %v %s", id, err, body)
		}
		return a.Source.Name
	}
	wireSource, copySource := sourceOf(ids["wire"]), sourceOf(ids["copy"])
	for _, kind := range []string{"rss", "atom", "json"} {
		u := path("stories", hospital) + "." + kind
		f, got := readFeed(t, ts, u, kind)
		if want := []string{path("articles", ids["own"]), path("articles", ids["wire"])}; !slices.Equal(got, want) {
			t.Fatalf("%s items %q, want the two original reports newest first %q (no copy)", u, got, want)
		}
		wire := f.Items[1]
		if !strings.Contains(wire.Summary, wireSource) || !strings.Contains(wire.Summary, "نقله أيضاً: "+copySource) || !strings.Contains(wire.Summary, "السبق") {
			t.Errorf("%s: the wire item's summary %q, want its outlet %s, السبق and the copy's outlet %s", u, wire.Summary, wireSource, copySource)
		}
		if !strings.Contains(wire.Summary, "افتتح أمير منطقة مكة المكرمة صباح اليوم") || !strings.Contains(f.Items[0].Summary, "شهدت محافظة جدة اليوم") {
			t.Errorf("%s: the items' summaries %q, %q, want each one's opening", u, wire.Summary, f.Items[0].Summary)
		}
		if strings.Contains(f.Items[0].Summary, "نقله") || strings.Contains(f.Items[0].Summary, "السبق") {
			t.Errorf("%s: the own write-up's summary %q names the wire's copy or السبق", u, f.Items[0].Summary)
		}
		if wire.Published.IsZero() || wire.Title != "افتتاح مستشفى الملك فهد الجديد في جدة" {
			t.Errorf("%s: the wire item %+v, want its headline and date", u, wire)
		}
	}
	_, body := ts.get(t, path("stories", hospital))
	if alts := feedreader.Alternates([]byte(body), ts.URL); !slices.Contains(alts, ts.URL+path("stories", hospital)+".atom") {
		t.Errorf("the story page names feeds %q, want its own", alts)
	}
	if !strings.Contains(body, "تابع هذه القصة") {
		t.Errorf("the story page does not offer to follow the story")
	}
	for _, bad := range []string{"/stories/abc.rss", "/stories/0.atom", "/stories/99999999.json", "/stories/1.xml"} {
		if res, _ := ts.get(t, bad); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", bad, res.StatusCode)
		}
	}
	oil, match := storyOf(t, ts, ids["oil"]), storyOf(t, ts, ids["match"])
	if err := st.SaveStories(context.Background(), &news.StoryUpdate{Merged: map[int64]int64{match: oil}}); err != nil {
		t.Fatal(err)
	}
	client := *ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	res, err := client.Get(ts.URL + path("stories", match) + ".rss")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if loc := res.Header.Get("Location"); res.StatusCode != http.StatusMovedPermanently || loc != path("stories", oil)+".rss" {
		t.Errorf("a merged story's feed: %d to %q, want 301 to %s.rss", res.StatusCode, loc, path("stories", oil))
	}
}

// TestOpening: a feed item quotes its article's first paragraph, cut to
// openingWords words.
func TestOpening(t *testing.T) {
	long := strings.Repeat("كلمة ", openingWords+5)
	for _, c := range []struct{ text, want string }{
		{"الفقرة الأولى هنا.\n\nالفقرة الثانية.", "الفقرة الأولى هنا."},
		{"\n\n  سطر   بمسافات  \n\n", "سطر بمسافات"},
		{long, strings.TrimSpace(strings.Repeat("كلمة ", openingWords)) + " …"},
		{"", ""},
	} {
		if got := opening(c.text); got != c.want {
			t.Errorf("opening(%.40q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSourceFeed: /sources/{id}.rss, .atom and .json follow one outlet: its
// latest articles, newest first, each quoting its opening; the source page
// names them, RSS items name the feed as their <source>, and a bad id is a
// 404.
func TestSourceFeed(t *testing.T) {
	ts, _, ids := storyFixture(t)
	var a api.Article
	if _, body := ts.get(t, path("api/v1/articles", ids["wire"])); json.Unmarshal([]byte(body), &a) != nil || a.Source.ID == 0 {
		t.Fatalf("the wire article: %s", body)
	}
	src := path("sources", a.Source.ID)
	for _, kind := range []string{"rss", "atom", "json"} {
		f, got := readFeed(t, ts, src+"."+kind, kind)
		if want := []string{path("articles", ids["oil"]), path("articles", ids["wire"])}; !slices.Equal(got, want) {
			t.Fatalf("%s.%s items %q, want the outlet's two articles newest first %q", src, kind, got, want)
		}
		if !strings.Contains(f.Items[1].Summary, "افتتح أمير منطقة مكة المكرمة") || f.Items[1].Title != "افتتاح مستشفى الملك فهد الجديد في جدة" {
			t.Errorf("%s.%s: the wire item %+v, want its headline and opening", src, kind, f.Items[1])
		}
	}
	_, body := ts.get(t, src+".rss")
	var rss struct {
		Items []struct {
			Source struct {
				URL  string `xml:"url,attr"`
				Name string `xml:",chardata"`
			} `xml:"source"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal([]byte(body), &rss); err != nil || len(rss.Items) == 0 || rss.Items[0].Source.URL != ts.URL+src+".rss" || rss.Items[0].Source.Name != a.Source.Name {
		t.Errorf("the items' <source> %+v (%v), want %s named %s", rss.Items, err, ts.URL+src+".rss", a.Source.Name)
	}
	_, body = ts.get(t, src)
	if alts := feedreader.Alternates([]byte(body), ts.URL); !slices.Contains(alts, ts.URL+src+".atom") || !strings.Contains(body, "تابع هذا المصدر") {
		t.Errorf("the source page names feeds %q, want its own, offered to follow", alts)
	}
	for _, bad := range []string{"/sources/abc.rss", "/sources/0.atom", "/sources/99999999.json", "/sources/1.xml"} {
		if res, _ := ts.get(t, bad); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", bad, res.StatusCode)
		}
	}
}
