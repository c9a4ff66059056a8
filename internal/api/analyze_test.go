package api

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestAnalyzeEndpoint(t *testing.T) {
	s := newServer(t, nil) // analyze needs no store
	srv := s.Server

	var res AnalyzeResult
	text := "قال المسؤولون إن القاتـ.ل هرب ١٬٠٠٠ #عاجل"
	if code := s.get(t, "/api/v1/analyze?text="+url.QueryEscape(text), &res); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	want := []AnalyzeToken{
		{"قال", "قال", "قال", 0, 6, 0},
		{"المسؤولون", "المسوولون", "مسوول", 7, 25, 0},
		{"إن", "ان", "", 26, 30, 0},
		{"القاتـ.ل", "القاتل", "قاتل", 31, 46, 0},
		{"هرب", "هرب", "هرب", 47, 53, 0},
		{"١٬٠٠٠", "1,000", "1000", 54, 64, 1},
		{"#عاجل", "#عاجل", "#عاجل", 65, 74, 3},
	}
	if len(res.Tokens) != len(want) {
		t.Fatalf("tokens = %+v, want %+v", res.Tokens, want)
	}
	for i, tk := range res.Tokens {
		if tk != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, tk, want[i])
		}
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %d offsets %d:%d do not give %q", i, tk.Start, tk.End, tk.Text)
		}
	}

	// The kind is written by name.
	resp, err := http.Get(srv.URL + "/api/v1/analyze?text=" + url.QueryEscape("#tag 3.5"))
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	buf := make([]byte, 4096)
	n, _ := resp.Body.Read(buf)
	body.Write(buf[:n])
	resp.Body.Close()
	if !strings.Contains(body.String(), `"kind":"hashtag"`) || !strings.Contains(body.String(), `"kind":"number"`) {
		t.Errorf("kinds not by name: %s", body.String())
	}

	for name, q := range map[string]string{
		"missing":  "",
		"empty":    "?text=",
		"too long": "?text=" + strings.Repeat("ب", MaxAnalyzeChars+1),
	} {
		var e ErrorBody
		if code := s.get(t, "/api/v1/analyze"+q, &e); code != http.StatusBadRequest || e.Error.Code != "invalid" || e.Error.Message == "" {
			t.Errorf("%s text: status %d, error %+v; want 400 invalid with a message", name, code, e)
		}
	}
	// At the limit is fine.
	if code := s.get(t, "/api/v1/analyze?text="+strings.Repeat("ب", MaxAnalyzeChars), &res); code != http.StatusOK {
		t.Errorf("text of %d characters: status %d", MaxAnalyzeChars, code)
	}
}
