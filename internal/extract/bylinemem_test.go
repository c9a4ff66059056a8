package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// memPage is one article page of a site whose template prints a kicker above
// the headline and the byline (when there is one) in its own box under it.
func memPage(n int, kicker, byline string) []byte {
	by := ""
	if byline != "" {
		by = `<div class="w4"><span>` + byline + `</span></div>`
	}
	return []byte(fmt.Sprintf(`<html lang="ar"><head><title>عنوان الخبر رقم %[1]d | المرصد</title></head><body>
<div class="k1"><a href="/">المرصد</a></div><div class="q7"><div class="kk">%[2]s</div><h2>عنوان الخبر رقم %[1]d</h2>%[3]s
<div class="z3">10 أغسطس 2015</div><div class="t9">
<p>أعلنت وزارة الصحة اليوم عن خطة جديدة لتطوير الخدمات الصحية في جميع مناطق المملكة خلال العام المقبل.</p>
<p>وأوضح المتحدث الرسمي أن الخطة تشمل بناء مستشفيات جديدة وتوسيع المراكز الصحية القائمة في المدن والقرى.</p>
</div></div><div class="f0">جميع الحقوق محفوظة © المرصد</div></body></html>`, n, kicker, by))
}

func extractAuthor(t *testing.T, ex Extractor, host string, n int, kicker, byline string) string {
	t.Helper()
	res, err := ex.Extract(context.Background(), Input{HTML: memPage(n, kicker, byline), URL: fmt.Sprintf("http://%s/news/%d", host, n)})
	if err != nil {
		t.Fatalf("page %d: %v", n, err)
	}
	return res.Author
}

// A name the given-name list does not know is taken once the host's earlier
// pages showed, by names the list knows, that its slot holds the byline; the
// first pages of a site read as without memory, and other hosts learn nothing.
func TestBylineMemory(t *testing.T) {
	unknown := "فهيم الحامد"
	if isBareByline(unknown, nil) {
		t.Fatalf("%q is a known name: the test needs one the rules miss", unknown)
	}
	ex := New(WithMemory(NewMemory()))
	if a := extractAuthor(t, ex, "a.example", 1, "السعودية", unknown); a != "" {
		t.Fatalf("first page of a site: author %q, want none (rules alone)", a)
	}
	for i, name := range []string{"محمد العتيبي", "سارة الحربي", "خالد الزهراني", "عبدالله الشهري"} {
		if a := extractAuthor(t, ex, "a.example", 2+i, "السعودية", name); a != name {
			t.Fatalf("page %d: author %q, want %q (rules)", 2+i, a, name)
		}
	}
	if a := extractAuthor(t, ex, "a.example", 10, "السعودية", "عزيزة المانع"); a != "عزيزة المانع" {
		t.Errorf("learned slot: author %q, want %q", a, "عزيزة المانع")
	}
	// The kicker varies too, but the rules never found a byline in its slot.
	if a := extractAuthor(t, ex, "a.example", 11, "نافل عويد", ""); a != "" {
		t.Errorf("kicker slot: author %q, want none", a)
	}
	// Another site (another port) has learned nothing.
	if a := extractAuthor(t, ex, "a.example:8080", 12, "السعودية", unknown); a != "" {
		t.Errorf("other host: author %q, want none", a)
	}
	// Without memory the name is missed, as before.
	if a := extractAuthor(t, New(), "a.example", 13, "السعودية", unknown); a != "" {
		t.Errorf("no memory: author %q, want none", a)
	}
}

// A line repeated on many pages of a host in the byline slot is the
// template's («فريق التحرير»-like), not an author, even where the slot holds
// bylines on other pages.
func TestBylineMemoryRepeatedLine(t *testing.T) {
	ex := New(WithMemory(NewMemory()))
	names := []string{"محمد العتيبي", "سارة الحربي", "خالد الزهراني", "عبدالله الشهري", "فهد الدوسري"}
	n := 1
	for _, name := range names {
		extractAuthor(t, ex, "b.example", n, "", name)
		n++
		extractAuthor(t, ex, "b.example", n, "", "نشرة المساء")
		n++
	}
	if a := extractAuthor(t, ex, "b.example", n, "", "نشرة المساء"); a != "" {
		t.Errorf("repeated line: author %q, want none", a)
	}
}

func TestNameLike(t *testing.T) {
	yes := []string{"فهيم الحامد", "عزيزة المانع", "صنعاء: عرفات مدابش", "جوسلين إيليا - بيروت", "نافل عويد",
		"John Smith", "خاص عكاظ (بيروت)", "بليغ حسب الله"}
	no := []string{"السعودية", "ارتفاع أسعار النفط في الرياض", "محليات", "نشر في 10 أغسطس", "صورة أرشيفية",
		"على الطريق الدولي", "أمام محكمة الاستئناف", "هل ينجح الاتفاق؟", "read more on the site",
		"الأمن الغذائي", "السعودية الجديدة", "(بتوقيت بكين)", "آخر تحديث", "أرسل لصديق"}
	sites := []string{"عكاظ"}
	for _, s := range yes {
		if ok, _ := nameLike(s, sites); !ok {
			t.Errorf("nameLike(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if ok, _ := nameLike(s, sites); ok {
			t.Errorf("nameLike(%q) = true, want false", s)
		}
	}
}

// A kicker of the story's own words in the byline slot is a topic, not a
// writer, though it varies from page to page as names do.
func TestTopicWords(t *testing.T) {
	head := map[string]bool{}
	for _, w := range strings.Fields(nameFold("مشاريع الطاقة الشمسية في المنطقة الشرقية")) {
		head[w] = true
	}
	text := nameFold("أعلنت الوزارة عن خطة التحول الرقمي في المدارس")
	if !topicWords([]string{"الطاقة النظيفة"}, head, text) {
		t.Error("a headline word: want topic")
	}
	if !topicWords([]string{"التحول الرقمي"}, head, text) {
		t.Error("a phrase of the text: want topic")
	}
	if topicWords([]string{"فهيم الحامد"}, head, text) {
		t.Error("a name: want no topic")
	}
}

// The crawler's memory is the sqlite store: the byline slots it learns
// survive there as in the in-process memory.
func TestBylineMemorySQLite(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ex := New(WithMemory(st))
	for i, name := range []string{"محمد العتيبي", "سارة الحربي", "خالد الزهراني"} {
		extractAuthor(t, ex, "c.example", 1+i, "", name)
	}
	if a := extractAuthor(t, New(WithMemory(st)), "c.example", 9, "", "فهيم الحامد"); a != "فهيم الحامد" {
		t.Errorf("sqlite memory: author %q, want %q", a, "فهيم الحامد")
	}
}
