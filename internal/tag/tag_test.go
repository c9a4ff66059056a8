package tag

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
)

// learnFrom feeds a tagger each text n times, from four outlets in turn,
// and relearns at the end.
func learnFrom(texts []string, n int) *Tagger {
	tg := New(Config{MinCount: 3, MinAssoc: 0.35, Relearn: n * len(texts), MaxTopics: 3, MaxNames: 50, MinSources: 3})
	for i := range n {
		for _, s := range texts {
			tg.Tags(int64(i%4), nil, arabic.Analyze(s))
		}
	}
	return tg
}

// tagNames are the names of the tags of a kind readers are shown.
func tagNames(tags []Tag, kind string) []string {
	var out []string
	for _, g := range Shown(tags) {
		if g.Kind == kind {
			out = append(out, g.Name)
		}
	}
	slices.Sort(out)
	return out
}

// TestTagsKeepWholeNames: a text naming «خادم الحرمين الشريفين الملك سلمان
// بن عبدالعزيز» is tagged with the two names, not with the pieces of them
// the learner also knows («الحرمين الشريفين» is a name of its own
// elsewhere) nor with cuts of the full name («سلمان بن», «بن عبدالعزيز»).
func TestTagsKeepWholeNames(t *testing.T) {
	tg := learnFrom([]string{
		"استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الضيوف",
		"زار الوفد الحرمين الشريفين يوم وصوله",
		"أكد سلمان بن عبدالعزيز دعم المشروع",
		"وجه خادم الحرمين الشريفين بإنشاء مستشفى",
	}, 6)
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز يفتتح مشروعا")), Name)
	wantNoNames(t, got, "الحرمين الشريفين", "خادم الحرمين", "سلمان بن", "بن عبدالعزيز")
	wantNames(t, got, "خادم الحرمين الشريفين", "سلمان بن عبدالعزيز")
}

// TestFourWordNames: «سلمان بن عبد العزيز» is longer than any learned
// name; it is shown whole, read from «سلمان بن» and «عبد العزيز», and
// «عبد العزيز» after «بن» is the father's name, and alone a first name:
// neither is shown. The whole
// name does not match stories (its parts do). At the end of a longer chain
// («محمد بن سلمان بن عبد العزيز») it is the grandfather, and not shown.
func TestFourWordNames(t *testing.T) {
	tg := learnFrom([]string{
		"استقبل الملك سلمان بن عبد العزيز الضيوف",
		"أكد سلمان بن عبد العزيز دعم المشروع",
		"وجه سلمان بن عبد العزيز بإنشاء مستشفى",
		"افتتح مستشفى الملك عبد العزيز قسما",
		"زار الوفد مكتبة عبد العزيز العامة",
		"أقيم الحفل في قاعة عبد العزيز الكبرى",
	}, 6)
	tags := tg.Tags(1, nil, arabic.Analyze("أعلن سلمان بن عبد العزيز خطة جديدة"))
	got := tagNames(tags, Name)
	if !slices.Contains(got, "سلمان بن عبد العزيز") || slices.Contains(got, "عبد العزيز") {
		t.Errorf("names %q, want «سلمان بن عبد العزيز» and not «عبد العزيز» alone", got)
	}
	for _, g := range tags {
		if g.Name == "سلمان بن عبد العزيز" && !g.ShowOnly {
			t.Errorf("%+v matches stories; its parts do already", g)
		}
	}
	// Alone, «عبد العزيز» is a first name: matched, not shown.
	alone := tg.Tags(1, nil, arabic.Analyze("زار مستشفى عبد العزيز"))
	if got := tagNames(alone, Name); slices.Contains(got, "عبد العزيز") {
		t.Errorf("names %q hold the first name «عبد العزيز» alone", got)
	}
	if !slices.ContainsFunc(alone, func(g Tag) bool { return g.Name == "عبد العزيز" && g.Part }) {
		t.Errorf("tags %+v: «عبد العزيز» is not matched as a part", alone)
	}
	chain := tagNames(tg.Tags(1, nil, arabic.Analyze("أعلن محمد بن سلمان بن عبد العزيز خطة")), Name)
	if slices.ContainsFunc(chain, func(s string) bool { return strings.Contains(s, "عبد العزيز") }) {
		t.Errorf("names %q hold the grandfather's name", chain)
	}
}

// TestTitleBeforeFirstName: «المصري عبد الفتاح» is an adjective before a
// first name («عبد الفتاح» is no whole name, but a name still), so no
// name of its own.
func TestTitleBeforeFirstName(t *testing.T) {
	tg := learnFrom([]string{
		"قال الرئيس المصري عبد الفتاح في خطابه",
		"استقبل المصري عبد الفتاح الوفد",
		"التقى عبد الفتاح بالسفراء",
		"أعلن الجيش المصري حالة التأهب",
		"وصل الوفد المصري إلى الرياض",
		"ارتفع الجنيه المصري أمام الدولار",
		"قرر البنك المصري خفض الفائدة",
		"افتتح المتحف المصري قاعة",
	}, 6)
	key := termKey("المصري عبد الفتاح")
	if tg.names[key] == "" {
		t.Fatalf("the test learned no %q (names %v)", key, tg.names)
	}
	if !tg.partial[key] {
		t.Errorf("«المصري عبد الفتاح» is a whole name")
	}
}

// TestTitleIsNoPartOfAName: a name mostly written after a title («الوزير
// فيصل المقداد») is learned without it, because the title stands before
// other names as well.
func TestTitleIsNoPartOfAName(t *testing.T) {
	tg := learnFrom([]string{
		"قال الوزير فيصل المقداد في مؤتمر",
		"صرح الوزير فيصل المقداد للصحفيين",
		"وصل فيصل المقداد إلى العاصمة",
		"قال الوزير سامي الحمد إن المشروع",
		"أعلن الوزير خالد العمر خطة",
		"زار الوزير مدرسة للبنات",
		"التقى الوزير أحمد السالم الوفد",
		"افتتح الوزير المعرض السنوي",
	}, 6)
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("أكد الوزير فيصل المقداد موقف بلاده")), Name)
	if !slices.Contains(got, "فيصل المقداد") || slices.ContainsFunc(got, func(s string) bool { return s != "فيصل المقداد" && len(s) > len("فيصل المقداد") }) {
		t.Errorf("names %q, want «فيصل المقداد» without its title", got)
	}
}

// TestNounInConstructOpensAName: «جامعة» stands before other names too,
// as «الوزير» does, but a noun without the article before a name is in
// construct with it: «جامعة الملك سعود» is the name, not a title before
// the king's. «الوزير فيصل المقداد» stays a title before a name.
func TestNounInConstructOpensAName(t *testing.T) {
	tg := learnFrom([]string{
		"أعلنت جامعة الملك سعود نتائج القبول",
		"تخرج الطلاب في جامعة الملك سعود أمس",
		"زار الملك سعود المدينة قديما",
		"افتتحت جامعة القصيم مبنى جديدا",
		"قالت جامعة طيبة إن التسجيل بدأ",
		"بدأت جامعة الطائف الدراسة",
		"كرمت جامعة جازان المتفوقين",
		"وقعت جامعة تبوك اتفاقية",
		"نظمت جامعة حائل ندوة",
		"أعلنت الجامعة عن وظائف",
		"قال الوزير فيصل المقداد في مؤتمر",
		"وصل فيصل المقداد إلى العاصمة",
		"أعلن الوزير خالد العمر خطة",
		"افتتح الوزير المعرض السنوي",
	}, 6)
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("حضر الوزير فيصل المقداد حفلا في جامعة الملك سعود")), Name)
	wantNames(t, got, "جامعة الملك سعود", "فيصل المقداد")
	wantNoNames(t, got, "الملك سعود", "الوزير فيصل المقداد")
}

// wantNames reports each of names that got lacks.
func wantNames(t *testing.T, got []string, names ...string) {
	t.Helper()
	for _, name := range names {
		if !slices.Contains(got, name) {
			t.Errorf("names %q lack %q", got, name)
		}
	}
}

// wantNoNames reports each of names that got holds.
func wantNoNames(t *testing.T, got []string, names ...string) {
	t.Helper()
	for _, name := range names {
		if slices.Contains(got, name) {
			t.Errorf("names %q hold %q", got, name)
		}
	}
}

// TestConstructNameEndsInACommonWord: «جميل» is used far more often
// elsewhere than in «دوري عبداللطيف جميل», which makes it look like a word
// after a name («دوري عبداللطيف»); the noun in construct opens the name,
// and the name is whole.
func TestConstructNameEndsInACommonWord(t *testing.T) {
	tg := learnFrom([]string{
		"انطلق دوري عبداللطيف جميل أمس",
		"تصدر الهلال دوري عبداللطيف جميل",
		"رعت شركة عبداللطيف جميل الحفل",
		"انتهى دوري أبطال آسيا",
		"يبدأ دوري الدرجة الأولى",
		"قرر الاتحاد تأجيل الدوري",
		"كان المشهد جميل جدا",
		"قدم اللاعب أداء جميل",
		"صوت جميل في الحفل",
		"يوم جميل للأسرة",
	}, 6)
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("فاز النصر في دوري عبداللطيف جميل")), Name)
	if !slices.Contains(got, "دوري عبداللطيف جميل") || slices.Contains(got, "دوري عبداللطيف") {
		t.Errorf("names %q, want «دوري عبداللطيف جميل» whole", got)
	}
}

