package cli

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows long work: a bar on a terminal, a plain line every few
// seconds otherwise (logs, CI), so neither fills the other with noise.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	what  string
	bar   *progressbar.ProgressBar
	last  time.Time
	every time.Duration
	start time.Time
}

func newProgress(w io.Writer, what string) *progress {
	p := &progress{w: w, what: what, every: 5 * time.Second, start: time.Now(), last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(what),
			progressbar.OptionShowCount(), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish())
	}
	return p
}

// update reports done of total (total < 0 when unknown).
func (p *progress) update(done, total int64, unit string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		if total > 0 && p.bar.GetMax64() != total {
			p.bar.ChangeMax64(total)
		}
		_ = p.bar.Set64(done)
		return
	}
	if time.Since(p.last) < p.every {
		return
	}
	p.last = time.Now()
	el := time.Since(p.start).Round(time.Second)
	if total > 0 {
		fmt.Fprintf(p.w, "%s: %d/%d %s (%d%%) in %s\n", p.what, done, total, unit, done*100/total, el)
	} else {
		fmt.Fprintf(p.w, "%s: %d %s in %s\n", p.what, done, unit, el)
	}
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
