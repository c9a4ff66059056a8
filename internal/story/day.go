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

// LeadDays is the set of weekdays the opening of a text reports, from its
// normalized words: bit d set for weekday d, 1 (Sunday) to 7 (Saturday);
// 0 when it names none after a day word. Within a story's window a weekday
// names one date, so two reports that name no weekday in common report two
// days' events. It is a set, not the first weekday named, because one
// opening often names two, the day of the news and the day before: «وصل
// الوفد أمس الأربعاء بعد أن غادر أمس الأول الثلاثاء» and, in another
// outlet's edit of the same text, «وصل الوفد بعد أن غادر أمس الأول
// الثلاثاء» are one report of one day, though the first weekdays they name
// differ.
func LeadDays(words []string) uint8 {
	words = words[:min(len(words), leadDayWords)]
	var days uint8
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
			days |= 1 << d
		}
	}
	return days
}