// TestLinkWordOpensAName: «عبد» before «ربه منصور» is the first half of a
// compound name, not a title: though the stream writes «عبد» before many
// other names, «عبد ربه منصور» is the name, and «ربه منصور» a cut of it.
func TestLinkWordOpensAName(t *testing.T) {
	tg := learnFrom([]string{
		"قال الرئيس عبد ربه منصور في كلمته",
		"أكد عبد ربه منصور دعم الحكومة",
		"استقبل عبد ربه منصور الوفد",
		"قال عبد الله السالم في مؤتمر",
		"أعلن عبد الرحمن الخالد خطة",
		"زار عبد العزيز الفهد المعرض",
		"التقى عبد الكريم الحمد الوفد",
		"افتتح عبد المجيد العمر المعرض",
		"رعى عبد الله الناصر الحفل",
		"كرم عبد الرحمن السعد الطلاب",
		"دشن عبد العزيز الراشد المشروع",
		"ترأس عبد الكريم الزيد الاجتماع",
	}, 6)
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("وصل عبد ربه منصور إلى عدن")), Name)
	if !slices.Contains(got, "عبد ربه منصور") || slices.Contains(got, "ربه منصور") || slices.Contains(got, "عبد ربه") {
		t.Errorf("names %q, want «عبد ربه منصور» and neither of its halves", got)
	}
}

// TestWholeNamesShownPastParts: the MaxNames names that match stories can
// be parts (the cuts of a name in the text rank with it); a whole name
// behind them is still shown, and does not match stories.
func TestWholeNamesShownPastParts(t *testing.T) {
	tg := learnFrom([]string{
		"استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الضيوف",
		"زار الوفد الحرمين الشريفين يوم وصوله",
		"أكد سلمان بن عبدالعزيز دعم المشروع",
		"وجه خادم الحرمين الشريفين بإنشاء مستشفى",
		"قال فيصل المقداد في مؤتمر",
		"صرح فيصل المقداد للصحفيين",
	}, 6)
	tg.cfg.MaxNames = 3
	tags := tg.Tags(1, nil, arabic.Analyze("خادم الحرمين الشريفين يستقبل فيصل المقداد"))
	got := tagNames(tags, Name)
	if !slices.Contains(got, "خادم الحرمين الشريفين") || !slices.Contains(got, "فيصل المقداد") {
		t.Errorf("names %q, want both whole names", got)
	}
	matching := 0
	for _, g := range tags {
		if g.Kind == Name && !g.ShowOnly {
			matching++
		}
	}
	if matching != 3 {
		t.Errorf("%d names match stories (tags %+v), want MaxNames = 3", matching, tags)
	}
}

// TestTopicsAsWritten: a keyphrase is shown as written (برشلونة), not in
// the normal form the index matches on (برشلونه), and a word with a
// preposition glued on («بمعدل») is no keyphrase when the bare word is
// known and more frequent.
func TestTopicsAsWritten(t *testing.T) {
	tg := learnFrom([]string{
		"ارتفع المعدل العام للأسعار",
		"سجل معدل النمو ارتفاعا",
		"ذكر التقرير أن معدل البطالة انخفض",
		"افتتح المصنع في المدينة",
		"زار الوفد المصنع الجديد",
		"وصل الوفد على الفور إلى الموقع",
		"بدأ العمل فور وصول الفريق",
		"لا يجد المواطن حلا",
		"قد يجد الباحث فرصة",
	}, 4)
	tags := tg.Tags(1, nil, arabic.Analyze("فاز فريق برشلونة على ضيفه وتقدم برشلونة بمعدل هدفين ومعدل التسديد برشلونة للإغاثة للإغاثة للإغاثة فوراً فورا سيجد سيجد"))
	topics := tagNames(tags, Topic)
	if !slices.Contains(topics, "برشلونة") {
		t.Errorf("topics %q lack «برشلونة» as written", topics)
	}
	if !slices.Contains(topics, "الإغاثة") {
		t.Errorf("topics %q lack «الإغاثة» (written للإغاثة)", topics)
	}
	for _, w := range []string{"فورا", "سيجد"} {
		if slices.Contains(topics, w) {
			t.Errorf("topics %q hold %q, an adverb or a verb of a more frequent word", topics, w)
		}
	}
	if slices.Contains(topics, "بمعدل") {
		t.Errorf("topics %q hold «بمعدل», «معدل» with a preposition", topics)
	}
}

// TestTagsHideCuts: «بن عبدالعزيز», learned from the names of many
// brothers, is no name of its own; it still matches, but is not shown.
func TestTagsHideCuts(t *testing.T) {
	tg := learnFrom([]string{
		"استقبل الأمير فهد بن عبدالعزيز الوفد",
		"زار الأمير سلطان بن عبدالعزيز المعرض",
		"افتتح الأمير نايف بن عبدالعزيز المركز",
		"وجه الأمير مقرن بن عبدالعزيز بالمتابعة",
	}, 3)
	tags := tg.Tags(1, nil, arabic.Analyze("رعى الأمير متعب بن عبدالعزيز الحفل"))
	key := termKey("بن عبدالعزيز")
	if !slices.ContainsFunc(tags, func(g Tag) bool { return g.Key == key }) {
		t.Fatalf("tags %v lack %q: the test learned no cut to hide", tags, key)
	}
	if got := tagNames(tags, Name); slices.Contains(got, "بن عبدالعزيز") {
		t.Errorf("shown names %q hold «بن عبدالعزيز»", got)
	}
}

// TestNamesWithoutGluedPreposition: a name first learned with a
// preposition glued on is shown without it, and two keys that read the
// same are shown once.
func TestNamesWithoutGluedPreposition(t *testing.T) {
	tg := learnFrom([]string{
		"وصل الحجاج بمكة المكرمة أمس",
		"أمطار غزيرة في مكة المكرمة",
		// A second context: a name read inside one longer one only is a
		// cut of it (see cuts).
		"تستقبل مكة المكرمة الزوار",
		"زار الأمير مكة اليوم",
		"ازدحام في مكة هذا العام",
		"انطلقت انتخابات للمجالس البلدية في المملكة",
		"أعلنت المجالس البلدية نتائجها",
		"فاز المنتخب الوطني لكرة القدم بالبطولة",
		"يستعد الاتحاد الآسيوي لكرة القدم للموسم",
		"لعب الأطفال الكرة في الحديقة",
		"سقطت الكرة خارج الملعب",
		"تنافس فريق كرة السلة على اللقب",
	}, 4)
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("صلاة العيد بمكة المكرمة وفي مكة المكرمة ودعم للمجالس البلدية ومدرب لكرة القدم")), Name)
	want := []string{"المجالس البلدية", "كرة القدم", "مكة المكرمة"}
	if !slices.Equal(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want map[string]string
	}{
		{[]string{"خادم الحرمين", "اليمن", "خادم الحرمين الشريفين", "الحرمين الشريفين"}, map[string]string{
			"خادم الحرمين": "خادم الحرمين الشريفين", "اليمن": "اليمن",
			"خادم الحرمين الشريفين": "خادم الحرمين الشريفين", "الحرمين الشريفين": "خادم الحرمين الشريفين"}},
		{[]string{"بدائل", "نجران", "البدائل"}, map[string]string{"بدائل": "بدائل", "نجران": "نجران", "البدائل": "بدائل"}},
		{[]string{"مصر", "مصر للطيران"}, map[string]string{"مصر": "مصر", "مصر للطيران": "مصر للطيران"}},
		{[]string{"ربه منصور", "منصور هادي", "ربه منصور هادي", "عبد ربه منصور هادي"}, map[string]string{
			"ربه منصور": "عبد ربه منصور هادي", "منصور هادي": "عبد ربه منصور هادي",
			"ربه منصور هادي": "عبد ربه منصور هادي", "عبد ربه منصور هادي": "عبد ربه منصور هادي"}},
		{[]string{"الرياض", "الرياضة"}, map[string]string{"الرياض": "الرياض", "الرياضة": "الرياضة"}},
		// Two spellings of one word: the first (sorted, the hamza's).
		{[]string{"الإنماء", "الانماء"}, map[string]string{"الإنماء": "الإنماء", "الانماء": "الإنماء"}},
		{nil, map[string]string{}},
	} {
		if got := Fold(c.in); !maps.Equal(got, c.want) {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNamesAsWrittenBare: a name first counted with a conjunction glued on
// («وخادم الحرمين») is shown as later written without it; one that always
// opens with such a letter (فالتر, Walter) keeps it.
func TestNamesAsWrittenBare(t *testing.T) {
	tg := New(Config{MinCount: 3, MinAssoc: 0.35, Relearn: 1000, MaxTopics: 0, MaxNames: 50, MinSources: 3})
	texts := []string{
		"قال وزير الخارجية فالتر شتاينماير اليوم", "أكد فالتر شتاينماير موقف بلاده",
		"استقبل وخادم الحرمين الشريفين الضيوف", "رحب وخادم الحرمين بالوفد", "وجه وخادم الحرمين بصرف المكافآت",
		"أمر خادم الحرمين بإطلاق المشروع", "افتتح خادم الحرمين المعرض",
	}
	for i := range 1000 {
		tg.Tags(int64(i%4), nil, arabic.Analyze(texts[i%len(texts)]))
	}
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("التقى خادم الحرمين فالتر شتاينماير")), Name)
	for _, want := range []string{"خادم الحرمين", "فالتر شتاينماير"} {
		if !slices.Contains(got, want) {
			t.Errorf("names %q lack %q", got, want)
		}
	}
}

// TestNamesEndingInAlefAreTopics: a word ending in «ا» is taken for an
// accusative of a more frequent word only when it has been seen with its
// tanwin: أمريكا never is, though أمريكي is a word.
func TestNamesEndingInAlefAreTopics(t *testing.T) {
	tg := learnFrom([]string{
		"قال المسؤول الأمريكي إن الاتفاق قريب",
		"أعلن الجيش الأمريكي عن مناورات",
		"وصل الوفد الأمريكي إلى العاصمة",
		"افتتح المصنع في المدينة",
		"ارتفع سعر الدولار في السوق",
		"بلغت الصفقة مليون دولار",
		"بلغ الدين عشرين مليار دولار",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("زار الرئيس أمريكا وأمريكا ترحب بالزيارة وتدفع دولاراً ثم دولارا")), Topic)
	if !slices.Contains(topics, "أمريكا") {
		t.Errorf("topics %q lack «أمريكا», never written with a tanwin", topics)
	}
	if slices.ContainsFunc(topics, func(s string) bool { return strings.HasPrefix(s, "دولار") && s != "دولار" }) {
		t.Errorf("topics %q hold an accusative of «دولار»", topics)
	}
}

