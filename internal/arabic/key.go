package arabic

import (
	"strings"
	"unicode/utf8"
)

// NameKey is what two spellings of one name or tag have in common: the
// words in normal form (Search: hamza and alef forms, taa marbuta, alef
// maqsura folded, tashkeel and tatweel gone), each without the article when
// two letters or more are left. «التحرش» and «تحرش», «الإنماء» and «الانماء»,
// «أيرلندا» and «إيرلندا» share a key, so a tag page holds every outlet's
// spelling. The folds are the search index's, and so are its ambiguities:
// «آبل» (Apple) and «الإبل» (camels) share a key too, as a search for
// either finds both.
func NameKey(s string) string {
	ws := strings.Fields(Normalize(s, Search))
	for i, w := range ws {
		if rest, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(rest) >= 2 {
			ws[i] = rest
		}
	}
	return strings.Join(ws, " ")
}
