package extract

import (
	"context"
	"strings"
	"testing"
)

// A header box whose class trafilatura's selectors favour («article-…»)
// holds the headline, a standfirst and the byline row; the story stands in
// a box of another class under it. trafilatura takes the header box and
// returns the standfirst alone; the box under the headline with the most
// prose is the story's, read after the same pruning (an ad network's label
// «إعلانات Google» goes).
func TestMainBoxUnderHeaderBox(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح حديقة عامة جديدة | صحيفة المدينة</title></head><body>`)
	b.WriteString(`<header><a href="/">صحيفة المدينة</a></header><main>`)
	b.WriteString(`<div class="article-header"><h1>افتتاح حديقة عامة جديدة</h1><p class="sub"><em>` + storyParas[0] + " " + storyParas[1] + `</em></p>` +
		`<div class="info"><span>نشر في 6/8/2015</span></div></div>`)
	b.WriteString(`<figure><img src="/i.jpg" alt=""><figcaption>الحديقة الجديدة</figcaption></figure><div class="wysiwyg">`)
	for i, p := range storyParas {
		b.WriteString("<p>" + p + "</p>")
		if i == 1 {
			// An ad network's box: its label alone is text.
			b.WriteString(`<div class="ab"><span class="t">إعلانات Google</span><ins class="g" data-ad-slot="842"></ins></div>`)
		}
	}
	b.WriteString(`</div></main><footer><p>جميع الحقوق محفوظة</p></footer></body></html>`)
	res, err := New().Extract(context.Background(), Input{HTML: []byte(b.String()), URL: "https://madina.example/n/2"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range storyParas {
		if !strings.Contains(res.Text, p) {
			t.Errorf("story paragraph lost: %.40s…\ntext:\n%s", p, res.Text)
		}
	}
	if strings.Contains(res.Text, "إعلانات") {
		t.Errorf("the ad label stayed:\n%s", res.Text)
	}
}