// TestNamesWithVerbsAreNoNames: a collocation holding a verb in the
// imperfect («يسكنه فسيح جناته») is a set phrase, no name; a foreign name
// opening with «يو» (يوكيا أمانو) is one, and so is «يونس» though the
// stream writes «تونس», a place, which is no verb either.
func TestNamesWithVerbsAreNoNames(t *testing.T) {
	tg := learnFrom([]string{
		"نسأل الله أن يسكنه فسيح جناته",
		"داعين الله أن يسكنه فسيح الجنات",
		"رحم الله الفقيد وأن يسكنه فسيح جناته",
		"قال يوكيا أمانو إن الوكالة تراقب",
		"أكد يوكيا أمانو ضرورة التعاون",
		"التقى يونس العليوي بالمسؤولين",
		"صرح يونس العليوي بأن العمل مستمر",
		"زار الوفد تونس أمس",
		"وصل الرئيس إلى تونس",
	}, 6)
	verbs, places := 0, 0
	for key, name := range tg.names {
		if strings.Contains(name, "يسكنه") {
			verbs++
			if !tg.partial[key] {
				t.Errorf("%q is a whole name; it holds a verb", name)
			}
		}
		if strings.Contains(name, "تونس") && !strings.HasPrefix(name, "تونس") && !tg.partial[key] {
			places++
		}
	}
	if verbs == 0 || places == 0 {
		t.Errorf("the test learned %d names holding «يسكنه» and %d whole ones holding «تونس» (names %v)", verbs, places, tg.names)
	}
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("أعلن يوكيا أمانو أن يونس العليوي زار الوكالة")), Name)
	for _, name := range []string{"يوكيا أمانو", "يونس العليوي"} {
		if !slices.Contains(got, name) {
			t.Errorf("names %q lack %q", got, name)
		}
	}
}

// TestNamesCutAfterLam: a name ending in a noun with «ل» and no article is
// cut from a longer one and not shown; one ending in a word whose «ل» is
// its own (لندن) is whole.
func TestNamesCutAfterLam(t *testing.T) {
	tg := learnFrom([]string{
		"قال النائب الثاني لرئيس مجلس الوزراء إن القرار نهائي",
		"استقبل النائب الثاني لرئيس مجلس الوزراء الوفد",
		"أكد رئيس الوزراء أن الرئيس سيزور البلاد",
		"اجتمع رئيس البلدية مع رئيس الغرفة",
		"تخرج الطالب في جامعة لندن هذا العام",
		"حصل الباحث على جائزة من جامعة لندن",
		"زار الوفد جامعة لندن أمس",
	}, 4)
	tags := tg.Tags(1, nil, arabic.Analyze("التقى النائب الثاني لرئيس الوفد وتحدث عن جامعة لندن"))
	got := tagNames(tags, Name)
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, "لرئيس") }) {
		t.Errorf("names %q hold a name cut after «لرئيس»", got)
	}
	if !slices.Contains(got, "جامعة لندن") {
		t.Errorf("names %q lack «جامعة لندن»", got)
	}
	if !slices.ContainsFunc(tags, func(g Tag) bool { return g.Part && strings.HasSuffix(g.Name, "لرئيس") }) {
		t.Errorf("tags %v: the test learned no name cut after «لرئيس»", tags)
	}
}

// TestNamesCutAfterBa: a name ending in a noun with «ب» that the stream
// writes with the article («لاعب كرة القدم بنادي الهلال») is cut; one whose
// «ب» is its own («سايكس بيكو») is whole, though the stream writes «يكو»
// more often, never with the article.
func TestNamesCutAfterBa(t *testing.T) {
	tg := learnFrom([]string{
		"انضم لاعب كرة القدم بنادي الهلال إلى المنتخب",
		"يتدرب لاعب كرة القدم بنادي النصر يوميا",
		"فاز النادي بالبطولة وأعلن النادي عن مدرب",
		"عقد النادي جمعيته العمومية",
		"افتتح النادي ملعبا جديدا",
		"ناقش المؤرخون اتفاقية سايكس بيكو في الندوة",
		"مرت مئة عام على سايكس بيكو وما زالت",
		"كتب الباحث عن سايكس بيكو كتابا",
		"قال يكو إن الفريق جاهز",
		"سجل يكو هدفين في المباراة",
		"غاب يكو عن التدريب",
		"عاد يكو إلى الملعب",
	}, 4)
	tags := tg.Tags(1, nil, arabic.Analyze("تحدث لاعب كرة القدم بنادي الشباب عن سايكس بيكو"))
	got := tagNames(tags, Name)
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, "بنادي") }) {
		t.Errorf("names %q hold a name cut after «بنادي»", got)
	}
	if !slices.ContainsFunc(tags, func(g Tag) bool { return g.Part && strings.HasSuffix(g.Name, "بنادي") }) {
		t.Errorf("tags %v: the test learned no name cut after «بنادي»", tags)
	}
	if !slices.Contains(got, "سايكس بيكو") {
		t.Errorf("names %q lack «سايكس بيكو»", got)
	}
}

// TestVerbsAreNoTopics: a word opening with «ي» that the stream never
// wrote with the article is taken for a verb and is no keyphrase; one that
// takes the article is.
func TestVerbsAreNoTopics(t *testing.T) {
	tg := learnFrom([]string{
		"يستقبل الأمير الضيوف في قصره",
		"أدى اليمين الدستورية أمام الملك",
		"افتتح المصنع في المدينة",
		"زار الوفد المصنع الجديد",
		"وصل الوفد إلى العاصمة",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("يستقبل يستقبل الوزير يمين يمين الحكومة")), Topic)
	if slices.Contains(topics, "يستقبل") {
		t.Errorf("topics %q hold the verb «يستقبل»", topics)
	}
	if !slices.Contains(topics, "يمين") {
		t.Errorf("topics %q lack «يمين», a noun the stream wrote with the article", topics)
	}
}

// TestVerbsByWrittenForms: the verb test reads written forms. «يختتم»
// stems as «يخت» (a yacht, which takes the article) and is still a verb,
// written with «ت» too; «ينبع», written after «ب», is a place and a
// keyphrase, though it opens with «ي» and never takes the article.
func TestVerbsByWrittenForms(t *testing.T) {
	tg := learnFrom([]string{
		"أبحر اليخت في الخليج",
		"تختتم الدورة أعمالها",
		"وصل الوفد بينبع أمس",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("يختتم يختتم ينبع ينبع")), Topic)
	if slices.Contains(topics, "يختتم") {
		t.Errorf("topics %q hold the verb «يختتم»", topics)
	}
	if !slices.Contains(topics, "ينبع") {
		t.Errorf("topics %q lack «ينبع»", topics)
	}
}

// TestGluedBareWordWrittenAlone: a word read as a preposition and a bare
// word opening with «و» is so only when the bare word was written on its
// own. «بورصة» is no ب and «ورصة», though the stemmer makes «ورصة» the
// stem of the frequent «فرصة»; «بوزارة» is ب and «وزارة».
func TestGluedBareWordWrittenAlone(t *testing.T) {
	tg := learnFrom([]string{
		"أتيحت فرصة كبيرة للشباب",
		"فرصة جديدة للعمل",
		"أعلنت وزارة الصحة",
		"قالت وزارة التعليم",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("بورصة بورصة بوزارة بوزارة")), Topic)
	if !slices.Contains(topics, "بورصة") || slices.Contains(topics, "ورصة") {
		t.Errorf("topics %q: want «بورصة» whole", topics)
	}
	if !slices.Contains(topics, "وزارة") {
		t.Errorf("topics %q lack «وزارة» (written «بوزارة»)", topics)
	}
}

// TestFeminineVerbsAreNoTopics: a word opening with «ت» that the stream
// also wrote with «ي», never with the article, is a verb; a noun opening
// with «ت» (it takes the article) and a name (no «ي» twin) stay keyphrases.
func TestFeminineVerbsAreNoTopics(t *testing.T) {
	tg := learnFrom([]string{
		"يختتم المهرجان فعالياته مساء اليوم",
		"يختتم المعرض أعماله غدا",
		"ارتفع التداول في السوق",
		"نشر الوزير بيانا على الموقع",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("تختتم تختتم تداول تداول تويتر تويتر")), Topic)
	if slices.Contains(topics, "تختتم") {
		t.Errorf("topics %q hold the verb «تختتم»", topics)
	}
	for _, w := range []string{"تداول", "تويتر"} {
		if !slices.Contains(topics, w) {
			t.Errorf("topics %q lack «%s»", topics, w)
		}
	}
}

