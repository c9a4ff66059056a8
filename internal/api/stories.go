package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// Story is the JSON form of a news.Story.
type Story struct {
	ID          int64     `json:"id"`
	Headline    string    `json:"headline"`
	HeadlineID  int64     `json:"headline_id"`
	FirstID     int64     `json:"first_id"` // first to report
	FirstSource SourceRef `json:"first_source"`
	Articles    int       `json:"articles"`
	Sources     int       `json:"sources"`
	First       time.Time `json:"first"`
	Last        time.Time `json:"last"`
	Tags        []string  `json:"tags"`
	Score       float64   `json:"score,omitempty"`
	Members     []Member  `json:"members,omitempty"`
}

// Member is one article of a story; copy_of names its original.
type Member struct {
	ID        int64      `json:"id"`
	Title     string     `json:"title"`
	URL       string     `json:"url"`
	Source    SourceRef  `json:"source"`
	Published *time.Time `json:"published"`
	CopyOf    int64      `json:"copy_of"`
}

// StoryList is one page of stories; Next is the cursor for the next page.
type StoryList struct {
	Stories []Story `json:"stories"`
	Next    string  `json:"next"`
}

// Similar is the «مقالات مشابهة» list of an article: one article of each
// related story, never of the article's own story, never a copy of it.
type Similar struct {
	Article int64         `json:"article"`
	Story   int64         `json:"story"`
	Items   []SimilarItem `json:"items"`
}

// SimilarItem is the headline article of one related story.
type SimilarItem struct {
	Story     int64      `json:"story"`
	ID        int64      `json:"id"`
	Title     string     `json:"title"`
	Source    SourceRef  `json:"source"`
	Sources   int        `json:"sources"`
	Published *time.Time `json:"published"`
}

// NewStory converts a stored story to its JSON form.
func NewStory(s *news.Story) Story {
	tags := s.Tags
	if tags == nil {
		tags = []string{}
	}
	return Story{ID: s.ID, Headline: s.Headline, HeadlineID: s.HeadlineID, FirstID: s.FirstID,
		FirstSource: SourceRef{ID: s.FirstSourceID, Name: s.FirstSource}, Articles: s.Articles, Sources: s.Sources,
		First: s.First, Last: s.Last, Tags: tags, Score: s.Score}
}

func (h *Handler) stories(w http.ResponseWriter, r *http.Request) (news.StoryStore, bool) {
	ss, ok := h.store.(news.StoryStore)
	if !ok {
		h.writeError(w, r, news.Errorf(news.ENOTFOUND, "this store keeps no stories"))
	}
	return ss, ok
}

func (h *Handler) listStories(w http.ResponseWriter, r *http.Request) {
	ss, ok := h.stories(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	limit, before, err := pageParams(q)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	tag, err := TagParam(q.Get("tag"))
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	list, err := ss.ListStories(r.Context(), news.StoryFilter{Tag: tag, BeforeID: before, Limit: limit + 1})
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	out := StoryList{Stories: []Story{}}
	if len(list) > limit {
		list = list[:limit]
		out.Next = strconv.FormatInt(list[len(list)-1].ID, 10)
	}
	for i := range list {
		out.Stories = append(out.Stories, NewStory(&list[i]))
	}
	h.writeJSON(w, r, http.StatusOK, out)
}

func (h *Handler) getStory(w http.ResponseWriter, r *http.Request) {
	ss, ok := h.stories(w, r)
	if !ok {
		return
	}
	id, err := IDParam(r.PathValue("id"), "id")
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	st, err := ss.StoryByID(r.Context(), id)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	if st.MergedInto != 0 {
		// The story was merged into another: old links keep working.
		http.Redirect(w, r, Prefix+"/stories/"+strconv.FormatInt(st.MergedInto, 10), http.StatusMovedPermanently)
		return
	}
	members, err := ss.StoryMembers(r.Context(), id)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	out := NewStory(st)
	out.Members = make([]Member, 0, len(members))
	for _, a := range members {
		out.Members = append(out.Members, Member{ID: a.ID, Title: a.Title, URL: a.URL,
			Source: SourceRef{ID: a.SourceID, Name: a.SourceName}, Published: optTime(a.Published), CopyOf: a.CopyOf})
	}
	h.writeJSON(w, r, http.StatusOK, out)
}

// SimilarTo builds the similar list of a: the headline article of each
// story related to a's, at most limit, none of a's story, none a copy of a
// or of a's original.
func SimilarTo(r *http.Request, ss news.StoryStore, store news.Store, a *news.Article, limit int) ([]SimilarItem, error) {
	items := []SimilarItem{}
	if a.Story == 0 {
		return items, nil
	}
	rel, err := ss.RelatedStories(r.Context(), a.Story, limit+2)
	if err != nil {
		return nil, err
	}
	root := a.ID
	if a.CopyOf != 0 {
		root = a.CopyOf
	}
	// Too few neighbours by text: the stories sharing the article's tags
	// (names and places first) fill the list.
	if len(rel) < limit {
		seen := map[int64]bool{a.Story: true}
		for _, st := range rel {
			seen[st.ID] = true
		}
		for _, tag := range a.Tags {
			more, err := ss.ListStories(r.Context(), news.StoryFilter{Tag: tag, Limit: limit})
			if err != nil {
				return nil, err
			}
			for _, st := range more {
				if !seen[st.ID] {
					seen[st.ID] = true
					rel = append(rel, st)
				}
			}
			if len(rel) >= limit+2 {
				break
			}
		}
	}
	for _, st := range rel {
		if st.ID == a.Story || st.HeadlineID == 0 {
			continue
		}
		h, err := store.ArticleByID(r.Context(), st.HeadlineID)
		if err != nil {
			continue
		}
		if h.Story != st.ID || h.ID == root || h.CopyOf == root {
			continue
		}
		items = append(items, SimilarItem{Story: st.ID, ID: h.ID, Title: h.Title,
			Source: SourceRef{ID: h.SourceID, Name: h.SourceName}, Sources: st.Sources, Published: optTime(h.Published)})
		if len(items) == limit {
			break
		}
	}
	return items, nil
}

func (h *Handler) similar(w http.ResponseWriter, r *http.Request) {
	ss, ok := h.stories(w, r)
	if !ok {
		return
	}
	id, err := IDParam(r.PathValue("id"), "id")
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	a, err := h.store.ArticleByID(r.Context(), id)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	limit, err := IntParam(r.URL.Query().Get("limit"), "limit", 6, 1, 20)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	items, err := SimilarTo(r, ss, h.store, a, limit)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	h.writeJSON(w, r, http.StatusOK, Similar{Article: a.ID, Story: a.Story, Items: items})
}

func (h *Handler) trending(w http.ResponseWriter, r *http.Request) {
	ss, ok := h.stories(w, r)
	if !ok {
		return
	}
	limit, err := IntParam(r.URL.Query().Get("limit"), "limit", 10, 1, 50)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	list, err := ss.TrendingStories(r.Context(), limit)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	out := StoryList{Stories: []Story{}}
	for i := range list {
		out.Stories = append(out.Stories, NewStory(&list[i]))
	}
	h.writeJSON(w, r, http.StatusOK, out)
}
