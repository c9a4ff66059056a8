package extract

import (
	"context"
	"strings"
	"testing"
)

// A Joomla K2 item prints the story's first paragraph in one box and the
// rest in a sibling box whose class says full text; trafilatura takes only
// the second. The opening must come back; a standfirst that repeats the
// lead must not stay.
func TestSplitBodyOpening(t *testing.T) {
	page := func(beforeBody string) string {
		var b strings.Builder
		b.WriteString(`<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح حديقة عامة جديدة</title></head><body>`)
		b.WriteString(`<div class="itemView"><div class="itemHeader"><h2 class="itemTitle">افتتاح حديقة عامة جديدة</h2></div>`)
		b.WriteString(`<div class="itemBody"><div class="itemImageBlock"><span class="itemImageCaption">افتتاح حديقة عامة جديدة</span></div>`)
		b.WriteString(beforeBody)
		b.WriteString(`<div class="itemFullText">`)
		for _, p := range storyParas[1:] {
			b.WriteString("<p>" + p + "</p>")
		}
		b.WriteString(`</div></div></div></body></html>`)
		return b.String()
	}
	extract := func(t *testing.T, html string) string {
		t.Helper()
		res, err := New().Extract(context.Background(), Input{HTML: []byte(html), URL: "https://k2.example/item/1"})
		if err != nil {
			t.Fatal(err)
		}
		return res.Text
	}
	t.Run("intro box", func(t *testing.T) {
		got := extract(t, page(`<div class="itemIntroText"><p>`+storyParas[0]+`</p></div>`))
		if !strings.HasPrefix(got, storyParas[0]) {
			t.Errorf("the intro box's paragraph is not the text's opening:\n%s", got)
		}
		if strings.Count(got, storyParas[1]) != 1 {
			t.Errorf("the full text is not there once:\n%s", got)
		}
	})
	t.Run("standfirst repeating the lead", func(t *testing.T) {
		stand := strings.Join(strings.Fields(storyParas[1])[:14], " ")
		got := extract(t, page(`<div class="itemIntroText"><p>`+stand+`</p></div>`))
		if !strings.HasPrefix(got, storyParas[1]) {
			t.Errorf("a standfirst that repeats the lead came back as a paragraph:\n%s", got)
		}
	})
}

// A wire story as a portal prints it: the dateline on a line of its own,
// an archive picture's caption inside the text, the end mark, the wire's
// sign-off, and then the page's boxes, which a table layout runs on after
// the text.
func TestWireStoryEdges(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح حديقة عامة جديدة</title></head><body><table><tr><td class="main">`)
	b.WriteString(`<h1>افتتاح حديقة عامة جديدة</h1><p>بيروت - 27 - 7 (كونا) --</p>`)
	for i, p := range storyParas {
		b.WriteString("<p>" + p + "</p>")
		if i == 1 {
			b.WriteString(`<p>صورة أرشيفية (الوطن)</p>`)
		}
	}
	b.WriteString(`<p>(النهاية)</p><p>ه ذ ص الوطن271454 جمت يول 15</p>`)
	b.WriteString(`<p>جميع الأخبار المنشورة خاضعة لحقوق النشر، ويحظر إعادة نشرها دون الإشارة إلى المصدر في أي موقع.</p><p>سعر برميل النفط الخام اليوم بحسب آخر الأرقام المعلنة من المؤسسة في السوق</p>`)
	b.WriteString(`</td></tr></table></body></html>`)
	res, err := New().Extract(context.Background(), Input{HTML: []byte(b.String()), URL: "https://portal.example/n/1"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Text, storyParas[0]) {
		t.Errorf("the dateline line stays before the text:\n%s", res.Text)
	}
	for _, gone := range []string{"صورة أرشيفية", "برميل النفط"} {
		if strings.Contains(res.Text, gone) {
			t.Errorf("%q stays:\n%s", gone, res.Text)
		}
	}
	if !strings.Contains(res.Text, storyParas[3]+"\n\n(النهاية)") {
		t.Errorf("the end mark, kept as the copy prints it, does not close the text:\n%s", res.Text)
	}
}
