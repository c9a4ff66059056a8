package news

import "context"

// TemplateStore is the per-host template memory of the extractor: for each
// host, how many of its pages were seen and on how many of them each block
// fingerprint (a hash of a paragraph's folded text) was kept. A block kept on
// many pages of one host is that host's boilerplate, so extraction improves as
// a site is crawled. Fingerprints are opaque 64-bit hashes.
type TemplateStore interface {
	// TemplateCounts returns, for each of fps the store knows for host, on how
	// many pages it was seen, and how many pages of host were recorded.
	TemplateCounts(ctx context.Context, host string, fps []uint64) (counts map[uint64]int, pages int, err error)
	// AddTemplatePage records one page of host carrying fps (each counted once).
	AddTemplatePage(ctx context.Context, host string, fps []uint64) error
}
