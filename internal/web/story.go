package web

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/news"
)

func init() {
	pageNames = append(pageNames, "storyhome", "story", "storyarticle", "tag")
}

// storyHomePage is the home page: top stories, the ticker, the latest link.
type storyHomePage struct {
	Top      []news.Story
	Trending []news.Story
}

// storyStore is the store's story side, nil when the store keeps none.
func (s *Server) storyStore() news.StoryStore {
	ss, _ := s.store.(news.StoryStore)
	return ss
}

// handleStoryHome is the home page built from stories: the top stories
// ranked by distinct sources and freshness. Without stories yet it is the
// list of the latest articles.
func (s *Server) handleStoryHome(w http.ResponseWriter, r *http.Request) {
	ss := s.storyStore()
	if ss == nil || r.URL.Query().Has("before") {
		s.handleHome(w, r)
		return
	}
	top, err := ss.TopStories(r.Context(), 30)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if len(top) == 0 {
		s.handleHome(w, r)
		return
	}
	trending, err := ss.TrendingStories(r.Context(), 8)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "storyhome", layoutData{Nav: "home", Feeds: storyFeeds(""), Page: storyHomePage{Top: top, Trending: trending}})
}

// storyPage is «التغطية الكاملة»: every source, the timeline, who reported
// first, copies folded under their original.
type storyPage struct {
	Story     *news.Story
	Originals []memberView
	Timeline  []news.Article
	Related   []news.Story
}

// memberView is an original article and the copies of it.
type memberView struct {
	news.Article
	Copies []news.Article
}

func (s *Server) handleStory(w http.ResponseWriter, r *http.Request) {
	ss := s.storyStore()
	// /stories/{id}.rss, .atom and .json follow one story (handleStoryFeed).
	id, kind, ok := feedPath(r)
	if !ok || ss == nil {
		s.handleNotFound(w, r)
		return
	}
	st, err := ss.StoryByID(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if st.MergedInto != 0 {
		to := "/stories/" + strconv.FormatInt(st.MergedInto, 10)
		if kind != "" {
			to += "." + kind
		}
		http.Redirect(w, r, to, http.StatusMovedPermanently)
		return
	}
	members, err := ss.StoryMembers(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if kind != "" {
		s.handleStoryFeed(w, r, kind, st, members)
		return
	}
	p := storyPage{Story: st, Timeline: members}
	index := map[int64]int{}
	for _, a := range members {
		if a.CopyOf == 0 {
			index[a.ID] = len(p.Originals)
			p.Originals = append(p.Originals, memberView{Article: a})
		}
	}
	for _, a := range members {
		if a.CopyOf == 0 {
			continue
		}
		if i, ok := index[a.CopyOf]; ok {
			p.Originals[i].Copies = append(p.Originals[i].Copies, a)
		} else {
			// The original sits in no live story (an old one): show the copy on its own.
			index[a.ID] = len(p.Originals)
			p.Originals = append(p.Originals, memberView{Article: a})
		}
	}
	if p.Related, err = ss.RelatedStories(r.Context(), id, 6); err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "story", layoutData{Title: news.TrimDesk(st.Headline), Feeds: pageFeeds("/stories/"+strconv.FormatInt(id, 10), "تابع هذه القصة"), Page: p})
}

// storyArticlePage is the article page with every element of an Arabic
// news page: source line, «اقرأ أيضاً», ticker, print and share, tags and
// «مقالات مشابهة».
type storyArticlePage struct {
	*news.Article
	Story    *news.Story
	ReadAlso []news.Story
	Trending []news.Story
	Similar  []api.SimilarItem
	ShareURL string
	Print    bool // the print view: the article alone
}

func (s *Server) handleStoryArticle(w http.ResponseWriter, r *http.Request) {
	ss := s.storyStore()
	if ss == nil {
		s.handleArticle(w, r)
		return
	}
	id, err := pathID(r)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	a, err := s.store.ArticleByID(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	p := storyArticlePage{Article: a, ShareURL: url.QueryEscape(a.URL), Print: r.URL.Query().Get("print") == "1"}
	if p.Print {
		s.render(w, r, http.StatusOK, "storyarticle", layoutData{Title: news.TrimDesk(a.Title), Page: p})
		return
	}
	if a.Story != 0 {
		if st, err := ss.StoryByID(r.Context(), a.Story); err == nil {
			p.Story = st
		}
	}
	top, err := ss.TopStories(r.Context(), 8)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	for _, st := range top {
		if st.ID != a.Story && len(p.ReadAlso) < 5 {
			p.ReadAlso = append(p.ReadAlso, st)
		}
	}
	if p.Trending, err = ss.TrendingStories(r.Context(), 8); err != nil {
		s.renderError(w, r, err)
		return
	}
	if p.Similar, err = api.SimilarTo(r, ss, s.store, a, 6); err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "storyarticle", layoutData{Title: news.TrimDesk(a.Title), Page: p})
}

// tagPage lists the stories of one tag.
type tagPage struct {
	Tag     string
	Stories []news.Story
	Older   string
}

func (s *Server) handleTag(w http.ResponseWriter, r *http.Request) {
	ss := s.storyStore()
	tag, err := api.TagParam(r.PathValue("tag"))
	if ss == nil || err != nil || tag == "" {
		s.handleNotFound(w, r)
		return
	}
	before, err := api.IDParam(r.URL.Query().Get("before"), "before")
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	list, err := ss.ListStories(r.Context(), news.StoryFilter{Tag: tag, BeforeID: before, Limit: pageSize + 1})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	p := tagPage{Tag: tag, Stories: list}
	if len(list) > pageSize {
		p.Stories = list[:pageSize]
		p.Older = "/tags/" + url.PathEscape(tag) + "?before=" + strconv.FormatInt(list[pageSize-1].ID, 10)
	}
	// A tag no story carries has no page: a 404 (with the page's own
	// words) tells crawlers and links so, where a 200 would be a soft 404.
	// Past the last page of a real tag the list is only empty.
	status := http.StatusOK
	if len(list) == 0 && before == 0 {
		status = http.StatusNotFound
	}
	s.render(w, r, status, "tag", layoutData{Title: tag, Feeds: storyFeeds(tag), Page: p})
}