// TestPossessedAreNoTopics: a noun with a possessive pronoun («his wife»,
// «his staff») is no keyphrase when the stream wrote the bare noun with the
// article; a noun that only ends like one (تفاهم، منتزه) stays.
func TestPossessedAreNoTopics(t *testing.T) {
	tg := learnFrom([]string{
		"حضرت الزوجة الحفل في البلاد",
		"عادت الزوجة إلى البلاد أمس مع الموظفين",
		"افتتح المنتزه الجديد",
		"زار الوفد المنتزه",
		"ارتفع الجنيه أمام الدولار",
		"بدأ موسم الجني في المزارع",
		"حلق الطائر فوق البحيرة",
		"قاتل الجنود على الحدود",
		"وصل الجنود إلى أثينا",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("زوجته زوجته بلاده بلاده موظفيه موظفيه جنودنا جنودنا")), Topic)
	for _, w := range []string{"زوجته", "بلاده", "موظفيه", "جنودنا"} {
		if slices.Contains(topics, w) {
			t.Errorf("topics %q hold «%s», a noun with a pronoun", topics, w)
		}
	}
	// Nouns that end like a pronoun: «تفاهم» leaves «تفا», never written
	// with the article; «المنتزه» and «الجنيه» were written so whole (and
	// «الجني» too); «طائرة» ends with «ة», which only the normal form
	// writes «ه» (and «الطائر» is a word).
	topics = tagNames(tg.Tags(1, nil, arabic.Analyze("منتزه منتزه جنيه جنيه طائرة طائرة")), Topic)
	topics = append(topics, tagNames(tg.Tags(1, nil, arabic.Analyze("تفاهم تفاهم")), Topic)...)
	// «أثينا» ends like «our»: «أثي» was never written with the article.
	topics = append(topics, tagNames(tg.Tags(1, nil, arabic.Analyze("أثينا أثينا")), Topic)...)
	for _, w := range []string{"تفاهم", "منتزه", "جنيه", "طائرة", "أثينا"} {
		if !slices.Contains(topics, w) {
			t.Errorf("topics %q lack «%s»", topics, w)
		}
	}
}

// TestConjoinedTopicsShownBare: a keyphrase written with «و» before its
// article is shown without it when the stream wrote the word so; a word
// that only opens with «وال» stays as written.
func TestConjoinedTopicsShownBare(t *testing.T) {
	tg := learnFrom([]string{
		"يزدهر الأدب في المدينة",
		"ندوة عن الأدب الحديث",
		"حضر الوفد المعرض",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("الفنون والأدب والأدب والدتها والدتها")), Topic)
	if !slices.Contains(topics, "الأدب") || slices.Contains(topics, "والأدب") {
		t.Errorf("topics %q: want «الأدب», not «والأدب»", topics)
	}
	if !slices.Contains(topics, "والدتها") {
		t.Errorf("topics %q lack «والدتها» as written", topics)
	}
}

// TestConjunctionWrittenApart: a keyphrase written with «و» before a word
// the stream mostly writes alone is shown without it, and read again as if
// written so (a future verb is none); a word opening with «و» that the
// stream writes with the article (وادي) is a word; a word after «ب» that is
// mostly «و» and another word was no preposition and a bare word: «بواخر»
// (ships) is no «ب» and «واخر».
func TestConjunctionWrittenApart(t *testing.T) {
	tg := learnFrom([]string{
		"أعلنت موبايلي نتائجها وقال رئيس موبايلي",
		"سهم موبايلي يرتفع مع آخر التداولات",
		"اجتماع آخر في الوادي يحضره مسؤول وآخر",
		"يحضر الوزير ويحضر الأمير ثم يحضر الجمهور",
		"سيحضر الوزير الحفل",
		"أدى الوزير الصلاة",
		"آخر الأخبار من وادي الدواسر",
	}, 4)
	for _, c := range []struct {
		text      string
		want, bad []string
	}{
		{"وموبايلي وموبايلي تعلن", []string{"موبايلي"}, []string{"وموبايلي"}},
		{"بواخر بواخر للميناء بوادي بوادي", []string{"بواخر", "وادي"}, []string{"واخر", "بوادي"}},
		{"وسيحضر وسيحضر وسيحضر الحفل", nil, []string{"سيحضر", "وسيحضر"}},
	} {
		topics := tagNames(tg.Tags(1, nil, arabic.Analyze(c.text)), Topic)
		for _, want := range c.want {
			if !slices.Contains(topics, want) {
				t.Errorf("%s: topics %q lack «%s»", c.text, topics, want)
			}
		}
		for _, bad := range c.bad {
			if slices.Contains(topics, bad) {
				t.Errorf("%s: topics %q hold «%s»", c.text, topics, bad)
			}
		}
	}
}

// TestPrepositionTopicsShownBare: a keyphrase written with «ب» or «ك»
// before its article («بالأحساء») is shown without it when the stream wrote
// the word so; a word whose «بال» is its own («بالون») stays as written.
func TestPrepositionTopicsShownBare(t *testing.T) {
	tg := learnFrom([]string{
		"أمطار في الأحساء اليوم",
		"افتتاح مشروع في الأحساء",
		"حضر الوفد المعرض",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("المطر بالأحساء بالأحساء وبالأحساء بالون بالون")), Topic)
	if !slices.Contains(topics, "الأحساء") || slices.ContainsFunc(topics, func(s string) bool { return strings.HasSuffix(s, "بالأحساء") }) {
		t.Errorf("topics %q: want «الأحساء», not «بالأحساء»", topics)
	}
	if !slices.Contains(topics, "بالون") {
		t.Errorf("topics %q lack «بالون» as written", topics)
	}
}

// TestNamesWithAccusativeAreNoNames: a collocation holding an indefinite
// accusative (a word the stream writes with its tanwin) is a set phrase,
// not a name; a name with an adjective that has the article is one.
func TestNamesWithAccusativeAreNoNames(t *testing.T) {
	tg := learnFrom([]string{
		"شهد الحفل حضوراً لافتاً من الأهالي",
		"لقي المعرض حضورا لافتا من الزوار",
		"صلى الإمام في المسجد الكبير بالمدينة",
		"افتتح المسجد الكبير بعد ترميمه",
	}, 4)
	tags := tg.Tags(1, nil, arabic.Analyze("سجل المهرجان حضورا لافتا عند المسجد الكبير"))
	got := tagNames(tags, Name)
	if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "لافت") }) {
		t.Errorf("names %q hold a set phrase with an accusative", got)
	}
	if !slices.Contains(got, "المسجد الكبير") {
		t.Errorf("names %q lack «المسجد الكبير»", got)
	}
	if !slices.ContainsFunc(tags, func(g Tag) bool { return g.Part && strings.Contains(g.Name, "لافت") }) {
		t.Errorf("tags %v: the test learned no accusative phrase", tags)
	}
}

// TestGluedWordCountsBare: a word written with a preposition glued on is
// the keyphrase of the bare word («بجدة» is «جدة»).
func TestGluedWordCountsBare(t *testing.T) {
	tg := learnFrom([]string{
		"أمطار غزيرة على جدة اليوم",
		"افتتاح مشروع جديد في جدة",
		"ازدحام الطرق في جدة",
		"افتتح المصنع في المدينة",
		"زار الوفد المصنع الجديد",
		"وصل الوفد إلى العاصمة",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("مهرجان بجدة يجذب الزوار بجدة")), Topic)
	if !slices.Contains(topics, "جدة") || slices.Contains(topics, "بجدة") {
		t.Errorf("topics %q, want «جدة» for «بجدة»", topics)
	}
}

// TestNamesReadOnAreCuts: a bigram mostly read inside one longer name is a
// cut of it and not shown («الروسي فلاديمير» of «الروسي فلاديمير بوتين»,
// whose «الروسي» is a word used elsewhere), while a name mostly read after
// a title stays («خالد الفيصل» of «الأمير خالد الفيصل»).
func TestNamesReadOnAreCuts(t *testing.T) {
	tg := learnFrom([]string{
		"قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة",
		"التقى الروسي فلاديمير بوتين نظيره في موسكو",
		"أكد فلاديمير بوتين أن الاقتصاد قوي",
		"وصل الوفد الروسي إلى دمشق",
		"صرح المسؤول الروسي للصحفيين",
		"افتتح الأمير خالد الفيصل المعرض",
		"وجه الأمير خالد الفيصل بالمتابعة",
		"استقبل الأمير الضيوف في القصر",
		"أعلن الأمير مشروعا جديدا",
		"رعى الأمير حفل التخرج",
		"زار الأمير المستشفى",
		"انتقد الإعلام الروسي القرار",
		"قال الجيش الروسي إن الطائرات عادت",
	}, 4)
	tags := tg.Tags(1, nil, arabic.Analyze("ناقش الروسي فلاديمير بوتين والأمير خالد الفيصل الأمر"))
	if key := termKey("الروسي فلاديمير"); !slices.ContainsFunc(tags, func(g Tag) bool { return g.Key == key }) {
		t.Fatalf("tags %v lack %q: the test learned no cut to hide", tags, key)
	}
	got := tagNames(tags, Name)
	if slices.Contains(got, "الروسي فلاديمير") {
		t.Errorf("shown names %q hold the cut «الروسي فلاديمير»", got)
	}
	for _, want := range []string{"فلاديمير بوتين", "خالد الفيصل"} {
		if !slices.Contains(got, want) {
			t.Errorf("shown names %q lack %q", got, want)
		}
	}
}

// TestNamesKeepFormOverOneSlip: one occurrence of a name written without
// its first letter («ليد جنبلاط» for «وليد جنبلاط») does not replace the
// form the stream writes.
func TestNamesKeepFormOverOneSlip(t *testing.T) {
	tg := New(Config{MinCount: 3, MinAssoc: 0.35, Relearn: 1000, MaxTopics: 0, MaxNames: 50, MinSources: 3})
	texts := []string{"قال وليد جنبلاط الخبر", "تابع وليد جنبلاط المؤتمر", "اهتم وليد جنبلاط بالزيارة"}
	for i := range 1000 {
		s := texts[i%len(texts)]
		if i == 500 {
			s = "تابع ليد جنبلاط المؤتمر"
		}
		tg.Tags(int64(i%4), nil, arabic.Analyze(s))
	}
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("نشر وليد جنبلاط الصور")), Name)
	if !slices.Equal(got, []string{"وليد جنبلاط"}) {
		t.Errorf("names %q, want [وليد جنبلاط]", got)
	}
}

