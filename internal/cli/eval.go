package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/khabar-news/khabar/internal/eval"
	"github.com/khabar-news/khabar/internal/extract"
)

// evalCommands are the subcommands of `khabar eval`. Another evaluation adds
// itself from its own file with an init function:
//
//	func init() { evalCommands["stories"] = cmdEvalStories }
var evalCommands = map[string]func(ctx context.Context, e *env, args []string) error{
	"extract": cmdEvalExtract,
}

// cmdEval dispatches on its first argument.
func cmdEval(ctx context.Context, e *env, args []string) error {
	names := make([]string, 0, len(evalCommands))
	for k := range evalCommands {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintf(e.stdout, "usage: khabar eval %s ...\n", strings.Join(names, "|"))
			return flag.ErrHelp
		}
		return usagef("eval: want one of: %s", strings.Join(names, ", "))
	}
	run, ok := evalCommands[args[0]]
	if !ok {
		return usagef("eval: unknown evaluation %q (want one of: %s)", args[0], strings.Join(names, ", "))
	}
	return run(ctx, e, args[1:])
}

// cmdEvalExtract scores extraction on one evaluation set.
func cmdEvalExtract(ctx context.Context, e *env, args []string) error {
	var (
		set, dir     string
		asJSON, verb bool
		baseline     bool
		noMemory     bool
	)
	_, rest, err := e.setup("eval extract", args, 0, func(fs *flag.FlagSet) {
		fs.StringVar(&set, "set", "", "set format: "+strings.Join(eval.Sets, "|"))
		fs.StringVar(&dir, "dir", "", "folder of the set")
		fs.BoolVar(&asJSON, "json", false, "print the report as JSON")
		fs.BoolVar(&verb, "v", false, "list the pages that score badly on standard error")
		fs.BoolVar(&baseline, "baseline", false, "score go-trafilatura alone instead of Khabar's extractor")
		fs.BoolVar(&noMemory, "no-memory", false, "no per-host template memory (each page judged on its own)")
	})
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected arguments %q", rest)
	}
	if set == "" || dir == "" {
		return usagef("--set and --dir are required")
	}
	pages, err := eval.Load(set, dir)
	if err != nil {
		if errors.Is(err, eval.ErrNoSet) || strings.Contains(err.Error(), "unknown set") {
			return usagef("%v", err)
		}
		return err
	}
	var ex extract.Extractor
	switch {
	case baseline:
		ex = extract.Baseline()
	case noMemory:
		ex = extract.New()
	default:
		// A crawl learns each host's template as it goes; the set is read in
		// ID order, so the memory sees pages of a host in no special order.
		ex = extract.New(extract.WithMemory(extract.NewMemory()))
	}
	o := eval.Options{}
	if verb {
		o.Log = e.stderr
	}
	rep, err := eval.Run(ctx, ex, set, pages, o)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.Print(e.stdout)
	return nil
}
