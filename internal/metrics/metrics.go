// Package metrics holds Khabar's Prometheus metrics, in one registry per
// process (no package globals), so tests can make their own.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is the set of metrics the crawler and server update.
type Metrics struct {
	Registry *prometheus.Registry

	// Fetches counts HTTP fetches by kind (feed, page, robots, sitemap) and
	// result (ok, not_modified, or a failure reason such as http_503, timeout).
	Fetches *prometheus.CounterVec
	// FetchSeconds is the latency of fetches by kind.
	FetchSeconds *prometheus.HistogramVec
	// QueueDepth is the number of article URLs waiting to be fetched.
	QueueDepth prometheus.Gauge
	// ArticlesStored counts articles newly stored.
	ArticlesStored prometheus.Counter
	// ArticlesFailed counts articles that could not be stored, by reason.
	ArticlesFailed *prometheus.CounterVec
	// HTTPRequests counts requests served, by route pattern and status code.
	HTTPRequests *prometheus.CounterVec
	// HTTPSeconds is the latency of requests served, by route pattern.
	HTTPSeconds *prometheus.HistogramVec
}

// New makes a fresh registry with Go and process collectors and Khabar's metrics.
func New() *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{
		Registry: r,
		Fetches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_fetches_total", Help: "HTTP fetches by kind and result.",
		}, []string{"kind", "result"}),
		FetchSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "khabar_fetch_duration_seconds", Help: "Latency of HTTP fetches by kind.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2.5, 10),
		}, []string{"kind"}),
		QueueDepth: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "khabar_fetch_queue_depth", Help: "Article URLs waiting to be fetched.",
		}),
		ArticlesStored: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "khabar_articles_stored_total", Help: "Articles newly stored.",
		}),
		ArticlesFailed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_articles_failed_total", Help: "Articles that could not be stored, by reason.",
		}, []string{"reason"}),
		HTTPRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_http_requests_total", Help: "Requests served by route and status.",
		}, []string{"route", "code"}),
		HTTPSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "khabar_http_request_duration_seconds", Help: "Latency of requests served by route.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
	}
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.Fetches, m.FetchSeconds, m.QueueDepth, m.ArticlesStored, m.ArticlesFailed, m.HTTPRequests, m.HTTPSeconds)
	return m
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
}
