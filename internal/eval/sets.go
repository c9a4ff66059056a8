package eval

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// Set names, as `khabar eval extract --set` takes them.
const (
	SetNewsfarm    = "newsfarm"    // newsfarm `pages` output: gold.json + <id>.html
	SetSnippets    = "snippets"    // trafilatura-eval / arabic-real: evaldata.json + html/*.html.gz
	SetScrapingHub = "scrapinghub" // ground-truth.json with articleBody + html/<id>.html.gz
)

// Sets lists the set formats Load reads.
var Sets = []string{SetNewsfarm, SetSnippets, SetScrapingHub}

// Page is one page of an evaluation set with its gold.
type Page struct {
	ID    string
	URL   string
	Group string // newsfarm: layout; snippets: host; scrapinghub: host
	HTML  []byte

	Text     string // gold main text (newsfarm, scrapinghub)
	Title    string
	Author   string
	Shown    bool      // the author is printed on the page (newsfarm)
	Pub      time.Time // zero when the set has none
	Encoding string

	With, Without []string // snippets
}

// ErrNoSet: the folder does not hold a set of the asked format.
var ErrNoSet = errors.New("eval: no evaluation set")

// Load reads the set of the given format from dir, sorted by ID.
func Load(set, dir string) ([]Page, error) {
	var (
		pages []Page
		err   error
	)
	switch set {
	case SetNewsfarm:
		pages, err = loadNewsfarm(dir)
	case SetSnippets:
		pages, err = loadSnippets(dir)
	case SetScrapingHub:
		pages, err = loadScrapingHub(dir)
	default:
		return nil, fmt.Errorf("eval: load: unknown set %q (want %s)", set, strings.Join(Sets, ", "))
	}
	if err != nil {
		return nil, err
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("eval: load: %s: %w", path, ErrNoSet)
		}
		return fmt.Errorf("eval: load: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("eval: load: %s: %w", path, err)
	}
	return nil
}

func loadNewsfarm(dir string) ([]Page, error) {
	var gold map[string]struct {
		URL         string `json:"url"`
		Layout      string `json:"layout"`
		Encoding    string `json:"encoding"`
		Title       string `json:"title"`
		Text        string `json:"text"`
		Published   string `json:"published"`
		Author      string `json:"author"`
		AuthorShown bool   `json:"author_shown"`
	}
	if err := readJSON(filepath.Join(dir, "gold.json"), &gold); err != nil {
		return nil, err
	}
	out := make([]Page, 0, len(gold))
	for id, g := range gold {
		raw, err := os.ReadFile(filepath.Join(dir, id+".html"))
		if err != nil {
			return nil, fmt.Errorf("eval: load newsfarm: %w", err)
		}
		pub, err := time.Parse(time.RFC3339, g.Published)
		if err != nil {
			return nil, fmt.Errorf("eval: load newsfarm: %s: published: %w", id, err)
		}
		// newsfarm wrote the page with encode(enc, "replace"): what the page
		// cannot carry it shows as "?", so that is the gold a reader sees.
		out = append(out, Page{ID: id, URL: g.URL, Group: g.Layout, HTML: raw,
			Text: asShown(g.Text, g.Encoding), Title: asShown(g.Title, g.Encoding), Author: asShown(g.Author, g.Encoding),
			Shown: g.AuthorShown, Pub: pub, Encoding: g.Encoding})
	}
	return out, nil
}

// asShown is s as a page in enc shows it: runes enc cannot encode become "?".
func asShown(s, enc string) string {
	if enc != "windows-1256" {
		return s
	}
	e := charmap.Windows1256.NewEncoder()
	return strings.Map(func(r rune) rune {
		if _, err := e.String(string(r)); err != nil {
			return '?'
		}
		return r
	}, s)
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if !strings.HasSuffix(path, ".gz") {
		return io.ReadAll(io.LimitReader(f, 64<<20))
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer zr.Close()
	return io.ReadAll(io.LimitReader(zr, 64<<20))
}

func loadSnippets(dir string) ([]Page, error) {
	var cases map[string]struct {
		File    string          `json:"file"`
		Title   string          `json:"title"`
		Author  json.RawMessage `json:"author"` // a name, a list of names, or null
		With    []string        `json:"with"`
		Without []string        `json:"without"`
	}
	if err := readJSON(filepath.Join(dir, "evaldata.json"), &cases); err != nil {
		return nil, err
	}
	out := make([]Page, 0, len(cases))
	for u, c := range cases {
		raw, err := readGz(filepath.Join(dir, "html", c.File+".gz"))
		if errors.Is(err, os.ErrNotExist) {
			raw, err = readGz(filepath.Join(dir, "html", c.File))
		}
		if errors.Is(err, os.ErrNotExist) {
			continue // trafilatura's list names a few pages it does not ship
		}
		if err != nil {
			return nil, fmt.Errorf("eval: load snippets: %w", err)
		}
		author := snippetAuthor(c.Author)
		out = append(out, Page{ID: c.File, URL: u, Group: host(u), HTML: raw, Title: c.Title,
			Author: author, Shown: author != "", With: c.With, Without: c.Without})
	}
	return out, nil
}

// snippetAuthor reads trafilatura-eval's author field: a name (several
// joined by «; »), a list of names, or null.
func snippetAuthor(raw json.RawMessage) string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return strings.TrimSpace(one)
	}
	var many []string
	if json.Unmarshal(raw, &many) == nil {
		return strings.TrimSpace(strings.Join(many, "; "))
	}
	return ""
}

func loadScrapingHub(dir string) ([]Page, error) {
	var gold map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
		Headline    string `json:"headline"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &gold); err != nil {
		return nil, err
	}
	out := make([]Page, 0, len(gold))
	for id, g := range gold {
		raw, err := readGz(filepath.Join(dir, "html", id+".html.gz"))
		if errors.Is(err, os.ErrNotExist) {
			raw, err = readGz(filepath.Join(dir, "html", id+".html"))
		}
		if err != nil {
			return nil, fmt.Errorf("eval: load scrapinghub: %s: %w", id, err)
		}
		out = append(out, Page{ID: id, URL: g.URL, Group: host(g.URL), HTML: raw, Text: g.ArticleBody, Title: g.Headline})
	}
	return out, nil
}

func host(u string) string {
	s := u
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimPrefix(strings.ToLower(s), "www.")
	if s == "" {
		return "?"
	}
	return s
}
