package dedup

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// A wire text of our own, and what outlets do to it.
const wire = `أعلن مجلس الوزراء في جلسته الأسبوعية اليوم عن إطلاق برنامج وطني لدعم المشاريع الصغيرة والمتوسطة في المناطق الريفية بتكلفة تبلغ ملياري ريال على مدى خمس سنوات
وأوضح وزير الاقتصاد في تصريح عقب الجلسة أن البرنامج يشمل قروضا ميسرة وتدريبا مهنيا للشباب وتسهيلات في الإجراءات الحكومية لتأسيس الشركات الناشئة
وأضاف أن المرحلة الأولى تبدأ مطلع العام المقبل في ثلاث مناطق على أن تتوسع تدريجيا لتشمل جميع المناطق بحلول نهاية الخطة
وأشار إلى أن الوزارة ستنشر تقارير دورية عن سير التنفيذ وعدد المستفيدين ونسب التوظيف في كل منطقة`

const other = `شهدت العاصمة مساء أمس أمطارا غزيرة أدت إلى تجمع المياه في عدد من الشوارع الرئيسية وتعطل حركة السير لساعات
وباشرت فرق الدفاع المدني سحب المياه من الأنفاق وإنقاذ عدد من المركبات العالقة دون تسجيل إصابات
ودعت الأرصاد المواطنين إلى توخي الحذر مع استمرار الحالة الجوية حتى نهاية الأسبوع`

func words(s string) []string { return strings.Fields(s) }

func TestContainmentCases(t *testing.T) {
	paras := strings.Split(wire, "\n")
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"same text", wire, wire, 1, 1},
		{"new lead added", "الرياض واس " + wire, wire, 0.9, 1},
		{"cut to two paragraphs", strings.Join(paras[:2], "\n"), wire, 0.95, 1},
		{"one word changed", strings.Replace(wire, "ملياري", "ثلاثة مليارات", 1), wire, 0.9, 1},
		{"another story", other, wire, 0, 0.05},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Containment(Shingles(words(tc.a), 0), Shingles(words(tc.b), 0))
			if c < tc.min || c > tc.max {
				t.Errorf("containment %.3f, want in [%.2f, %.2f]", c, tc.min, tc.max)
			}
		})
	}
}

func TestShinglesShortText(t *testing.T) {
	if got := Shingles(words("خبر عاجل"), 4); len(got) != 1 {
		t.Errorf("a two-word text gives %d shingles, want 1", len(got))
	}
	if got := Shingles(nil, 4); got != nil {
		t.Errorf("no words gives %v, want nil", got)
	}
}

func TestEstimates(t *testing.T) {
	a := Shingles(words(wire), 0)
	b := Shingles(words(strings.Join(strings.Split(wire, "\n")[:2], "\n")), 0)
	sa, sb := Sign(a), Sign(b)
	exact := Containment(a, b)
	est := EstimateContainment(&sa, &sb, len(a), len(b))
	if d := est - exact; d < -0.3 || d > 0.3 {
		t.Errorf("estimated containment %.2f, exact %.2f", est, exact)
	}
	if r := EstimateResemblance(&sa, &sa); r != 1 {
		t.Errorf("a signature resembles itself %.2f", r)
	}
}

func TestDetector(t *testing.T) {
	d := New(Config{Window: 48 * time.Hour, Threshold: 0.5, MinShingles: 8})
	t0 := time.Date(2015, 7, 20, 9, 0, 0, 0, time.UTC)
	paras := strings.Split(wire, "\n")
	docs := []struct {
		id     int64
		at     time.Duration
		text   string
		hash   string
		wantOf int64
	}{
		{1, 0, wire, "h1", 0},
		{2, time.Hour, other, "h2", 0},
		{3, 2 * time.Hour, "نشرت الوكالة " + strings.Join(paras[1:], "\n"), "h3", 1}, // a cut copy
		{4, 3 * time.Hour, wire, "h1", 1},                       // exact
		{5, 4 * time.Hour, paras[2] + "\n" + paras[3], "h5", 1}, // copy of a copy: the root is 1
		{6, 100 * time.Hour, wire, "h6", 0},                     // out of the window
	}
	for _, tc := range docs {
		doc := &Doc{ID: tc.id, Time: t0.Add(tc.at), ContentHash: tc.hash, Shingles: Shingles(words(tc.text), 0)}
		m, ok := d.Process(doc, nil)
		got := int64(0)
		if ok {
			got = m.Of
		}
		if got != tc.wantOf {
			t.Errorf("doc %d: copy of %d, want %d", tc.id, got, tc.wantOf)
		}
	}
	if d.Root(5) != 1 {
		t.Errorf("root of 5 is %d, want 1", d.Root(5))
	}
}

