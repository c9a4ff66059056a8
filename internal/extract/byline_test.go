package extract

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestIsBareByline(t *testing.T) {
	sites := []string{"صحيفة المرصد", "المرصد"}
	yes := []string{
		"محمد العتيبي", "سارة الحربي - الرياض", "الرياض: عبدالرحمن الشهري", "واس - جدة", "القاهرة - رويترز:",
		"د. خالد الزهراني", "د.الطيب بوعزة", "لندن: «الحياة»", "المرصد - جدة", "خير الله العمري - أبها",
		"عبده سيد", "بيروت: ثائر عباس وبولا أسطيح", "المذنب - عبد الله الشتيلي:", "لندن: مينا الدروبي",
		"فهد الدوسري (الدمام)", "يوسف الكبيسي - الدوحة - تصوير: علي المري", "تقرير - عبدالرحمن الناصر",
		"\"الحياة\" من الرياض", "*طلال الصياح من الرياض", "د. عبد الوهاب بن عبد الله الخميس", "&nbsp;واس (جدة)",
	}
	no := []string{
		"صورة أرشيفية", "اقرأ أيضاً", "الرياض", "المرصد", "جدة 10 أغسطس 2015", "مستشفى الملك فهد",
		"قال محمد الفهد", "حفظه الله", "هل ينجح محمد صلاح؟", "أخبار ذات صلة", "التعليقات (3)",
		"الأمير محمد بن سلمان", "جامعة الملك سعود - الرياض", "مقالات مشابهة", "شارك الخبر",
		"محمد", "قراءة 3 دقائق", "ارتفاع أسعار النفط في الرياض", "أرسل لصديق",
	}
	for _, s := range yes {
		if !isBareByline(s, sites) {
			t.Errorf("isBareByline(%q) = false, want true (kinds %v)", s, bylineKinds(s, sites))
		}
	}
	for _, s := range no {
		if isBareByline(s, sites) {
			t.Errorf("isBareByline(%q) = true, want false (kinds %v)", s, bylineKinds(s, sites))
		}
	}
}

// A byline line with no lead-in and no telling class, between the date and
// the text or closing the article, is the author; the same kind of line as
// the first paragraph of the text itself, or a caption, is not.
func TestBareBylinePositions(t *testing.T) {
	body := healthBody
	page := func(before, after string) string {
		return `<html lang="ar"><head><title>خطة صحية جديدة | المرصد</title></head><body>
<div class="k1"><a href="/">المرصد</a></div><div class="q7"><h2>خطة صحية جديدة</h2>
<div class="z3">10 أغسطس 2015</div>` + before + `<div class="t9">` + body + `</div>` + after + `</div>
<div class="f0">جميع الحقوق محفوظة © المرصد</div></body></html>`
	}
	cases := []struct {
		name, html, want string
	}{
		{"under the date", page(`<div class="x1">سلمان العنزي - الرياض</div>`, ""), "سلمان العنزي - الرياض"},
		{"closing the article", page("", `<div class="s5">واشنطن: محمد علي صالح</div>`), "واشنطن: محمد علي صالح"},
		{"bold under the headline", page(`<p><b>الرياض - واس</b></p>`, ""), "الرياض - واس"},
		{"caption", page(`<figure><img src="a.jpg"><figcaption>محمد العتيبي</figcaption></figure>`, ""), ""},
		{"link to another article", page(`<div><a href="/news/2">محمد العتيبي - الرياض</a></div>`, ""), ""},
		{"section label", page(`<div class="x1">محليات</div>`, ""), ""},
		{"no byline", page("", ""), ""},
		{"first line of the text", strings.Replace(page("", ""), `<div class="t9">`, `<div class="t9"><p>سلمان العنزي - الرياض</p>`, 1), ""},
	}
	ex := New()
	for _, c := range cases {
		res := authorOf(t, ex, c.name, c.html, c.want)
		if c.want != "" && strings.Contains(res.Text, c.want) {
			t.Errorf("%s: the byline stays in the text: %q", c.name, res.Text)
		}
	}
}