// TestNamesWithoutPrepositionWrittenBare: a name opening with «ب» is shown
// without it when the stream writes the same words bare as well, even too
// seldom for those to be a name of their own; one never written bare
// («بشار الأسد») keeps its letter.
func TestNamesWithoutPrepositionWrittenBare(t *testing.T) {
	tg := New(Config{MinCount: 3, MinAssoc: 0.35, Relearn: 400, MaxTopics: 0, MaxNames: 50, MinSources: 3})
	texts := []string{"أصيب رجل بإطلاق النار في السوق", "قتل شاب بإطلاق النار أمس", "جرح طفل بإطلاق النار ليلا",
		"قال بشار الأسد إن الحرب طويلة", "خطب بشار الأسد في دمشق", "التقى بشار الأسد وفدا"}
	for i := range 400 {
		tg.Tags(int64(i%4), nil, arabic.Analyze(texts[i%len(texts)]))
		if i%100 == 0 {
			// Bare, and from one outlet only: no name of its own.
			tg.Tags(9, nil, arabic.Analyze("وقع إطلاق النار قرب الحدود"))
		}
	}
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("أدان بشار الأسد حادثة إصابة بإطلاق النار")), Name)
	want := []string{"إطلاق النار", "بشار الأسد"}
	if !slices.Equal(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
}

// TestTitlesAreNoKeyphrases: a title («معالي») or «per cent» («المئة»),
// however rare in the stream, is no keyphrase; the words of the report are.
func TestTitlesAreNoKeyphrases(t *testing.T) {
	tg := learnFrom([]string{
		"أمطار غزيرة على جدة اليوم",
		"افتتاح مشروع جديد في جدة",
		"وصل الوفد إلى العاصمة",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("استقبل معالي الوزير ومعالي السفير وفد الصادرات وارتفعت الصادرات عشرة في المئة والمئة")), Topic)
	if slices.Contains(topics, "معالي") || slices.Contains(topics, "ومعالي") || slices.Contains(topics, "المئة") || !slices.Contains(topics, "الصادرات") {
		t.Errorf("topics %q, want «الصادرات» and no title nor «المئة»", topics)
	}
}

// TestOneOutletsOwnNameIsNoName: an outlet's name as it signs its reports
// («… لصحيفة صدى الوادي») comes in most of its articles and is mentioned
// by a few others, so it passes MinSources; it is that outlet's own, and
// no tag at all once the learner has counted who names it. A name every
// outlet uses stays.
func TestOneOutletsOwnNameIsNoName(t *testing.T) {
	tg := New(Config{MinCount: 3, MinAssoc: 0.35, Relearn: 20, MaxTopics: 0, MaxNames: 50, MinSources: 3})
	events := []string{"الطريق", "الجسر", "المستشفى", "المدرسة", "الملعب", "السوق", "المطار", "الميناء", "المتحف", "الحديقة"}
	verbs := []string{"افتتح", "زار", "دشن", "تفقد", "وجه"}
	for i := range 60 {
		ev, verb := events[i%len(events)], verbs[i%len(verbs)]
		switch i % 3 {
		case 0:
			tg.Tags(1, nil, arabic.Analyze("قال مسؤول لصحيفة صدى الوادي إن "+ev+" اكتمل بعدما "+verb+" خالد الفيصل الموقع"))
		case 1:
			tg.Tags(2, nil, arabic.Analyze(verb+" خالد الفيصل "+ev+" الجديد"))
		default:
			tg.Tags(3, nil, arabic.Analyze("أمس "+verb+" خالد الفيصل "+ev))
		}
		if i == 10 {
			// Mentioned by two other outlets, once each.
			tg.Tags(2, nil, arabic.Analyze("نقلت صدى الوادي عن مسؤول أن "+ev+" مغلق"))
			tg.Tags(4, nil, arabic.Analyze("ذكرت صدى الوادي أن "+ev+" مغلق"))
		}
	}
	tags := tg.Tags(1, nil, arabic.Analyze("قال مسؤول لصحيفة صدى الوادي إن الطريق اكتمل بعدما زار خالد الفيصل الموقع"))
	if i := slices.IndexFunc(tags, func(g Tag) bool { return strings.Contains(g.Name, "الوادي") }); i >= 0 {
		t.Errorf("tagged %+v, the outlet's own name", tags[i])
	}
	if got := tagNames(tags, Name); !slices.Contains(got, "خالد الفيصل") {
		t.Errorf("names %q lack «خالد الفيصل», whom every outlet names", got)
	}
}

// streamOf feeds a tagger n articles, the i-th written by
// templates[i%len(templates)] from an event word and a verb that vary
// (so no name is learned with the words around it), by outlets 1 to 4 in
// turn, and relearns every relearn articles.
func streamOf(n, relearn int, templates ...func(i int, ev, verb string) string) *Tagger {
	tg := New(Config{MinCount: 3, MinAssoc: 0.35, Relearn: relearn, MaxTopics: 0, MaxNames: 50, MinSources: 3})
	events := []string{"الطريق", "الجسر", "المستشفى", "المدرسة", "الملعب", "السوق"}
	verbs := []string{"أكد", "أعلن", "ذكر", "أوضح", "بين"}
	for i := range n {
		s := templates[i%len(templates)](i, events[i%len(events)], verbs[i%len(verbs)])
		tg.Tags(int64(1+i/len(templates)%4), nil, arabic.Analyze(s))
	}
	return tg
}

// TestNamesReadOnIntoFewWordsAreCuts: «رئيس مجلس» is read on into a few
// words (الوزراء، الشورى، الإدارة), none of them most of the time, so no
// learned trigram cuts it (see cuts); it ends in a noun the stream writes
// with the article (المجلس), and is the head of longer names, not a name.
// «مسافة ميل», read on into a few words too, ends in a word never written
// with the article: a name as far as the tagger can tell.
func TestNamesReadOnIntoFewWordsAreCuts(t *testing.T) {
	councils := []string{"الوزراء", "الشورى", "الإدارة"}
	tg := streamOf(90, 90,
		func(i int, ev, verb string) string {
			return verb + " رئيس مجلس " + councils[i/3%3] + " أن " + ev + " اكتمل"
		},
		func(i int, ev, verb string) string { return "انعقد المجلس لبحث " + ev },
		func(i int, ev, verb string) string {
			return verb + " مسافة ميل " + councils[i/3%3] + " نحو " + ev
		})
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("قال رئيس مجلس الوزراء إن مسافة ميل كبيرة")), Name)
	if slices.Contains(got, "رئيس مجلس") {
		t.Errorf("names %q hold «رئيس مجلس», the head of longer names", got)
	}
	if !slices.Contains(got, "مسافة ميل") {
		t.Errorf("names %q lack «مسافة ميل»", got)
	}
}

// TestNamesDoNotRunOverNumbers: a name is never cut in two by a number.
// «نسبة 5 بالمائة» and «بتاريخ 1436/10/12هـ» read «نسبة بالمائة» and
// «تاريخ هـ» once the number is dropped, as often as any name; the
// learner counts no n-gram over the number, and the tagger matches none.
func TestNamesDoNotRunOverNumbers(t *testing.T) {
	tg := streamOf(60, 60,
		func(i int, ev, verb string) string { return verb + " خالد الفيصل أن " + ev + " اكتمل" },
		func(i int, ev, verb string) string {
			return "ارتفعت كلفة " + ev + " بنسبة " + strconv.Itoa(3+i) + " بالمائة " + verb
		},
		func(i int, ev, verb string) string {
			return verb + " الخطاب المؤرخ " + strconv.Itoa(3+i) + "/10/1436هـ " + ev
		})
	tags := tg.Tags(1, nil, arabic.Analyze("أكد خالد الفيصل ارتفاع السوق بنسبة 7 بالمائة في الخطاب المؤرخ 12/10/1436هـ"))
	if i := slices.IndexFunc(tags, func(g Tag) bool {
		return g.Kind == Name && (strings.Contains(g.Name, "نسبة") || strings.Contains(g.Name, "هـ"))
	}); i >= 0 {
		t.Errorf("tagged %+v, a name over a number", tags[i])
	}
	if got := tagNames(tags, Name); !slices.Contains(got, "خالد الفيصل") {
		t.Errorf("names %q lack «خالد الفيصل»", got)
	}
}

// TestNamesWithPossessedAreNoNames: «ولاة أمرهم» and «وبإحالته المحكمة»
// come as often as names, but hold a noun with a possessive pronoun (the
// stream writes «الأمر» and «الإحالة»): set phrases, no names.
func TestNamesWithPossessedAreNoNames(t *testing.T) {
	tg := streamOf(80, 80,
		func(i int, ev, verb string) string { return verb + " خالد الفيصل " + ev },
		func(i int, ev, verb string) string {
			return "يلتف أهل " + ev + " حول ولاة أمرهم " + verb
		},
		func(i int, ev, verb string) string {
			return "انتهى التحقيق في " + ev + " وبإحالته المحكمة " + verb
		},
		func(i int, ev, verb string) string {
			return "صدر الأمر بشأن " + ev + " وتمت الإحالة " + verb
		})
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("أكد خالد الفيصل التفاف المواطنين حول ولاة أمرهم وبإحالته المحكمة")), Name)
	for _, phrase := range []string{"أمرهم", "وبإحالته"} {
		if slices.ContainsFunc(got, func(n string) bool { return strings.Contains(n, phrase) }) {
			t.Errorf("names %q hold %q, a set phrase", got, phrase)
		}
	}
	if !slices.Contains(got, "خالد الفيصل") {
		t.Errorf("names %q lack «خالد الفيصل»", got)
	}
}