func randomDoc(r *rand.Rand, n int) []uint64 {
	s := make([]uint64, n)
	for i := range s {
		s[i] = r.Uint64()
	}
	return s
}

// BenchmarkFingerprint is the cost per article of shingling and signing a
// 400-word text.
func BenchmarkFingerprint(b *testing.B) {
	ws := words(strings.Repeat(wire+" ", 4))
	ws = ws[:min(400, len(ws))]
	b.ReportAllocs()
	for b.Loop() {
		s := Shingles(ws, 0)
		_ = Sign(s)
	}
}

// BenchmarkLookup1M is one near-duplicate lookup against a million stored
// fingerprints (a window far larger than a real one).
func BenchmarkLookup1M(b *testing.B) {
	const n = 1_000_000
	r := rand.New(rand.NewPCG(1, 2))
	d := New(Config{Window: 1 << 62, Threshold: 0.5, MinShingles: 8})
	t0 := time.Unix(0, 0)
	for i := range n {
		sh := randomDoc(r, 8) // small sets keep the setup in memory; lookup cost is in the bands
		sig := Sign(sh)
		d.AddSigned(&Doc{ID: int64(i + 1), Time: t0, Shingles: sh}, &sig, 0)
	}
	q := randomDoc(r, 300)
	doc := &Doc{ID: n + 1, Time: t0, Shingles: q}
	sig := Sign(q)
	b.ResetTimer()
	for b.Loop() {
		d.CheckSigned(doc, &sig, nil)
	}
}

func TestLeadSimilarity(t *testing.T) {
	ws := words(wire)
	edited := slices.Clone(ws)
	for i := 3; i < len(edited); i += 6 {
		edited[i] = "تعديل" // a word changed in every six: most 4-shingles broken
	}
	dateline := append(words("الرياض واس"), ws...)
	paras := strings.Split(wire, "\n")
	quoted := words(other + "\n" + paras[2] + "\n" + paras[3]) // the same sentences lower down
	tests := []struct {
		name     string
		a        []string
		min, max float64
	}{
		{"same", ws, 1, 1},
		{"dateline added", dateline, 0.95, 1},
		{"a word in six edited", edited, 0.8, 0.9},
		{"another text quoting its end", quoted, 0, 0.45},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := LeadSimilarity(LeadHashes(tc.a), LeadHashes(ws))
			if l < tc.min || l > tc.max {
				t.Errorf("lead similarity %.3f, want in [%.2f, %.2f]", l, tc.min, tc.max)
			}
		})
	}
	if c := Containment(Shingles(edited, 0), Shingles(ws, 0)); c >= 0.4 {
		t.Errorf("the edited copy keeps containment %.2f: the case does not test what it says", c)
	}
}

// TestDetectorRootTest: a text that is a copy of a copy but fails the test
// against the group's original starts its own group (daily bulletins of one
// template must not chain).
func TestDetectorRootTest(t *testing.T) {
	d := New(DefaultConfig())
	t0 := time.Date(2015, 7, 20, 9, 0, 0, 0, time.UTC)
	day1 := words(wire)
	day2 := slices.Clone(day1)
	for i := 0; i < len(day2); i += 4 {
		day2[i] = "أمس" // a quarter of the words moved on
	}
	day3 := slices.Clone(day2)
	for i := 2; i < len(day3); i += 4 {
		day3[i] = "غدا" // another quarter
	}
	if l := LeadSimilarity(LeadHashes(day3), LeadHashes(day2)); l < DefaultConfig().LeadThreshold {
		t.Fatalf("day 3 is no copy of day 2 (%.2f): the case does not test the root", l)
	}
	for i, ws := range [][]string{day1, day2, day3} {
		doc := &Doc{ID: int64(i + 1), Time: t0.Add(time.Duration(i) * 24 * time.Hour),
			Shingles: Shingles(ws, 2), Lead: LeadHashes(ws)}
		m, ok := d.Process(doc, nil)
		switch {
		case i == 1 && (!ok || m.Of != 1):
			t.Errorf("day 2: copy of %d (%v), want 1", m.Of, ok)
		case i == 2 && ok:
			t.Errorf("day 3: copy of %d, want none: it is half day 1", m.Of)
		}
	}
}

