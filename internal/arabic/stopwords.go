package arabic

import "strings"

// stopwordList holds Arabic function words as they are written; they are
// normalized (Search) when the set is built, so the test is made after
// normalization: الى, إلى and إلي all drop. Words whose normalized form is
// also a content word are left out on purpose: على folds to علي, the name
// Ali, which news readers search for.
const stopwordList = `
في من إلى عن مع حتى منذ لدى لدي عند غير سوى بين دون نحو خلال ضد بعد قبل
أن إن أنّ إنّ لأن لكن لكنّ بل أو ثم إذا إذ إذن لو لولا كي كما مثل
لا لم لن ما ماذا متى أين كيف هل قد لقد سوف ليس ليست
هو هي هم هن هما أنا نحن أنت أنتم أنتما أنتن إياه
هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك هنالك
الذي التي الذين اللذان اللتان اللواتي اللاتي اللائي
كان كانت كانوا يكون تكون أصبح أصبحت صار
كل بعض أي أيضا فقط جدا حيث أما إما إلا
عليه عليها عليهم فيه فيها فيهم منه منها منهم إليه إليها إليهم عنه عنها عنهم له لها لهم لنا به بها بهم
وفي ومن وإلى وعن ومع وأن وإن ولا ولم ولن وما وقد وهو وهي وهم وهذا وهذه وذلك وكان وكانت والتي والذي وكل
فإن فقد فلا فهو فهي ولكن لكي
يا أيها التى الذى
`

// stopwords is stopwordList normalized with Search.
var stopwords = func() map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(stopwordList) {
		m[Normalize(w, Search)] = struct{}{}
	}
	return m
}()

// IsStopword reports whether norm, a word normalized with Search, is a
// stop word.
func IsStopword(norm string) bool {
	_, ok := stopwords[norm]
	return ok
}
