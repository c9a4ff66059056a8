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
