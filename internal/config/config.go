// Package config is Khabar's one typed configuration: defaults, overridden by
// KHABAR_* environment variables, overridden by command-line flags, validated
// once and passed explicitly (no package globals).
package config

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Config holds every setting of the engine.
type Config struct {
	DataDir   string        // KHABAR_DATA, --data
	Addr      string        // KHABAR_ADDR, --addr
	Every     time.Duration // KHABAR_EVERY, --every: how often serve crawls
	OPML      string        // KHABAR_OPML, --opml: file or URL of sources to add
	NoCrawl   bool          // KHABAR_NO_CRAWL, --no-crawl
	Backfill  bool          // --backfill: also walk the sitemaps robots.txt names
	UserAgent string        // KHABAR_USER_AGENT
	MinDelay  time.Duration // KHABAR_MIN_DELAY, --min-delay: gap between two requests to one host
	Timeout   time.Duration // KHABAR_TIMEOUT, --timeout: one HTTP request, body included
	MaxBody   int64         // KHABAR_MAX_BODY, --max-body: bytes
	Workers   int           // KHABAR_WORKERS, --workers: hosts crawled at once
	LogLevel  string        // KHABAR_LOG_LEVEL, --log-level: debug, info, warn, error
	Zone      string        // KHABAR_ZONE, --zone: time zone for dates that name none
}

// Default returns the defaults.
func Default() Config {
	return Config{
		DataDir:   "./khabar-data",
		Addr:      "127.0.0.1:8080",
		Every:     10 * time.Minute,
		UserAgent: "Khabar/0.1 (+https://github.com/khabar-news/khabar; news aggregator)",
		MinDelay:  250 * time.Millisecond,
		Timeout:   30 * time.Second,
		MaxBody:   5 << 20,
		Workers:   16,
		LogLevel:  "info",
		Zone:      "Asia/Riyadh",
	}
}

// FromEnv overrides c with the KHABAR_* variables that are set. getenv is
// os.Getenv outside tests.
func (c *Config) FromEnv(getenv func(string) string) error {
	var errs []error
	str := func(name string, dst *string) {
		if v := getenv(name); v != "" {
			*dst = v
		}
	}
	dur := func(name string, dst *time.Duration) {
		if v := getenv(name); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("config: %s=%q: not a duration (e.g. 10m, 500ms)", name, v))
				return
			}
			*dst = d
		}
	}
	str("KHABAR_DATA", &c.DataDir)
	str("KHABAR_ADDR", &c.Addr)
	dur("KHABAR_EVERY", &c.Every)
	str("KHABAR_OPML", &c.OPML)
	str("KHABAR_USER_AGENT", &c.UserAgent)
	dur("KHABAR_MIN_DELAY", &c.MinDelay)
	dur("KHABAR_TIMEOUT", &c.Timeout)
	str("KHABAR_LOG_LEVEL", &c.LogLevel)
	str("KHABAR_ZONE", &c.Zone)
	if v := getenv("KHABAR_NO_CRAWL"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("config: KHABAR_NO_CRAWL=%q: not a boolean", v))
		}
		c.NoCrawl = b
	}
	if v := getenv("KHABAR_MAX_BODY"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("config: KHABAR_MAX_BODY=%q: not a number of bytes", v))
		}
		c.MaxBody = n
	}
	if v := getenv("KHABAR_WORKERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("config: KHABAR_WORKERS=%q: not a number", v))
		}
		c.Workers = n
	}
	return errors.Join(errs...)
}

// Flag sets, by which a subcommand chooses the flags it takes.
const (
	FlagData = 1 << iota
	FlagServe
	FlagCrawl
	FlagFetch
)

