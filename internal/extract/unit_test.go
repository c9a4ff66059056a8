package extract

import (
	"bytes"
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

const arabicPara = "أعلنت الهيئة العامة للإحصاء اليوم نتائج المسح الجديد للأسر، وأظهرت النتائج ارتفاعا في متوسط حجم الأسرة مقارنة بالعام الماضي."

func TestDecodeCharsets(t *testing.T) {
	body := "<html><head>%s<title>عنوان</title></head><body><p>" + arabicPara + "</p></body></html>"
	enc1256 := func(s string) []byte {
		b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	long := strings.Repeat("<script>var x = 1;</script>\n", 60) // pushes <meta> past 1024 bytes
	tests := []struct {
		name, ct string
		raw      []byte
		want     string
	}{
		{"utf-8 meta", "", []byte(strings.Replace(body, "%s", `<meta charset="utf-8">`, 1)), "utf-8"},
		{"utf-8 undeclared", "", []byte(strings.Replace(body, "%s", "", 1)), "utf-8"},
		{"utf-8 BOM beats header", "text/html; charset=windows-1256", append([]byte("\xEF\xBB\xBF"), strings.Replace(body, "%s", "", 1)...), "utf-8"},
		{"1256 meta charset", "", enc1256(strings.Replace(body, "%s", `<meta charset="windows-1256">`, 1)), "windows-1256"},
		{"1256 http-equiv", "", enc1256(strings.Replace(body, "%s", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, 1)), "windows-1256"},
		{"1256 header only", "text/html; charset=windows-1256", enc1256(strings.Replace(body, "%s", "", 1)), "windows-1256"},
		{"1256 late meta", "", enc1256(strings.Replace(body, "%s", long+`<meta charset="windows-1256">`, 1)), "windows-1256"},
		{"1256 undeclared", "", enc1256(strings.Replace(body, "%s", "", 1)), "windows-1256"},
		{"cp1256 alias", "text/html; charset=cp1256", enc1256(strings.Replace(body, "%s", "", 1)), "windows-1256"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, name, err := decode(tc.raw, tc.ct)
			if err != nil {
				t.Fatal(err)
			}
			if name != tc.want {
				t.Errorf("charset %q, want %q", name, tc.want)
			}
			if !strings.Contains(s, arabicPara) {
				t.Errorf("decoded text lacks the Arabic paragraph: %q", s[:min(len(s), 300)])
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0}, 64)...)
	tests := []struct {
		name string
		raw  []byte
		ct   string
		want error
	}{
		{"empty", nil, "", ErrNotHTML},
		{"blank", []byte("  \n\t "), "", ErrNotHTML},
		{"png", png, "", ErrNotHTML},
		{"declared image", []byte("<html>x</html>"), "image/jpeg", ErrNotHTML},
		{"pdf", []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj"), "", ErrNotHTML},
		{"binary", []byte{0x01, 0x02, 0x00, 0x03, 0xff, 0xfe, 0x00, 0x00, 0x10}, "", ErrNotHTML},
		{"huge", bytes.Repeat([]byte("<p>حشو</p>"), MaxInputBytes/len("<p>حشو</p>")+1), "", ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New().Extract(context.Background(), Input{HTML: tc.raw, ContentType: tc.ct})
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestExtractCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Extract(ctx, Input{HTML: []byte("<p>" + arabicPara + "</p>")})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestFindDates(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	now := time.Date(2024, 5, 20, 12, 0, 0, 0, ast)
	cairo := loadZone("Africa/Cairo", 2*3600)
	tests := []struct {
		text string
		want time.Time
		q    Quality
	}{
		{"10 أغسطس 2015 14:23 (بتوقيت مكة المكرمة)", time.Date(2015, 8, 10, 14, 23, 0, 0, ast), QualityVisible},
		{"١٠ أغسطس ٢٠١٥ ١٤:٢٣ (بتوقيت مكة المكرمة)", time.Date(2015, 8, 10, 14, 23, 0, 0, ast), QualityVisible},
		{"۱۰ اغسطس ۲۰۱۵", time.Date(2015, 8, 10, 0, 0, 0, 0, ast), QualityDate},
		{"الأحد 5 إبريل 2020", time.Date(2020, 4, 5, 0, 0, 0, 0, ast), QualityDate},
		{"3 يونية 2019 - 9:05 ص", time.Date(2019, 6, 3, 9, 5, 0, 0, ast), QualityVisible},
		{"3 يوليه 2019 الساعة 12:30 ص", time.Date(2019, 7, 3, 0, 30, 0, 0, ast), QualityVisible},
		{"نشر في 3 تشرين الثاني 2023، الساعة 9:15 م (بتوقيت غرينتش)", time.Date(2023, 11, 3, 21, 15, 0, 0, time.UTC), QualityVisible},
		{"1 كانون الثاني 2022", time.Date(2022, 1, 1, 0, 0, 0, 0, ast), QualityDate},
		{"12 كانون الأول 2021", time.Date(2021, 12, 12, 0, 0, 0, 0, ast), QualityDate},
		{"28 آب/اغسطس 2013", time.Date(2013, 8, 28, 0, 0, 0, 0, ast), QualityDate},
		{"9 أيار (مايو) 2018", time.Date(2018, 5, 9, 0, 0, 0, 0, ast), QualityDate},
		{"15 شباط 2017 10:00 بتوقيت القاهرة", time.Date(2017, 2, 15, 10, 0, 0, 0, cairo), QualityVisible},
		{"الجمعة 8 فيفري 2019", time.Date(2019, 2, 8, 0, 0, 0, 0, ast), QualityDate},
		{"21:05 - 10 أغسطس 2015", time.Date(2015, 8, 10, 21, 5, 0, 0, ast), QualityVisible},
		{"2015/08/10 18:00 GMT+2", time.Date(2015, 8, 10, 18, 0, 0, 0, time.FixedZone("", 2*3600)), QualityVisible},
		{"10/08/2015", time.Date(2015, 8, 10, 0, 0, 0, 0, ast), QualityDate},
		{"August 10, 2015 5:30 pm", time.Date(2015, 8, 10, 17, 30, 0, 0, ast), QualityVisible},
		{"4 شوال 1436هـ", time.Date(2015, 7, 20, 0, 0, 0, 0, ast), QualityDate},
		{"١٢ رمضان ١٤٤٥ هـ", time.Date(2024, 3, 22, 0, 0, 0, 0, ast), QualityDate},
		{"الإثنين 1436/10/25هـ - 06:02 م", time.Date(2015, 8, 10, 18, 2, 0, 0, ast), QualityVisible},
		{"تاريخ الإضافة: 24/10/1436 هجري", time.Date(2015, 8, 9, 0, 0, 0, 0, ast), QualityDate},
		{"09:55, يوليو 24, 2015 (بتوقيت بكين)", time.Date(2015, 7, 24, 9, 55, 0, 0, time.FixedZone("CST", 8*3600)), QualityVisible},
		{"ه ذ ص كونا271454 جمت يول 15", time.Date(2015, 7, 27, 14, 54, 0, 0, time.UTC), QualityVisible},
		{"منذ 3 ساعات", now.Add(-3 * time.Hour), QualityVisible},
		{"منذ ٥ دقائق", now.Add(-5 * time.Minute), QualityVisible},
		{"منذ ساعتين", now.Add(-2 * time.Hour), QualityVisible},
		{"منذ يومين", now.Add(-48 * time.Hour), QualityDate},
		{"أمس", time.Date(2024, 5, 19, 0, 0, 0, 0, ast), QualityDate},
		{"أمس الساعة 10:30", time.Date(2024, 5, 19, 10, 30, 0, 0, ast), QualityVisible},
		{"2 hours ago", now.Add(-2 * time.Hour), QualityVisible},
	}
	for _, tc := range tests {
		got := findDates(tc.text, ast, now)
		if len(got) == 0 {
			t.Errorf("%q: no date found", tc.text)
			continue
		}
		if !got[0].t.Equal(tc.want) || got[0].q != tc.q {
			t.Errorf("%q: %v (%v), want %v (%v)", tc.text, got[0].t, got[0].q, tc.want, tc.q)
		}
	}
	// Not dates.
	for _, s := range []string{"", "قال 10 أشخاص إن 2015 كان عاما صعبا", "مارس 2015", "رقم 12345678",
		"الساعة 14:23", "32 أغسطس 2015", "30 فبراير 2016", "10 أغسطس 2099", "30 شوال 1200هـ", "كتب وآراء"} {
		if got := findDates(s, ast, now); len(got) != 0 {
			t.Errorf("%q: found %v", s, got)
		}
	}
}

func TestParseMachineDate(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	tests := []struct {
		in      string
		want    time.Time
		dayOnly bool
	}{
		{"2015-08-10T19:07:33+03:00", time.Date(2015, 8, 10, 16, 7, 33, 0, time.UTC), false},
		{"2015-08-10T19:07:33", time.Date(2015, 8, 10, 19, 7, 33, 0, ast), false},
		{"2015-08-10T16:07:33Z", time.Date(2015, 8, 10, 16, 7, 33, 0, time.UTC), false},
		{"2015-08-10T19:07:33.250+0300", time.Date(2015, 8, 10, 16, 7, 33, 250e6, time.UTC), false},
		{"2015-08-10 19:07", time.Date(2015, 8, 10, 19, 7, 0, 0, ast), false},
		{"٢٠١٥-٠٨-١٠T١٩:٠٧:٠٠+03:00", time.Date(2015, 8, 10, 16, 7, 0, 0, time.UTC), false},
		{"2015-08-10", time.Date(2015, 8, 10, 0, 0, 0, 0, ast), true},
		{"Mon, 10 Aug 2015 19:07:33 +0300", time.Date(2015, 8, 10, 16, 7, 33, 0, time.UTC), false},
		{"1439222853", time.Unix(1439222853, 0), false},
	}
	for _, tc := range tests {
		got, day, ok := parseMachineDate(tc.in, ast)
		if !ok || !got.Equal(tc.want) || day != tc.dayOnly {
			t.Errorf("%q: %v day=%v ok=%v, want %v day=%v", tc.in, got, day, ok, tc.want, tc.dayOnly)
		}
	}
	for _, s := range []string{"", "yesterday", "2015-13-01", "2015-02-30T10:00:00", "0000-00-00 00:00:00", "12"} {
		if got, _, ok := parseMachineDate(s, ast); ok {
			t.Errorf("%q: parsed as %v", s, got)
		}
	}
}

func page1(head, body string) []byte {
	return []byte(`<html><head><meta charset="utf-8">` + head + `</head><body>` + body +
		`<div class="content"><p>` + arabicPara + `</p><p>` + arabicPara + ` وأضاف التقرير تفاصيل أخرى.</p></div></body></html>`)
}

func TestTitleRules(t *testing.T) {
	tests := []struct {
		name, head, body, want string
		q                      Quality
	}{
		{"og beats title", `<title>عنوان طويل للخبر هنا | الموقع</title><meta property="og:title" content="عنوان طويل للخبر هنا">`, ``, "عنوان طويل للخبر هنا", QualityStructured},
		{"og with site suffix", `<meta property="og:site_name" content="صحيفة الغد"><meta property="og:title" content="وصول الوفد الرسمي إلى العاصمة - صحيفة الغد">`, ``, "وصول الوفد الرسمي إلى العاصمة", QualityStructured},
		{"h1 held whole in title beside an episode number, og:title names the show", `<title>٩٤٢# وصول الوفد الرسمي إلى العاصمة | بودكاست موجز الصباح</title><meta property="og:title" content="موجز الصباح - الحلقة 942">`, `<h1>وصول الوفد الرسمي إلى العاصمة</h1>`, "وصول الوفد الرسمي إلى العاصمة", QualityStructured},
		{"h1 agrees with title", `<title>صحيفة الغد :: وصول الوفد الرسمي إلى العاصمة</title>`, `<h1>وصول الوفد الرسمي إلى العاصمة</h1>`, "وصول الوفد الرسمي إلى العاصمة", QualityStructured},
		{"title with separator inside", `<title>الرياض - جدة: قطار جديد يربط المدينتين | الغد</title>`, `<font><b>الرياض - جدة: قطار جديد يربط المدينتين</b></font>`, "الرياض - جدة: قطار جديد يربط المدينتين", QualityVisible},
		{"site prefix named by og", `<meta property="og:site_name" content="الغد"><title>الغد - وصول الوفد الرسمي إلى العاصمة</title>`, ``, "وصول الوفد الرسمي إلى العاصمة", QualityVisible},
		{"short tail is the site", `<title>وصول الوفد الرسمي إلى العاصمة اليوم | الغد</title>`, ``, "وصول الوفد الرسمي إلى العاصمة اليوم", QualityVisible},
		{"white space folded, marks and entities kept as shown", "<title>\ufeff وصول   الوفد\u200f\n الرسمي &amp;#39;ب&amp;#39; </title>", ``, "\ufeff وصول الوفد\u200f الرسمي &#39;ب&#39;", QualityVisible},
		{"bold site name in a home link is not the headline", `<title>افتتاح جسر جديد فوق النهر | جريدة الساحل</title>`, `<div><a href="/"><b>جريدة الساحل</b></a></div><div class="x">افتتاح جسر جديد فوق النهر</div><p>نص</p>`, "افتتاح جسر جديد فوق النهر", QualityVisible},
		{"bold short side of the title is the site", `<title>افتتاح جسر جديد فوق النهر | الساحل</title>`, `<div><b>الساحل</b></div><p>نص</p>`, "افتتاح جسر جديد فوق النهر", QualityVisible},
		{"h1 between the site and the section", `<title>الجزيرة : مقترح لوزير الصحة - اقتصادي</title>`, `<h1 class="NewsTitle">مقترح لوزير الصحة</h1>`, "مقترح لوزير الصحة", QualityStructured},
		{"site after a double dash", `<title>صحة الشرقية تكشف ملابسات الوفاة--الوئام أونلاين</title>`, `<h1>صحة الشرقية تكشف ملابسات الوفاة</h1>`, "صحة الشرقية تكشف ملابسات الوفاة", QualityStructured},
		{"an h2 headline before the header's bold site name", `<title>مقترح لوزير الصحة - صحيفة الجزيرة</title>`, `<div class="HeaderTitle">المملكة العربية السعودية<br><b>صحيفة الجزيرة</b></div><h2>مقترح لوزير الصحة</h2><p>نص</p>`, "مقترح لوزير الصحة", QualityVisible},
		{"never the site name alone", `<meta property="og:site_name" content="صحيفة الغد"><meta property="og:title" content="صحيفة الغد"><title>صحيفة الغد</title>`, `<h1>انطلاق معرض الكتاب الدولي</h1>`, "انطلاق معرض الكتاب الدولي", QualityVisible},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := New().Extract(context.Background(), Input{HTML: page1(tc.head, tc.body)})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tc.want || res.TitleQuality != tc.q {
				t.Errorf("title %q (%v), want %q (%v)", res.Title, res.TitleQuality, tc.want, tc.q)
			}
		})
	}
}

func TestAuthorRules(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"بقلم: منى السالم"}}</script>`, ``, "منى السالم"},
		{"json-ld list", `<script type="application/ld+json">{"@type":"Article","author":[{"name":"علي"},{"name":"سعاد"}]}</script>`, ``, "علي، سعاد"},
		{"meta", `<meta name="author" content="By John Smith">`, ``, "John Smith"},
		{"meta url is no name", `<meta property="article:author" content="https://facebook.com/page">`, ``, ""},
		{"byline with date", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="byline">بواسطة سامي العلي | 10 أغسطس 2015</div>`, "سامي العلي"},
		{"visible bawasita", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div>نشر في 10 أغسطس 2015 بواسطة فهد الدوسري</div>`, "فهد الدوسري"},
		{"visible kataba", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div>كتب - عبدالله الحنيان:</div>`, "عبدالله الحنيان"},
		{"generic editor", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div>نشر في 10 أغسطس 2015 بواسطة المحرر</div>`, ""},
		{"admin", `<meta name="author" content="admin">`, ``, ""},
		{"editor label in a byline class", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="byline">المحرر: سامي العلي</div>`, "سامي العلي"},
		{"editor label, agency line", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><ul class="meta"><li><span>المحرر:</span> واس - القاهرة</li><li><span>القسم:</span> محليات</li></ul>`, "واس - القاهرة"},
		{"books is not a byline", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div>كتب وآراء</div>`, ""},
		// A comment's author, in a box about other texts, is not the article's.
		{"comment author", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p>` +
			`<section class="reader-comments"><article class="comment"><footer><span class="comment__author">متداول قديم</span> <time>2015/07/31 20:22</time></footer><p>تحليل جيد</p></article></section>`, ""},
		{"writer's card with a link to the writer's articles", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="author-card"><a href="/w/1">سامي العلي</a><a href="/w/1/all">جميع مقالات الكاتب</a></div>`, "سامي العلي"},
		// A writer's card in a rail beside the text (furniture to the page
		// model) still names the writer when it reads as a byline.
		{"rail card: city and outlet", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><aside class="rail"><div class="rail-author"><a href="/w/1">كراكاس: «المرصد»</a></div></aside><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p>`, "كراكاس: «المرصد»"},
		{"a byline box's heading is no name", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><section aria-labelledby="article-byline"><h2 id="article-byline">معلومات عن الكاتب</h2><ul><li><span>Author, </span><span>سامي العلي</span></li></ul></section><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p>`, "سامي العلي"},
		{"columnist's header above the headline", ``, `<div class="columnist-header"><h2 class="columnist-name"><a href="/writers/6">سامي العلي</a></h2><ul class="columnist-links"><li><a href="/writers/6">جميع المقالات</a></li><li><a href="/rss/writer/6">RSS</a></li></ul></div><h1>عنوان الخبر الرئيسي اليوم</h1><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p>`, "سامي العلي"},
		{"an embedded post's «بواسطة» inside the text", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p><blockquote class="fb-post"><p>تم النشر بواسطة وليد المراسل في الجمعة، 7 أغسطس 2015</p></blockquote><p>` + strings.Repeat("بقية نص الخبر في هذه الصفحة. ", 8) + `</p>`, ""},
		{"other stories' cards", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p><section class="more-from"><div class="card"><a href="/n/2">عنوان خبر آخر في القسم</a><span class="card__byline">أحمد الناصر</span></div></section>`, ""},
		{"writer's box with the photographer's row", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><table class="WriterBox"><tr><td>سامي العلي</td></tr><tr><td>تصوير:</td><td>عادل الحربي</td></tr></table><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p>`, "سامي العلي"},
		{"CamelCase writer box", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div id="ContentPlaceHolder1_divAuthor" class="ArticleWriter"><img src="/i/w.png" alt=""> <a href="/WriterArticles.aspx?WID=7">الرياض - واس:</a></div><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p>`, "الرياض - واس"},
		{"a follow-the-writer button", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p><a class="followAuthor" href="/f/1">تابع سامي العلي</a>`, ""},
		{"«بقلم» line with the site's mark and a clock", `<meta property="og:site_name" content="الوئام أونلاين">`, `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="wb"><span>بقلم</span> <b>سامي العلي</b> (الوئام أونلاين) <span>18:10, أغسطس 11, 2015</span> <span>(بتوقيت بكين)</span></div><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p>`, "سامي العلي"},
		{"a name ends where its date starts", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="byline">Von Jörn Mecher am 08.12.2022</div>`, "Jörn Mecher"},
		{"a weekday is no name left of a date", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="byline">Tuesday, 11 August 2015 - 13:34 pm</div>`, "Tuesday, 11 August 2015 - 13:34 pm"},
		{"rail card: a label only", ``, `<h1>عنوان الخبر الرئيسي اليوم</h1><aside class="rail"><div class="rail-author">Auteurs</div></aside><p>` + strings.Repeat("نص الخبر الرئيسي في هذه الصفحة. ", 8) + `</p>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := New().Extract(context.Background(), Input{HTML: page1(tc.head, tc.body)})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tc.want {
				t.Errorf("author %q, want %q", res.Author, tc.want)
			}
		})
	}
}

