package extract

import (
	"context"
	"strings"
	"sync"
	"time"
	"unicode"
)

// HostMemory remembers, per host, on how many pages each paragraph
// fingerprint was kept. news.TemplateStore implementations satisfy it.
type HostMemory interface {
	// TemplateCounts returns how many pages of host carried each of fps, and
	// how many pages of host were recorded in all.
	TemplateCounts(ctx context.Context, host string, fps []uint64) (counts map[uint64]int, pages int, err error)
	// AddTemplatePage records one page of host carrying fps (each once).
	AddTemplatePage(ctx context.Context, host string, fps []uint64) error
}

// Memory is an in-process HostMemory, for tests and evaluations.
type Memory struct {
	mu    sync.Mutex
	hosts map[string]*hostCounts
}

type hostCounts struct {
	pages int
	fps   map[uint64]int
}

// NewMemory returns an empty in-process memory.
func NewMemory() *Memory { return &Memory{hosts: map[string]*hostCounts{}} }

func (m *Memory) TemplateCounts(ctx context.Context, host string, fps []uint64) (map[uint64]int, int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	h := m.hosts[host]
	if h == nil {
		return nil, 0, nil
	}
	out := make(map[uint64]int, len(fps))
	for _, f := range fps {
		if c := h.fps[f]; c > 0 {
			out[f] = c
		}
	}
	return out, h.pages, nil
}

func (m *Memory) AddTemplatePage(ctx context.Context, host string, fps []uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	h := m.hosts[host]
	if h == nil {
		h = &hostCounts{fps: map[uint64]int{}}
		m.hosts[host] = h
	}
	h.pages++
	seen := make(map[uint64]bool, len(fps))
	for _, f := range fps {
		if !seen[f] {
			seen[f] = true
			h.fps[f]++
		}
	}
	return nil
}

// Template thresholds: a paragraph is the host's boilerplate once it was kept
// on at least memMinPages other pages and on at least 1/memShare of them.
// Long paragraphs need more witnesses: the same wire story updated three times
// repeats its paragraphs, and they are still the story.
const (
	memMinPages     = 4
	memMinPagesLong = 10
	memLongWords    = 15
	memShare        = 20
	memMinWords     = 3
)

// learn drops the paragraphs the host memory knows as boilerplate and records
// this page's paragraphs. Memory errors are not extraction errors: the page
// is judged on its own then.
func (e *trafExtractor) learn(ctx context.Context, host string, paras []string, zone *time.Location, now time.Time) []string {
	if e.mem == nil || host == "" || len(paras) == 0 {
		return paras
	}
	fps := make([]uint64, len(paras))
	for i, p := range paras {
		fps[i] = fingerprint(p)
	}
	counts, pages, err := e.mem.TemplateCounts(ctx, host, fps)
	if err == nil {
		_ = e.mem.AddTemplatePage(ctx, host, fps)
	}
	if err != nil || pages < memMinPages {
		return paras
	}
	out := paras[:0:0]
	for i, p := range paras {
		c := counts[fps[i]]
		need := memMinPages
		if wc(p) > memLongWords {
			need = memMinPagesLong
		}
		// Datelines («الرياض 25 شوال 1436 هـ الموافق ...») and end marks
		// repeat on every page of a wire service and are still its text.
		if c >= need && c*memShare >= pages && letterWords(p) >= memMinWords && len(findDates(p, zone, now)) == 0 {
			continue
		}
		out = append(out, p)
	}
	if letterCount(strings.Join(out, " ")) < minTextLetters {
		return paras // never let the memory empty a page
	}
	return out
}

// letterWords counts the words of p that have a letter: clock lines («14:12 ت م»)
// and end marks («// انتهى //») are not template text worth a rule.
func letterWords(p string) int {
	// A scan rather than strings.Fields: the byline rules ask it of every
	// block of the text, again and again, and must not allocate.
	n, letters := 0, 0
	for _, r := range p {
		switch {
		case unicode.IsSpace(r):
			if letters >= 2 {
				n++
			}
			letters = 0
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters >= 2 {
		n++
	}
	return n
}