// TestNamesCutAfterWaw: «عادات وتقاليد» ends in «و» before a noun the
// stream writes with the article (التقاليد): the pair runs on, no name.
// «سعيد وديع» ends in a word whose «و» is its own: a name.
func TestNamesCutAfterWaw(t *testing.T) {
	tg := streamOf(80, 80,
		func(i int, ev, verb string) string { return verb + " سعيد وديع " + ev },
		func(i int, ev, verb string) string { return "تحترم " + ev + " عادات وتقاليد " + verb },
		func(i int, ev, verb string) string { return "زار " + ev + " بحسب التقاليد " + verb },
		func(i int, ev, verb string) string { return "تغيرت " + ev + " مع التقاليد " + verb })
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("أكد سعيد وديع احترام عادات وتقاليد المنطقة")), Name)
	if slices.ContainsFunc(got, func(n string) bool { return strings.Contains(n, "وتقاليد") }) {
		t.Errorf("names %q hold «عادات وتقاليد», a pair that runs on", got)
	}
	if !slices.Contains(got, "سعيد وديع") {
		t.Errorf("names %q lack «سعيد وديع»", got)
	}
}

// TestMeasuresAreNoNames: «متر مربع» comes as often as a name, and from
// every outlet, but always after a number (500 متر مربع, 3 آلاف متر
// مربع): a measure, no name. A name with a number after it («بلاي ستيشن 4», an
// index and its value) stays one, as does a name a number sometimes
// comes before.
func TestMeasuresAreNoNames(t *testing.T) {
	tg := streamOf(240, 60,
		func(i int, ev, verb string) string { return verb + " خالد الفيصل " + ev },
		func(i int, ev, verb string) string {
			// Two in three after a word of a number: «3 آلاف متر مربع»
			// (a few words, so that no one of them reads on into it).
			if i%3 == 0 {
				return "بلغت مساحة " + ev + " " + strconv.Itoa(300+i) + " متر مربع " + verb
			}
			scale := []string{"آلاف", "ملايين", "ألف", "مليون"}[i/3%4]
			return "بلغت مساحة " + ev + " " + strconv.Itoa(3+i%7) + " " + scale + " متر مربع " + verb
		},
		func(i int, ev, verb string) string {
			return verb + " بلاي ستيشن " + strconv.Itoa(i%5) + " في " + ev
		},
		func(i int, ev, verb string) string {
			if i%3 == 0 {
				return "شاهد " + strconv.Itoa(i) + " سامي الجابر في " + ev
			}
			return verb + " سامي الجابر " + ev
		})
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("أكد خالد الفيصل أن مساحة الملعب 500 متر مربع وأن بلاي ستيشن 4 وصل سامي الجابر")), Name)
	wantNoNames(t, got, "متر مربع")
	wantNames(t, got, "خالد الفيصل", "بلاي ستيشن", "سامي الجابر")
}

// TestSetPhrasesAreNoNames: «مناطق مأهولة» comes as often as a name and
// from every outlet, but both its words are common words the stream writes
// with the article (المناطق، المأهولة): a set phrase, which still matches
// stories but is not shown. «ريال مدريد» holds a common word too (الريال),
// but «مدريد» never takes the article; «باراك أوباما» holds none.
func TestSetPhrasesAreNoNames(t *testing.T) {
	// Many words after each, so that none reads on into one (see readOn).
	next := strings.Fields("قرب شمال جنوب غرب شرق وسط حول داخل خارج أمام خلف بين")
	tg := streamOf(240, 60,
		func(i int, ev, verb string) string {
			return verb + " مناطق مأهولة " + next[i/4%len(next)] + " " + ev
		},
		func(i int, ev, verb string) string {
			return "تقع المناطق المأهولة " + next[i/4%len(next)] + " " + ev + " وارتفع الريال " + verb
		},
		func(i int, ev, verb string) string {
			return verb + " باراك أوباما " + next[i/4%len(next)] + " " + ev
		},
		func(i int, ev, verb string) string {
			return verb + " ريال مدريد " + next[i/4%len(next)] + " " + ev
		})
	tags := tg.Tags(1, nil, arabic.Analyze("أكد باراك أوباما أن مناطق مأهولة تحب ريال مدريد"))
	got := tagNames(tags, Name)
	wantNoNames(t, got, "مناطق مأهولة")
	wantNames(t, got, "باراك أوباما", "ريال مدريد")
	if !slices.ContainsFunc(tags, func(g Tag) bool { return g.Kind == Name && g.Name == "مناطق مأهولة" && g.Part }) {
		t.Errorf("tags %+v lack «مناطق مأهولة» as a part that matches stories", tags)
	}
}

// TestNamesReadOnIntoOneWordAreHeads: «الملا أختر» is followed by «منصور»
// in most of its uses: the head of a longer name, no name of its own,
// whatever its last word. An adjective after a name («دول الخليج»
// العربية), a role («مهاب مميش» رئيس) or the text («باراك أوباما») leaves
// it whole; see TestContinuesName for the words that carry a name on.
func TestNamesReadOnIntoOneWordAreHeads(t *testing.T) {
	// The words after the names are frequent elsewhere (the filler), so
	// that no name of three words is learned (which would make cuts of them).
	tg := namedStream("منصور ومنصور منصور رئيس ورئيس رئيس في الصحف العربية والعربية العربية",
		"الملا أختر منصور", "دول الخليج العربية", "مهاب مميش رئيس", "باراك أوباما")
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("أكد مسؤول مع الملا أختر أن دول الخليج نشرت أن مهاب مميش التقى باراك أوباما")), Name)
	wantNoNames(t, got, "الملا أختر")
	wantNames(t, got, "دول الخليج", "مهاب مميش", "باراك أوباما")
}

