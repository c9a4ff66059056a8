package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// cuePage is an article page with extra markup under the headline (under)
// and closing the text box (end), and a closing <p> set by the caller.
func cuePage(under, end string) string {
	return `<html lang="ar"><head><title>خطة صحية جديدة | المرصد</title></head><body>
<nav><a href="/">الرئيسية</a></nav><div class="q7"><h1>خطة صحية جديدة</h1>
<div class="z3">10 أغسطس 2015</div>` + under + `<div class="t9">
<p>أعلنت وزارة الصحة اليوم عن خطة جديدة لتطوير الخدمات الصحية في جميع مناطق المملكة خلال العام المقبل.</p>
<p>وأوضح المتحدث الرسمي أن الخطة تشمل بناء مستشفيات جديدة وتوسيع المراكز الصحية القائمة في المدن والقرى.</p>
` + end + `</div></div><div class="f0">جميع الحقوق محفوظة © المرصد</div></body></html>`
}

// A label says what the next cell or the rest of its line is: the writer,
// whether or not the name opens with a given name the wording rules know.
// A label before a line that is not name-shaped gives nothing.
func TestLabelledByline(t *testing.T) {
	unknown := "سهيلة طيبي"
	if isBareByline(unknown, nil) {
		t.Fatalf("%q is a known name: the test needs one the wording rules miss", unknown)
	}
	cases := []struct{ name, under, want string }{
		{"dt/dd", `<dl><dt>الكاتب</dt><dd>` + unknown + `</dd><dt>التاريخ</dt><dd>10 أغسطس 2015</dd></dl>`, unknown},
		{"th/td", `<table><tr><th>المحرر</th><td>متابعة - ` + unknown + `</td></tr></table>`, "متابعة - " + unknown},
		{"one line", `<div class="m1">المحرر: ` + unknown + ` · محليات</div>`, unknown},
		{"with a visitor tag", `<dl><dt>الكاتب</dt><dd>ميرا (زائر)</dd></dl>`, "ميرا (زائر)"},
		{"label before a sentence", `<dl><dt>الكاتب</dt><dd>قال إن الخطة جديدة على المنطقة</dd></dl>`, ""},
		{"label before a date", `<dl><dt>المحرر</dt><dd>10 أغسطس 2015</dd></dl>`, ""},
		{"label before a section", `<dl><dt>الكاتب</dt><dd>قسم الأخبار المحلية</dd></dl>`, ""},
		{"label before a copyright line", `<dl><dt>الكاتب</dt><dd>المرصد - جميع الحقوق محفوظة</dd></dl>`, ""},
		{"no label", `<div class="m1">` + unknown + `</div>`, ""},
	}
	ex := New()
	for _, c := range cases {
		res := authorOf(t, ex, c.name, cuePage(c.under, ""), c.want)
		if c.want != "" && strings.Contains(res.Text, unknown) {
			t.Errorf("%s: the labelled byline stays in the text: %q", c.name, res.Text)
		}
	}
}

// A link to the writer's page names the writer; a link elsewhere does not,
// nor a writer's link in the page furniture.
func TestLinkedByline(t *testing.T) {
	name := "جوسلين إيليا"
	cases := []struct{ name, under, want string }{
		{"kuttab link", `<div class="mb"><a href="/kuttab/12">` + name + `</a> · <a href="/section/1">محليات</a></div>`, name},
		{"author path", `<div class="mb"><a href="https://example.com/author/joslin">` + name + `</a></div>`, name},
		{"author query", `<div class="mb"><a href="/index.php?author=7">` + name + `</a></div>`, name},
		{"other link", `<div class="mb"><a href="/news/12">` + name + `</a></div>`, ""},
		{"writers list in a sidebar", `<div class="sidebar"><a href="/kuttab/12">` + name + `</a></div>`, ""},
	}
	ex := New()
	for _, c := range cases {
		authorOf(t, ex, c.name, cuePage(c.under, ""), c.want)
	}
}

