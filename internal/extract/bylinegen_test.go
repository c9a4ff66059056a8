package extract

import (
	"testing"
)

// Rules of session 4 for bylines on layouts never seen: how Arabic papers
// print a byline (several reporters and places, a job title after the name,
// an outlet's editorial, CMS artefacts), and where (under a standfirst, in a
// labelled story card).

// A job title after the name is cut, and says the name is a person's, so a
// name the list does not know is taken; a title alone, or after a phrase, is not.
func TestCutRole(t *testing.T) {
	cases := []struct{ in, want string }{
		{"خالد الزهراني، مراسل الشؤون الخليجية", "خالد الزهراني"},
		{"د. سعاد الشمري — أستاذة الإعلام", "د. سعاد الشمري"},
		{"عزيزة المانع - المحررة الاقتصادية", "عزيزة المانع"},
		{"الرياض - واس", "الرياض - واس"},
		{"الرياض-مراسل", "الرياض-مراسل"}, // a dash with no space joins
		{"مندوب المدينة - اليمن", "مندوب المدينة - اليمن"},
	}
	for _, c := range cases {
		if got, _ := cutRole(c.in); got != c.want {
			t.Errorf("cutRole(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	unknown := "عزيزة المانع"
	if isBareByline(unknown, nil) {
		t.Fatalf("%q is a known name: the test needs one the wording rules miss", unknown)
	}
	ex := New()
	for _, c := range []struct{ name, under, want string }{
		{"known name with a title", `<div class="w1">خالد الزهراني، مراسل الشؤون الخليجية</div>`, "خالد الزهراني"},
		{"unknown name with a title", `<div class="w1">` + unknown + `، كاتبة سعودية</div>`, unknown},
		{"unknown name alone", `<div class="w1">` + unknown + `</div>`, ""},
		{"a phrase with a title", `<div class="w1">الخطة الصحية، رئيس الوزراء</div>`, ""},
		{"label, name and title", `<div class="w1">بقلم: د. سعاد الشمري — أستاذة الإعلام</div>`, "د. سعاد الشمري"},
	} {
		authorOf(t, ex, c.name, cuePage(c.under, ""), c.want)
	}
}

// A credit line parted by bars gives the writer's part; the photographer's
// credit never is the byline.
func TestCreditBars(t *testing.T) {
	ex := New()
	for _, c := range []struct{ name, under, want string }{
		{"writers then photographer", `<div class="cr">سعيد المعبدي - ممدوح العويضي - جدة | تصوير: خالد الرشيد</div>`, "سعيد المعبدي - ممدوح العويضي - جدة"},
		{"photographer only", `<div class="cr">تصوير: خالد الرشيد</div>`, ""},
		{"reporters, agency, city", `<div class="cr">عبدالمجيد دعبس - أحمد الليثي - د ب أ - القاهرة | تصوير: فهد الدوسري</div>`, "عبدالمجيد دعبس - أحمد الليثي - د ب أ - القاهرة"},
	} {
		authorOf(t, ex, c.name, cuePage(c.under, ""), c.want)
	}
}

// Several reporters with their places run past one byline's length; they
// pass as a dateline of three parts or more, not as one long phrase.
func TestLongDateline(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"الرياض: ناصر الحقباني - صنعاء: عرفات مدابش - عدن: محمد علي محسن", true},
		{"جازان، الجبيل: حسين معشي، عبدالله سهل، فاطمة الراجحي، سعيد الشهراني", true},
		{"محمد العتيبي وسارة القحطاني - الرياض", true},
		{"محمد العتيبي عبدالله العتيبي سارة القحطاني خالد الفهد ناصر الحقباني صالح", false},
	} {
		if got := isBareByline(c.s, nil); got != c.want {
			t.Errorf("isBareByline(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// The site's own name signs as the outlet even when it is also a city's,
// and «كلمة»/«رأي» before the outlet's name sign its editorial.
func TestOutletSignatures(t *testing.T) {
	sites := []string{"جريدة الرياض", "صحيفة اليوم"}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"دبي - الرياض", true},
		{"دبي - جدة", false},
		{"كلمة اليوم", true},
		{"رأي «الوطن»", true},
		{"كلمة السر", false},
		{"المدينة _ جدة", false},
	} {
		if got := isBareByline(c.s, sites); got != c.want {
			t.Errorf("isBareByline(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if !isBareByline("المدينة _ جدة", []string{"المدينة"}) {
		t.Errorf("an underscore parts a byline as a dash does")
	}
}

// A labelled value is read as the wording rules read it: literal entities,
// bidi marks, an edge star, separators with no space, the outlet's name
// that is also a common word; the byline keeps the text as printed.
func TestLabelValueShapes(t *testing.T) {
	p := &page{blocks: []block{{text: "عنوان"}}, outlets: []string{"صحيفة اليوم", "اليوم"}}
	for _, c := range []struct{ in, want string }{
		{"&nbsp;بدر القثامي (الطائف)", "&nbsp;بدر القثامي (الطائف)"},
		{"\u200fمتعب العبيد (الرياض)", "متعب العبيد (الرياض)"}, // cleanAuthor drops bidi marks
		{"الرياض-الوئام:", "الرياض-الوئام"},
		{"* إكرامي عبدالله من الرياض", "إكرامي عبدالله من الرياض"},
		{"اليوم - الدمام", "اليوم - الدمام"},
		{"لندن: {الشرق الأوسط}", "لندن: {الشرق الأوسط}"},
		{"كان اليوم جميلا", ""},
		{"الرياض-2015", ""},
	} {
		if got := labelValue(p, c.in, nil, 0); got != c.want {
			t.Errorf("labelValue(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A byline under a standfirst: the lines between a first paragraph set
// apart from the text and the text's paragraphs are byline slots. Under an
// ordinary first paragraph they are not.
func TestStandfirstSlot(t *testing.T) {
	sf := `<p class="sf">تقرير يتناول تفاصيل الخطة الصحية وتداعياتها المحتملة على الخدمات في المدن والقرى خلال الأعوام المقبلة</p>`
	page := func(between string, sameBox bool) string {
		body := `<div class="t9"><p>أعلنت وزارة الصحة اليوم عن خطة جديدة لتطوير الخدمات الصحية في جميع مناطق المملكة خلال العام المقبل.</p>
<p>وأوضح المتحدث الرسمي أن الخطة تشمل بناء مستشفيات جديدة وتوسيع المراكز الصحية القائمة في المدن والقرى.</p></div>`
		if sameBox {
			return `<html lang="ar"><head><title>خطة صحية جديدة | المرصد</title></head><body><div class="q7"><h1>خطة صحية جديدة</h1>
<div class="t9"><p>تقرير يتناول تفاصيل الخطة الصحية وتداعياتها المحتملة على الخدمات في المدن والقرى خلال الأعوام المقبلة</p>` + between +
				`<p>أعلنت وزارة الصحة اليوم عن خطة جديدة لتطوير الخدمات الصحية في جميع مناطق المملكة خلال العام المقبل.</p></div></div></body></html>`
		}
		return `<html lang="ar"><head><title>خطة صحية جديدة | المرصد</title></head><body><div class="q7"><h1>خطة صحية جديدة</h1>` +
			sf + between + `<div class="z3">10 أغسطس 2015</div>` + body + `</div></body></html>`
	}
	ex := New()
	authorOf(t, ex, "under a standfirst", page(`<p class="bl">تونس - واس:</p>`, false), "تونس - واس")
	authorOf(t, ex, "a line of the text", page(`<p>تونس - واس:</p>`, true), "")
}

// A writer's label in an element of its own names the writer in the element
// after it, wherever it stands (a story card beside the text) — but not when
// two such labels name two writers, nor when the label follows a name (a
// job title: «فلان، <span>writer</span>»), nor when the value links elsewhere.
func TestPairedByline(t *testing.T) {
	unknown := "سهيلة طيبي"
	card := func(rows string) string {
		return cuePage("", "") + `<div class="k2"><h4>بطاقة الخبر</h4><ul>` + rows + `</ul></div>`
	}
	row := func(label, value string) string {
		return `<li><span class="a">` + label + `</span><span class="b">` + value + `</span></li>`
	}
	ex := New()
	for _, c := range []struct{ name, page, want string }{
		{"card row", card(row("الكاتب", unknown+" - الرياض") + row("القسم", "محليات")), unknown + " - الرياض"},
		{"two writers", card(row("الكاتب", unknown) + row("الكاتب", "جوسلين إيليا")), ""},
		{"value links to an article", card(row("الكاتب", `<a href="/news/3">`+unknown+`</a>`)), ""},
		{"a title after a name", card(`<li><b>جوسلين إيليا</b>، <span>writer</span><b>` + unknown + `</b></li>`), ""},
		{"a comment's visitor", card(row("الكاتب", "زائر")), ""},
	} {
		authorOf(t, ex, c.name, c.page, c.want)
	}
}
