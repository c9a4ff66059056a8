package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// A story of our own words, four paragraphs long enough to be the article.
var storyParas = []string{
	"أعلنت البلدية صباح اليوم عن افتتاح حديقة عامة جديدة في وسط المدينة بعد أعمال استمرت عامين كاملين، وتضم الحديقة ممرات للمشاة وملاعب للأطفال.",
	"وقال رئيس البلدية في مؤتمر صحفي إن المشروع يهدف إلى زيادة المساحات الخضراء في الأحياء القديمة، وإن العمل سيبدأ قريبا في حديقتين أخريين.",
	"وأضاف أن الحديقة ستفتح أبوابها للزوار من السادسة صباحا حتى منتصف الليل طوال أيام الأسبوع، مع تخصيص أماكن لكبار السن.",
	"ومن المنتظر أن تستقبل الحديقة آلاف الزوار خلال عطلة نهاية الأسبوع المقبلة، بحسب تقديرات البلدية التي أعدت خطة لتنظيم حركة المرور.",
}

const otherTitle = "ارتفاع أسعار الخضار في الأسواق المركزية هذا الأسبوع"
const otherLead = "شهدت الأسواق المركزية ارتفاعا ملحوظا في أسعار الخضار بسبب موجة الحر."

func storyPage(between string, after string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح حديقة عامة جديدة | صحيفة المدينة</title></head><body>`)
	b.WriteString(`<div class="q1"><h1>افتتاح حديقة عامة جديدة</h1><div class="q2">`)
	for i, p := range storyParas {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
		if i == 1 {
			b.WriteString(between)
		}
	}
	b.WriteString(`</div>` + after + `</div></body></html>`)
	return b.String()
}

func TestCleanupRules(t *testing.T) {
	cases := []struct {
		name, between, after string
		gone                 []string // text that must not be in the result
		kept                 []string // text that must stay
	}{
		{name: "teaser with label and lead, unknown class",
			between: `<div class="zz9"><b>طالع كذلك:</b> <a href="/n/77">` + otherTitle + `</a><p>` + otherLead + `</p></div>`,
			gone:    []string{otherTitle, otherLead, "طالع كذلك"}},
		{name: "teaser as a whole-card link",
			between: `<a href="/n/78"><div><h4>` + otherTitle + `</h4><p>` + otherLead + `</p></div></a>`,
			gone:    []string{otherTitle, otherLead}},
		{name: "more-from cards: a headline link, its lead cut with an ellipsis, a date row under it",
			after: `<section><h2>المزيد من اقتصاد</h2>` + strings.Repeat(`<article class="c"><a href="/n/81"><h3><span>`+otherTitle+`</span></h3></a><p>`+otherLead+`..</p>`+
				`<div class="d"><span>نشر في </span><span>26/7/2015</span></div></article>`, 3) + `</section>`,
			gone: []string{otherTitle, otherLead}},
		{name: "a video card: the player's picture, the clip's title, a credit closing on its length",
			between: `<div class="v"><div class="pl" data-id="ab0d"><img src="/media/ab0d.jpg" alt=""></div><p class="t">افتتاح الحديقة بالصور والفيديو</p><span>© صحيفة المدينة</span> <span>04:11</span></div>`,
			gone:    []string{"افتتاح الحديقة بالصور والفيديو", "04:11"}},
		{name: "a picture's box without <figure>: picture, caption, photographer's credit",
			between: `<div class="im"><img src="/media/p2.jpg" alt=""><p class="c">الحديقة من الداخل</p><p class="ph">تصوير: وليد الكبيسي</p></div>`,
			gone:    []string{"الحديقة من الداخل", "وليد الكبيسي"}},
		{name: "a news-by-text-message pitch",
			after: `<div class="sp"><p>لمتابعة أخبار المدينة لحظة بلحظة اشترك في خدمة الأخبار عبر الجوال: أرسل الرقم 1 إلى 801122 (الاتصالات السعودية) أو 88613 (موبايلي)</p></div>`,
			gone:  []string{"801122", "لحظة بلحظة"}},
		{name: "a call for readers' stories",
			after: `<div class="tip"><p>هل لديك قصة أو معلومة تريد أن تشاركها مع المدينة؟ تواصل معنا عبر البريد الإلكتروني أو عبر واتساب.</p></div>`,
			gone:  []string{"هل لديك قصة"}},
		{name: "a video card: the length on the picture, the clip's title under it",
			after: `<div class="vc"><a href="/v/3062"><img src="/v/7045.jpg" alt=""><span class="play">&#9654;</span><span class="d">03:14</span></a><p class="vt">فيديو | جولة في الحديقة الجديدة قبل افتتاحها...</p></div>`,
			gone:  []string{"جولة في الحديقة", "03:14"}},
		{name: "an info row and a label left empty",
			between: `<p>من:</p><p>الرياض - المدينة:| نشر: 10/08/15 18:02 | 14801 قراءة طباعة | أرسل لصديق | تعليقات (2)</p>`,
			gone:    []string{"من:", "14801 قراءة", "أرسل لصديق"}},
		{name: "a tip line for readers' news by WhatsApp",
			between: `<p class="wt">لإرسال الأخبار والصور والفيديوهات إلى موقع المدينة عبر الواتس اب، أرسلوا على الرقم 054-1651552 أو عبر البريد الإلكتروني</p>`,
			gone:    []string{"لإرسال الأخبار"}},
		{name: "an ad network's label and a print edition's note in the printed paper's words",
			between: `<div class="ab"><span class="t">إعلانات Google</span><ins class="g" style="display:block" data-ad-slot="842"></ins><script>(g=window.g||[]).push({});</script></div>`,
			after:   `<p class="pn">نُشر في النسخة المطبوعة من «المدينة» الصادرة بتاريخ 10 أغسطس 2015 - العدد 47005 - تصفح العدد</p>`,
			gone:    []string{"إعلانات Google", "النسخة المطبوعة"}},
		{name: "inline link inside a sentence stays",
			between: `<p>وكانت البلدية قد أعلنت في وقت سابق عن <a href="/n/79">خطة تطوير الحدائق العامة</a> التي تشمل عشرين حديقة في مختلف الأحياء والمناطق السكنية.</p>`,
			kept:    []string{"خطة تطوير الحدائق العامة", "التي تشمل عشرين حديقة"}},
		{name: "list of headlines",
			after: `<div class="k"><span>مختارات</span><ul>` + strings.Repeat(`<li><a href="/n/80">`+otherTitle+`</a></li>`, 4) + `</ul></div>`,
			gone:  []string{otherTitle}},
		{name: "bar of short links and a tag line",
			after: `<div><a href="#p">طباعة</a> <a href="#s">شارك</a> <a href="/t/1">حدائق</a> <a href="/t/2">بلدية</a></div>`,
			gone:  []string{"طباعة", "حدائق"}},
		{name: "embedded social post",
			between: `<blockquote><p>صور الحديقة الجديدة من الجو</p>&mdash; حساب (@acc) <a href="https://twitter.com/acc/status/123">date</a></blockquote>`,
			gone:    []string{"صور الحديقة الجديدة من الجو"}},
		{name: "ad label and view counter",
			between: `<div><small>إعلان</small></div><div>عدد المشاهدات: 1234</div>`,
			gone:    []string{"إعلان", "عدد المشاهدات"}},
		{name: "comment section: a list of short comments and a form with a text area",
			after: `<div class="x7"><h4>آراء القراء (2)</h4><ol><li><b>زائر 52</b><p>كلام جميل ولكن التنفيذ هو المهم</p></li>` +
				`<li><b>زائر 15</b><p>نتمنى المزيد من هذه القرارات</p></li></ol><form><textarea></textarea><button>إرسال</button></form></div>`,
			gone: []string{"آراء القراء", "زائر 52", "التنفيذ هو المهم"}},
		{name: "comment section: like items not marked up as a list, a moderation notice and a form",
			between: `<div class="c4"><h3>التعليقات (2)</h3><div class="cm"><span class="cm-n">متابع</span><p>متى يتم التطبيق؟</p></div>` +
				`<div class="cm"><span class="cm-n">أبو فهد</span><p>كلام جميل ولكن التنفيذ هو المهم</p></div>` +
				`<p class="r">التعليقات المنشورة لا تعبر عن رأي الصحيفة، ويحتفظ الموقع بحق حذف أي تعليق مخالف.</p>` +
				`<form><input name="n"><textarea></textarea><button>إرسال التعليق</button></form></div>`,
			gone: []string{"التعليقات (2)", "متى يتم التطبيق", "التنفيذ هو المهم", "لا تعبر عن رأي"}},
		{name: "comment section opening with its heading, comments laid out in tables, a notice paragraph",
			after: `<div class="commentaires"><h3>تعليقات الزوار (1)</h3><table class="cm"><tr><td><b>ابن الصحراء</b></td><td>03-08-2015 | 16:49</td></tr>` +
				`<tr><td colspan="2">تجربة تستحق أن يستفاد منها عندنا، خاصة في مجال الخدمات والبنية التحتية.</td></tr></table>` +
				`<p class="av">تنبيه: التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الوكالة، ويحتفظ فريق التحرير بحق حذف أي تعليق يتضمن إساءة.</p>` +
				`<form><input name="nom"><textarea name="texte"></textarea><input type="submit" value="أرسل التعليق"></form></div>`,
			gone: []string{"تعليقات الزوار", "ابن الصحراء", "تجربة تستحق", "تنبيه: التعليقات"}},
		{name: "the site's own accounts in a closing line",
			after: `<p>انتهت التغطية المباشرة لهذا الحدث. تابعوا آخر المستجدات على شاشتنا وعبر حساباتنا على مواقع التواصل الاجتماعي.</p>`,
			gone:  []string{"انتهت التغطية", "حساباتنا"}},
		{name: "an affiliate disclosure over the text and a shop's price box inside it",
			between: `<div class="aff"><p>إفصاح: تحتوي بعض روابط هذه الصفحة على روابط تسويقية، وقد نحصل على عمولة صغيرة عند الشراء من خلالها.</p></div>` +
				`<div class="deal"><span>أفضل سعر</span> <b>هاتف جالاكسي الجديد</b> <span>2,899 درهم</span> <a rel="nofollow sponsored" href="https://shop.example/p/1">اشترِ الآن من المتجر</a><small>الأسعار محدثة تلقائياً وقد تختلف عن سعر المتجر.</small></div>`,
			gone: []string{"روابط تسويقية", "اشترِ الآن", "2,899 درهم"}},
		{name: "a paywall's box between the free paragraphs and the rest",
			between: `<div class="pw"><div>🔒</div><h3>هذا المقال مخصّص للمشتركين</h3><p>اشترك الآن لتتمكّن من قراءة المقالات المميّزة كاملة، والوصول إلى أرشيف الجريدة منذ تأسيسها.</p>` +
				`<ul><li><span>شهري</span> <span>8.99 $</span></li><li><span>سنوي</span> <span>79.99 $</span></li></ul><a href="/subscribe">اشترك الآن</a><p>مشترك بالفعل؟ <a href="/login">سجّل الدخول</a></p></div>`,
			gone: []string{"مخصّص للمشتركين", "أرشيف الجريدة", "8.99", "مشترك بالفعل"}},
		{name: "a social plugin's comments: a heading, names, comments and their action rows, no form",
			after: `<div class="fbc"><h3>التعليقات</h3><div class="c"><b>رنا العبادي</b><p>شكرا على التغطية المستمرة، دايما سباقين بالخبر</p><span>أعجبني · رد · 2 س</span></div>` +
				`<div class="c"><b>سمر حداد</b><p>بتمنى تعملوا تقرير أطول عن الموضوع وتسألوا الناس بالشارع</p><span>أعجبني · رد · 1 س</span></div><a href="#">إضافة تعليق باستخدام فيسبوك</a></div>`,
			gone: []string{"التعليقات", "رنا العبادي", "سباقين بالخبر", "أعجبني"}},
		{name: "a picture's credit line and closing disclaimers",
			between: `<p>الصورة: واس</p>`,
			after: `<div class="x2"><p>هذا الخبر منقول من موقع الرصد ولا يعبر عن وجهة نظر الموقع، والمصدر وحده يتحمل مسؤولية صحته.</p>` +
				`<p>المعلومات الواردة في هذا المقال لأغراض إعلامية فقط ولا تعد توصية بالبيع أو الشراء.</p><p>هل كان هذا المقال مفيداً؟</p></div>`,
			gone: []string{"الصورة: واس", "هذا الخبر منقول", "لأغراض إعلامية", "مفيداً"}},
		{name: "a newsletter box's pitch, with or without a form",
			between: `<div class="nl"><p>بالاشتراك في النشرة، تصلك أهم الأخبار إلى بريدك الإلكتروني كل صباح.</p><p>احصل على رسالة بريد إلكتروني كلما نشر الكاتب مقالاً جديداً.</p></div>`,
			gone:    []string{"بالاشتراك", "رسالة بريد"}},
		{name: "a follow-us line, and a sentence on a minister's account stays",
			between: `<p>وتابع الوزير عبر حسابه في تويتر نشر صور الحديقة الجديدة للزوار من مختلف الأحياء.</p>`,
			after:   `<p>تابعوا آخر أخبار المدينة عبر حساب الصحيفة في تويتر @madina_news وقناة سناب شات</p>`,
			gone:    []string{"تابعوا آخر أخبار", "madina_news"},
			kept:    []string{"وتابع الوزير عبر حسابه في تويتر"}},
		{name: "a press release's end mark, the issuer's profile and media contact after it",
			after: `<p class="e">###</p><h3>نبذة عن شركة الأفق القابضة</h3><p>تأسست شركة الأفق القابضة عام 1998 ومقرها الرياض، وهي من الشركات الرائدة في التطوير العقاري والخدمات اللوجستية في المنطقة.</p>` +
				`<div class="mc"><h4>للتواصل الإعلامي:</h4><p>سارة المطيري<br>مدير الاتصال المؤسسي<br>هاتف: +966 11 459 6351</p></div>`,
			gone: []string{"نبذة عن", "تأسست شركة", "للتواصل", "سارة المطيري", "###"}},
		{name: "a print edition's note",
			after: `<p class="pn">نُشر في النسخة الورقية من صحيفة المدينة، العدد (11221)، الصفحة 22</p>`,
			gone:  []string{"النسخة الورقية"}},
		{name: "a rule between the text's parts is no forum signature",
			between: `<p>______________________________</p>`},
		{name: "a photographer's credit closing the text stays",
			between: `<p>تصوير: عادل الحربي</p>`,
			kept:    []string{"تصوير: عادل الحربي"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := New().Extract(context.Background(), Input{HTML: []byte(storyPage(c.between, c.after)),
				URL: "https://madina.example/n/1"})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range storyParas {
				if !strings.Contains(res.Text, p) {
					t.Errorf("story paragraph lost: %.40s…\ntext:\n%s", p, res.Text)
				}
			}
			for _, g := range c.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("kept %q\ntext:\n%s", g, res.Text)
				}
			}
			for _, k := range c.kept {
				if !strings.Contains(res.Text, k) {
					t.Errorf("lost %q\ntext:\n%s", k, res.Text)
				}
			}
		})
	}
}

