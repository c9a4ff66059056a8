package tag

import "testing"

func TestCountries(t *testing.T) {
	c := Countries()
	if len(c) < 150 {
		t.Fatalf("only %d countries from CLDR", len(c))
	}
	for _, want := range []string{"اليمن", "مصر", "المملكة العربية السعودية"} {
		found := false
		for _, name := range c {
			if name == want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s not among the CLDR names", want)
		}
	}
}
