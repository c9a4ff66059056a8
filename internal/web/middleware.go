package web

import (
	"errors"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/news"
)

// statusWriter remembers the status written through it.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the real writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// instrument counts requests by route pattern and status and times them.
// The pattern is read after serving: the ServeMux sets it on the request.
func (s *Server) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = "unmatched" // e.g. the mux's own path-cleaning redirects
		}
		status := sw.status
		if status == 0 {
			status = http.StatusOK
		}
		s.metrics.HTTPRequests.WithLabelValues(route, strconv.Itoa(status)).Inc()
		s.metrics.HTTPSeconds.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}

// secure sets the headers every answer carries. No page needs script, so
// the policy allows none; outside images are not shown either.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// recoverer turns a panic in a handler into a logged 500: an Arabic page, or
// JSON under /api/. http.ErrAbortHandler keeps its meaning (abort quietly).
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
				panic(v)
			}
			err := news.Errorf(news.EINTERNAL, "web: panic: %v", v)
			s.logger.ErrorContext(r.Context(), "web: panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			if sw.status != 0 {
				// Too late for an error page; the client gets a cut answer.
				s.logger.ErrorContext(r.Context(), "web: panic after response started",
					"method", r.Method, "path", r.URL.Path, "err", err)
				return
			}
			if strings.HasPrefix(r.URL.Path, "/api/") {
				s.logger.ErrorContext(r.Context(), "web: request failed",
					"method", r.Method, "path", r.URL.Path, "status", 500, "err", err)
				_ = api.WriteJSON(sw, http.StatusInternalServerError,
					api.ErrorBody{Error: api.ErrorDetail{Code: news.EINTERNAL, Message: "internal error"}})
				return
			}
			s.renderError(sw, r, err)
		}()
		next.ServeHTTP(sw, r)
	})
}