// The article's own footer (a <footer> inside <article>) is where many sites
// sign the story: a name line there closing the text is the author. The
// page's footer, outside the article, is chrome: a name there is not, and
// neither footer's text joins the article's.
func TestArticleFooterByline(t *testing.T) {
	body := healthBody
	page := func(artFoot, pageFoot string) string {
		return `<html lang="ar"><head><title>خطة صحية جديدة | المرصد</title></head><body>
<nav><a href="/">الرئيسية</a></nav><article><header><h1>خطة صحية جديدة</h1><p class="d">10 أغسطس 2015</p></header>
<div class="t9">` + body + `</div>` + artFoot + `</article>
<footer>` + pageFoot + `<p>جميع الحقوق محفوظة © المرصد</p></footer></body></html>`
	}
	cases := []struct {
		name, html, want string
	}{
		{"article footer", page(`<footer class="z1"><p>سلمان العنزي - الرياض</p><div class="tags"><a href="/tag/1">وزارة الصحة</a> <a href="/tag/2">مستشفيات</a></div></footer>`, ""), "سلمان العنزي - الرياض"},
		{"article footer with lead-in", page(`<footer><p>بقلم: سلمان العنزي</p></footer>`, ""), "سلمان العنزي"},
		// role=contentinfo was never furniture: read as before.
		{"role=contentinfo in the article", page(`<div role="contentinfo"><p>واشنطن: محمد علي صالح</p></div>`, ""), "واشنطن: محمد علي صالح"},
		{"page footer", page("", `<p>سلمان العنزي - الرياض</p>`), ""},
		{"share bar in the article footer", page(`<footer class="share"><p>سلمان العنزي</p></footer>`, ""), ""},
		{"sentence in the article footer", page(`<footer><p>قال سلمان العنزي</p></footer>`, ""), ""},
	}
	ex := New()
	for _, c := range cases {
		res := authorOf(t, ex, c.name, c.html, c.want)
		for _, s := range []string{"سلمان العنزي", "محمد علي صالح", "مستشفيات جديدة وتوسيع", "جميع الحقوق", "وزارة الصحة مستشفيات"} {
			in := strings.Contains(res.Text, s)
			if c.name == "role=contentinfo in the article" && s == "محمد علي صالح" {
				// The text rules do not read role: a <div> closing the
				// article is text to them, as it was before this rule.
				continue
			}
			if want := s == "مستشفيات جديدة وتوسيع"; in != want {
				t.Errorf("%s: %q in the text = %v, want %v: %q", c.name, s, in, want, res.Text)
			}
		}
	}
}

// healthBody is the two paragraphs of text the byline pages below share.
const healthBody = `<p>أعلنت وزارة الصحة اليوم عن خطة جديدة لتطوير الخدمات الصحية في جميع مناطق المملكة خلال العام المقبل.</p>
<p>وأوضح المتحدث الرسمي أن الخطة تشمل بناء مستشفيات جديدة وتوسيع المراكز الصحية القائمة في المدن والقرى.</p>`

// authorOf extracts page and reports an author other than want.
func authorOf(t *testing.T, ex Extractor, name, page, want string) *Result {
	t.Helper()
	res, err := ex.Extract(context.Background(), Input{HTML: []byte(page), URL: "http://example.com/news/1"})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if res.Author != want {
		t.Errorf("%s: author %q, want %q", name, res.Author, want)
	}
	return res
}

// A page with no <article> still names its article's footer by class
// («article-footer», WordPress's «entry-footer»): a writer's label there is
// read even past an audio clip after the text, and a second credit printed
// in the next span («تصوير: فلان», no space between the two) is not part
// of the name.
func TestNamedArticleFooter(t *testing.T) {
	body := healthBody
	page := func(foot string) string {
		return `<html lang="ar"><head><title>خطة صحية جديدة | المرصد</title></head><body>
<div class="top"><a href="/">الرئيسية</a> <a href="/s">صحة</a></div><div class="main"><h1>خطة صحية جديدة</h1><p class="d">10 أغسطس 2015</p>
<div class="t9">` + body + `<div class="audio"><div class="cap">استمعوا إلى تصريح المتحدث الرسمي لبرنامج الصباح:</div><audio src="/a.mp3"></audio><span>04:13</span></div></div>
` + foot + `</div><div class="ft"><p>جميع الحقوق محفوظة © المرصد</p></div></body></html>`
	}
	cases := []struct {
		name, html, want string
	}{
		{"article-footer", page(`<div class="article-footer"><p class="a">تحرير: <span>سلمان العنزي</span></p><p>آخر تحديث: 10 أغسطس 2015</p></div>`), "سلمان العنزي"},
		{"entry-footer, two credits", page(`<div class="entry-footer"><span class="e">تحرير: <b>الرياض - سلمان العنزي</b></span><span class="p">تصوير: خالد الحربي</span></div>`), "الرياض - سلمان العنزي"},
		{"dateline credit, two credits", page(`<div class="entry-footer"><span class="e">تحرير: <b>جدة - الجزيرة:</b></span><span class="p">تصوير: خالد الحربي</span></div>`), "جدة - الجزيرة"},
		{"page footer", page(`<div class="site-footer"><p>تحرير: سلمان العنزي</p></div>`), ""},
	}
	ex := New()
	for _, c := range cases {
		res := authorOf(t, ex, c.name, c.html, c.want)
		if strings.Contains(res.Text, "تحرير") {
			t.Errorf("%s: the credit line joined the text: %q", c.name, res.Text)
		}
	}
}