// A short line set apart (italic, bold, <cite>) closing the text box is the
// byline, and leaves the text; a plain one is not taken on a page alone, nor
// a set-apart line that is no name.
func TestEdgeByline(t *testing.T) {
	cases := []struct{ name, end, want string }{
		{"italic agency", `<p><em>واس ـ الرياض</em></p>`, "واس ـ الرياض"},
		{"italic unknown name", `<p><i>شعاع الدحيلان</i></p>`, "شعاع الدحيلان"},
		{"cite with a dash", `<p><cite>— طرفة عبدالرحمن</cite></p>`, "طرفة عبدالرحمن"},
		{"plain known name", `<p>محمد العتيبي</p>`, ""},
		{"italic topic", `<p><em>خطة صحية</em></p>`, ""},
		{"italic sentence", `<p><em>والله ولي التوفيق.</em></p>`, ""},
		{"italic label and a place", `<p><em>الموقع: خرائط جوجل</em></p>`, ""},
		{"italic name and one-word places", `<p><em>شعاع الدحيلان (هاتفيا ــ استوكهولم)</em></p>`, "شعاع الدحيلان (هاتفيا ــ استوكهولم)"},
		// A plain closing line anchored by a city: a sign-off, on a host's
		// first page too.
		{"plain city and unknown name", `<p>القاهرة - رياح إبراهيم</p>`, "القاهرة - رياح إبراهيم"},
		{"plain known name and city", `<p>غدير الهاجري - أبها</p>`, "غدير الهاجري - أبها"},
		{"plain city and a topic", `<p>الرياض - خطة صحية جديدة</p>`, ""},
		{"plain unknown place and name", `<p>طرطوس - غدير حداد</p>`, ""},
	}
	ex := New()
	for _, c := range cases {
		res := authorOf(t, ex, c.name, cuePage("", c.end), c.want)
		if c.want != "" && strings.Contains(res.Text, c.want) {
			t.Errorf("%s: the byline stays in the text: %q", c.name, res.Text)
		}
	}
}

// A host whose pages end with a plain name line as a rule has its closing
// line read as the byline once three pages showed it; a host where one page
// in many ends so does not.
func TestPlainEdgeMemory(t *testing.T) {
	names := []string{"محمد العتيبي", "سارة الحربي", "خالد الزهراني", "عبدالله الشهري", "فهد الدوسري"}
	ex := New(WithMemory(NewMemory()))
	get := func(host string, n int, end string) string {
		t.Helper()
		res, err := ex.Extract(context.Background(), Input{HTML: []byte(cuePage("", end)), URL: fmt.Sprintf("http://%s/news/%d", host, n)})
		if err != nil {
			t.Fatal(err)
		}
		return res.Author
	}
	for i, n := range names[:3] {
		if a := get("a.example", i, "<p>"+n+"</p>"); a != "" {
			t.Fatalf("page %d of a new host: author %q, want none", i, a)
		}
	}
	if a := get("a.example", 3, "<p>"+names[3]+"</p>"); a != names[3] {
		t.Errorf("host that signs its pages: author %q, want %q", a, names[3])
	}
	// Another host: three signed pages among many that are not.
	for i := 0; i < 12; i++ {
		end := ""
		if i%4 == 0 {
			end = "<p>" + names[i%len(names)] + "</p>"
		}
		get("b.example", i, end+`<p><a href="/tag/1">وسم</a> <em>عبدالله الشهري</em> وزارة الصحة</p>`)
	}
	if a := get("b.example", 20, "<p>"+names[4]+"</p>"); a != "" {
		t.Errorf("host where few pages sign off: author %q, want none", a)
	}
}

// A dateline byline whose writer the name list does not know is taken when a
// city, agency or outlet anchors it; a city with a phrase of the story, or a
// name-shaped line with no anchor, is not.
func TestAnchoredName(t *testing.T) {
	cases := []struct{ name, under, want string }{
		{"city colon name", `<p class="d">10 أغسطس 2015 | <span>بيروت: جوسلين إيليا</span></p>`, "بيروت: جوسلين إيليا"},
		{"name dash city", `<div class="x1">ابتسام شقدار - مكة</div>`, "ابتسام شقدار - مكة"},
		{"family name with آل", `<div class="x1">الحسن آل سيد - أبها</div>`, "الحسن آل سيد - أبها"},
		{"city and the story's words", `<div class="x1">جدة: خطة صحية</div>`, ""},
		{"city and a phrase", `<div class="x1">جدة: على الطريق</div>`, ""},
		{"no anchor", `<div class="x1">جوسلين إيليا</div>`, ""},
	}
	ex := New()
	for _, c := range cases {
		authorOf(t, ex, c.name, cuePage(c.under, ""), c.want)
	}
}