// TestHostMemory: a closing line the structure rules do not know is learned
// as the host's template once it repeats, and only on that host.
func TestHostMemory(t *testing.T) {
	line := "تابعوا آخر المستجدات عبر تطبيق الصحيفة على الهواتف الذكية"
	mem := NewMemory()
	ex := New(WithMemory(mem))
	page := func(i int) []byte {
		// Each page is another story: paragraphs vary, the line does not.
		// Long paragraphs repeated on 6 pages are still the story (the
		// same story updated): only paragraph 0 changes.
		s := storyPage("", "")
		s = strings.Replace(s, storyParas[0], storyParas[0]+fmt.Sprintf(" (%c)", 'أ'+rune(i)), 1)
		return []byte(strings.Replace(s, "</div></div></body>", "<p>"+line+"</p></div></div></body>", 1))
	}
	var last *Result
	for i := 0; i < 6; i++ {
		res, err := ex.Extract(context.Background(), Input{HTML: page(i), URL: "https://madina.example/n/1"})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 && !strings.Contains(res.Text, line) {
			t.Fatal("first page: the line is not known as boilerplate yet, and structure alone keeps it")
		}
		last = res
	}
	if strings.Contains(last.Text, line) {
		t.Errorf("after 6 pages the repeated line is still kept:\n%s", last.Text)
	}
	if !strings.Contains(last.Text, storyParas[1]) {
		t.Errorf("story lost:\n%s", last.Text)
	}
	// Another host has learned nothing.
	res, err := ex.Extract(context.Background(), Input{HTML: page(9), URL: "https://other.example/n/1"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, line) {
		t.Error("memory of one host applied to another")
	}
}

// TestTextHygiene: zero-width and bidi controls go, entities are decoded,
// paragraphs stay paragraphs, and the words are kept as shown (tatweel too:
// the search form folds it, the stored text is the original).
func TestTextHygiene(t *testing.T) {
	p0 := "أعلنت\u200b البلدية\u202b اليوم &quot;رسميا&quot; عن افتتاح حديقة عامة جديدة في وسط المدينة بعد أعمال استمرت عامين، وقالت إن الجريـمة لا مكان لها."
	s := strings.Replace(storyPage("", ""), "<p>"+storyParas[0]+"</p>", "<p>"+p0+"</p>", 1)
	res, err := New().Extract(context.Background(), Input{HTML: []byte(s), URL: "https://madina.example/n/1"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(res.Text, "\u200b\u202b") {
		t.Error("invisible characters kept")
	}
	if !strings.Contains(res.Text, `"رسميا"`) || strings.Contains(res.Text, "&quot;") {
		t.Error("entities not decoded")
	}
	if !strings.Contains(res.Text, "الجريـمة") {
		t.Error("the word as shown (with tatweel) was changed in the stored text")
	}
	if got := len(strings.Split(res.Text, "\n\n")); got != len(storyParas) {
		t.Errorf("%d paragraphs, want %d:\n%s", got, len(storyParas), res.Text)
	}
}

// Comments marked up as like elements rather than a list count as list
// items for the comment-section rule; bare paragraphs are prose and count.
func TestListItemLike(t *testing.T) {
	find := func(src, id string) *html.Node {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var out *html.Node
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && attr(n, "id") == id {
				out = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		return out
	}
	items := `<div class="cm"><span>متابع</span><p>متى يتم التطبيق في بقية المدن والمحافظات؟</p></div>` +
		`<div class="cm"><span>أبو فهد</span><p>كلام جميل ولكن التنفيذ هو المهم دائما</p></div>` +
		`<div class="cm"><span>مواطن</span><p>نرجو أن تشمل الخطة الأحياء الجديدة في شرق المدينة وغربها</p></div>`
	box := find(`<div id="c"><h3>التعليقات (2)</h3>`+items+`<p class="r">التعليقات المنشورة لا تعبر عن رأي الصحيفة.</p><form><textarea></textarea></form></div>`, "c")
	if n := lettersOutsideLists(box, 0); n > commentHeadLetters {
		t.Errorf("comment box: %d letters outside its items, want at most %d", n, commentHeadLetters)
	}
	prose := find(`<div id="c"><h3>التعليقات</h3><p>متى يتم التطبيق في بقية المدن والمحافظات؟</p><p>كلام جميل ولكن التنفيذ هو المهم دائما</p>`+
		`<p>وأضاف أن الحديقة ستفتح أبوابها للزوار من السادسة صباحا حتى منتصف الليل.</p><p>ومن المنتظر أن تستقبل الحديقة آلاف الزوار.</p><form><textarea></textarea></form></div>`, "c")
	if n := lettersOutsideLists(prose, 0); n <= commentHeadLetters {
		t.Errorf("bare paragraphs: %d letters outside lists, want more than %d (prose is not a list)", n, commentHeadLetters)
	}
}

// A pull quote repeats a sentence of the story where the layout wants it;
// the story keeps the sentence once, in its paragraph.
func TestPullQuote(t *testing.T) {
	quote := "بحسب تقديرات البلدية التي أعدت خطة لتنظيم حركة المرور"
	res, err := New().Extract(context.Background(), Input{HTML: []byte(storyPage(`<blockquote class="qb"><p>`+quote+`</p></blockquote>`, "")),
		URL: "https://madina.example/n/1"})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(res.Text, quote); n != 1 {
		t.Errorf("the quoted sentence is in the text %d times, want 1:\n%s", n, res.Text)
	}
	if !strings.Contains(res.Text, storyParas[3]) {
		t.Errorf("the paragraph holding the quote was lost:\n%s", res.Text)
	}
}

// TestSectionOverText: the section's name the page gives (article:section)
// standing over the text is not its first paragraph; the same word inside
// the text stays.
func TestSectionOverText(t *testing.T) {
	page := strings.Replace(storyPage(`<p>رياضة</p>`, ""), `<div class="q2">`, `<div class="q2"><p class="s">رياضة</p>`, 1)
	page = strings.Replace(page, `</title>`, `</title><meta property="article:section" content="رياضة">`, 1)
	res, err := New().Extract(context.Background(), Input{HTML: []byte(page), URL: "https://madina.example/n/1"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Text, storyParas[0]) {
		t.Errorf("the text does not open with the story: %q", res.Text)
	}
	if strings.Count(res.Text, "رياضة") != 1 {
		t.Errorf("the section's name inside the text should stay once: %q", res.Text)
	}
}

// TestForumPost: a forum's news thread is its first post: not the poster's
// card over it, nor the title printed twice, nor the signature under its
// rule, nor the replies («رد: العنوان») after it.
func TestForumPost(t *testing.T) {
	var text strings.Builder
	for _, p := range storyParas {
		text.WriteString(p + "<br>\n<br>\n")
	}
	title := "افتتاح حديقة عامة جديدة"
	for _, sig := range []string{`<br>__________________<br>سبحان الله وبحمده سبحان الله العظيم`, ""} {
		first := `<div align="center"><font color="Red"><b>` + title + `</b></font></div><br>` + text.String() + `المصدر: المدينة` + sig
		forumThread(t, title, first)
	}
	// A rule between a news page's parts, prose after it, is no signature.
	c := newCleaner("https://news.example/n/1", "", defaultZone, time.Now())
	if got := c.cleanParas([]string{storyParas[0], "____________________________", storyParas[1]}, "عنوان"); len(got) != 3 {
		t.Errorf("a rule with prose after it ended the text: %q", got)
	}
}

func forumThread(t *testing.T, title, first string) {
	t.Helper()
	post := func(n int, user, title, body string) string {
		return `<div id="edit` + fmt.Sprint(n) + `"><table id="post` + fmt.Sprint(n) + `" class="tborder"><tr><td class="thead">` +
			`<div class="normal">#<a href="showpost.php?p=` + fmt.Sprint(n) + `"><strong>` + fmt.Sprint(n) + `</strong></a></div><div class="normal">06-08-2015, 09:24 PM</div></td></tr>` +
			`<tr><td class="alt2" width="175"><div><a class="bigusername" href="member.php?u=` + fmt.Sprint(n) + `">` + user + `</a></div><div class="smallfont">عضو ذهبي</div>` +
			`<div class="smallfont"><div>تاريخ التسجيل: Mar 2009</div><div>المشاركات: 27,133</div></div></td>` +
			`<td class="alt1" id="td_post_` + fmt.Sprint(n) + `"><div class="smallfont"><strong>` + title + `</strong></div><hr>` +
			`<div id="post_message_` + fmt.Sprint(n) + `">` + body + `</div></td></tr></table></div>`
	}
	// Short replies, as most are: after a long one the signature stays
	// (a rule with prose after it is no signature), the reply still goes.
	replies := []string{
		"جزاك الله خير يالغلا على النقل المميز",
		"الحديقة جميلة جدا وزرتها أمس مع العائلة، والمواقف قليلة",
		"شكرا على الخبر، نتمنى من البلدية الاهتمام بالصيانة",
	}
	posts := post(1, "ناقل الأخبار", title, first)
	for i, r := range replies {
		posts += post(i+2, "عضو "+fmt.Sprint(i), "رد: "+title, r)
	}
	page := `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>` + title + ` - منتديات المدينة</title></head><body>` +
		`<div class="navbar"><a href="/">منتديات المدينة</a> &gt; <a href="/f/1">المنتدى العام</a></div><div id="posts">` + posts + `</div></body></html>`
	res, err := New().Extract(context.Background(), Input{HTML: []byte(page), URL: "https://forum.example/t/1"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range storyParas {
		if !strings.Contains(res.Text, p) {
			t.Errorf("story paragraph lost: %.40s…\ntext:\n%s", p, res.Text)
		}
	}
	for _, g := range []string{"تاريخ التسجيل", "المشاركات", "سبحان الله", "جزاك الله", "رد:", "الحديقة جميلة", "جديدةافتتاح"} {
		if strings.Contains(res.Text, g) {
			t.Errorf("kept %q\ntext:\n%s", g, res.Text)
		}
	}
	if strings.HasPrefix(res.Text, "1") {
		t.Errorf("the post's number opens the text: %q", res.Text)
	}
}

// TestPriceBoxLine: a shop's price box that reaches the text as one line
// (a box the structure rules kept) leaves it; a sentence with a price stays.
func TestPriceBoxLine(t *testing.T) {
	c := newCleaner("https://tech.example/n/1", "", defaultZone, time.Now())
	box := "موتورولا موتو إكس ستايل1,799 درهم اشترِ الآن من سوق.كومالأسعار محدثة تلقائياً وقد تختلف عن سعر المتجر."
	price := "وتبدأ أسعار الهاتف من 1,799 درهم في الإمارات، ويصل إلى الأسواق الشهر المقبل."
	got := c.cleanParas([]string{storyParas[0], box, price, storyParas[1]}, "عنوان")
	if want := []string{storyParas[0], price, storyParas[1]}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLineRules: lines of the page that reach the text as lines of their
// own leave it; the story's own sentences that look like them stay.
func TestLineRules(t *testing.T) {
	c := newCleaner("https://agency.example/n/1", "", defaultZone, time.Now())
	a, b := storyParas[0], storyParas[1]
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"an app's promo line",
			[]string{a, "حمّلوا تطبيق الوكالة على هواتفكم الذكية لتصلكم الأخبار العاجلة والصور لحظة وقوعها، مجانا", b},
			[]string{a, b}},
		{"a sentence on an app stays",
			[]string{a, "وأطلقت الوزارة تطبيقا جديدا يتيح للمواطنين حجز المواعيد إلكترونيا.", b},
			[]string{a, "وأطلقت الوزارة تطبيقا جديدا يتيح للمواطنين حجز المواعيد إلكترونيا.", b}},
		{"a date and a clock alone on their line",
			[]string{a, b, "31/07/2015 19:00"},
			[]string{a, b}},
		{"a contributors' note and a wire's partial-publication notice at the end",
			[]string{a, b, "ساهم في إعداد هذا التقرير مراسلو الشبكة في المنطقة.", "يتم نشر جزء من الأخبار التي يتم بثها عبر نظام تدفق الأخبار لمشتركي الوكالة، على الموقع بشكل موجز."},
			[]string{a, b}},
		{"a video's caption repeating the opening, with the clip's length",
			[]string{"فيديو: " + strings.Join(strings.Fields(a)[:8], " ") + "... 03:02", a, b},
			[]string{a, b}},
		{"a wire's closing credit and its trust principles line",
			[]string{a, b, "(إعداد وائل مرزا للنشرة العربية - تحرير حسن عمار)", "معاييرنا: مبادئ الثقة في الوكالة. نلتزم بالنزاهة والاستقلال والتحرر من التحيز."},
			[]string{a, b}},
		{"a follow line for Google News",
			[]string{a, "تابع أحدث الأخبار والتقارير لحظة بلحظة عبر تطبيق جوجل نيوز، واضغط على زر المتابعة", b},
			[]string{a, b}},
		{"an agency's closing code and its notice to subscribing media",
			[]string{a, b, "تتيح خدمة الصور في الوكالة للمؤسسات الإعلامية المشتركة الحصول على الصور عالية الدقة المرافقة لهذا الخبر.", "وام/نابلس - أ ف ب/ع خ"},
			[]string{a, b}},
		{"a channel's subscribe line",
			[]string{a, "اشترك في قناة الوكالة على يوتيوب لمشاهدة تقاريرنا المصورة والبث المباشر لنشرات الأخبار", b},
			[]string{a, b}},
		{"a video's caption",
			[]string{a, "فيديو من موقع الحدث - بيت لحم", b},
			[]string{a, b}},
		{"a network's dateline before the first sentence",
			[]string{"الرياض، المملكة العربية السعودية (CNN)-- " + a, b},
			[]string{a, b}},
		{"the desk's sign-off closing the text: editors' initials and the agencies",
			[]string{a, b, "ع.ش/ خ.س (د ب أ)"},
			[]string{a, b}},
		{"the site's own dateline, its name in quotes, before the first sentence",
			[]string{"«إيلاف» من لندن: " + a, b},
			[]string{a, b}},
	} {
		if got := c.cleanParas(slices.Clone(tc.in), "عنوان"); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A follow-us line names the network in any of its spellings: Telegram is
// تيليجرام, تيليغرام, تلغرام, تليغرام. A sentence of the story that asks
// readers to follow a case names none.
func TestAsksToFollowSpellings(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"تابعوا آخر الأخبار على قناة الوئام في تيليغرام: t.me/x", true},
		{"تابعونا على تليغرام", true},
		{"تابعونا على تيليجرام", true},
		{"تابعوا تطورات القضية في المحكمة العامة بالرياض غداً", false},
	} {
		if got := asksToFollow(c.line); got != c.want {
			t.Errorf("asksToFollow(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