// TestStartSimilarity: a text that reports something else first and quotes
// the wire text after it keeps a high lead similarity and a low start one.
func TestStartSimilarity(t *testing.T) {
	ws := words(wire)
	later := append(words(other+" "+other), ws...)
	a, b := LeadHashes(later), LeadHashes(ws)
	if l := LeadSimilarity(a, b); l < DefaultConfig().LeadThreshold {
		t.Fatalf("lead similarity %.2f: the case does not test the start", l)
	}
	if s := StartSimilarity(a, b); s >= DefaultConfig().StartThreshold {
		t.Errorf("start similarity %.2f, want < %.2f", s, DefaultConfig().StartThreshold)
	}
	if s := StartSimilarity(LeadHashes(append(words("الرياض واس"), ws...)), b); s < 0.95 {
		t.Errorf("a dateline lowers the start similarity to %.2f", s)
	}
}

// TestLooseWriteUp: a text that follows the original's opening loosely (a
// word in three or four changed) and goes on with text of its own is a
// write-up of it, not a copy; the same edits on a text cut shorter than the
// original keep it a copy.
func TestLooseWriteUp(t *testing.T) {
	orig := words(wire)
	loose := slices.Clone(orig)
	for i := range loose {
		if i < 40 && i%3 == 1 || i >= 40 && i%4 == 1 {
			loose[i] = "تحرير"
		}
	}
	cut := loose[:len(loose)*2/3]
	longer := append(slices.Clone(loose), words(other)...)
	a, b := LeadHashes(longer), LeadHashes(orig)
	cfg := DefaultConfig()
	if l, s := LeadSimilarity(a, b), StartSimilarity(a, b); l < cfg.LeadThreshold || l >= cfg.LooseLead || s < cfg.StartThreshold || s >= cfg.LooseStart {
		t.Fatalf("lead %.2f start %.2f: the case does not test a loose write-up", l, s)
	}
	t0 := time.Date(2015, 7, 20, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		ws    []string
		loose bool
	}{{"longer", longer, true}, {"cut", cut, false}} {
		d := New(cfg)
		d.Process(&Doc{ID: 1, Time: t0, Shingles: Shingles(orig, 2), Lead: LeadHashes(orig)}, nil)
		m, ok := d.Process(&Doc{ID: 2, Time: t0.Add(time.Hour), Shingles: Shingles(tc.ws, 2), Lead: LeadHashes(tc.ws)}, nil)
		if !ok || m.Of != 1 || m.Loose != tc.loose {
			t.Errorf("%s: match %+v (%v), want of 1, loose %v", tc.name, m, ok, tc.loose)
		}
	}
}

// TestLCSBitParallel: the bit-parallel alignment gives the dynamic
// programme's length on random openings of every size up to lcsBits and
// past it (where lcs falls back to the programme), over alphabets from
// two words (long common runs) to many (few matches), and on the edges.
func TestLCSBitParallel(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 1))
	seq := func(n, alpha int) []uint32 {
		out := make([]uint32, n)
		for i := range out {
			out[i] = uint32(r.IntN(alpha)) * 0x01000193 // spread over the hash slots
		}
		return out
	}
	for range 3000 {
		alpha := []int{2, 5, 30, 1000}[r.IntN(4)]
		a, b := seq(r.IntN(lcsBits+20), alpha), seq(r.IntN(lcsBits+20), alpha)
		if got, want := lcs(a, b), lcsRows(a, b); got != want {
			t.Fatalf("lcs of %d and %d words over %d: %d, the programme gives %d", len(a), len(b), alpha, got, want)
		}
	}
	same := seq(lcsBits, 50)
	for _, c := range []struct {
		a, b []uint32
		want int
	}{
		{nil, same, 0}, {same, nil, 0}, {same, same, lcsBits}, {same[:64], same, 64}, {same, same[:65], 65},
	} {
		if got := lcs(c.a, c.b); got != c.want {
			t.Errorf("lcs of %d and %d words: %d, want %d", len(c.a), len(c.b), got, c.want)
		}
	}
}

