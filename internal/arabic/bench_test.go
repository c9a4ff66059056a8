package arabic

import (
	"strings"
	"testing"
)

// benchText is written for these benchmarks (no corpus text): a news-like
// paragraph with hamza forms, taa marbuta, digits, tashkeel, a hidden word,
// Latin and a hashtag.
var benchText = strings.Repeat("أعلنت وزارةُ الصحة اليوم عن افتتاح ١٢ مستشفى جديداً في المناطق الشمالية، "+
	"وقال المسؤول إن المشروع كلّف 3.5 مليار ريال ضمن رؤية 2030 للتنمية. "+
	"وأكد أن القاتـ.ل لن يفلت من العقاب، وأضاف عبر حساب @MOH_News أن #الصحة_أولا هي الشعار. ", 20)

func benchTokens(b *testing.B) int {
	b.Helper()
	return len(Tokenize(benchText))
}

// reportPerToken reports ns/token for b's loop over benchText.
func reportPerToken(b *testing.B, tokens int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*tokens), "ns/token")
}

func BenchmarkNormalize(b *testing.B) {
	n := benchTokens(b)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Normalize(benchText, Search)
	}
	reportPerToken(b, n)
}

func BenchmarkTokenize(b *testing.B) {
	n := benchTokens(b)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Tokenize(benchText)
	}
	reportPerToken(b, n)
}

func BenchmarkAnalyze(b *testing.B) {
	n := benchTokens(b)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Analyze(benchText)
	}
	reportPerToken(b, n)
}

// BenchmarkStem compares the stemmers side by side on the words of
// benchText, normalized.
func BenchmarkStem(b *testing.B) {
	var words []string
	for _, t := range Analyze(benchText) {
		if t.Kind == Word {
			words = append(words, t.Norm)
		}
	}
	for _, s := range stemmers {
		b.Run(strings.ReplaceAll(s.name, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					s.stem(w)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/token")
		})
	}
}