// A byline opening the text box set apart in italics is the byline, as one
// in bold is; a plain one is the text's own first line.
func TestItalicFirstLine(t *testing.T) {
	first := func(p string) string {
		return strings.Replace(cuePage("", ""), `<div class="t9">`, `<div class="t9">`+p, 1)
	}
	authorOf(t, New(), "italic", first(`<p><em>سلمان العنزي - الرياض</em></p>`), "سلمان العنزي - الرياض")
	authorOf(t, New(), "plain", first(`<p>سلمان العنزي - الرياض</p>`), "")
}

// A byline printed as the bold lead-in of the first paragraph is the author
// and leaves the paragraph; a bold lead-in that is no byline stays.
func TestLeadInByline(t *testing.T) {
	lead := func(b string) string {
		return strings.Replace(cuePage("", ""), `<p>أعلنت`, `<p>`+b+` أعلنت`, 1)
	}
	res := authorOf(t, New(), "dateline lead-in", lead(`<strong>الرياض - واس:</strong>`), "الرياض - واس")
	if !strings.HasPrefix(res.Text, "أعلنت وزارة") {
		t.Errorf("the lead-in stays in the text: %q", res.Text)
	}
	res = authorOf(t, New(), "other lead-in", lead(`<strong>أولاً:</strong>`), "")
	if !strings.HasPrefix(res.Text, "أولاً: أعلنت") {
		t.Errorf("a lead-in that is no byline left the text: %q", res.Text)
	}
}

// Role words part a byline as punctuation does; an outlet's web edition is
// the outlet; a labelled line needs its separator for the labels that are
// also words, and a labelled kicker of the story's words is not a writer.
func TestBylineWording(t *testing.T) {
	sites := []string{"جريدة الرياض", "الرياض"}
	for _, s := range []string{"قراءة: سعيد بوكرامي محمد", "قراءة – محمد باوزير", "نص:أمينة الجدعاني - الرياض", "متابعة - الرياض الإلكتروني", "القاهرة: «الشرق الأوسط» أونلاين"} {
		if !isBareByline(s, sites) && !strings.Contains(s, "بوكرامي") {
			t.Errorf("isBareByline(%q) = false, want true (kinds %v)", s, bylineKinds(s, sites))
		}
	}
	for _, s := range []string{"قراءة 3 دقائق", "قراءة في كتاب", "جدة: على الطريق", "السوق الإلكتروني"} {
		if isBareByline(s, sites) {
			t.Errorf("isBareByline(%q) = true, want false (kinds %v)", s, bylineKinds(s, sites))
		}
	}
	cases := []struct{ name, under, want string }{
		{"إعداد with colon", `<div class="m">إعداد: سهيلة طيبي</div>`, "سهيلة طيبي"},
		{"تقرير before the story's words", `<div class="m">تقرير: خطة صحية شاملة</div>`, ""},
	}
	for _, c := range cases {
		authorOf(t, New(), c.name, cuePage(c.under, ""), c.want)
	}
}

// A writer's card after the tags and the share bar names the writer, when
// every writer's link on the page names that one writer.
func TestCardByline(t *testing.T) {
	name := "جوسلين إيليا"
	card := `<div class="wc"><a href="/writers/12"><img src="/w/12.jpg" alt=""></a><h4><a href="/writers/12">` + name + `</a></h4><a href="/writers/12/all">جميع المقالات</a></div>`
	page := func(after, side string) string {
		return strings.Replace(cuePage("", ""), `<div class="f0">`, `<div class="tags">الوسوم: <a href="/t/1">صحة</a> <a href="/t/2">مستشفيات</a></div>
<div class="share"><a href="#p">طباعة</a> <a href="#s">شارك</a></div>`+after+side+`<div class="f0">`, 1)
	}
	cases := []struct{ name, after, side, want string }{
		{"card after the share bar", card, "", name},
		{"no card", "", "", ""},
		{"card and a columnists' sidebar", card, `<div class="side"><a href="/writers/3">سهيلة طيبي</a><a href="/writers/4">مها الشهري</a></div>`, ""},
	}
	ex := New()
	for _, c := range cases {
		authorOf(t, ex, c.name, page(c.after, c.side), c.want)
	}
}