// A relative time counts from when the page was rendered; an absolute date
// beside it is what the site recorded.
func TestPublishedPrefersAbsoluteToRelative(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	body := `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="m"><span>منذ 6 دقائق</span> • <span>24-07-2015 | 04:55</span></div>`
	res, err := New().Extract(context.Background(), Input{HTML: page1("", body), Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 7, 24, 4, 55, 0, 0, ast); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
	// Alone, the relative time is what the page gives.
	body = `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="m"><span>منذ 3 ساعات</span></div>`
	res, err = New().Extract(context.Background(), Input{HTML: page1("", body), Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 8, 10, 21, 0, 0, 0, ast); !res.Published.Equal(want) {
		t.Errorf("relative alone: published %v, want %v", res.Published, want)
	}
}

// «الخميس 6 أغسطس 2015 - 19 شوال 1436هـ 01:13 ص»: the Hijri date stands
// between the Gregorian date and its clock.
func TestPublishedClockAfterHijri(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	body := `<h1>عنوان الخبر الرئيسي اليوم</h1><div class="d"><span>الخميس ٦ أغسطس ٢٠١٥ - ١٩ شوال ١٤٣٦هـ</span> <span>٠١:١٣ م</span></div>`
	res, err := New().Extract(context.Background(), Input{HTML: page1("", body), Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 8, 6, 13, 13, 0, 0, ast); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
}

func TestPublishedPrefersArticleDate(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	body := `<div class="ticker"><a href="/1">خبر عاجل آخر</a> 9 أغسطس 2015 23:10</div>
<div class="top">الأحد 1 أغسطس 2015</div>
<h1>عنوان الخبر الرئيسي اليوم</h1>
<div class="meta">10 أغسطس 2015 - 14:23</div>`
	res, err := New().Extract(context.Background(), Input{HTML: page1("", body), Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, ast)})
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2015, 8, 10, 14, 23, 0, 0, ast)
	if !res.Published.Equal(want) || res.PublishedQuality != QualityVisible {
		t.Errorf("published %v (%v), want %v (visible)", res.Published, res.PublishedQuality, want)
	}
	// Default zone applies to a zone-less clock.
	res, err = New().Extract(context.Background(), Input{HTML: page1("", body), DefaultZone: time.UTC,
		Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, ast)})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 8, 10, 14, 23, 0, 0, time.UTC); !res.Published.Equal(want) {
		t.Errorf("with DefaultZone UTC: %v, want %v", res.Published, want)
	}
}

