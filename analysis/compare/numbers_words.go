package compare

import "strings"

var unitWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	// wire-service abbreviations (Reuters: "244 mln dlrs")
	"mln": 1e6, "bln": 1e9, "trln": 1e12, "mn": 1e6, "bn": 1e9,
}

// decadeWords are the plural tens that name a decade ("the nineties").
var decadeWords = map[string]bool{
	"twenties": true, "thirties": true, "forties": true, "fifties": true,
	"sixties": true, "seventies": true, "eighties": true, "nineties": true,
}

// hedges are the qualifiers that make a figure approximate or a bound,
// longest first; the value is the canonical form reported.
var hedges = [][]string{
	{"as", "many", "as"}, {"an", "estimated"}, {"at", "least"}, {"at", "most"},
	{"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"up", "to"},
	{"close", "to"}, {"upwards", "of"}, {"in", "excess", "of"},
	{"about"}, {"around"}, {"roughly"}, {"approximately"}, {"nearly"},
	{"almost"}, {"some"}, {"over"}, {"under"}, {"estimated"}, {"circa"},
	{"approx"}, {"just", "over"}, {"just", "under"}, {"well", "over"},
}

// eventVerbs are verbs whose figure counts the event ("killed 83").
var eventVerbs = map[string]bool{
	"killed": true, "killing": true, "kill": true, "died": true, "injured": true,
	"wounded": true, "destroyed": true, "sank": true, "sunk": true, "struck": true,
	"hit": true, "arrested": true, "detained": true, "seized": true,
	"deported": true, "displaced": true, "captured": true, "rescued": true,
	"executed": true, "dead": true, "hurt": true, "evacuated": true,
}

// concepts groups the words that count the same kind of thing, so that
// "80 deaths", "killed 83" and "80 casualties" pair up, as do "21 boats"
// and "21 narco-vessels".
var concepts = map[string]string{
	"killed": "deaths", "killing": "deaths", "kill": "deaths", "died": "deaths",
	"dead": "deaths", "deaths": "deaths", "death": "deaths", "casualties": "deaths",
	"fatalities": "deaths", "lives": "deaths", "bodies": "deaths", "executed": "deaths",
	"boats": "vessels", "boat": "vessels", "vessels": "vessels", "vessel": "vessels",
	"ships": "vessels", "ship": "vessels", "speedboats": "vessels", "narco-vessels": "vessels",
	"narco-boats": "vessels", "sank": "vessels", "sunk": "vessels",
	"strikes": "strikes", "strike": "strikes", "airstrikes": "strikes", "attacks": "strikes",
	"struck": "strikes", "bombings": "strikes", "raids": "strikes",
	"injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
	"arrested": "arrests", "arrests": "arrests", "detained": "arrests", "detentions": "arrests",
	"troops": "troops", "soldiers": "troops", "marines": "troops", "personnel": "troops",
	"percent": "percent", "%": "percent", "per": "percent",
	"dollars": "dollars", "$": "dollars", "usd": "dollars", "dlrs": "dollars", "dlr": "dollars",
	"pct": "percent", "tonnes": "tonnes", "tons": "tonnes",
	"miles": "miles", "mile": "miles", "kilometres": "km", "kilometers": "km", "km": "km",
}

// compoundUnits are two-word units reported whole.
var compoundUnits = map[string]bool{
	"nautical miles": true, "square miles": true, "square kilometres": true,
	"square kilometers": true, "metric tons": true, "per cent": true,
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// yearContext are words that, before a four-digit number, make it a year.
var yearContext = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "from": true, "of": true,
	"early": true, "late": true, "mid": true, "year": true, "before": true,
	"after": true, "during": true, "till": true, "to": true, "fiscal": true, "through": true,
}

// spelled parses spelled-out number words starting at ws[0]; it returns
// the value and how many words it used (0 when ws does not start a
// number). "a" starts a number only before hundred, thousand, … or dozen;
// a lone "one" is not taken (too often a pronoun).
func spelled(ws []string) (float64, int) {
	total, cur := 0.0, 0.0
	used, last := 0, "" // last: "", unit, ten, hundred, scale
	started := false
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if strings.Contains(w, "-") && !started {
			parts := strings.Split(w, "-")
			if v, n := spelled(parts); n == len(parts) && n > 1 {
				cur, used, last, started = v, i+1, "ten", true
				if v >= 100 {
					last = "scale"
				}
				continue
			}
		}
		switch {
		case w == "a" && !started && i+1 < len(ws) && (ws[i+1] == "hundred" || ws[i+1] == "dozen" || scaleWords[ws[i+1]] > 0):
			cur, last, started, used = 1, "unit", true, i+1
		case w == "and" && started && (last == "hundred" || last == "scale") && i+1 < len(ws) && (unitWords[ws[i+1]] > 0 || tensWords[ws[i+1]] > 0):
		case unitWords[w] > 0 || w == "zero":
			if last == "unit" {
				return finish(total, cur, used, ws)
			}
			cur += unitWords[w]
			last, started, used = "unit", true, i+1
		case tensWords[w] > 0:
			if last == "unit" || last == "ten" {
				return finish(total, cur, used, ws)
			}
			cur += tensWords[w]
			last, started, used = "ten", true, i+1
		case w == "hundred" && started:
			cur = max(cur, 1) * 100
			last, used = "hundred", i+1
		case w == "dozen" && started:
			cur = max(cur, 1) * 12
			last, used = "scale", i+1
		case scaleWords[w] > 0 && started:
			total += max(cur, 1) * scaleWords[w]
			cur, last, used = 0, "scale", i+1
		default:
			return finish(total, cur, used, ws)
		}
	}
	return finish(total, cur, used, ws)
}

func finish(total, cur float64, used int, ws []string) (float64, int) {
	if used == 1 && ws[0] == "one" {
		return 0, 0
	}
	return total + cur, used
}