// TestContinuesName: the words after a name that carry it on (readOn).
func TestContinuesName(t *testing.T) {
	for w, want := range map[string]bool{
		"منصور": true, "وحماية": true, "الله": true, // «الملا أختر» منصور، «العامة للأرصاد» وحماية، «النبي صلى» الله
		"المبارك":    false, // the article: «عيد الفطر» المبارك is a name and its adjective
		"هادي":       false, // the nisba shape: «عبدربه منصور» هادي
		"البريطانية": false, // a place's adjective: «ديلي ميل» البريطانية
		"رئيس":       false, // a role after a name: «مهاب مميش» رئيس
		"في":         false, // a stop word: the text goes on
		"أن":         false, // one without the nisba shape
		"مصر":        false, // a place: the text says where
		"":           false,
	} {
		if got := continuesName(w); got != want {
			t.Errorf("continuesName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNamesReadOnIntoAbdAreHeads: «المخلوع علي» is read on into «عبدالله
// صالح» and «عبد الله صالح», two spellings of one name, neither in 0.6 of
// its uses: together they make it the head of a longer name.
func TestNamesReadOnIntoAbdAreHeads(t *testing.T) {
	tg := streamOf(300, 60,
		func(i int, ev, verb string) string {
			if i%2 == 0 {
				return verb + " المخلوع علي عبدالله صالح في " + ev
			}
			return verb + " المخلوع علي عبد الله صالح في " + ev
		},
		func(i int, ev, verb string) string { return verb + " باراك أوباما في " + ev },
		// Frequent elsewhere, so that no name of three words is learned.
		func(i int, ev, verb string) string {
			return verb + " أن صالح وعبدالله وعبد الله في " + ev
		})
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("قال المخلوع علي أمس إن باراك أوباما")), Name)
	wantNoNames(t, got, "المخلوع علي")
	wantNames(t, got, "باراك أوباما")
}

// TestNamesReadBackFromOneWordAreTails: «البلدية والقروية» comes after
// «الشؤون» in most of its uses: the tail of a longer name, no name of its
// own. A nationality before a name («الروسي» سيرغي لافروف), a rank
// («الفريق» مهاب مميش), or a role before a family name («البعثة» بتال العتيبي) leaves it
// whole.
func TestNamesReadBackFromOneWordAreTails(t *testing.T) {
	// The words before the names are frequent elsewhere (the filler), so
	// that no name of three words is learned (which would make cuts of them).
	tg := namedStream("الشؤون والشؤون الشؤون الروسي والروسي الروسي الفريق والفريق الفريق البعثة والبعثة البعثة في",
		"الشؤون البلدية والقروية", "الروسي سيرغي لافروف", "الفريق مهاب مميش", "البعثة بتال العتيبي")
	got := tagNames(tg.Tags(1, nil, arabic.Analyze("أكد أن البلدية والقروية وسيرغي لافروف ومهاب مميش وبتال العتيبي")), Name)
	wantNoNames(t, got, "البلدية والقروية")
	wantNames(t, got, "سيرغي لافروف", "مهاب مميش", "بتال العتيبي")
}

// TestOpensName: the words before a name that open a longer one (readBack).
func TestOpensName(t *testing.T) {
	for w, want := range map[string]bool{
		"الشؤون": true, "قناة": true, "التعاون": true, // «الشؤون» البلدية والقروية، «قناة» السويس الجديدة
		"الروسي":   false, // a nationality
		"السعودي":  false, // one the gazetteer leaves out (the home country)
		"السعودية": false, // and its feminine
		"الفريق":   false, // a rank
		"صحيفة":    false, // a kind of outlet: «صحيفة» ديلي ميل
		"الرئيس":   false, // a role
		"للبحوث":   false, // a word with «ل»
		"في":       false, // a stop word
		"مصر":      false, // a place
		"":         false,
	} {
		if got := opensName(w); got != want {
			t.Errorf("opensName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTail: a bigram name read back into one word in 0.6 of its uses is a
// tail, unless that word ends a whole name («خادم الحرمين الشريفين» الملك
// سلمان), its own last word is a family name, or it is seen too seldom.
func TestTail(t *testing.T) {
	tg := New(Config{MinCount: 3})
	ends := map[string]bool{"الشريفين": true}
	cases := []struct {
		n, one     int32
		prev, last string
		want       bool
	}{
		{100, 86, "الشؤون", "والقروية", true},
		{100, 61, "الشريفين", "سلمان", false},  // a whole name before it
		{100, 77, "البعثة", "العتيبي", false},  // a family name
		{100, 50, "الشؤون", "والقروية", false}, // too seldom after it
		{10, 9, "الشؤون", "والقروية", false},   // seen too seldom
	}
	for _, c := range cases {
		if got := tg.tail(c.n, c.one, c.prev, c.last, ends); got != c.want {
			t.Errorf("tail(%d, %d, %q, %q) = %v, want %v", c.n, c.one, c.prev, c.last, got, c.want)
		}
	}
}

// namedStream is streamOf over texts that each write one of names with one
// of twelve words after it, a text of filler words, and one more kind of
// text, so that a verb does not always open the same kind.
func namedStream(filler string, names ...string) *Tagger {
	next := strings.Fields("قرب شمال جنوب غرب شرق وسط حول داخل خارج أمام خلف بين")
	kinds := len(names) + 2
	var texts []func(i int, ev, verb string) string
	for _, name := range names {
		texts = append(texts, func(i int, ev, verb string) string {
			return verb + " " + name + " " + next[i/kinds%len(next)] + " " + ev
		})
	}
	texts = append(texts,
		func(i int, ev, verb string) string { return verb + " أن " + filler + " " + ev },
		func(i int, ev, verb string) string { return "قال " + verb + " إن الجو معتدل في " + ev })
	return streamOf(50*kinds, 10*kinds, texts...)
}

// TestFillerPhrasesAreNoNames: a learned n-gram of words of time, order,
// measure and manner alone («تمام الساعة») names nothing: it stays a part
// that matches stories and is not shown, while a name stays.
func TestFillerPhrasesAreNoNames(t *testing.T) {
	tg := namedStream("في الصحف المحلية والعربية", "تمام الساعة", "باراك أوباما")
	tags := tg.Tags(1, nil, arabic.Analyze("أكد باراك أوباما أن الاجتماع بدأ في تمام الساعة"))
	got := tagNames(tags, Name)
	wantNoNames(t, got, "تمام الساعة")
	wantNames(t, got, "باراك أوباما")
	if !slices.ContainsFunc(tags, func(g Tag) bool { return g.Kind == Name && g.Name == "تمام الساعة" && g.Part }) {
		t.Errorf("tags %+v lack «تمام الساعة» as a part that matches stories", tags)
	}
}

// TestFiller: which n-grams are generic words alone.
func TestFiller(t *testing.T) {
	for s, want := range map[string]bool{
		"نهاية العام": true, "مرحلة أولى": true, "حد أقصى": true, "تمام الساعة": true, "شتى المجالات": true,
		"فترات طويلة": true, "طويل الأمد": true, "أسرع وقتٍ": true, "العالم أجمع": true,
		"لهذا الغرض":      true, // a demonstrative with «ل»
		"بوجه عام":        true, // «ب» glued on
		"أطول فترة ممكنة": true,
		"الأمين العام":    false, "المدير العام": false, "عام الحزم": false, // one word of another kind
		"كأس العالم": false, "الحد الجنوبي": false, "كامل إدريس": false, "باراك أوباما": false,
		"بلال العمر": false, // «ب» glued on no generic word
		"العام":      false, // one word is no phrase
	} {
		if got := filler(s); got != want {
			t.Errorf("filler(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNamesShownWithoutTatweel: a name glued to «لـ» with a tatweel
// («لـميليشيات الحوثي») is shown as the bare name, no tatweel left to open
// it.
func TestNamesShownWithoutTatweel(t *testing.T) {
	tg := learnFrom([]string{
		"تصدت القوات لـميليشيات الحوثي في المدينة",
		"تصدت المقاومة لـميليشيات الحوثي قرب الميناء",
		"قصفت الطائرات مواقع ميليشيات الحوثي أمس",
		"انسحبت ميليشيات الحوثي من الحي",
		"حاصرت المقاومة ميليشيات الحوثي في الجبل",
		"أعلنت ميليشيات الحوثي هدنة",
	}, 4)
	tags := tg.Tags(1, nil, arabic.Analyze("تصدى الجيش لـميليشيات الحوثي"))
	got := tagNames(tags, Name)
	if len(got) == 0 {
		t.Fatalf("tags %v: the test learned no name", tags)
	}
	for _, n := range got {
		if strings.ContainsRune(n, 'ـ') {
			t.Errorf("name %q is shown with a tatweel", n)
		}
	}
}

// TestNameShownWithoutLoneLetter: a name learned with a conjunction
// written apart before it («و ميدغلف للتأمين») is shown as the name it
// holds, with no space left where the letter was.
func TestNameShownWithoutLoneLetter(t *testing.T) {
	tg := New(DefaultConfig())
	names := map[string]string{"ميدغلف تام": "ميدغلف للتأمين"}
	if got := tg.cleanName("و ميدغلف تام", "و ميدغلف للتأمين", names); got != "ميدغلف للتأمين" {
		t.Errorf("cleanName = %q, want «ميدغلف للتأمين»", got)
	}
}

// TestCommonTailIsNoName: a learned n-gram with no article whose last
// word the stream mostly writes with it, and whose first word goes with
// others too, is a phrase («ورش عمل»); a name's last word seldom takes the
// article («باراك أوباما»), and a person's name with «عبد» is a name
// whatever its last word («عبداللطيف جميل»).
func TestCommonTailIsNoName(t *testing.T) {
	tg := learnFrom([]string{
		"نظمت الجامعة ورش عمل للطلاب",
		"تقام ورش عمل في المدينة",
		"العمل التطوعي مهم في العمل الجاد",
		"ورش الصيانة مغلقة",
		"افتتح ورش النجارة",
		"التقى باراك أوباما الرئيس",
		"قال باراك أوباما إن",
		"فاز عبداللطيف جميل بالجائزة",
		"كرم عبداللطيف جميل الفائزين",
		"الجميل في المعرض الجميل",
		"قال عبداللطيف الحمد إن",
	}, 4)
	names := tagNames(tg.Tags(1, nil, arabic.Analyze("أقيمت ورش عمل وحضر باراك أوباما مع عبداللطيف جميل")), Name)
	for _, want := range []string{"باراك أوباما", "عبداللطيف جميل"} {
		if !slices.Contains(names, want) {
			t.Errorf("names %q lack «%s»", names, want)
		}
	}
	if slices.Contains(names, "ورش عمل") {
		t.Errorf("names %q hold the phrase «ورش عمل»", names)
	}
}

// TestUnitsAreNoTopics: a word the text writes only after a number, and
// the stream mostly so, is a unit and no keyphrase («طنا»); a noun the
// stream writes on its own as often («وظيفة») stays one.
func TestUnitsAreNoTopics(t *testing.T) {
	tg := learnFrom([]string{
		"صدر المصنع 20 طنا من التمور",
		"بلغ الحصاد 300 طنا هذا العام",
		"أعلنت الشركة عن وظيفة شاغرة",
		"تقدم لشغل وظيفة مدير",
		"حضر الوفد المعرض",
	}, 4)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("التمور 50 طنا و70 طنا و90 طنا مع 500 وظيفة و600 وظيفة")), Topic)
	if slices.Contains(topics, "طنا") {
		t.Errorf("topics %q hold the unit «طنا»", topics)
	}
	if !slices.Contains(topics, "وظيفة") {
		t.Errorf("topics %q lack «وظيفة», a noun counted", topics)
	}
}

// TestPastVerbsAreNoTopics: a word with a feminine «ت» at its end or an
// «ا» at its start, whose imperfect the stream writes and never with the
// article, is a verb in the past and no keyphrase («سجلت», «انخفض»); a
// noun written with the article («الانخفاض») and a name whose «ي» twin is
// rare («أوروبا») stay.
func TestPastVerbsAreNoTopics(t *testing.T) {
	tg := learnFrom([]string{
		"يسجل المؤشر ارتفاعا ويسجل السهم",
		"ينخفض الذهب وينخفض النفط",
		"استمر الانخفاض في السوق",
		"زار الوفد أوروبا ثم عاد إلى أوروبا من أوروبا نحو أوروبا في أوروبا عبر أوروبا",
	}, 4)
	for range 2 {
		tg.Tags(1, nil, arabic.Analyze("يوروبا كلمة"))
	}
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("سجلت سجلت انخفض انخفض في أوروبا")), Topic)
	for _, bad := range []string{"سجلت", "انخفض"} {
		if slices.Contains(topics, bad) {
			t.Errorf("topics %q hold the verb «%s»", topics, bad)
		}
	}
	if !slices.Contains(topics, "أوروبا") {
		t.Errorf("topics %q lack «أوروبا»", topics)
	}
}

// TestCitedOutletsAreNoTags: a name read mostly after «صحيفة» or «وكالة»
// is an outlet a text cites, not what it is about; it still matches
// stories (a part). A name that a kind of outlet seldom opens stays.
func TestCitedOutletsAreNoTags(t *testing.T) {
	tg := learnFrom([]string{
		"ذكرت صحيفة واشنطن بوست أن المفاوضات مستمرة",
		"نقلت صحيفة واشنطن بوست عن مسؤولين قولهم",
		"قالت لصحيفة واشنطن بوست إن القرار صدر",
		"كتبت واشنطن بوست في افتتاحيتها",
		"زار الرئيس جامعة أكسفورد للمرة الأولى",
		"تخرج الباحث في جامعة أكسفورد",
		"أصدرت جامعة أكسفورد تقريرا",
	}, 4)
	tags := tg.Tags(1, nil, arabic.Analyze("ذكرت واشنطن بوست أن جامعة أكسفورد نشرت دراسة"))
	got := tagNames(tags, Name)
	if slices.Contains(got, "واشنطن بوست") {
		t.Errorf("names %q hold «واشنطن بوست», an outlet cited as the source", got)
	}
	if !slices.ContainsFunc(tags, func(g Tag) bool { return g.Part && g.Name == "واشنطن بوست" }) {
		t.Errorf("tags %v: «واشنطن بوست» should still match, as a part", tags)
	}
	if !slices.Contains(got, "جامعة أكسفورد") {
		t.Errorf("names %q lack «جامعة أكسفورد»", got)
	}
}

// TestNamesOpeningWithAPastVerb: «أسفر عن مقتل», read through its stop
// word, is learned as «أسفر مقتل», a clause: the stream writes «يسفر», so
// «أسفر» is a verb in the past, and the n-gram is no name. A name opening
// with a word with the article that only ends like a feminine verb stays
// («العبوات», not «ال» + «عبوا» + «ت»). (That a name whose tail opens so
// stays whole, «برنامج اصنع مهارة», was checked over the corpus: a world
// this small does not make «برنامج اصنع» a name of its own.)
func TestNamesOpeningWithAPastVerb(t *testing.T) {
	tg := learnFrom([]string{
		"أسفر عن مقتل ثلاثة أشخاص في الحادث",
		"وقع انفجار أسفر عن مقتل جنديين",
		"الهجوم أسفر عن مقتل مدنيين",
		"قد يسفر الاجتماع عن اتفاق",
		"لم يسفر البحث عن نتيجة",
		"انفجرت العبوات الناسفة في الطريق",
		"زرعوا العبوات الناسفة قرب الجسر",
		"يلعبوا الكرة ولن يلعبوا غدا",
	}, 4)
	names := tagNames(tg.Tags(1, nil, arabic.Analyze("انفجار أسفر عن مقتل ثلاثة وأزيلت العبوات الناسفة")), Name)
	if slices.Contains(names, "أسفر مقتل") {
		t.Errorf("names %q hold «أسفر مقتل», a verb and its object", names)
	}
	if !slices.Contains(names, "العبوات الناسفة") {
		t.Errorf("names %q lack «العبوات الناسفة»", names)
	}
}

// TestNamesNeverWrittenWhole: the learner reads through stop words, so
// «بتصرفات غير لائقة» counts as «بتصرفات لائقة», the opposite of what
// was written. A name the stream never wrote whole, its words always with
// a stop word between, is not shown; one written whole too stays.
func TestNamesNeverWrittenWhole(t *testing.T) {
	tg := learnFrom([]string{
		"اتهم بتصرفات غير لائقة خلال الحفل",
		"قام بتصرفات غير لائقة في المطار",
		"تحقيق في بتصرفات غير لائقة لموظف",
		"وصلت فرق الهلال الأحمر إلى الموقع",
		"أعلن الهلال الأحمر عن حملة",
		"تطوع مع الهلال الأحمر شباب",
		"نشرت جمعية الهلال ثم الأحمر بيانا",
	}, 4)
	names := tagNames(tg.Tags(1, nil, arabic.Analyze("اتهم بتصرفات غير لائقة وأسعفه الهلال الأحمر")), Name)
	if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, "لائقة") }) {
		t.Errorf("names %q hold «بتصرفات لائقة», never written so", names)
	}
	if !slices.Contains(names, "الهلال الأحمر") {
		t.Errorf("names %q lack «الهلال الأحمر»", names)
	}
}

// TestNoPrepositionBeforeAVerb: «كيري» (Kerry) was shown as «يري»: «ك» is
// a preposition and «يرى» (sees) is written far more often. No
// preposition comes before a verb, and the stream writes «ترى» too, so
// «يرى» is one: «كيري» stays whole. «بجدة» still loses its «ب».
func TestNoPrepositionBeforeAVerb(t *testing.T) {
	tg := learnFrom([]string{
		"يرى المحللون أن السوق تتعافى ويرى آخرون غير ذلك",
		"ترى الحكومة أن الخطة ناجحة وترى المعارضة خلافها",
		"يرى الخبراء أن الأسعار سترتفع",
		"وصل الوفد إلى جدة صباحا وغادر جدة مساء",
		"أقيم الحفل في جدة",
		"تنبع المياه من العين وتنبع الفكرة من الحاجة",
		"وصل الوفد إلى ينبع ثم غادر ينبع",
	}, 4)
	tags := tg.Tags(1, nil, arabic.Analyze("قال كيري إن كيري زار بينبع وبينبع وبينبع مصنعا بجدة وبجدة"))
	topics := tagNames(tags, Topic)
	// «ينبع» is a town, though «تنبع» is a verb: «بينبع» is «ب» and the town.
	for _, g := range Shown(tags) {
		if g.Name == "بينبع" {
			t.Errorf("tags %v show «بينبع»", Shown(tags))
		}
	}
	if slices.Contains(topics, "يري") || !slices.Contains(topics, "كيري") {
		t.Errorf("topics %q: want «كيري» whole, not «يري»", topics)
	}
	if !slices.Contains(topics, "جدة") {
		t.Errorf("topics %q lack «جدة» (from «بجدة»)", topics)
	}
}

// TestHonorificsAreNoTopics: «جلالة» stands before whoever the text is
// about, and was a keyphrase of 32 articles. (Each
// text is read once: no name «جلالة …» is learned to hide it.)
func TestHonorificsAreNoTopics(t *testing.T) {
	tg := learnFrom([]string{
		"استقبل جلالة العاهل الوفد في القصر",
		"بعث جلالة السلطان برقية تهنئة",
		"نقل تحيات جلالة الملكة إلى الحضور",
		"افتتح المعرض أبوابه للزوار",
		"ارتفعت أسعار النفط اليوم",
		"فاز الفريق في المباراة",
		"هطلت أمطار غزيرة على المنطقة",
		"بدأ العام الدراسي الجديد",
		"أعلنت الوزارة نتائج القبول",
		"افتتح مستشفى جديد في المدينة",
	}, 1)
	topics := tagNames(tg.Tags(1, nil, arabic.Analyze("أكد جلالة العاهل وجلالة السلطان وجلالة الملكة أن التعاون مع الأردن وثيق والتعاون مستمر")), Topic)
	if slices.Contains(topics, "جلالة") {
		t.Errorf("topics %q hold the honorific «جلالة»", topics)
	}
	if !slices.Contains(topics, "التعاون") {
		t.Errorf("topics %q lack «التعاون»", topics)
	}
}

// TestNamesStopAtPunctuation: a comma, a full stop or a line break ends a
// name («والسوري، واللبناني» is two nationalities, not a name); a bracket
// or dash asides an alias («الأوقية (الأونصة)»), so a name across one is
// shown only if written without it too («تنظيم (داعش)» and «تنظيم داعش»).
// Quotation marks are read through (تنظيم «داعش»).
func TestNamesStopAtPunctuation(t *testing.T) {
	tg := learnFrom([]string{
		"شارك اللاعب السوري، واللبناني في المباراة",
		"فاز السوري، واللبناني أمس",
		"سجل السوري، واللبناني هدفين",
		"ارتفع سعر الأوقية (الأونصة) اليوم",
		"بلغت الأوقية (الأونصة) ألف دولار",
		"تراجعت الأوقية (الأونصة) قليلا",
		"أعلن تنظيم (داعش) مسؤوليته",
		"هاجم تنظيم داعش القرية",
		"قاتل تنظيم «داعش» في المدينة",
		"سوق الرياض - الأسهم تهبط",
		"سوق الرياض - الأسهم ترتفع",
		"سوق الرياض - الأسهم تستقر",
	}, 4)
	names := tagNames(tg.Tags(1, nil, arabic.Analyze("السوري، واللبناني والأوقية (الأونصة) وتنظيم (داعش) والرياض - الأسهم")), Name)
	for _, bad := range [][2]string{{"السوري", "اللبناني"}, {"الأوقية", "الأونصة"}, {"الرياض", "الأسهم"}} {
		if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, bad[0]) && strings.Contains(n, bad[1]) }) {
			t.Errorf("names %q hold %s and %s, two words across a mark", names, bad[0], bad[1])
		}
	}
	if !slices.Contains(names, "تنظيم داعش") {
		t.Errorf("names %q lack «تنظيم داعش», written whole too", names)
	}
}

