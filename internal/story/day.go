package story

import "strings"

// weekdays are the normalized weekday names (arabic.Token.Norm), Sunday 1.
var weekdays = map[string]int8{"الاحد": 1, "الاثنين": 2, "الثلاثاء": 3, "الاربعاء": 4, "الخميس": 5, "الجمعه": 6, "السبت": 7}

// dayCues are the words that make a weekday name after them a date:
// «اليوم الأربعاء», «أمس الخميس», «مساء السبت». Alone, الأحد is also "the
// One" and الجمعة Friday prayer; «غداً» is left out, because a preview
// names the day of the match it is not.
var dayCues = map[string]bool{"اليوم": true, "امس": true, "يوم": true, "مساء": true, "صباح": true,
	"ليله": true, "فجر": true, "ظهر": true, "عصر": true, "الاول": true}

// leadDayWords is how far into the text LeadDay looks: the opening
// sentence or two, where a report says when its event happened.
const leadDayWords = 60

// LeadDay is the weekday the opening of a text reports, from its
// normalized words: 1 (Sunday) to 7 (Saturday), 0 when it names none after
// a day word. Within a story's window a weekday names one date, so two
// reports that name different weekdays report two days' events.
func LeadDay(words []string) int8 {
	words = words[:min(len(words), leadDayWords)]
	for i := 1; i < len(words); i++ {
		d, ok := weekdays[words[i]]
		if !ok {
			continue
		}
		cue := words[i-1]
		if !dayCues[cue] {
			cue = strings.TrimPrefix(strings.TrimPrefix(cue, "و"), "ف")
		}
		if dayCues[cue] {
			return d
		}
	}
	return 0
}