// A press release's media contact, the name under «للتواصل الإعلامي:»
// after the text, is whom to call, not the writer.
func TestMediaContactNotByline(t *testing.T) {
	page := func(label string) string {
		return storyPage("", `<div class="mc"><h4>`+label+`</h4><p>سارة المطيري</p><p>مدير الاتصال المؤسسي، شركة الأفق</p></div>`)
	}
	ex := New()
	authorOf(t, ex, "media contact", page("للتواصل الإعلامي:"), "")
	// The same name under no label closes the text as its signature.
	authorOf(t, ex, "signature", page(""), "سارة المطيري")
}

// A rail of columnists, each name marked as a writer, names no one's story:
// a story without a byline keeps none, one with a byline keeps its own.
func TestWriterRailNotByline(t *testing.T) {
	rail := `<div class="r"><h3>كتّاب الرأي</h3><ul>`
	for _, n := range []string{"د. سعيد بن محمد السيابي", "علي بن راشد المطاعني", "حمود بن علي الطوقي", "رجب بن علي العويسي"} {
		rail += `<li><a class="writer" href="/w/` + n + `">` + n + `</a><a class="c" href="/o/1">قراءة في المشهد</a></li>`
	}
	rail += `</ul></div>`
	ex := New()
	authorOf(t, ex, "rail only", storyPage("", rail), "")
	withByline := strings.Replace(storyPage("", rail), `<div class="q2">`, `<p class="writer">سلمان العنزي</p><div class="q2">`, 1)
	authorOf(t, ex, "byline and rail", withByline, "سلمان العنزي")
}

// A tag line after the text, its tags spaced apart, is no byline even when
// its words read as a name and a city («الوسوم: منصور متعب جدة»).
func TestTagLineNotByline(t *testing.T) {
	tags := `<div class="t"><span>الوسوم:</span> <a href="/tags/1">منصور</a><a href="/tags/2">متعب</a><a href="/tags/3">جدة</a></div>`
	authorOf(t, New(), "tag line", storyPage("", tags), "")
}

// A writer's card in the article's footer marks the name, the bio and the
// follow link as author elements: that is one writer, not a list of
// writers, and its name repeating the byline does not make the byline
// menu text.
func TestWriterCardNotList(t *testing.T) {
	name := "واشنطن: محمد علي صالح"
	page := `<html lang="ar"><head><meta charset="utf-8"><title>مبتعثون في الحياة الأميركية | تقنية</title></head><body>
<div class="menu"><a href="/">الرئيسية</a> <a href="/c/1">أخبار التقنية</a></div>
<article><header><h1 class="entry-title">مبتعثون في الحياة الأميركية</h1>
<div class="meta"><div class="td-post-author-name"><div class="td-author-by">بواسطة</div> <a href="/p/w1">` + name + `</a><div class="td-author-line"> - </div></div></div></header>
<div class="td-post-content"><p>أعلنت وزارة التعليم اليوم عن خطة جديدة لتطوير برامج الابتعاث في جميع الجامعات خلال العام المقبل.</p>
<p>وأوضح المتحدث الرسمي أن الخطة تشمل زيادة عدد المقاعد وتوسيع التخصصات المتاحة للطلاب والطالبات.</p></div>
<footer><div class="tags"><a href="/t/1">ابتعاث</a></div>
<div class="author-box-wrap"><a href="/p/w1"><img src="/a.jpg"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/p/w1">` + name + `</a></span></div>
<div class="td-author-description">كاتب ومترجم تقني، يهتم بالأمن الرقمي والخصوصية وتطبيقات الهواتف، ويقدم شروحات مبسطة للقراء العرب.</div>
<div class="td-author-social"><a href="https://twitter.com/w1">تويتر</a></div></div></div></footer></article>
<div class="related"><h4>مقالات ذات صلة</h4><a href="/n/2">خبر آخر عن التقنية</a></div></body></html>`
	authorOf(t, New(), "byline and writer card", page, name)
}