func TestCanonicalAndLanguage(t *testing.T) {
	tests := []struct {
		head, url, canonical, lang string
	}{
		{`<link rel="canonical" href="/a/1?x=1#top">`, "https://ex.com/a/1?utm=2", "https://ex.com/a/1?x=1", "ar"},
		{`<meta property="og:url" content="https://ex.com/og">`, "https://ex.com/p", "https://ex.com/og", "ar"},
		{`<link rel="canonical" href="javascript:alert(1)">`, "https://ex.com/p", "", "ar"},
		{`<link rel="canonical" href="/rel">`, "", "", "ar"},
		{`<meta property="og:locale" content="fa_IR">`, "", "", "fa"},
	}
	for _, tc := range tests {
		res, err := New().Extract(context.Background(), Input{HTML: page1(tc.head, ""), URL: tc.url})
		if err != nil {
			t.Fatal(err)
		}
		if res.CanonicalURL != tc.canonical || res.Language != tc.lang {
			t.Errorf("%s: canonical %q lang %q, want %q %q", tc.head, res.CanonicalURL, res.Language, tc.canonical, tc.lang)
		}
	}
	en := []byte(`<html><body><article><p>` + strings.Repeat("The council approved the new budget for schools and roads this year. ", 6) + `</p></article></body></html>`)
	res, err := New().Extract(context.Background(), Input{HTML: en})
	if err != nil {
		t.Fatal(err)
	}
	if res.Language != "en" {
		t.Errorf("English page language %q", res.Language)
	}
}

