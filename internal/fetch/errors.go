package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"strconv"
)

// Reasons a fetch fails; they are the "result" label of the fetch metric and
// the Failure.Reason the crawler stores, so they are short stable words.
// HTTP statuses are reported as "http_<code>" (for example "http_404").
const (
	ReasonRobots            = "robots"
	ReasonTooLarge          = "too_large"
	ReasonRedirectLoop      = "redirect_loop"
	ReasonTooManyRedirects  = "too_many_redirects"
	ReasonBadRedirect       = "bad_redirect"
	ReasonTimeout           = "timeout"
	ReasonNetwork           = "network"
	ReasonDNS               = "dns"
	ReasonTLS               = "tls"
	ReasonCanceled          = "canceled"
	ReasonBadURL            = "bad_url"
	ReasonRetryAfterTooLong = "retry_after_too_long"
	ReasonOther             = "other"
	resultOK                = "ok"
	resultNotModified       = "not_modified"
	reasonHTTPPrefix        = "http_"
)

// Error is a failed fetch: the URL that failed (for a redirect chain, the hop
// that failed), a short machine Reason, the last HTTP status if there was one,
// and the underlying error if any.
type Error struct {
	URL    string
	Reason string
	Status int
	Err    error
}

func (e *Error) Error() string {
	s := "fetch: get " + e.URL + ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Reason returns the short reason of a fetch error: the Reason of the *Error in
// err's chain, "canceled"/"timeout" for bare context errors, "other" for any
// other error and "" for nil.
func Reason(err error) string {
	if err == nil {
		return ""
	}
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Reason
	}
	switch {
	case errors.Is(err, context.Canceled):
		return ReasonCanceled
	case errors.Is(err, context.DeadlineExceeded):
		return ReasonTimeout
	}
	return ReasonOther
}

func httpReason(status int) string { return reasonHTTPPrefix + strconv.Itoa(status) }

// classify turns a transport error into a reason and whether another attempt
// could help. parent is the caller's context: when it is done the error is the
// caller's doing, never retried.
func classify(parent context.Context, err error) (reason string, retry bool) {
	if perr := parent.Err(); perr != nil {
		if errors.Is(perr, context.DeadlineExceeded) {
			return ReasonTimeout, false
		}
		return ReasonCanceled, false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		// A name that does not exist will not exist in a second either.
		return ReasonDNS, !dnsErr.IsNotFound
	}
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalid x509.CertificateInvalidError
	if errors.As(err, &certErr) || errors.As(err, &unknownAuth) || errors.As(err, &hostErr) || errors.As(err, &invalid) {
		return ReasonTLS, false
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return ReasonTimeout, true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return ReasonTimeout, true
	}
	return ReasonNetwork, true
}