// A fact-check platform names itself the author (a JSON-LD Organization)
// and credits its checker after the text, «تحقق:» with the name linked to
// the team page: the checker is the byline.
func TestFactCheckCredit(t *testing.T) {
	body := healthBody
	page := `<html lang="ar"><head><meta charset="utf-8"><title>مضلل: خطة صحية جديدة | منصة التحقق</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","author":{"@type":"Organization","name":"منصة التحقق"}}</script></head><body>
<div class="top"><a href="/">الرئيسية</a> <a href="/claims">ادعاءات</a></div><main><h1>خطة صحية جديدة</h1><div class="t9">` + body + `</div>
<section class="sources"><h3>المصادر</h3><ol><li><a href="https://www.spa.gov.sa/1">وكالة الأنباء السعودية (واس) - تاريخ الاطلاع 26.07.2015</a></li><li><a href="https://moh.gov.sa/2">الموقع الرسمي لوزارة الصحة - تاريخ الاطلاع 25.07.2015</a></li></ol></section>
<section class="panel"><h3>فريق التحقق</h3><div>تحقق: <a href="/team/65">وائل مرزا</a></div><div>تدقيق ومراجعة: <a href="/team/154">بندر الحربي</a></div></section>
</main><div class="ft"><p>جميع الحقوق محفوظة © منصة التحقق</p></div></body></html>`
	authorOf(t, New(), "fact-check credit", page, "وائل مرزا")
}

// A podcast's credits list its presenter under «تقديم» (the show's
// producer under «إعداد» after it), and a Drupal field prints its label
// «الكاتب» in a child of its own before the linked name.
func TestPresenterAndFieldLabel(t *testing.T) {
	body := healthBody
	page := func(credit string) string {
		return `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة | المرصد</title></head><body>
<div class="top"><a href="/">الرئيسية</a> <a href="/s">صحة</a></div><div class="main"><h1>خطة صحية جديدة</h1>` + credit + `
<div class="t9">` + body + `</div></div><div class="ft"><p>جميع الحقوق محفوظة © المرصد</p></div></body></html>`
	}
	ex := New()
	authorOf(t, ex, "presenter", page(`<ul class="ep-credits"><li><span class="role">تقديم</span> <a class="person" href="/people/68">سلمان العنزي</a></li><li><span class="role">إعداد</span> <a class="person" href="/people/166">هيفاء العمري</a></li></ul>`), "سلمان العنزي")
	authorOf(t, ex, "reporter box: photo, label, name, country", page(`<div class="reporter-box"><img src="/r/71.jpg" alt=""><div class="rb-label">مراسل الموقع</div><div class="rb-name"><a href="/reporter/71">القاهرة - الجزيرة</a></div><div class="rb-country">مصر</div></div>`), "القاهرة - الجزيرة")
	authorOf(t, ex, "field label", page(`<div class="node__meta"><div class="field field--name-field-writer"><div class="field__label">الكاتب</div><div class="field__item"><a href="/taxonomy/term/4071">نابلس - أ ف ب</a></div></div><div class="field field--name-field-views"><div class="field__label">المشاهدات</div><div class="field__item">1702</div></div></div>`), "نابلس - أ ف ب")
}