func TestScoreText(t *testing.T) {
	gold := "واحد اثنان ثلاثة أربعة خمسة ستة"
	tests := []struct {
		got     string
		p, r, f float64
	}{
		{gold, 1, 1, 1},
		{"", 0, 0, 0},
		{"واحد اثنان ثلاثة أربعة", 1, 1.0 / 3, 0.5},
		{gold + " سبعة ثمانية", 3.0 / 5, 1, 0.75},
		{"واحد، اثنان! ثلاثة\n\nأربعة خمسة ستة", 1, 1, 1},
	}
	for _, tc := range tests {
		s := ScoreText(tc.got, gold)
		if math.Abs(s.Precision-tc.p) > 1e-9 || math.Abs(s.Recall-tc.r) > 1e-9 || math.Abs(s.F1-tc.f) > 1e-9 {
			t.Errorf("%q: %+v, want P %.3f R %.3f F %.3f", tc.got, s, tc.p, tc.r, tc.f)
		}
	}
	if s := ScoreText("", ""); s.F1 != 1 {
		t.Errorf("empty vs empty: %+v", s)
	}
	if got := Tokens("Hello, عالمٌ_جديد 2015!"); strings.Join(got, "|") != "hello|عالمٌ_جديد|2015" {
		t.Errorf("Tokens: %q", got)
	}
}