// BenchmarkLeadLCS aligns an opening of LeadWords words with one of twice
// as many, as the lead test does: bit-parallel, and by the programme.
func BenchmarkLeadLCS(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y := make([]uint32, LeadWords), make([]uint32, 2*LeadWords)
	for i := range x {
		x[i] = uint32(r.IntN(300))
	}
	for i := range y {
		y[i] = uint32(r.IntN(300))
	}
	b.Run("bit-parallel", func(b *testing.B) {
		for range b.N {
			lcs(x, y)
		}
	})
	b.Run("programme", func(b *testing.B) {
		for range b.N {
			lcsRows(x, y)
		}
	})
}

// TestOwnStartWriteUp: a text that opens with a sentence of its own and
// then gives the whole wire text is a write-up of it, not a copy, whichever
// of the two came first; the same opening before the wire text cut shorter
// than the original keeps it a copy (a copy cut or lightly edited is no
// longer than its original).
func TestOwnStartWriteUp(t *testing.T) {
	orig, own := words(wire), words(other)[:30]
	whole := append(slices.Clone(own), orig...)
	cut := append(slices.Clone(own), orig[:len(orig)-len(own)-1]...)
	cfg := DefaultConfig()
	for _, ws := range [][]string{whole, cut} {
		a, b := LeadHashes(ws), LeadHashes(orig)
		if l, s, o := LeadSimilarity(a, b), StartSimilarity(a, b), OwnStart(a, b); l < cfg.LeadThreshold || s < cfg.LooseStart || o >= cfg.OwnStart {
			t.Fatalf("lead %.2f start %.2f own start %.2f: the case does not test a start of its own", l, s, o)
		}
	}
	if len(cut) >= len(orig) {
		t.Fatalf("the cut text has %d words, the original %d", len(cut), len(orig))
	}
	t0 := time.Date(2015, 7, 20, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name        string
		first, then []string
		loose       bool
	}{
		{"whole after the wire", orig, whole, true},
		{"the wire after the whole", whole, orig, true},
		{"cut after the wire", orig, cut, false},
	} {
		d := New(cfg)
		d.Process(&Doc{ID: 1, Time: t0, Shingles: Shingles(tc.first, 2), Lead: LeadHashes(tc.first)}, nil)
		m, ok := d.Process(&Doc{ID: 2, Time: t0.Add(time.Hour), Shingles: Shingles(tc.then, 2), Lead: LeadHashes(tc.then)}, nil)
		if !ok || m.Of != 1 || m.Loose != tc.loose {
			t.Errorf("%s: match %+v (%v), want of 1, loose %v", tc.name, m, ok, tc.loose)
		}
	}
}