// A wire's Arabic copy ends with who prepared it and who edited it:
// «(إعداد فلان للنشرة العربية - تحرير فلانة)». The first is the byline.
func TestWireClosingNote(t *testing.T) {
	body := healthBody + `
<p class="note">(إعداد <span>وائل مرزا</span> للنشرة العربية - تحرير <span>حسن عمار</span>)</p>`
	page := `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة | الوكالة</title></head><body>
<div class="top"><a href="/">الرئيسية</a> <a href="/s">صحة</a></div><div class="main"><h1>خطة صحية جديدة</h1>
<div class="t9">` + body + `</div></div><div class="ft"><p>جميع الحقوق محفوظة © الوكالة</p></div></body></html>`
	res := authorOf(t, New(), "wire note", page, "وائل مرزا")
	if strings.Contains(res.Text, "للنشرة العربية") {
		t.Errorf("the note stayed in the text: %q", res.Text)
	}
}

// A site that scrolls on prints the next story whole under the first, its
// headline, its writer and date row, its text: that writer is not the first
// story's. A subheading inside the text does not end the story.
func TestNextArticleByline(t *testing.T) {
	para := healthBody
	next := `<div class="next-divider"><span>المقال التالي</span></div><article class="story"><h2 class="story-title">ألميدا يقدم أوراق اعتماده للهلاليين في المعسكر</h2>
<div class="story-meta"><div class="writer"><a class="writer-name" href="/writer/840">الرياض: عادل القرني</a></div><div class="story-date">السبت 01 أغسطس 2015م 07:55 ص</div></div>
<div class="story-body"><p>حظي مهاجم الفريق الأول لكرة القدم بالهلال، البرازيلي إيلتون ألميدا بالثناء من الجهاز الفني بعد أدائه في المباريات الودية الأخيرة.</p></div></article>`
	page := func(body, after string) string {
		return `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة | الوطن</title></head><body>
<div class="top"><a href="/">الرئيسية</a> <a href="/s">صحة</a></div><main><article class="story"><h1 class="story-title">خطة صحية جديدة</h1>
<div class="story-body">` + body + `</div></article>` + after + `</main><div class="ft"><p>جميع الحقوق محفوظة © الوطن</p></div></body></html>`
	}
	ex := New()
	authorOf(t, ex, "next story's writer", page(para, next), "")
	sub := para + `<h2>تفاصيل الخطة في المناطق والمحافظات</h2>` + para + `<div class="writer"><span class="writer-name">لجين الحمدان</span></div>`
	authorOf(t, ex, "writer after a subheading", page(sub, ""), "لجين الحمدان")
	// A related story's card, an <article> of its own with a headline and
	// an excerpt but no byline or date row, is not the next story.
	card := `<article class="card"><h2>وزارة الصحة تطلق حملة للتطعيم في المدارس والجامعات</h2><p>أطلقت وزارة الصحة حملة واسعة للتطعيم تشمل المدارس والجامعات في جميع مناطق المملكة خلال الشهر المقبل.</p></article>`
	authorOf(t, ex, "writer after a related card", page(para, card+`<div class="writer"><span class="writer-name">لجين الحمدان</span></div>`), "لجين الحمدان")
}

// A byline element that holds the city and, in an element of its own, the
// name («<span class=city>المنامة</span> - <span class=writer>فلان</span>»)
// names the writer by the inner element; a «متابعة:» line after the text's
// last paragraph, before a photographer's credit and a follow-us line,
// credits who followed the story up.
func TestInnerWriterAndFollowUpCredit(t *testing.T) {
	body := healthBody
	page := func(head, tail string) string {
		return `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة | الوسط</title></head><body>
<div class="top"><a href="/">الرئيسية</a> <a href="/s">صحة</a></div><div class="main"><h1>خطة صحية جديدة</h1>` + head + `
<div class="t9">` + body + tail + `</div></div><div class="ft"><p>جميع الحقوق محفوظة © الوسط</p></div></body></html>`
	}
	ex := New()
	authorOf(t, ex, "inner writer", page(`<div class="news-writer"><span class="city">المنامة</span> - <span class="writer">واس - الرياض</span></div>`, ""), "واس - الرياض")
	authorOf(t, ex, "follow-up credit", page("", `<p class="credit">متابعة: <strong>لجين الحمدان</strong></p><p class="photographer">تصوير: محمد رجوب</p>`+
		`<p class="follow"><strong>تابعوا آخر الأخبار عبر تطبيق تلغرام على الهواتف الذكية عبر الرابط:</strong> <a href="https://t.me/news">https://t.me/news</a></p>`), "لجين الحمدان")
}

