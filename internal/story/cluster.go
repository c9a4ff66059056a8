// Package story groups every outlet's coverage of one event into a story,
// online: each new article joins the best live story or starts one, in the
// style of Miranda et al. (EMNLP 2018). Candidates come from an inverted
// index of the stories' top terms; an article is scored against each
// candidate's centroid (TF-IDF of title, lead and body), its title centroid,
// the names they share and the time since the story last moved. Stories live
// in a sliding window; two that turn out to be one are merged.
//
// The clusterer sees only terms and times, so its result depends on the
// order it is fed and nothing else: the caller feeds it in publication order.
package story

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/tag"
)

// Doc is what the clusterer needs of an article: terms as internal/arabic
// makes them (normalized, stop-worded, stemmed), names as internal/tag finds
// them, and the copy link dedup found.
type Doc struct {
	ID     int64
	Source int64
	Time   time.Time
	Title  []string
	Lead   []string
	Body   []string
	Names  []string
	Tags   []string // tag names, counted per story
	Places []string // places the headline names (tag.Places): events elsewhere are other events
	Days   uint8    // the weekdays the opening reports (LeadDays: bit 1 Sunday … bit 7 Saturday; 0 none)
	CopyOf int64    // the original, when this is a copy; it joins the original's story
	// Follows is the original a write-up follows loosely (dedup's Loose
	// match): no copy, but it joins the original's story as a copy does.
	Follows int64
}

// Config tunes the clusterer. The zero value of a field means its default.
type Config struct {
	Window         time.Duration // a story takes no new article this long after its last one (72 h)
	Lifetime       time.Duration // nor this long after its first one, once it holds CapOriginals originals: a running topic is not one event (36 h; < 0: no limit)
	Threshold      float64       // least score to join a story
	MergeThreshold float64       // least centroid cosine to merge two stories
	TitleBoost     float64       // title words count this many times in the article vector
	LeadBoost      float64       // lead (first paragraph) words likewise
	WTitle         float64       // weight of the title-to-titles cosine in the score
	WNames         float64       // weight of the shared names
	WTime          float64       // score lost per day since the story's last article
	IndexTerms     int           // an article's top terms that index its story
	QueryTerms     int           // an article's top terms that look up candidates
	PlaceVeto      int           // how headline places keep an article out of a story and stories apart (see vetoed; 5; < 0: never)
	LateJoin       int           // > 0: a story of one original article merges into a story it would now join (see lateJoin; 1; < 0: never)
	DayVeto        int           // > 0: an article whose opening names a weekday none of the story's members name stays out, and such stories stay apart (1; < 0: never)
	WSkeleton      float64       // weight of a long term's spelling skeleton beside it (see skeleton; 1; < 0: none)
	CapOriginals   int           // the lifetime holds for stories of at least this many original (not copy) members (4; < 0: all)
	WSource        float64       // score lost when the story holds an original report of the article's own outlet from within SourceSpan of it (0.15; < 0: none)
	SourceSpan     time.Duration // see WSource (12 h)
	IDFPower       float64       // a term's IDF is raised to this power in the vectors (1; tried 0.7–2: no gain)
	WBigram        float64       // weight of the headline's adjacent word pairs as terms of the title vector (0: none; tried 0.5–2: no gain)
	WBigramBody    float64       // likewise in the article vector, times TitleBoost (0.3; < 0: none)
}

