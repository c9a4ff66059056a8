package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/khabar-news/khabar/internal/api"
)

// cmdAnalyze prints the tokens the search index stores for a text, one per
// word in order: khabar analyze [--json] TEXT (or the text on standard
// input).
func cmdAnalyze(ctx context.Context, e *env, args []string) error {
	var asJSON bool
	_, rest, err := e.setup("analyze", args, 0, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "print the tokens as JSON (as GET /api/v1/analyze does)")
	})
	if err != nil {
		return err
	}
	text := strings.Join(rest, " ")
	if len(rest) == 0 {
		b, err := io.ReadAll(io.LimitReader(e.stdin, 1<<20))
		if err != nil {
			return fmt.Errorf("analyze: read text: %w", err)
		}
		text = strings.TrimSpace(string(b))
	}
	if text == "" {
		return usagef("give a text to analyze (arguments or standard input)")
	}
	res := api.Analyze(text)
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	w := bufio.NewWriter(e.stdout)
	for _, t := range res.Tokens {
		term := t.Term
		if term == "" {
			term = "(stop word)"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d-%d\t%s\n", t.Text, t.Norm, term, t.Start, t.End, t.Kind)
	}
	return w.Flush()
}