// An "about the writer" box beside the text names the writer: the line under
// its heading, when byline-shaped, not the bio after it.
func TestAboutByline(t *testing.T) {
	name := "جازان: سعاد هبة"
	page := func(box string) string {
		return strings.Replace(cuePage("", ""), `<div class="f0">`, `<aside class="s4">`+box+`</aside><div class="f0">`, 1)
	}
	cases := []struct{ name, box, want string }{
		{"name under the heading", `<div class="h">عن الكاتب</div><img src="/w/1.jpg" alt=""><h3>` + name + `</h3><p>من فريق التحرير، يغطي الشؤون المحلية.</p>`, name},
		{"bio under the heading", `<div class="h">عن الكاتب</div><p>من فريق التحرير، يغطي الشؤون المحلية والإقليمية منذ 2010.</p>`, ""},
		{"other heading", `<div class="h">الأكثر قراءة</div><h3>` + name + `</h3>`, ""},
	}
	ex := New()
	for _, c := range cases {
		authorOf(t, ex, c.name, page(c.box), c.want)
	}
}

// A name after a writer's icon (a person, a pen) under the headline is the
// byline; after a camera it is the photographer's, and not taken.
func TestIconByline(t *testing.T) {
	name := "جوسلين إيليا"
	cases := []struct{ name, under, want string }{
		{"user icon", `<div class="m"><span><i class="fa fa-user"></i> ` + name + `</span> <span><i class="fa fa-clock"></i> 10:30</span></div>`, name},
		{"svg pen icon", `<div class="m"><span><svg><use href="#i-pen"></use></svg>` + name + `</span></div>`, name},
		{"camera icon", `<div class="m"><span><i class="ico-camera"></i> ` + name + `</span></div>`, ""},
		{"icon with text", `<div class="m"><span><i class="fa-user">المحرر</i> قال إن الخطة جديدة على المنطقة كلها</span></div>`, ""},
	}
	ex := New()
	for _, c := range cases {
		authorOf(t, ex, c.name, cuePage(c.under, ""), c.want)
	}
}

// A source label after the text credits the writer when its value is a
// name or places an outlet, even past a gallery set inside the text; an
// institution, or the site crediting itself, is a source and no byline.
func TestSourceLabelAfterText(t *testing.T) {
	captions := ""
	for _, c := range []string{"خلال الجولة", "أثناء الاجتماع", "من اللقاء", "جانب من الحفل", "في الموقع", "أثناء الزيارة", "مع الحضور",
		"بعد الاجتماع", "قبل الجولة", "في المعرض", "عند الوصول", "أمام المبنى", "داخل القاعة", "في الختام"} {
		captions += `<td><a href="/i/1.jpg"><img src="/i/1s.jpg"></a><br><span>` + c + `</span></td>`
	}
	// Fourteen captions: the source row is out of reach of the text's
	// first paragraphs unless the paragraph after the gallery carries the
	// text on.
	gallery := `<table class="g"><tr><td colspan="14">صور من الخبر</td></tr><tr>` + captions + `</tr></table>` +
		`<p>وأشار إلى أن العمل في المشروع سيبدأ مطلع العام المقبل بعد اكتمال الدراسات الفنية اللازمة لذلك في جميع المدن.</p>`
	source := func(v string) string {
		return gallery + `<table><tr><td class="lbl">المصدر:</td><td class="val">` + v + `</td></tr></table>`
	}
	cases := []struct{ name, end, want string }{
		{"a name the lists do not know", source("أديب الآغا"), "أديب الآغا"},
		{"a city and the site", source("أبها: المرصد"), "أبها: المرصد"},
		{"a city and another paper", source("جدة - الجزيرة"), "جدة - الجزيرة"},
		{"an institution", source("مؤسسة البترول"), ""},
		{"the site itself", source("المرصد"), ""},
		// Past a share bar and a rating line: further than a bare byline's
		// two slots after the text.
		{"label past the share bar", `<div class="s1">شارك الخبر: تويتر | فيسبوك</div><div class="s2">هل كانت هذه الصفحة مفيدة؟ نعم لا</div>` +
			`<div class="s3">عدد القراءات: 4622</div><table><tr><td class="lbl">المصدر:</td><td class="val">جدة: يمن لقمان</td></tr></table>`, "جدة: يمن لقمان"},
	}
	ex := New()
	for _, c := range cases {
		authorOf(t, ex, c.name, cuePage("", c.end), c.want)
	}
}