// DefaultConfig is tuned on half of the labelled dev pairs (see README).
func DefaultConfig() Config {
	return Config{
		Window:         72 * time.Hour,
		Lifetime:       36 * time.Hour,
		Threshold:      0.42,
		MergeThreshold: 0.45,
		TitleBoost:     3,
		LeadBoost:      2,
		WTitle:         0.3,
		WNames:         0.15,
		WTime:          0.1,
		IndexTerms:     12,
		QueryTerms:     12,
		PlaceVeto:      5,
		DayVeto:        1,
		LateJoin:       1,
		WSkeleton:      1,
		CapOriginals:   4,
		WSource:        0.15,
		SourceSpan:     12 * time.Hour,
		IDFPower:       1,
		WBigramBody:    0.3,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Window <= 0 {
		c.Window = d.Window
	}
	if c.Lifetime == 0 {
		c.Lifetime = d.Lifetime
	}
	if c.Threshold <= 0 {
		c.Threshold = d.Threshold
	}
	if c.MergeThreshold <= 0 {
		c.MergeThreshold = d.MergeThreshold
	}
	if c.TitleBoost <= 0 {
		c.TitleBoost = d.TitleBoost
	}
	if c.LeadBoost <= 0 {
		c.LeadBoost = d.LeadBoost
	}
	if c.IndexTerms <= 0 {
		c.IndexTerms = d.IndexTerms
	}
	if c.QueryTerms <= 0 {
		c.QueryTerms = d.QueryTerms
	}
	if c.LateJoin == 0 {
		c.LateJoin = d.LateJoin
	}
	if c.DayVeto == 0 {
		c.DayVeto = d.DayVeto
	}
	if c.PlaceVeto == 0 {
		c.PlaceVeto = d.PlaceVeto
	}
	if c.WSkeleton == 0 {
		c.WSkeleton = d.WSkeleton
	}
	if c.CapOriginals == 0 {
		c.CapOriginals = d.CapOriginals
	}
	if c.WSource == 0 {
		c.WSource = d.WSource
	}
	if c.SourceSpan <= 0 {
		c.SourceSpan = d.SourceSpan
	}
	if c.IDFPower <= 0 {
		c.IDFPower = d.IDFPower
	}
	if c.WBigramBody == 0 {
		c.WBigramBody = d.WBigramBody
	}
	return c
}

// tw is one term of a sparse vector.
type tw struct {
	t uint32
	w float32
}

// vec is a sparse vector sorted by term id.
type vec []tw

func (v vec) normalize() vec {
	var s float64
	for _, x := range v {
		s += float64(x.w) * float64(x.w)
	}
	if s == 0 {
		return v
	}
	n := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i].w *= n
	}
	return v
}

// centroid is the sum of its members' unit vectors.
type centroid struct {
	w     weights
	sumsq float64
	// wordsq is sumsq over words alone, without the spelling skeletons
	// (isSkel, shared with the clusterer): Related compares stories by
	// their words.
	wordsq float64
	isSkel *[]bool
	n      int
}

func newCentroid(isSkel *[]bool) *centroid {
	return &centroid{isSkel: isSkel}
}

func (c *centroid) bump(t uint32, w float32) {
	old, nw := c.w.add(t, w)
	d := float64(nw)*float64(nw) - float64(old)*float64(old)
	c.sumsq += d
	if !(*c.isSkel)[t] {
		c.wordsq += d
	}
}

func (c *centroid) add(v vec) {
	for _, x := range v {
		c.bump(x.t, x.w)
	}
	c.n++
}

func (c *centroid) addCentroid(o *centroid) {
	o.w.each(c.bump)
	c.n += o.n
}

// cos is the cosine of a unit vector with the centroid.
func (c *centroid) cos(v vec) float64 {
	if c.sumsq <= 0 {
		return 0
	}
	var d float64
	for _, x := range v {
		d += float64(x.w) * float64(c.w.get(x.t))
	}
	return d / math.Sqrt(c.sumsq)
}

// cosCentroid is the cosine of two centroids.
func (c *centroid) cosCentroid(o *centroid) float64 {
	if c.sumsq <= 0 || o.sumsq <= 0 {
		return 0
	}
	a, b := c, o
	if b.w.len() < a.w.len() {
		a, b = b, a
	}
	var d float64
	a.w.each(func(t uint32, w float32) { d += float64(w) * float64(b.w.get(t)) })
	return d / math.Sqrt(c.sumsq*o.sumsq)
}

// member is one article of a live story.
type member struct {
	id     int64
	source int64
	t      int64
	v      vec
	copyOf int64
	places []string
	tags   []string // counted in the story's tags while the member is an original
}

// live is a story inside the window.
type live struct {
	id          int64
	first, last int64
	body, title *centroid
	names       map[string]int
	tags        map[string]int
	places      map[string]int // headline places, counted over members
	placed      int            // members whose headline names a place
	days        [8]int         // members by the weekday their opening reports (0: none)
	members     []member
	originals   int                 // members that are no copies
	bySource    map[int64]int       // original members by outlet
	terms       map[uint32]struct{} // its postings in the inverted index
	mark        uint64              // the last candidatesBy that gathered it (Clusterer.epoch)
}

// Assignment says where an article went.
type Assignment struct {
	Story  int64   // the story id: the id of its first article
	New    bool    // the article started the story
	Merged []int64 // stories merged into Story because of this article
	Score  float64 // the joining score (0 for a new story or a copy)
}

