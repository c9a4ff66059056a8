package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Hand-written pages in testdata/, one per layout shape the crawler meets, in
// go-trafilatura's test style: snippets the text must and must not contain,
// plus the metadata.
func TestGoldenPages(t *testing.T) {
	riyadh := time.FixedZone("AST", 3*3600)
	fetched := time.Date(2024, 3, 16, 12, 0, 0, 0, riyadh)
	tests := []struct {
		file        string
		url         string
		title       string
		titleQ      Quality
		author      string
		published   time.Time
		pubQ        Quality
		site        string
		canonical   string
		lang        string
		encoding    string
		with        []string
		without     []string
		paragraphs  int // at least
		wantNoText  bool
		contentType string
	}{
		{
			file: "modern.html", url: "https://example.com/news/12",
			title: "افتتاح مكتبة عامة جديدة في حي النخيل بالرياض", titleQ: QualityStructured,
			author:    "سارة العتيبي",
			published: time.Date(2024, 3, 12, 9, 30, 0, 0, riyadh), pubQ: QualityStructured,
			site: "صحيفة المدينة اليوم", canonical: "https://example.com/news/2024/03/12/library-opening",
			lang: "ar", encoding: "utf-8", paragraphs: 3,
			with: []string{"تضم أكثر من عشرين ألف كتاب", "قاعة للأطفال وأخرى للمحاضرات", "الاشتراك فيها مجاني لجميع السكان"},
			without: []string{"هطول أمطار غزيرة", "معرض الكتاب يستقبل زواره", "ارتفاع درجات الحرارة",
				"نتمنى المزيد من المكتبات", "جميع الحقوق محفوظة", "الأكثر قراءة"},
		},
		{
			file: "wordpress.html", url: "https://wahah.example/?p=77",
			title: "مزارعو القصيم يبدأون موسم حصاد التمور مبكرا هذا العام", titleQ: QualityStructured,
			author: "خالد الحربي",
			// No machine-readable date: the «نشر في» line gives the day; the Hijri
			// date in the top bar is not used since a Gregorian one exists.
			published: time.Date(2024, 3, 15, 0, 0, 0, 0, riyadh), pubQ: QualityDate,
			site: "صحيفة الواحة", lang: "ar", encoding: "utf-8", paragraphs: 3,
			with:    []string{"قبل موعده المعتاد بأسبوعين", "أصناف السكري والخلاص", "تنظيم حركة البيع والشراء"},
			without: []string{"انطلاق مهرجان الربيع", "شركات النقل ترفع جاهزيتها", "افتتاح طريق جديد", "نشر في"},
		},
		{
			file: "legacy_1256.html", url: "http://portal.example/Content/NewsDetails.aspx?NewsID=5",
			title: "وزارة الصحة تطلق حملة للتطعيم ضد الإنفلونزا الموسمية", titleQ: QualityVisible,
			published: time.Date(2015, 8, 10, 14, 23, 0, 0, riyadh), pubQ: QualityVisible,
			site: "بوابة الخليج الإخبارية", encoding: "windows-1256", lang: "ar", paragraphs: 3,
			with: []string{"تستهدف كبار السن والأطفال", "متوفر مجانا في جميع المراكز الصحية", "قبل بداية فصل الشتاء"},
			without: []string{"افتتاح مركز صحي جديد", "ارتفاع أسعار الذهب", "جميع الحقوق محفوظة",
				"إرسال لصديق", "أخبار ذات صلة"},
		},
		{
			// The same shape, declared only by the HTTP header.
			file: "legacy_1256.html", url: "http://portal.example/n/5", contentType: "text/html; charset=windows-1256",
			title: "وزارة الصحة تطلق حملة للتطعيم ضد الإنفلونزا الموسمية", titleQ: QualityVisible,
			published: time.Date(2015, 8, 10, 14, 23, 0, 0, riyadh), pubQ: QualityVisible,
			encoding: "windows-1256", lang: "ar", paragraphs: 3,
			with: []string{"تستهدف كبار السن والأطفال"},
		},
		{
			file: "legacy_eastern.html", url: "http://portal.example/n/6",
			title: "انخفاض أسعار الحديد في السوق المحلية", titleQ: QualityVisible,
			published: time.Date(2015, 8, 10, 14, 23, 0, 0, riyadh), pubQ: QualityVisible,
			site: "بوابة الخليج الإخبارية", encoding: "utf-8", lang: "ar", paragraphs: 3,
			with:    []string{"سجلت أسعار حديد التسليح انخفاضا", "الطن انخفض بنحو مئة ريال", "مشاريع البناء المتوقفة"},
			without: []string{"جميع الحقوق محفوظة", "بتوقيت مكة"},
		},
		{
			file: "magazine.html", url: "https://afaq.example/a/3",
			title: "كيف تغيرت عادات القراءة لدى الشباب؟", titleQ: QualityStructured,
			author:    "نورة القحطاني",
			published: time.Date(2023, 11, 5, 18, 45, 0, 0, riyadh), pubQ: QualityStructured,
			site: "مجلة آفاق", lang: "ar", encoding: "utf-8", paragraphs: 3,
			with:    []string{"الشباب العرب يقرأون اليوم أكثر", "الكتب الصوتية صارت جزءا من يومهم", "نوادي القراءة الإلكترونية"},
			without: []string{"رحلة إلى جبال السودة", "مهرجان الشعر يعود"},
		},
		{
			file: "agency.html", url: "https://agency.example/news/1035",
			title: "عام / وصول قافلة مساعدات إنسانية إلى المناطق المتضررة", titleQ: QualityStructured,
			published: time.Date(2015, 8, 10, 19, 7, 33, 0, riyadh), pubQ: QualityStructured,
			site: "وكالة الأنباء", lang: "ar", encoding: "utf-8", paragraphs: 2,
			with:    []string{"عشرين شاحنة محملة بالمواد الغذائية", "بالتنسيق مع الجهات المحلية"},
			without: []string{"أمير المنطقة يستقبل رئيس الجامعة", "اختتام دورة تدريبية", "عدد القراءات"},
		},
		{
			file: "sports.html", url: "https://sport.example/news/9",
			title: "الفريق الأول يفوز في مباراة مثيرة على ملعبه", titleQ: QualityStructured,
			published: time.Date(2015, 8, 10, 21, 5, 0, 0, riyadh), pubQ: QualityStructured,
			site: "الرياضي", lang: "ar", encoding: "utf-8", paragraphs: 2,
			with:    []string{"بهدفين مقابل هدف", "في الدقائق الأخيرة من المباراة"},
			without: []string{"مباريات اليوم", "المدرب يعلن قائمة المباراة"},
		},
		{
			// Levantine month, 12-hour clock with «م», Greenwich time, lang="en"
			// template on an Arabic page, «كتب:» byline, " :: " title separator.
			file: "levantine.html", url: "https://sahel.example/p/1",
			title: "بلدية المدينة تزرع ألف شجرة على الطريق الساحلي", titleQ: QualityStructured,
			author:    "رامي الخوري",
			published: time.Date(2023, 11, 3, 21, 15, 0, 0, time.UTC), pubQ: QualityVisible,
			site: "موقع الساحل", lang: "ar", encoding: "utf-8", paragraphs: 2,
			with:    []string{"زراعة ألف شجرة على جانبي الطريق", "تخفيف حرارة الصيف"},
			without: []string{"افتتاح سوق شعبي"},
		},
		{
			file: "hijri_only.html", url: "https://birr.example/n/1",
			title: "جمعية خيرية توزع السلال الغذائية على الأسر المحتاجة", titleQ: QualityStructured,
			published: time.Date(2015, 7, 20, 0, 0, 0, 0, riyadh), pubQ: QualityDate,
			lang: "ar", encoding: "utf-8", paragraphs: 2,
			with: []string{"أكثر من خمسمئة سلة غذائية", "قبل بداية العام الدراسي"},
		},
		{
			file: "relative.html", url: "https://city.example/n/2",
			title: "تحويلات مرورية مؤقتة على الطريق الدائري الشمالي", titleQ: QualityStructured,
			published: fetched.Add(-3 * time.Hour), pubQ: QualityVisible,
			site: "أخبار المدينة", lang: "ar", encoding: "utf-8", paragraphs: 2,
			with: []string{"تحويلات مؤقتة على الطريق الدائري", "الالتزام بالتعليمات"},
		},
		{
			file: "notext.html", url: "https://tv.example/v/1", wantNoText: true,
			title: "فيديو: لحظة وصول الطائرة", titleQ: QualityStructured, lang: "ar", encoding: "utf-8",
		},
	}
	ex := New()
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			res, err := ex.Extract(context.Background(), Input{HTML: raw, URL: tc.url, ContentType: tc.contentType,
				Fetched: fetched, DefaultZone: riyadh})
			if tc.wantNoText {
				if !errors.Is(err, ErrNoText) {
					t.Fatalf("err = %v, want ErrNoText", err)
				}
				if res == nil {
					t.Fatal("no Result with ErrNoText")
				}
			} else if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if res.Title != tc.title || res.TitleQuality != tc.titleQ {
				t.Errorf("title %q (%v), want %q (%v)", res.Title, res.TitleQuality, tc.title, tc.titleQ)
			}
			if res.Author != tc.author {
				t.Errorf("author %q, want %q", res.Author, tc.author)
			}
			if !res.Published.Equal(tc.published) || res.PublishedQuality != tc.pubQ {
				t.Errorf("published %v (%v), want %v (%v)", res.Published, res.PublishedQuality, tc.published, tc.pubQ)
			}
			if tc.site != "" && res.SiteName != tc.site {
				t.Errorf("site %q, want %q", res.SiteName, tc.site)
			}
			if res.CanonicalURL != tc.canonical {
				t.Errorf("canonical %q, want %q", res.CanonicalURL, tc.canonical)
			}
			if res.Language != tc.lang {
				t.Errorf("language %q, want %q", res.Language, tc.lang)
			}
			if res.Encoding != tc.encoding {
				t.Errorf("encoding %q, want %q", res.Encoding, tc.encoding)
			}
			for _, s := range tc.with {
				if !strings.Contains(res.Text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
			for _, s := range tc.without {
				if strings.Contains(res.Text, s) {
					t.Errorf("text has %q", s)
				}
			}
			paras := strings.Split(res.Text, "\n\n")
			if tc.paragraphs > 0 && len(paras) < tc.paragraphs {
				t.Errorf("%d paragraphs, want at least %d:\n%s", len(paras), tc.paragraphs, res.Text)
			}
			for _, p := range paras {
				if p != foldSpace(p) {
					t.Errorf("paragraph not folded: %q", p)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
}