// A story no one signs: the site names itself the author in JSON-LD (an
// Organization of its own name, the schema's default), and the byline
// element holds only the publishing stamp «نُشر: …». Neither is a byline.
// Another outlet named as the Organization (an agency) still is.
func TestSiteAsAuthorIsNoByline(t *testing.T) {
	page := func(org, byline string) string {
		return `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة | صحيفة المرصد</title>
<meta property="og:site_name" content="صحيفة المرصد">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"خطة صحية جديدة","author":{"@type":"Organization","name":"` + org + `"}}</script></head><body>
<div class="top"><a href="/"><img src="/logo.png" alt="صحيفة المرصد"></a> <a href="/s">صحة</a></div><div class="main"><h1>خطة صحية جديدة</h1>
<div class="byline">` + byline + `</div><div class="t9">` + healthBody + `</div></div><div class="ft"><p>جميع الحقوق محفوظة © صحيفة المرصد</p></div></body></html>`
	}
	ex := New()
	authorOf(t, ex, "the site as the author", page("صحيفة المرصد", ``), "")
	authorOf(t, ex, "a publishing stamp in the byline element", page("صحيفة المرصد", `<span class="published">نُشر: 19:57-10 أغسطس 2015 م</span>`), "")
	authorOf(t, ex, "an agency as the author", page("وكالة الأنباء السعودية", ``), "وكالة الأنباء السعودية")
	authorOf(t, ex, "a byline element holding a dotted date alone", page("صحيفة المرصد", `<span class="d">31.07.2015</span>`), "")
	authorOf(t, ex, "a byline element holding the desk's initials", page("صحيفة المرصد", `<span class="d">ع.ش/ م.س (أ ف ب، د ب أ)</span>`), "")
	authorOf(t, ex, "a byline element holding an agency's initials", page("صحيفة المرصد", `<span class="d">أ.ف.ب (ماليزيا)</span>`), "أ.ف.ب (ماليزيا)")
}

// A theme wraps the post in a box of a furniture word (Blogger's «widget
// Blog», a newsletter platform's «newsletter-post»): an <article> holding
// the page's <h1>, or the element marking the article, is the story all
// the same, and its byline is read.
func TestArticleInFurnitureBox(t *testing.T) {
	ex := New()
	blogger := `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة</title></head><body>
<div class="mainNav"><a href="/">الرئيسية</a> <a href="/s">صحة</a></div><main class="blogItm"><div class="widget Blog" id="Blog1"><div class="blogPts">
<article class="ntry ps post"><h1 class="pTtl">خطة صحية جديدة</h1><div class="pInf"><a class="g-profile" href="https://www.blogger.com/profile/3922" rel="author"><bdi class="nm">وائل مرزا</bdi></a></div>
<div class="pEnt">` + healthBody + `</div>
<div class="admPs"><bdi class="admN" data-text="عن الكاتب"></bdi><div class="admA">وائل مرزا</div><div class="admD">محرر في المرصد</div></div></article></div></div></main>
<footer><p>جميع الحقوق محفوظة © المرصد</p></footer></body></html>`
	authorOf(t, ex, "Blogger's widget box", blogger, "وائل مرزا")
	newsletter := `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة - نشرة المرصد</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"خطة صحية جديدة","author":[{"@type":"Person","name":"وائل مرزا"}]}</script></head><body>
<div class="navbar"><h1 class="navbar-title"><a href="/">نشرة المرصد</a></h1><button>Subscribe</button></div>
<div class="single-post"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">خطة صحية جديدة</h1>
<div class="byline-wrapper"><div><a href="https://substack.com/@w"><img src="/w.jpg" alt=""></a></div><div><span><div><a href="https://substack.com/@w">وائل مرزا</a></div></span></div>
<div><div class="meta">Aug 11, 2015</div></div></div></div>
<div class="body markup">` + healthBody + `</div></article></div>
<div class="footer"><p>جميع الحقوق محفوظة © المرصد</p></div></body></html>`
	authorOf(t, ex, "a newsletter platform's post", newsletter, "وائل مرزا")
}