func TestParagraphs(t *testing.T) {
	runs := arabicPara + `<br><br>` + arabicPara + ` ثانية<br/><br/>
	` + arabicPara + ` ثالثة`
	for name, body := range map[string]string{
		"div": `<div class="content">` + runs + `</div>`,
		// A legacy table portal: the text in a <font> in a cell. The <font>'s
		// runs become paragraphs, and the cell must not wrap them again.
		"font in a cell": `<table><tr><td class="txt"><font size="3">` + runs + `</font></td></tr></table>`,
	} {
		res, err := New().Extract(context.Background(), Input{HTML: []byte("<html><body>" + body + "</body></html>")})
		if err != nil {
			t.Fatal(err)
		}
		paras := strings.Split(res.Text, "\n\n")
		if len(paras) != 3 {
			t.Fatalf("%s: %d paragraphs, want 3:\n%s", name, len(paras), res.Text)
		}
		for _, p := range paras {
			if strings.ContainsAny(p, "\n\t") || strings.Contains(p, "  ") {
				t.Errorf("%s: white space not folded: %q", name, p)
			}
			if len(p) > 2*len(arabicPara) {
				t.Errorf("%s: a paragraph holds more than one: %q", name, p)
			}
		}
	}
}

// trimLead drops the byline and the date line under a standfirst, not only
// above the first line it keeps, and never a line of prose.
func TestTrimLeadUnderStandfirst(t *testing.T) {
	standfirst := "يلتقي المنتخب السعودي للناشئين اليوم مع نظيره الفلسطيني على ملعب البتراء بمدينة عمان الأردنية."
	paras := []string{"عنوان الخبر", standfirst, "كتب - الرياض: الوطن", "31 يوليو 2015 02:55 23901 مشاهدة", arabicPara, arabicPara, "31 يوليو 2015"}
	got := trimLead(paras, "عنوان الخبر", "الرياض: الوطن", time.UTC, time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC))
	want := []string{standfirst, arabicPara, arabicPara, "31 يوليو 2015"} // past the first lines, a date line stays
	if !slices.Equal(got, want) {
		t.Errorf("trimLead = %q, want %q", got, want)
	}
}

