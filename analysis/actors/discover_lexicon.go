package actors

import "strings"

// set builds a lookup set from space-separated lower-case words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// connectors may sit lower-case inside a name: "Cartel de los Soles",
// "Cartel of the Suns".
var connectors = set("de del la las los le da das do dos di van von der den du al el bin ibn of the")

// titles precede a person's name and are stripped from it.
var titles = set(`president vice mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady
	secretary minister senator sen sen. rep rep. representative congressman congresswoman
	governor gov gov. mayor general gen gen. admiral adm adm. colonel col col. lieutenant lt
	captain capt sergeant sgt commander chief director chairman chairwoman chair ceo
	ambassador spokesman spokeswoman spokesperson envoy judge justice attorney prosecutor
	king queen prince princess pope sheikh emir prime premier chancellor leader deputy
	officer official dictator strongman`)

// titleModifiers come before a title ("Defense Secretary", "Press
// Secretary") and go with it.
var titleModifiers = set(`press defense defence foreign interior treasury commerce vice deputy prime
	senior state former acting interim opposition venezuelan american finance trade
	economy economics agriculture energy oil industry justice labor labour health`)

// stopwords are capitalised only at the start of a sentence or in a
// heading; they never start or form a name.
var stopwords = set(`a an the this that these those there here it its it's i i'm i'll i'd we we're
	we'll you you're he he's she she's they they're his her their our my your me us him them
	and but or nor so yet for if when while whether where what why how who whom which whose
	after before since until as at by from in into on onto of off out over under with within
	without about above across against along among around behind below beneath beside between
	beyond during except inside near outside through throughout toward towards upon via
	according also already always another any anybody anyone anything both each either even
	every everybody everyone everything few first second third last many more most much
	neither never no nobody none not nothing now once one only other others rather several
	some somebody someone something such then therefore though thus too very whatever whenever
	wherever however meanwhile moreover instead just maybe perhaps still yes indeed
	mon monday tuesday wednesday thursday friday saturday sunday january february march april
	may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today tomorrow yesterday
	senior former said says reuter reuters note analysts officials sources details executive summary analysis
	mln dlrs pct cts shr net revs qtr vs avg inc`)

// orgWords mark an organisation when they are part of a name.
var orgWords = set(`cartel agency department ministry party council company co co. corp corp. corporation
	inc inc. ltd ltd. plc llc bank army navy air_force forces force command congress senate house
	union association group committee organization organisation institute university court
	commission fund reserve exchange board authority service services office administration
	guard federation league network club church airlines airways motors petroleum oil energy
	industries international holdings partners capital securities trust foundation times post
	news journal tribune herald network unit brigade battalion regiment cabinet parliament
	assembly government regime opec nato tren community`)

// placeWords mark a place when they are part of a name.
var placeWords = set(`sea gulf ocean river island islands city province state states republic kingdom
	coast hemisphere america africa asia europe mountains mountain valley bay strait canal lake
	county district region peninsula desert airport port street avenue square north south east
	west`)

// places is a small gazetteer of countries, continents and regions.
var places = set(`afghanistan albania algeria andorra angola argentina armenia australia austria
	azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
	bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile
	china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador
	egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
	greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
	iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
	kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
	madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
	monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands
	nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines
	poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
	slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
	thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay
	uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales
	europe africa asia america americas antarctica oceania caribbean gaza crimea hong_kong
	united_states united_kingdom saudi_arabia south_africa north_korea south_korea new_zealand
	sri_lanka costa_rica el_salvador puerto_rico latin_america central_america north_america
	south_america middle_east western_hemisphere persian_gulf west_bank caracas washington
	london paris moscow beijing tokyo brussels bogota havana doha tehran kyiv berlin madrid
	rome new_york geneva ottawa mexico_city brasilia lima quito alabama alaska arizona
	arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
	iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
	mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico
	north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina
	south_dakota tennessee texas utah vermont virginia west_virginia wisconsin wyoming
	chicago houston los_angeles san_francisco boston dallas detroit toronto sydney frankfurt
	zurich milan amsterdam singapore seoul manila jakarta bangkok bombay delhi cairo
	baghdad riyadh kuwait dubai buenos_aires rio_de_janeiro sao_paulo santiago montreal`)

// knownAcronyms pairs acronyms with their expansion when texts rarely do.
var knownAcronyms = map[string]string{
	"us": "united states", "usa": "united states", "uk": "united kingdom", "un": "united nations",
	"eu": "european union", "uae": "united arab emirates", "ussr": "soviet union",
}

// demonymSuffixes turn a place into its adjective: Venezuela → Venezuelan,
// Iran → Iranian, Qatar → Qatari, China → Chinese.
var demonymSuffixes = []struct{ drop, add string }{
	{"", "n"}, {"", "an"}, {"", "ian"}, {"", "i"}, {"a", "ese"}, {"", "ese"}, {"a", "an"},
	{"", "ns"}, {"", "ans"}, {"", "ians"}, {"", "is"}, {"e", "ian"}, {"y", "ian"},
}

// demonyms not derivable by suffix.
var demonyms = set(`american americans european europeans british french german germans dutch
	spanish chinese japanese russian russians arab arabs latin western eastern northern southern
	english irish swiss israeli israelis venezuelan venezuelans cuban cubans colombian
	colombians mexican mexicans canadian iranian iraqi saudi soviet african asian christian
	muslim jewish catholic democrat democrats republican republicans democratic`)