// TestTitleBeforeAName: «الدكتور عزام الدخيل» reads as two learned names
// that overlap. «الدكتور» is mostly written before other names, so
// «الدكتور عزام» is a title and a first name, not shown; «عزام الدخيل»
// is. A name whose first word is its own («الهلال الأحمر») stays whole.
func TestTitleBeforeAName(t *testing.T) {
	texts := []string{
		"قال الدكتور عزام الدخيل إن العام الدراسي يبدأ",
		"أعلن الدكتور عزام الدخيل خطة جديدة",
		"افتتح الدكتور عزام الدخيل المعرض",
		"وأضاف الدكتور عزام للصحفيين",
		"ورد الدكتور عزام على الأسئلة",
		"وقال الدكتور عزام إن الخطة جاهزة",
		"وتفقد الدكتور عزام المدارس",
		"وصلت فرق الهلال الأحمر إلى الموقع",
		"أعلن الهلال الأحمر عن حملة",
		"تطوع مع الهلال الأحمر شباب",
	}
	for _, n := range []string{"سالم", "فهد", "ماجد", "خالد", "ناصر", "سعد", "يوسف", "حمد", "علي", "عمر", "بدر", "طلال", "وليد", "هشام", "زياد", "مازن"} {
		texts = append(texts, "وقال الدكتور "+n+" في كلمته")
	}
	tg := learnFrom(texts, 4)
	names := tagNames(tg.Tags(1, nil, arabic.Analyze("زار الدكتور عزام الدخيل فرق الهلال الأحمر")), Name)
	if slices.Contains(names, "الدكتور عزام") {
		t.Errorf("names %q hold «الدكتور عزام», a title and a first name", names)
	}
	for _, want := range []string{"عزام الدخيل", "الهلال الأحمر"} {
		if !slices.Contains(names, want) {
			t.Errorf("names %q lack %q", names, want)
		}
	}
}