// Register adds the flags of the chosen sets to fs, with c's current values as
// defaults, so flags override the environment.
func (c *Config) Register(fs *flag.FlagSet, sets int) {
	fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "log level: debug, info, warn, error")
	if sets&FlagData != 0 {
		fs.StringVar(&c.DataDir, "data", c.DataDir, "data folder (KHABAR_DATA)")
	}
	if sets&FlagServe != 0 {
		fs.StringVar(&c.Addr, "addr", c.Addr, "address to listen on (KHABAR_ADDR)")
		fs.DurationVar(&c.Every, "every", c.Every, "how often to crawl the sources (KHABAR_EVERY)")
		fs.BoolVar(&c.NoCrawl, "no-crawl", c.NoCrawl, "serve what is stored and fetch nothing (KHABAR_NO_CRAWL)")
	}
	if sets&(FlagServe|FlagCrawl) != 0 {
		fs.StringVar(&c.OPML, "opml", c.OPML, "OPML file or URL whose feeds are added as sources (KHABAR_OPML)")
	}
	if sets&FlagCrawl != 0 {
		fs.BoolVar(&c.Backfill, "backfill", c.Backfill, "also crawl the sitemaps that each site's robots.txt names")
	}
	if sets&FlagFetch != 0 {
		fs.DurationVar(&c.MinDelay, "min-delay", c.MinDelay, "minimum gap between two requests to one host (KHABAR_MIN_DELAY)")
		fs.DurationVar(&c.Timeout, "timeout", c.Timeout, "time limit of one HTTP request (KHABAR_TIMEOUT)")
		fs.Int64Var(&c.MaxBody, "max-body", c.MaxBody, "largest response body in bytes (KHABAR_MAX_BODY)")
		fs.IntVar(&c.Workers, "workers", c.Workers, "hosts crawled at once (KHABAR_WORKERS)")
		fs.StringVar(&c.Zone, "zone", c.Zone, "time zone for page dates that name none (KHABAR_ZONE)")
	}
}

// Validate reports every invalid setting at once.
func (c Config) Validate() error {
	var errs []error
	if strings.TrimSpace(c.DataDir) == "" {
		errs = append(errs, errors.New("config: --data: empty folder name"))
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		errs = append(errs, fmt.Errorf("config: --addr %q: want host:port", c.Addr))
	}
	if c.Every < time.Minute {
		errs = append(errs, fmt.Errorf("config: --every %s: at least 1m, to be polite", c.Every))
	}
	if c.MinDelay < 0 {
		errs = append(errs, fmt.Errorf("config: --min-delay %s: negative", c.MinDelay))
	}
	if c.Timeout <= 0 {
		errs = append(errs, fmt.Errorf("config: --timeout %s: must be positive", c.Timeout))
	}
	if c.MaxBody < 1024 {
		errs = append(errs, fmt.Errorf("config: --max-body %d: at least 1024 bytes", c.MaxBody))
	}
	if c.Workers < 1 || c.Workers > 256 {
		errs = append(errs, fmt.Errorf("config: --workers %d: between 1 and 256", c.Workers))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("config: --log-level %q: want debug, info, warn or error", c.LogLevel))
	}
	if _, err := c.Location(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Location is the time zone named by Zone. time/tzdata is linked in by main,
// so this works on machines without a zone database.
func (c Config) Location() (*time.Location, error) {
	loc, err := time.LoadLocation(c.Zone)
	if err != nil {
		return nil, fmt.Errorf("config: --zone %q: unknown time zone (e.g. Asia/Riyadh, Africa/Cairo, UTC)", c.Zone)
	}
	return loc, nil
}

// DBPath is the SQLite file inside the data folder.
func (c Config) DBPath() string { return filepath.Join(c.DataDir, "khabar.db") }

// EnsureDataDir creates the data folder and checks that it is writable, so an
// unwritable folder is one clear error before any work starts.
func (c Config) EnsureDataDir() error {
	if err := os.MkdirAll(c.DataDir, 0o755); err != nil {
		return fmt.Errorf("config: data folder %s: %w", c.DataDir, err)
	}
	f, err := os.CreateTemp(c.DataDir, ".write-check-*")
	if err != nil {
		return fmt.Errorf("config: data folder %s is not writable: %w", c.DataDir, err)
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return nil
}

// ParseArgs parses args with fs and allows flags after positional arguments
// (khabar crawl URL --backfill), which the flag package alone stops at.
func ParseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}