// Clusterer is the online story clusterer. It is not safe for concurrent
// use: one goroutine feeds it in publication order.
type Clusterer struct {
	cfg     Config
	vocab   map[string]uint32
	df      []int32
	skel    []uint32 // term → its skeleton's term id + 1 (0: none)
	isSkel  []bool   // term → whether it is a skeleton
	docs    int
	stories map[int64]*live
	post    map[uint32][]*live // term → live stories indexed under it
	of      map[int64]int64    // article → story as assigned (resolve merges with Resolve)
	merged  map[int64]int64    // merged story → the story it went into
	newest  int64
	added   int
	// epoch stamps the stories candidatesBy has gathered (live.mark): a
	// set of ids built afresh per lookup, then each id looked up again,
	// was a third of the lookups' time.
	epoch uint64
	// acc is vectors' scratch: an article's weighted term counts by term
	// id, for the whole text [0] and the headline [1], and the ids each
	// one touched in order. Maps built afresh an article were a third of
	// the time vectors took. seen marks a term touched apart from its
	// count: a weight set to 0 (TitleBoost, LeadBoost in a sweep) still
	// counts the term, as the map entry did.
	acc     [2][]float64
	seen    [2][]bool
	touched [2][]uint32
}

// New returns an empty clusterer.
func New(cfg Config) *Clusterer {
	return &Clusterer{cfg: cfg.withDefaults(), vocab: map[string]uint32{}, stories: map[int64]*live{},
		post: map[uint32][]*live{}, of: map[int64]int64{}, merged: map[int64]int64{}}
}

// Config is the configuration in use.
func (c *Clusterer) Config() Config { return c.cfg }

// Live is the number of stories in the window.
func (c *Clusterer) Live() int { return len(c.stories) }

// Resolve follows merges to the story that holds id now.
func (c *Clusterer) Resolve(id int64) int64 {
	for {
		n, ok := c.merged[id]
		if !ok {
			return id
		}
		id = n
	}
}

// StoryOf is the story of an article (0 when the clusterer never saw it).
func (c *Clusterer) StoryOf(article int64) int64 {
	s, ok := c.of[article]
	if !ok {
		return 0
	}
	return c.Resolve(s)
}

func (c *Clusterer) termID(s string) uint32 {
	id, ok := c.vocab[s]
	if !ok {
		id = uint32(len(c.df))
		c.vocab[s] = id
		c.df = append(c.df, 0)
		c.skel = append(c.skel, 0)
		// A skeleton (~) or a headline word pair (^) is a derived term:
		// it counts in the cosines, never in the index nor in Related.
		c.isSkel = append(c.isSkel, s[0] == '~' || s[0] == '^')
		if c.cfg.WSkeleton > 0 && utf8.RuneCountInString(s) >= skeletonMin && s[0] != '~' && s[0] != '^' {
			c.skel[id] = c.termID(skeleton(s)) + 1
		}
	}
	return id
}

// vectors builds the article's unit TF-IDF vector over title, lead and body
// (title and lead boosted) and its title vector, counting its terms into the
// document frequencies first. The headline's adjacent word pairs are terms
// of the article vector too (WBigramBody): two write-ups of one event often
// name it with one phrase, while related events (the next day's weather
// bulletin, another job notice) share the topic's words in other pairs.
// Same story on the dev pairs, WBigramBody 0.3: tuning 0.926 / 0.958 →
// 0.930 / 0.963 (one related/high pair, two weather bulletins, apart),
// held-out 0.912 / 0.937 the same; 0.2: tuning the same, held-out 0.918 /
// 0.945; 0.25–0.4 as 0.3; 0.5: held-out 0.906 / 0.928; 1: tuning 0.863.
// One pair either way: a small, not a proven, gain.
func (c *Clusterer) vectors(d *Doc) (body, title vec) {
	const whole, head = 0, 1
	add := func(id uint32, w float64, into int) {
		if int(id) >= len(c.acc[into]) {
			n := int(id) + 1 + len(c.acc[into])/4
			c.acc[into] = append(c.acc[into], make([]float64, n-len(c.acc[into]))...)
			c.seen[into] = append(c.seen[into], make([]bool, n-len(c.seen[into]))...)
		}
		if !c.seen[into][id] {
			c.seen[into][id] = true
			c.touched[into] = append(c.touched[into], id)
		}
		c.acc[into][id] += w
	}
	word := func(t string, w float64, into int) {
		id := c.termID(t)
		add(id, w, into)
		if k := c.skel[id]; k != 0 {
			add(k-1, w*c.cfg.WSkeleton, into)
		}
	}
	for i, t := range d.Title {
		word(t, c.cfg.TitleBoost, whole)
		word(t, 1, head)
		if i > 0 && (c.cfg.WBigram > 0 || c.cfg.WBigramBody > 0) {
			bg := c.termID("^" + d.Title[i-1] + " " + t)
			if c.cfg.WBigram > 0 {
				add(bg, c.cfg.WBigram, head)
			}
			if c.cfg.WBigramBody > 0 {
				add(bg, c.cfg.WBigramBody*c.cfg.TitleBoost, whole)
			}
		}
	}
	for _, t := range d.Lead {
		word(t, c.cfg.LeadBoost, whole)
	}
	for _, t := range d.Body {
		word(t, 1, whole)
	}
	counts, tcounts := c.acc[whole], c.acc[head]
	defer func() {
		for into, ids := range c.touched {
			for _, id := range ids {
				c.acc[into][id], c.seen[into][id] = 0, false
			}
			c.touched[into] = ids[:0]
		}
	}()
	c.docs++
	for _, id := range c.touched[whole] {
		c.df[id]++
	}
	for _, id := range c.touched[head] {
		if int(id) >= len(c.seen[whole]) || !c.seen[whole][id] {
			c.df[id]++
		}
	}
	idf := func(id uint32) float64 {
		return math.Log(float64(c.docs+1)/float64(c.df[id]+1)) + 1
	}
	if p := c.cfg.IDFPower; p != 1 {
		plain := idf
		idf = func(id uint32) float64 { return math.Pow(plain(id), p) }
	}
	body = make(vec, 0, len(c.touched[whole]))
	for _, id := range c.touched[whole] {
		body = append(body, tw{id, float32(tf(counts[id]) * idf(id))})
	}
	title = make(vec, 0, len(c.touched[head]))
	for _, id := range c.touched[head] {
		title = append(title, tw{id, float32(tf(tcounts[id]) * idf(id))})
	}
	byTerm := func(a, b tw) int { return cmp.Compare(a.t, b.t) }
	slices.SortFunc(body, byTerm)
	slices.SortFunc(title, byTerm)
	return body.normalize(), title.normalize()
}

