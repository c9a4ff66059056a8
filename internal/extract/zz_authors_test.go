package extract

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestZZAuthorLines(t *testing.T) {
	if os.Getenv("KHABAR_DIAG") == "" {
		t.Skip()
	}
	f, err := os.Open("../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	z, _ := gzip.NewReader(f)
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	names := map[string]string{"aawsat": "الشرق الأوسط", "alriyadh": "جريدة الرياض", "aljazirah": "صحيفة الجزيرة", "alyaum": "صحيفة اليوم", "aleqtisadiya": "الاقتصادية", "okaz": "عكاظ", "alwatan": "الوطن", "almadina": "المدينة", "alweeam": "الوئام", "3alyoum": "عين اليوم", "sabq": "سبق", "was": "وكالة الأنباء السعودية", "arreyadi": "الرياضي", "arriyadiyah": "الرياضية"}
	miss := map[string]int{}
	tot, ok := 0, 0
	for sc.Scan() {
		var a struct{ Source, Author string }
		json.Unmarshal(sc.Bytes(), &a)
		if a.Author == "" {
			continue
		}
		tot++
		if isBareByline(a.Author, []string{names[a.Source]}) {
			ok++
		} else {
			miss[a.Source+"\t"+a.Author]++
		}
	}
	fmt.Printf("accepted %d/%d = %.3f\n", ok, tot, float64(ok)/float64(tot))
	type kv struct {
		k string
		v int
	}
	var s []kv
	for k, v := range miss {
		s = append(s, kv{k, v})
	}
	sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v })
	out, _ := os.Create("/tmp/authmiss.txt")
	for _, x := range s {
		fmt.Fprintf(out, "%d\t%s\n", x.v, x.k)
	}
	out.Close()
}
