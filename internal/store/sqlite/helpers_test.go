package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// newStore opens a fresh store in t.TempDir and closes it after the test.
func newStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "khabar.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

func addSource(t testing.TB, s *Store, feedURL, name string) *news.Source {
	t.Helper()
	src := &news.Source{FeedURL: feedURL, Name: name, SiteURL: "https://example.test/", Kind: news.KindFeed}
	if err := s.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	return src
}

// Words of our own for generated Arabic text (no outside corpus).
var arabicWords = strings.Fields(`أعلنت الوزارة اليوم عن خطة جديدة لتطوير التعليم في المدارس الحكومية
وقال المتحدث الرسمي إن المشروع يهدف إلى تحسين جودة الخدمات المقدمة للمواطنين
وأضاف أن العمل سيبدأ خلال الأشهر المقبلة في عدد من المدن والمحافظات
الاقتصاد السوق الأسعار النفط الطاقة المياه الصحة المستشفى الطلاب الجامعة
الرياض جدة القاهرة عمان بيروت الدوحة الكويت المنامة مسقط تونس الرباط الجزائر
المؤتمر الصحفي الاجتماع مجلس الشورى الحكومة البرلمان القرار الاتفاقية التعاون`)

// arabicText returns about n bytes of Arabic paragraphs, different per seed.
func arabicText(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	for b.Len() < n {
		for range 8 + r.IntN(8) {
			b.WriteString(arabicWords[r.IntN(len(arabicWords))])
			b.WriteByte(' ')
		}
		b.WriteString(fmt.Sprintf("رقم %d.", seed))
		if r.IntN(3) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

var riyadh = time.FixedZone("", 3*3600)

// article builds a valid article of source src, numbered i.
func article(src int64, i int) *news.Article {
	return &news.Article{
		SourceID:     src,
		URL:          fmt.Sprintf("https://example.test/a/%d?utm_source=x", i),
		CanonicalURL: fmt.Sprintf("https://example.test/a/%d", i),
		Title:        fmt.Sprintf("خبر رقم %d", i),
		Text:         arabicText(uint64(i), 600),
		Author:       "مراسل",
		Language:     "ar",
		Published:    time.Date(2024, 3, 1, 12, 0, 0, 0, riyadh).Add(time.Duration(i) * time.Minute),
		Fetched:      time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC),
		ContentHash:  fmt.Sprintf("hash-%d", i),
	}
}

func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if got := news.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (err %v), want %q", got, err, code)
	}
}

// queryPlan is the detail of each step of SQLite's plan for a query.
func queryPlan(t *testing.T, s *Store, query string, args ...any) []string {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan
}