// tf is the sublinear weight of a term counted n times: 1 + log n, and n
// itself under 1 (a term counted at a fractional weight only, such as a
// headline word pair, keeps a positive weight).
func tf(n float64) float64 {
	if n < 1 {
		return n
	}
	return 1 + math.Log(n)
}

// skeletonMin is the least length in letters of a term that gets a
// skeleton: shorter Arabic words collide too often once their vowels go (4
// and 6 both scored below 5 on the dev pairs).
const skeletonMin = 5

// skeleton is a term's spelling skeleton: its letters without the long
// vowels after the first, with the letters outlets use for a foreign g (غ ج
// ق ك) made one, and ث ذ ظ ة as ت ز ض ه. Foreign names come in several
// spellings — بيرمنغهام and برمنجهام, كاميرون and كامرون — and two write-ups
// of one event often differ in exactly those rare, heavy words. The
// skeleton is counted as a term of its own beside the word, so its IDF
// decides what it is worth.
func skeleton(t string) string {
	var b strings.Builder
	b.WriteByte('~')
	for i, r := range []rune(t) {
		switch r {
		case 'ا', 'و', 'ي', 'ى', 'أ', 'إ', 'آ':
			if i > 0 {
				continue
			}
		case 'غ', 'ج', 'ق', 'ك':
			r = 'G'
		case 'ث':
			r = 'ت'
		case 'ذ':
			r = 'ز'
		case 'ظ':
			r = 'ض'
		case 'ة':
			r = 'ه'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// top returns the n heaviest words of v, heaviest first (ties by id). A
// spelling skeleton weighs as much as its word: it counts in the cosines
// but never indexes or looks up a story, where it would only take the
// place of another word.
func (c *Clusterer) top(v vec, n int) []uint32 {
	top := newTopTerms(n)
	for _, x := range v {
		if !c.isSkel[x.t] {
			top.offer(x)
		}
	}
	s := top.terms()
	out := make([]uint32, len(s))
	for i, x := range s {
		out[i] = x.t
	}
	return out
}

// Add assigns one article; articles must come in publication order (an
// older one is still placed, against the stories live at the newest time).
func (c *Clusterer) Add(d *Doc) Assignment {
	t := d.Time.UnixNano()
	if t > c.newest {
		c.newest = t
	}
	c.added++
	if c.added%256 == 0 {
		c.evict()
	}
	body, title := c.vectors(d)
	m := member{id: d.ID, source: d.Source, t: t, v: body, copyOf: d.CopyOf, places: d.Places, tags: d.Tags}

	// A copy goes where its original went, whatever the scores say.
	if orig := cmp.Or(d.CopyOf, d.Follows); orig != 0 {
		if sid, ok := c.of[orig]; ok {
			sid = c.Resolve(sid)
			s := c.stories[sid]
			if s == nil {
				// Its story left the window: bring it back under its id.
				s = c.newLive(sid, t)
			}
			c.join(s, m, title, d)
			return Assignment{Story: sid}
		}
	}

	best, bestScore := c.best(body, title, d, t, 0)
	if best != nil && bestScore >= c.cfg.Threshold {
		c.join(best, m, title, d)
		merged := c.mergeNear(best, body)
		return Assignment{Story: best.id, Score: bestScore, Merged: merged}
	}
	s := c.newLive(d.ID, t)
	c.join(s, m, title, d)
	return Assignment{Story: s.id, New: true}
}

func (c *Clusterer) newLive(id int64, t int64) *live {
	s := &live{id: id, first: t, last: t, body: newCentroid(&c.isSkel), title: newCentroid(&c.isSkel),
		names: map[string]int{}, tags: map[string]int{}, places: map[string]int{}, bySource: map[int64]int{}, terms: map[uint32]struct{}{}}
	c.stories[id] = s
	return s
}

func (c *Clusterer) join(s *live, m member, title vec, d *Doc) {
	s.members = append(s.members, m)
	if m.copyOf == 0 {
		s.originals++
		s.bySource[m.source]++
	}
	s.body.add(m.v)
	s.title.add(title)
	for _, n := range d.Names {
		s.names[n]++
	}
	if m.copyOf == 0 {
		// A copy is the same text: its tags are its original's and would
		// only make a wire text's words the story's (13 copies of one
		// headline made «سيجد» and «عمليا» tags).
		for _, t := range m.tags {
			s.tags[t]++
		}
	}
	for _, p := range m.places {
		s.places[p]++
	}
	if len(m.places) > 0 {
		s.placed++
	}
	if days := d.Days &^ 1; days == 0 {
		s.days[0]++
	} else {
		for w := 1; w < len(s.days); w++ {
			if days&(1<<w) != 0 {
				s.days[w]++
			}
		}
	}
	s.first = min(s.first, m.t)
	s.last = max(s.last, m.t)
	c.of[m.id] = s.id
	for _, term := range c.top(m.v, c.cfg.IndexTerms) {
		if _, ok := s.terms[term]; !ok {
			s.terms[term] = struct{}{}
			c.post[term] = append(c.post[term], s)
		}
	}
}

// candidates are the live stories indexed under any of v's top terms,
// sorted by id so ties and the result never depend on map order.
func (c *Clusterer) candidates(v vec, skip int64) []*live {
	return c.candidatesBy(v, skip, c.cfg.QueryTerms)
}

// candidatesBy is candidates looked up by the top n terms of v.
func (c *Clusterer) candidatesBy(v vec, skip int64, n int) []*live {
	c.epoch++
	var out []*live
	for _, term := range c.top(v, n) {
		for _, s := range c.post[term] {
			if s.mark != c.epoch && s.id != skip {
				s.mark = c.epoch
				out = append(out, s)
			}
		}
	}
	slices.SortFunc(out, func(a, b *live) int { return cmp.Compare(a.id, b.id) })
	return out
}

// score is how well an article fits a story.
func (c *Clusterer) score(s *live, body, title vec, names []string, t int64) float64 {
	sc := s.body.cos(body) + c.cfg.WTitle*s.title.cos(title)
	if len(names) > 0 && len(s.names) > 0 {
		shared := 0
		for _, n := range names {
			if s.names[n] > 0 {
				shared++
			}
		}
		sc += c.cfg.WNames * float64(shared) / float64(len(names))
	}
	dt := float64(t-s.last) / float64(24*time.Hour)
	if dt < 0 {
		dt = float64(s.first-t) / float64(24*time.Hour)
		dt = max(dt, 0)
	}
	return sc - c.cfg.WTime*dt
}

func (c *Clusterer) best(body, title vec, d *Doc, t int64, skip int64) (*live, float64) {
	var best *live
	bestScore := math.Inf(-1)
	win, life := int64(c.cfg.Window), int64(c.cfg.Lifetime)
	for _, s := range c.candidates(body, skip) {
		if t-s.last > win || s.first-t > win || (life > 0 && t-s.first > life && s.originals >= c.cfg.CapOriginals) {
			continue
		}
		sc := c.score(s, body, title, d.Names, t)
		if c.sameSource(s, d.Source, t) {
			sc -= c.cfg.WSource
		}
		if sc > bestScore && (sc < c.cfg.Threshold || !c.vetoed(s, body, d.Places) && !c.otherDay(s.days, d.Days)) {
			best, bestScore = s, sc
		}
	}
	return best, bestScore
}

// sameSource says whether a story holds an original report of outlet src
// published within SourceSpan of t. An outlet seldom writes one event up
// twice in a few hours: its second piece on a story's topic is mostly
// another development (the arrest after the killing, the next day's
// clashes), and a running topic's story would take it by its words. Same
// story on the dev pairs, WSource 0.15 with spans of 3–24 h: tuning
// 0.921 / 0.951 → 0.926 / 0.958, held-out 0.906 / 0.928 → 0.912 / 0.937
// (0.1–0.3 within 12 h: tuning 0.916–0.926, held-out 0.912; counting the
// outlet's reports of any time: tuning 0.916 / 0.945 at 0.1).
func (c *Clusterer) sameSource(s *live, src, t int64) bool {
	if c.cfg.WSource <= 0 || s.bySource[src] <= 0 {
		return false
	}
	span := int64(c.cfg.SourceSpan)
	for i := range s.members {
		m := &s.members[i]
		if m.source == src && m.copyOf == 0 && t-m.t <= span && m.t-t <= span {
			return true
		}
	}
	return false
}

// vetoed says whether the places an article's headline names keep it out
// of a story: two write-ups of one event name the same country or city,
// while the condolence calls of two kings, or a team's matches against two
// opponents, share every topic word but the place.
func (c *Clusterer) vetoed(s *live, v vec, places []string) bool {
	if len(places) == 0 || s.placed == 0 {
		return false
	}
	shares := func(ps []string) bool {
		for _, p := range ps {
			if slices.Contains(places, p) {
				return true
			}
		}
		return false
	}
	switch c.cfg.PlaceVeto {
	case 5: // as 1, and abroad: the article's countries are none of the story's
		if abroadDisjoint(places, s.places) {
			return true
		}
		fallthrough
	case 1: // no member's headline names any of the article's places
		for _, p := range places {
			if s.places[p] > 0 {
				return false
			}
		}
		return true
	case 2: // the nearest member names places, none of them the article's
		var near *member
		bestDot := math.Inf(-1)
		for i := range s.members {
			if d := dot(v, s.members[i].v); d > bestDot {
				near, bestDot = &s.members[i], d
			}
		}
		return near != nil && len(near.places) > 0 && !shares(near.places)
	case 3: // most members with places name none of the article's
		n := 0
		for i := range s.members {
			if len(s.members[i].places) > 0 && shares(s.members[i].places) {
				n++
			}
		}
		return 2*n < s.placed
	case 4: // the first member with places names none of the article's
		for i := range s.members {
			if len(s.members[i].places) > 0 {
				return !shares(s.members[i].places)
			}
		}
	}
	return false
}

// otherDay says whether an article reporting the weekdays in set days
// (LeadDays) stays out of a story whose members report days: when the
// story's members name weekdays and none names one of the article's, the
// article reports another day's event. Two oil market reports of Wednesday
// and Thursday, or two shells falling on one border town a day apart, share
// every word but the day.
func (c *Clusterer) otherDay(story [8]int, days uint8) bool {
	days &^= 1 // bit 0 is no weekday; a caller's Doc may set it
	if c.cfg.DayVeto <= 0 || days == 0 {
		return false
	}
	named := false
	for w := 1; w < len(story); w++ {
		if story[w] == 0 {
			continue
		}
		if days&(1<<w) != 0 {
			return false
		}
		named = true
	}
	return named
}

// otherDays says whether two stories' members name weekdays, none shared.
func (c *Clusterer) otherDays(a, b [8]int) bool {
	if c.cfg.DayVeto <= 0 {
		return false
	}
	named := false
	for i := 1; i < len(a); i++ {
		if a[i] > 0 && b[i] > 0 {
			return false
		}
		named = named || a[i] > 0
	}
	if !named {
		return false
	}
	for _, n := range b[1:] {
		if n > 0 {
			return true
		}
	}
	return false
}

// dot is the dot product of two sparse vectors sorted by term.
func dot(a, b vec) float64 {
	var d float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].t < b[j].t:
			i++
		case a[i].t > b[j].t:
			j++
		default:
			d += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return d
}

// abroadDisjoint says whether an article's headline names countries abroad
// and the story's headlines name others, none of them the article's: a
// foreign leader's call about a bombing at home shares the bombing's place
// with every other call, but not the caller's country.
func abroadDisjoint(places []string, story map[string]int) bool {
	mine := false
	for _, p := range places {
		if tag.Home(p) {
			continue
		}
		if story[p] > 0 {
			return false
		}
		mine = true
	}
	if !mine {
		return false
	}
	for p, n := range story {
		if n > 0 && !tag.Home(p) {
			return true
		}
	}
	return false
}

// disjointPlaces says whether two stories' headlines name places and share none.
func (c *Clusterer) disjointPlaces(a, b *live) bool {
	if a.placed == 0 || b.placed == 0 {
		return false
	}
	shared := false
	for p := range a.places {
		if b.places[p] > 0 {
			shared = true
			break
		}
	}
	if !shared {
		return true
	}
	if c.cfg.PlaceVeto != 5 {
		return false
	}
	var abroad []string
	for p, n := range a.places {
		if n > 0 && !tag.Home(p) {
			abroad = append(abroad, p)
		}
	}
	return abroadDisjoint(abroad, b.places)
}

// mergeNear merges into s every live story whose centroid has become close
// enough to s's. The older story's id survives, so links stay valid.
func (c *Clusterer) mergeNear(s *live, v vec) []int64 {
	var out []int64
	for _, o := range c.candidates(v, s.id) {
		if o == s || c.stories[o.id] == nil {
			continue
		}
		if life := int64(c.cfg.Lifetime); life > 0 && max(s.last, o.last)-min(s.first, o.first) > life && s.originals+o.originals >= c.cfg.CapOriginals {
			continue
		}
		if s.body.cosCentroid(o.body) < c.cfg.MergeThreshold && !c.lateJoin(s, o) {
			continue
		}
		if c.cfg.PlaceVeto > 0 && c.disjointPlaces(s, o) {
			continue
		}
		if c.otherDays(s.days, o.days) {
			continue
		}
		keep, gone := s, o
		if o.first < s.first || (o.first == s.first && o.id < s.id) {
			keep, gone = o, s
		}
		c.merge(keep, gone)
		out = append(out, gone.id)
		s = keep
	}
	return out
}

// lateJoin says whether o, a story of one original article, would join s
// now: an early report starts a story of its own before the coverage it
// belongs to has built up, and scored against that coverage later it
// reaches the join threshold. The score is the one an arriving article
// gets, less the names (a one-article story's names are its own). Tried on
// the tuning half: the join threshold itself 0.911, ±0.05 0.907 / 0.911,
// −0.1 0.901 (0.906 without).
func (c *Clusterer) lateJoin(s, o *live) bool {
	if c.cfg.LateJoin <= 0 || len(o.members) != 1 || o.members[0].copyOf != 0 {
		return false
	}
	m := &o.members[0]
	sc := s.body.cos(m.v) + c.cfg.WTitle*s.title.cosCentroid(o.title)
	dt := float64(max(m.t-s.last, s.first-m.t, 0)) / float64(24*time.Hour)
	return sc-c.cfg.WTime*dt >= c.cfg.Threshold
}

func (c *Clusterer) merge(keep, gone *live) {
	keep.members = append(keep.members, gone.members...)
	keep.originals += gone.originals
	for src, k := range gone.bySource {
		keep.bySource[src] += k
	}
	keep.body.addCentroid(gone.body)
	keep.title.addCentroid(gone.title)
	for n, k := range gone.names {
		keep.names[n] += k
	}
	for n, k := range gone.tags {
		keep.tags[n] += k
	}
	for p, k := range gone.places {
		keep.places[p] += k
	}
	keep.placed += gone.placed
	for i, k := range gone.days {
		keep.days[i] += k
	}
	keep.first = min(keep.first, gone.first)
	keep.last = max(keep.last, gone.last)
	for term := range gone.terms {
		c.unpost(term, gone)
		if _, ok := keep.terms[term]; !ok {
			keep.terms[term] = struct{}{}
			c.post[term] = append(c.post[term], keep)
		}
	}
	delete(c.stories, gone.id)
	c.merged[gone.id] = keep.id
}

func (c *Clusterer) unpost(term uint32, s *live) {
	p := c.post[term]
	if i := slices.Index(p, s); i >= 0 {
		p[i] = p[len(p)-1]
		p = p[:len(p)-1]
	}
	if len(p) == 0 {
		delete(c.post, term)
	} else {
		c.post[term] = p
	}
}

// evict drops the stories that left the window.
func (c *Clusterer) evict() {
	lim := c.newest - int64(c.cfg.Window)
	var gone []int64
	for id, s := range c.stories {
		if s.last < lim {
			gone = append(gone, id)
		}
	}
	for _, id := range gone {
		s := c.stories[id]
		for term := range s.terms {
			c.unpost(term, s)
		}
		delete(c.stories, id)
	}
}

// Members lists the articles of a live story (nil when it is not live).
func (c *Clusterer) Members(story int64) []int64 {
	s := c.stories[c.Resolve(story)]
	if s == nil {
		return nil
	}
	out := make([]int64, 0, len(s.members))
	for _, m := range s.members {
		out = append(out, m.id)
	}
	return out
}

// SetCopy records that a member of a live story is a copy of another.
func (c *Clusterer) SetCopy(article, of int64) {
	s := c.stories[c.StoryOf(article)]
	if s == nil {
		return
	}
	for i := range s.members {
		if s.members[i].id == article {
			if s.members[i].copyOf == 0 && of != 0 {
				s.originals--
				s.bySource[s.members[i].source]--
				for _, t := range s.members[i].tags {
					if s.tags[t]--; s.tags[t] <= 0 {
						delete(s.tags, t)
					}
				}
			}
			s.members[i].copyOf = of
		}
	}
}

// AddTo puts an article into a given story without scoring: the engine is
// warmed at start from the assignments stored before.
func (c *Clusterer) AddTo(d *Doc, story int64) {
	t := d.Time.UnixNano()
	if t > c.newest {
		c.newest = t
	}
	c.added++
	if c.added%256 == 0 {
		c.evict()
	}
	body, title := c.vectors(d)
	s := c.stories[story]
	if s == nil {
		s = c.newLive(story, t)
	}
	c.join(s, member{id: d.ID, source: d.Source, t: t, v: body, copyOf: d.CopyOf, places: d.Places, tags: d.Tags}, title, d)
}

// Headline is the most representative member of a live story: the original
// (not a copy) closest to the centroid. 0 when the story is not live.
func (c *Clusterer) Headline(story int64) int64 {
	s := c.stories[c.Resolve(story)]
	if s == nil {
		return 0
	}
	var best int64
	bestScore := math.Inf(-1)
	for _, m := range s.members {
		sc := s.body.cos(m.v)
		if m.copyOf != 0 {
			sc -= 1 // a copy is chosen only when the story holds nothing else
		}
		if sc > bestScore || (sc == bestScore && m.id < best) {
			best, bestScore = m.id, sc
		}
	}
	return best
}

// Tags are the most frequent tags of a live story's original members (at
// most n, each held by at least two when the story has more than two), a
// name inside a longer one counted as that one (tag.Fold).
func (c *Clusterer) Tags(story int64, n int) []string {
	s := c.stories[c.Resolve(story)]
	if s == nil {
		return nil
	}
	names := make([]string, 0, len(s.tags))
	for k := range s.tags {
		names = append(names, k)
	}
	slices.Sort(names) // Fold keeps the first of two equal names
	counts := map[string]int{}
	for k, into := range tag.Fold(names) {
		counts[into] += s.tags[k]
	}
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range counts {
		if s.originals > 2 && v < 2 {
			continue
		}
		all = append(all, kv{k, v})
	}
	slices.SortFunc(all, func(a, b kv) int { return cmp.Or(cmp.Compare(b.v, a.v), cmp.Compare(a.k, b.k)) })
	out := make([]string, 0, min(n, len(all)))
	for _, x := range all[:min(n, len(all))] {
		out = append(out, x.k)
	}
	return out
}

// RelatedStory is a live story close to another without being the same.
type RelatedStory struct {
	Story int64
	Score float64
}

// Related lists up to n other live stories closest to story (at least
// minRelated), best first. The cosine is taken over words alone (not the
// spelling skeletons), and over the story's heaviest relatedTerms words: a full centroid-to-centroid product for every
// candidate of every touched story would cost more than the clustering.
func (c *Clusterer) Related(story int64, n int) []RelatedStory {
	s := c.stories[c.Resolve(story)]
	if s == nil || s.body.wordsq <= 0 {
		return nil
	}
	top := newTopTerms(relatedTerms)
	s.body.w.each(func(t uint32, w float32) {
		if !c.isSkel[t] {
			top.offer(tw{t, w})
		}
	})
	q := top.terms()
	var out []RelatedStory
	for _, o := range c.candidatesBy(q, s.id, relatedLookup) {
		if o.body.wordsq <= 0 {
			continue
		}
		var d float64
		for _, x := range q {
			d += float64(x.w) * float64(o.body.w.get(x.t))
		}
		if sc := d / math.Sqrt(s.body.wordsq*o.body.wordsq); sc >= minRelated {
			out = append(out, RelatedStory{o.id, sc})
		}
	}
	slices.SortFunc(out, func(a, b RelatedStory) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Story, b.Story))
	})
	return out[:min(n, len(out))]
}

// relatedTerms is how many of a story's top terms score and look up its
// related stories: 50 rather than the 12 an arriving article looks up, so
// a short story of unusual words still finds neighbours («مقالات مشابهة»
// on a 1,200-article sample: 93.6 % of articles with three items, 88.0 %
// with 12 lookup terms and 30 scored).
const relatedTerms = 50

// relatedLookup is how many of those terms look the candidates up. The
// other twenty score them but bring few of their own: over the SaudiNewsNet
// import, with the top 50 looking up, a related-story list scored 111
// candidates on average and took 3.6 s in all; with the top 30, 73
// candidates and 2.1 s, and the lists kept 94.6 % of their stories (the
// share with three stories or more: 81.1 % → 80.3 %).
const relatedLookup = 30

// minRelated is the least centroid cosine of a related story: low, since
// "similar" lists want neighbours, and the same story is excluded anyway.
const minRelated = 0.05