// The element that marks the article is no furniture for a furniture word
// in its own class: the headline in it is the page's headline.
func TestArticleMarkerNotFurniture(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><div class="navbar"><a href="/">نشرة المرصد</a></div>
<article class="typography newsletter-post post"><h1 class="post-title">خطة صحية جديدة</h1>` + healthBody + `</article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if h := headlineBlock(parsePage(doc), "خطة صحية جديدة"); h < 0 {
		t.Errorf("the headline in a «newsletter-post» article was read as furniture")
	}
}

// On a page in another language a byline element holding the row's date
// («25. Oktober 2023») names no one, and one holding a name and the date
// names the writer up to the date: a name holds no year.
func TestYearIsNoAuthorElsewhere(t *testing.T) {
	de := "Die Stadt hat heute einen neuen Park im Zentrum eröffnet, nach zwei Jahren Bauzeit, mit Wegen für Fußgänger und Spielplätzen für Kinder in allen Vierteln. "
	page := func(byline string) string {
		return `<html lang="de"><head><meta charset="utf-8"><title>Neuer Park eröffnet</title></head><body>
<div class="top"><a href="/">Start</a> <a href="/s">Stadt</a></div><main><h1>Neuer Park eröffnet</h1><div class="meta"><span class="author">` + byline + `</span></div>
<div class="t9"><p>` + de + de + `</p><p>` + de + `</p></div></main><footer><p>Alle Rechte vorbehalten</p></footer></body></html>`
	}
	authorOf(t, New(), "a date in the byline element", page("25. Oktober 2023"), "")
	authorOf(t, New(), "a name and the date in the byline element", page("Eseppelt · 31. Oktober 2023"), "Eseppelt")
}

// A writer's card closes on the writer's accounts, their icons' hidden
// labels read as words: not part of the name.
func TestWriterCardSocialTail(t *testing.T) {
	page := `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة | المرصد</title></head><body>
<div class="top"><a href="/">الرئيسية</a> <a href="/s">صحة</a></div><div class="main"><h1>خطة صحية جديدة</h1>
<div class="t9">` + healthBody + `</div>
<div class="author-box"><img src="/a.jpg" alt=""><div class="description"><a href="/author/wael/" rel="author">وائل مرزا</a><ul class="social-icons"><li><a href="https://twitter.com/w" title="تويتر"><span class="visuallyhidden">تويتر</span></a></li></ul></div></div>
</div><div class="ft"><p>جميع الحقوق محفوظة © المرصد</p></div></body></html>`
	authorOf(t, New(), "writer's card with an account icon", page, "وائل مرزا")
}

// The JSON-LD names the writer and a writer's card after the text repeats
// the name alone in a block of its own: the card corroborates the byline,
// it is no menu. A name that stands in the site's menu still is.
func TestStatedAuthorBesideWriterCard(t *testing.T) {
	page := func(name, menu string) string {
		return `<html lang="ar"><head><meta charset="utf-8"><title>خطة صحية جديدة | المرصد</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"خطة صحية جديدة","author":{"@type":"Person","name":"` + name + `"}}</script></head><body>
<ul class="menu"><li><a href="/">الرئيسية</a></li><li><a href="/s">` + menu + `</a></li><li><a href="/t">رياضة</a></li></ul><div class="main"><h1>خطة صحية جديدة</h1>
<div class="t9">` + healthBody + `</div>
<div class="author-box"><section class="author-info"><img src="/a.jpg" alt=""><div class="description"><a href="/author/x/" rel="author">` + name + `</a><ul class="social-icons"><li><a href="https://twitter.com/" title="تويتر"><span class="visuallyhidden">تويتر</span></a></li></ul></div></section></div>
<section class="related-posts"><h4>مقالات ذات صلة</h4><article><h4><a href="/news/2">حرس الحدود يبحث عن أربعة مفقودين في البحر</a></h4></article><article><h4><a href="/news/3">ست عادات تميز الناجحين في الادخار</a></h4></article></section>
</div><div class="ft"><p>جميع الحقوق محفوظة © المرصد</p></div></body></html>`
	}
	authorOf(t, New(), "writer's card after the text", page("الرياض - واس:", "صحة"), "الرياض - واس")
	authorOf(t, New(), "a person's name", page("ولاء حسان", "صحة"), "ولاء حسان")
	authorOf(t, New(), "the menu's section", page("الصحة العامة", "الصحة العامة"), "")
}
