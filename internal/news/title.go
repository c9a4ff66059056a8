package news

import "strings"

// deskLabels are the desks the Saudi Press Agency (واس) opens each headline
// with: «عام / …», «اقتصادي / …». The papers drop the label; shown, it
// leads every wire headline on a page. Articles keep the headline as the
// page wrote it (extraction is scored on that); pages show it trimmed.
var deskLabels = map[string]bool{
	"عام": true, "سياسي": true, "اقتصادي": true, "إقتصادي": true, "ثقافي": true,
	"رياضي": true, "اجتماعي": true, "صحي": true,
}

// TrimDesk drops a wire desk label before a headline; any other headline
// comes back as it is («2/ 8 …», «بالصور / …» stay).
func TrimDesk(title string) string {
	label, rest, ok := strings.Cut(title, "/")
	if !ok || !deskLabels[strings.TrimSpace(label)] {
		return title
	}
	if rest = strings.TrimSpace(rest); rest == "" {
		return title
	}
	return rest
}