// TestCopyOfWriteUp: a text that copies a write-up, where the write-up
// follows its release loosely, copies the write-up; a copy of the release
// still copies the release.
func TestCopyOfWriteUp(t *testing.T) {
	orig, own := words(wire), words(other)[:30]
	writeUp := append(slices.Clone(own), orig...)
	copyOfWriteUp := writeUp[:len(writeUp)-3]
	copyOfOrig := orig[:len(orig)-3]
	t0 := time.Date(2015, 7, 20, 9, 0, 0, 0, time.UTC)
	doc := func(id int64, ws []string, hash string) *Doc {
		return &Doc{ID: id, Time: t0.Add(time.Duration(id) * time.Hour), Shingles: Shingles(ws, 2), Lead: LeadHashes(ws), ContentHash: hash}
	}
	for _, tc := range []struct {
		name string
		then *Doc
		of   int64
	}{
		{"a copy of the write-up", doc(3, copyOfWriteUp, ""), 2},
		{"the write-up again, word for word", doc(3, writeUp, "w"), 2},
		{"a copy of the release", doc(3, copyOfOrig, ""), 1},
	} {
		d := New(DefaultConfig())
		d.Process(doc(1, orig, "o"), nil)
		up := doc(2, writeUp, "w")
		m, ok := d.Check(up, nil)
		if !ok || m.Of != 1 || !m.Loose {
			t.Fatalf("the write-up: match %+v (%v), want it to follow 1 loosely", m, ok)
		}
		sig := Sign(up.Shingles)
		d.AddFollowing(up, &sig, m.Of)
		m, ok = d.Check(tc.then, nil)
		if !ok || m.Of != tc.of || m.Loose {
			t.Errorf("%s: match %+v (%v), want a copy of %d", tc.name, m, ok, tc.of)
		}
	}
}

// A market close of our own: one day's template with its figures.
func marketClose(points, index, value string) []string {
	return words("أغلق مؤشر سوق الأسهم اليوم في عام 2015 منخفضا " + points + " نقطة عند مستوى " + index +
		" نقطة بتداولات قاربت " + value + " مليارات ريال وشهدت تداولات اليوم ارتفاع أسهم عدد من الشركات في قيمتها" +
		" وتراجعت أسهم شركات أخرى وظلت أسهم بقية الشركات بدون تغير في الوقت الذي بلغ فيه عدد الأسهم المتداولة" +
		" أكثر من مئة مليون سهم توزعت على صفقات كثيرة وكانت أسهم شركات البتروكيماويات والمصارف الأكثر نشاطا")
}

func TestLeadNumbers(t *testing.T) {
	// Tokens as arabic.Analyze gives them: a glued و stands apart from the number.
	got := LeadNumbers(words("في عام 2015 و 1436 هـ سجل 71.08 نقطة و 5 مليارات ثم 71.08 مرة أخرى و 1000 سهم"))
	if want := []string{"71.08", "5", "1000"}; !slices.Equal(got, want) {
		t.Errorf("LeadNumbers = %q, want %q (years left out, each number once)", got, want)
	}
}

// TestFigureVeto: the same template on another day, all its figures other,
// is no copy; a copy keeps its figures; openings with too few figures are
// judged by the other tests alone.
func TestFigureVeto(t *testing.T) {
	t0 := time.Date(2015, 7, 26, 17, 0, 0, 0, time.UTC)
	doc := func(id int64, ws []string) *Doc {
		return &Doc{ID: id, Time: t0.Add(time.Duration(id) * time.Hour), Shingles: Shingles(ws, 2), Lead: LeadHashes(ws), Numbers: LeadNumbers(ws)}
	}
	day1 := marketClose("71.08", "9301.66", "5")
	for _, tc := range []struct {
		name string
		then []string
		copy bool
	}{
		{"another day", marketClose("28.35", "9253.41", "6"), false},
		{"the same day copied", marketClose("71.08", "9301.66", "5")[:60], true},
		{"one figure shared", marketClose("71.08", "9253.41", "6"), true},
	} {
		d := New(DefaultConfig())
		d.Process(doc(1, day1), nil)
		m, ok := d.Check(doc(2, tc.then), nil)
		if got := ok && !m.Loose && m.Of == 1; got != tc.copy {
			t.Errorf("%s: match %+v (%v), want copy %v", tc.name, m, ok, tc.copy)
		}
	}
	// Two figures each are too few to judge.
	few := func(a, b string) []string {
		return words("ارتفع المؤشر " + a + " نقطة وبلغت التداولات " + b + " مليارات ريال " + wire)
	}
	d := New(DefaultConfig())
	d.Process(doc(1, few("12", "4")), nil)
	if m, ok := d.Check(doc(2, few("30", "7")), nil); !ok || m.Of != 1 {
		t.Errorf("two figures each: match %+v (%v), want a copy", m, ok)
	}
}