// A portal opens the text with its source line, its own name before the
// credit («الوطن - جازان: فلان»): the byline's, not the text's. A line of
// prose ending with the writer's name stays.
func TestTrimLeadSourceLine(t *testing.T) {
	closing := "وأكد المتحدث أن العمل مستمر في المشروع حتى نهايته كما قال سعاد هبة"
	paras := []string{"الوطن - جازان: سعاد هبة", arabicPara, closing}
	got := trimLead(paras, "عنوان الخبر", "جازان: سعاد هبة", time.UTC, time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC))
	if want := []string{arabicPara, closing}; !slices.Equal(got, want) {
		t.Errorf("trimLead = %q, want %q", got, want)
	}
}

// Joomla's «آخر تعديل في» after the text is when the item last changed;
// the date over the headline is when it was published.
func TestPublishedSkipsLastChange(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	body := `<div class="itemHeader"><span class="itemDateCreated">الجمعة, 07 آب/أغسطس 2015 16:20</span>
<h2 class="itemTitle">عنوان الخبر الرئيسي اليوم</h2></div>
<div class="itemDateModified">آخر تعديل في الجمعة, 07 آب/أغسطس 2015 17:20</div>`
	res, err := New().Extract(context.Background(), Input{HTML: page1(`<title>عنوان الخبر الرئيسي اليوم</title>`, body), Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 8, 7, 16, 20, 0, 0, ast); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
}

// A theme prints JSON-LD in the site's local time without a zone, and the
// same minute with its offset in article:published_time: a Cairo site's
// «15:20» is 16:20 in Riyadh, the default zone.
func TestPublishedNaiveLDTakesMetaZone(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	head := `<title>عنوان الخبر الرئيسي اليوم</title><meta property="article:published_time" content="2015-08-07T15:20:34+02:00">` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"عنوان الخبر الرئيسي اليوم","datePublished":"2015-08-07 15:20:34"}</script>`
	body := `<h1>عنوان الخبر الرئيسي اليوم</h1><p>` + arabicPara + `</p><p>` + arabicPara + ` وأضاف التقرير تفاصيل.</p>`
	res, err := New().Extract(context.Background(), Input{HTML: page1(head, body), Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 8, 7, 16, 20, 34, 0, ast); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
}

// Blogger: the post sits in «<div class="widget Blog">», its date header has
// no clock, and the minute is in hAtom's «<abbr class="published"
// title=ISO>» in the post's own footer.
func TestPublishedBloggerPost(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	body := `<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><h2 class="date-header"><span>الجمعة، ٧ أغسطس، ٢٠١٥</span></h2>
<div class="post hentry" itemprop="blogPost"><h3 class="post-title entry-title">عنوان الخبر الرئيسي اليوم</h3>
<div class="post-body entry-content"><p>` + arabicPara + `</p><p>` + arabicPara + ` وأضاف التقرير تفاصيل.</p></div>
<div class="post-footer"><span class="post-timestamp">في <a class="timestamp-link" href="/p/1"><abbr class="published" title="2015-08-07T16:20:34+03:00">٤:٢٠ م</abbr></a></span></div>
</div></div></div>
<div class="sidebar"><div class="widget PopularPosts"><h2>الأكثر قراءة</h2><abbr class="published" title="2015-08-01T10:00:00+03:00">١٠:٠٠ ص</abbr></div></div>`
	res, err := New().Extract(context.Background(), Input{HTML: page1(`<title>مدونة الأخبار: عنوان الخبر الرئيسي اليوم</title>`, body), Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 8, 7, 16, 20, 34, 0, ast); !res.Published.Equal(want) {
		t.Errorf("published %v (%v), want %v", res.Published, res.PublishedQuality, want)
	}
	if res.Title != "عنوان الخبر الرئيسي اليوم" {
		t.Errorf("title %q", res.Title)
	}
}

// A post's time stands above its headline; after the text, a feed of the
// page's other posts carries their own times.
func TestPublishedAboveHeadlineBeforeLaterItems(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	body := `<div class="post-head"><a class="page-name" href="/">الوطن</a><div class="post-when"><a href="/p/1">١١ أغسطس، ٢٠١٥ الساعة ١٢:٤٤ م</a> · عام</div></div>
<h1 class="post-title">عنوان الخبر الرئيسي اليوم</h1>
<div class="post-text"><p>` + arabicPara + `</p><p>` + arabicPara + ` وأضاف التقرير تفاصيل.</p></div>
<div class="more-posts-x"><div class="p"><span>الوطن</span> <span>١١ أغسطس، ٢٠١٥ الساعة ١:٠٦ م</span></div><div class="p"><span>الوطن</span> <span>١٠ أغسطس، ٢٠١٥ الساعة ٧:٣٦ م</span></div></div>`
	res, err := New().Extract(context.Background(), Input{HTML: page1("", body), Fetched: time.Date(2015, 8, 12, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 8, 11, 12, 44, 0, 0, ast); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
}

// TestCutAtCredit: a credit line after the text ends it; the sidebar boxes
// that follow are dropped, a sentence opening with the writer's name or a
// credit above more prose is not.
func TestCutAtCredit(t *testing.T) {
	prose := strings.Repeat("وأوضح المتحدث الرسمي أن الخطة تشمل بناء مستشفيات جديدة وتوسيع المراكز الصحية القائمة. ", 4)
	side := []string{"حكمة اليوم", "قال الحكيم: قيمة كل امرئ ما يحسنه.", "المكتبة الصوتية"}
	cases := []struct {
		name   string
		paras  []string
		author string
		want   int
	}{
		{"labelled credit with a photographer's", append([]string{prose, prose, "تحرير: جازان: سعاد هبةتصوير: سلمان العتيبي"}, side...), "جازان: سعاد هبة", 2},
		{"label on the line before", append([]string{prose, prose, "تحرير:", "القاهرة - الجزيرة:"}, side...), "القاهرة - الجزيرة", 2},
		{"bare credit", append([]string{prose, "سعاد هبة"}, side...), "سعاد هبة", 1},
		{"a sentence naming the writer", append([]string{prose, "سعاد هبة تفوز بجائزة الصحافة"}, side...), "سعاد هبة", 5},
		{"credit above prose", []string{prose, "تحرير: سعاد هبة", prose}, "سعاد هبة", 3},
		{"no author", append([]string{prose, "سعاد هبة"}, side...), "", 5},
	}
	for _, c := range cases {
		if got := cutAtCredit(c.paras, c.author); len(got) != c.want {
			t.Errorf("%s: %d paragraphs kept, want %d: %q", c.name, len(got), c.want, got)
		}
	}
}

// TestTrimLeadDateRow: a date row with its counters above the text leaves
// it; a wire's dateline of the same length, which names its places, stays.
func TestTrimLeadDateRow(t *testing.T) {
	prose := "التقى قائد الجيش في بيروت اليوم الممثلة الشخصية للأمين العام للأمم المتحدة وجرى خلال اللقاء تناول الأوضاع العامة."
	row := "الأحد ٢٤ شوال ١٤٣٦هـ - ٠٩ أغسطس ٢٠١٥م ٤:٥١ م ٤٠٬١٩٧ ٣ تعليق"
	wire := "الرياض 10 أغسطس 2015 (واس) - بيروت 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"
	now := time.Date(2015, 8, 10, 12, 0, 0, 0, defaultZone)
	if got := trimLead([]string{row, prose}, "عنوان", "", defaultZone, now); len(got) != 1 || got[0] != prose {
		t.Errorf("date row with counters: %q", got)
	}
	if got := trimLead([]string{wire, prose}, "عنوان", "", defaultZone, now); len(got) != 2 {
		t.Errorf("wire dateline: %q", got)
	}
}

// A forum's news post: the post's time heads it, over the poster's card
// (name, rank, join date, post count) and the thread's title; after the
// text come the edit note «آخر تعديل بواسطة فلان ; …» and the replies with
// their own times.
func TestPublishedForumPost(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	body := `<table><tr><td class="thead">06-08-2015, 09:24 PM</td></tr>
<tr><td class="alt2"><div>ناقل الأخبار</div><div>عضو ذهبي</div><div>تاريخ التسجيل: Mar 2009</div><div>المشاركات: 5,321</div></td>
<td class="alt1"><div class="smallfont"><strong>عنوان الخبر الرئيسي اليوم</strong></div><hr>
<div id="post_message_1"><p>` + arabicPara + `</p><p>` + arabicPara + ` وأضاف التقرير تفاصيل.</p></div>
<div class="smallfont"><em>آخر تعديل بواسطة نجم الشمال ; 06-08-2015 الساعة 09:44 PM.</em></div></td></tr>
<tr><td class="thead">06-08-2015, 09:39 PM</td></tr><tr><td class="alt2"><div>صقر الجنوب</div></td><td class="alt1"><div>شكرا على النقل</div></td></tr></table>`
	res, err := New().Extract(context.Background(), Input{HTML: page1(`<title>عنوان الخبر الرئيسي اليوم - منتديات الوطن</title>`, body), Fetched: time.Date(2015, 8, 12, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 8, 6, 21, 24, 0, 0, ast); !res.Published.Equal(want) {
		t.Errorf("published %v (%v), want %v", res.Published, res.PublishedQuality, want)
	}
}

// TestWordHelpers: wc and cleanLine, written without the slices, say what
// strings.Fields says.
func TestWordHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "كلمة", " كلمة", "كلمة ", "كلمتان  هنا", "a\tb\nc", "\u00a0نص\u00a0آخر ", "x  ", "  y", "a b c", "\u2003"} {
		if got, want := wc(s), len(strings.Fields(s)); got != want {
			t.Errorf("wc(%q) = %d, want %d", s, got, want)
		}
		if got, want := cleanLine(s), strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "); got != want {
			t.Errorf("cleanLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPublishedClockAfterText: a date-only meta and, after a long text and
// the writer's box, the one line that gives the minute on that day.
func TestPublishedClockAfterText(t *testing.T) {
	ast := time.FixedZone("AST", 3*3600)
	body := `<h1>قراءة في رواية جديدة عن المدينة</h1><div class="entry">` + strings.Repeat(`<p>`+arabicPara+`</p>`, 30) + `</div>` +
		`<div class="wb"><span>الكاتب</span><h3><a href="/writers/7">وائل مرزا</a></h3><p>كاتب وناقد أدبي له عدد من الدراسات في السرد العربي المعاصر.</p></div>` +
		`<div class="pub-line">نُشر على الموقع يوم الأحد 1436/10/10هـ الموافق 2015/07/26م، الساعة 3:41 مساءً</div>` +
		`<div class="cm"><b>قارئ</b> <span>2015/07/26 الساعة 9:12 مساءً</span><p>مقال جميل.</p></div>`
	head := `<meta property="article:published_time" content="2015-07-26">`
	res, err := New().Extract(context.Background(), Input{HTML: page1(head, body), Fetched: time.Date(2015, 8, 12, 0, 0, 0, 0, ast), DefaultZone: ast})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 7, 26, 15, 41, 0, 0, ast); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v", res.Published, want)
	}
}

// TestTrimTailSiteFooter: a table-layout page's side column and footer,
// taken along with the text, leave it from the «about us» or contact line
// on, with the column's short lines before it; a text without prose, or
// whose closing lines lead to no footer, keeps them.
func TestTrimTailSiteFooter(t *testing.T) {
	prose := arabicPara + " " + arabicPara
	rail := []string{"مريم منت أحمدو", "الشباب والهجرة", "محمد الأمين ولد سيدي مولود"}
	about := "من نحن: وكالة الوطن المستقلة مؤسسة إعلامية مستقلة تأسست سنة 2003، تعنى بنقل الأخبار المحلية والدولية."
	contact := "العنوان: نواكشوط – تفرغ زينه، ص.ب: 4545 | الهاتف: 45 25 12 34 | البريد: contact@example.org"
	got := trimTail(append(append([]string{prose, prose}, rail...), about, contact))
	if !slices.Equal(got, []string{prose, prose}) {
		t.Errorf("about line: got %q", got)
	}
	got = trimTail(append(append([]string{prose}, rail...), contact))
	if !slices.Equal(got, []string{prose}) {
		t.Errorf("contact line: got %q", got)
	}
	keep := append([]string{prose}, rail...)
	if got := trimTail(slices.Clone(keep)); !slices.Equal(got, keep) {
		t.Errorf("no footer: got %q", got)
	}
	// A contact line with one label is the story's own («للاستفسار، الهاتف: …»).
	keep = []string{prose, "وللاستفسار يمكن الاتصال على الهاتف: 920000000"}
	if got := trimTail(slices.Clone(keep)); !slices.Equal(got, keep) {
		t.Errorf("one label: got %q", got)
	}
}
