package tag

import (
	"slices"
	"testing"
)

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

func TestGramKey(t *testing.T) {
	for _, ids := range [][]uint32{{0, 1}, {5, 0, 7}, {1<<gramBits - 2, 3}, {9, 1<<gramBits - 2, 0}} {
		k, ok := gramKey(ids)
		if !ok {
			t.Fatalf("%v: not packed", ids)
		}
		if got := gramIDs(k); !slices.Equal(got, ids) {
			t.Errorf("gramIDs(gramKey(%v)) = %v", ids, got)
		}
	}
	if _, ok := gramKey([]uint32{1 << gramBits, 1}); ok {
		t.Error("an id too large was packed")
	}
}

func TestCountriesSkipCommonWords(t *testing.T) {
	for _, name := range Countries() {
		if name == "مالي" || name == "بنين" {
			t.Errorf("country %q is an everyday word and must not be a place tag", name)
		}
	}
}
