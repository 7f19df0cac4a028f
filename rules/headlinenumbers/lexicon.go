package headlinenumbers

import (
	"slices"
	"strings"

	"github.com/newslint/newslint/rules/internal/tokens"
)

// unit is the canonical name of what a number counts or measures.
type unit string

// The units the rule recognizes. Durations are comparable with each other
// (see seconds); the others only with themselves.
const (
	noUnit  unit = ""
	percent unit = "percent"
	second  unit = "second"
	minute  unit = "minute"
	hour    unit = "hour"
	day     unit = "day"
	week    unit = "week"
	month   unit = "month"
	year    unit = "year"
	people  unit = "people"
	dead    unit = "dead"
	km      unit = "km"
	mile    unit = "mile"
	meter   unit = "meter"
	kg      unit = "kg"
	ton     unit = "ton"
	usd     unit = "USD"
	eur     unit = "EUR"
	gbp     unit = "GBP"
	jpy     unit = "JPY"
	cny     unit = "CNY"
	inr     unit = "INR"
	krw     unit = "KRW"
	rub     unit = "RUB"
	try     unit = "TRY"
	zar     unit = "ZAR"
)

// seconds returns the length of a duration unit in seconds, or 0 for units
// that are not durations. Months and years are averages: they only serve to
// recognize the same span written in another unit.
func seconds(u unit) float64 {
	switch u {
	case second:
		return 1
	case minute:
		return 60
	case hour:
		return 3600
	case day:
		return 86400
	case week:
		return 7 * 86400
	case month:
		return 30.44 * 86400
	case year:
		return 365.25 * 86400
	}
	return 0
}

// unitWords maps the folded words that follow a number (or, for a few, that
// precede it) to their unit. Inflected forms are listed; prefixes handles
// the compounds and inflections of German and a few other languages.
var unitWords = foldedMap(map[string][]string{
	string(percent): {"بالمئة", "بالمائة", "प्रतिशत", "فیصد", "percent", "per-cent", "pct", "prozent", "procent", "prosent", "percento", "porcentaje", "pourcent",
		"процент", "процента", "процентов", "відсотків", "відсотки", "yuzde", "persen", "prozentpunkte", "percentage", "パーセント", "퍼센트", "프로"},
	string(second): {"second", "seconds", "sec", "secs", "sekunde", "sekunden", "seconde", "secondes", "segundo", "segundos", "secondi", "секунд", "секунды", "saniye"},
	string(minute): {"minute", "minutes", "min", "mins", "minuten", "minuto", "minutos", "minuti", "минута", "минуты", "минут", "dakika", "minuter", "minutter"},
	string(hour): {"ساعة", "ساعات", "ساعه", "घंटे", "घंटा", "घंटों", "שעות", "hour", "hours", "hr", "hrs", "stunde", "stunden", "heure", "heures", "hora", "horas", "ora", "ore", "uur", "uren",
		"час", "часа", "часов", "saat", "timer", "timmar", "timme", "godzin", "godziny", "hodin", "tunti", "tuntia", "jam"},
	string(day): {"يوم", "أيام", "ايام", "يوما", "दिन", "दिनों", "ימים", "day", "days", "tag", "tage", "tagen", "jour", "jours", "journee", "dia", "dias", "giorno", "giorni", "dag", "dagen", "dagar", "dager",
		"день", "дня", "дней", "сутки", "суток", "gun", "dni", "dzien", "hari", "ngay"},
	string(week): {"أسبوع", "أسابيع", "हफ्ते", "सप्ताह", "week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas", "settimana", "settimane", "weken",
		"неделя", "недели", "недель", "hafta", "veckor", "uker", "tygodnie", "tygodni", "minggu"},
	string(month): {"شهر", "أشهر", "شهرا", "महीने", "month", "months", "monat", "monate", "monaten", "mois", "mes", "meses", "mese", "mesi", "maand", "maanden",
		"месяц", "месяца", "месяцев", "manader", "maneder", "miesiace", "miesiecy", "bulan"},
	string(year): {"عام", "أعوام", "سنة", "سنوات", "عاما", "साल", "वर्ष", "year", "years", "yr", "yrs", "jahr", "jahre", "jahren", "jahres", "an", "ans", "annee", "annees", "ano", "anos", "anno", "anni",
		"jaar", "jaren", "год", "года", "лет", "yil", "yillik", "ar", "aar", "lat", "roku", "rok", "tahun", "tuoi"},
	string(people): {"شخص", "أشخاص", "شخصا", "लोग", "लोगों", "व्यक्ति", "אנשים", "people", "persons", "person", "personen", "menschen", "personnes", "personas", "persone", "mensen", "pessoas",
		"человек", "человека", "людей", "kisi", "personer", "osob", "orang", "watu"},
	string(dead): {"قتيل", "قتيلا", "قتلى", "मृत", "הרוגים", "dead", "deaths", "killed", "tote", "toten", "todesopfer", "morts", "muertos", "fallecidos", "morti", "mortos",
		"doden", "погибших", "погибли", "погибло", "olu", "dode", "doda", "zabitych", "tewas"},
	string(km):    {"km", "kilometer", "kilometers", "kilometre", "kilometres", "kilometern", "kilometro", "kilometros", "chilometri", "километров", "километра", "километр"}, //nolint:misspell // words of other languages
	string(mile):  {"mile", "miles", "mi"},
	string(meter): {"meter", "meters", "metre", "metres", "metern", "metro", "metros", "metri", "метров", "метра", "метр", "メートル", "미터"}, //nolint:misspell // words of other languages
	string(kg):    {"kg", "kilogram", "kilograms", "kilogramm", "kilogramme", "kilogrammes", "kilo", "kilos", "килограммов", "кг"},       //nolint:misspell // words of other languages
	string(ton):   {"ton", "tons", "tonne", "tonnes", "tonnen", "toneladas", "tonnellate", "тонн", "тонны", "ton"},
	string(usd):   {"دولار", "دولارا", "डॉलर", "dollar", "dollars", "usd", "dolar", "dolares", "dollari", "доллар", "доллара", "долларов", "ドル", "달러", "美元", "dolaru"},
	string(eur):   {"euro", "euros", "eur", "евро", "ユーロ", "유로", "欧元"},
	string(gbp):   {"sterling", "gbp", "pounds"},
	string(jpy):   {"yen", "jpy", "円"},
	string(cny):   {"yuan", "cny", "rmb", "renminbi", "元"},
	string(inr):   {"rupees", "rupee", "inr", "рупий", "रुपये", "रुपए"},
	string(krw):   {"won", "krw", "원"},
	string(rub):   {"рубль", "рубля", "рублей", "руб", "rubles", "roubles", "rub"},
	string(try):   {"lira", "tl", "try"},
	string(zar):   {"rand", "zar"},
})

// unitPrefixes recognize inflected and compound forms by their beginning:
// German adjectives ("zwölfstündige", "12-stündigen") and the like.
var unitPrefixes = []struct {
	prefix string
	unit   unit
}{
	{"stundig", hour}, {"stunden", hour}, {"minutig", minute}, {"tagig", day}, {"wochig", week},
	{"monatig", month}, {"jahrig", year}, {"prozent", percent}, {"uhrig", noUnit},
}

// prefixUnits are words and symbols written before the number.
var prefixUnits = map[string]unit{
	"$": usd, "us$": usd, "usd": usd, "€": eur, "eur": eur, "£": gbp, "gbp": gbp,
	"¥": jpy, "₹": inr, "rs": inr, "inr": inr, "₩": krw, "₽": rub, "₺": try,
	"yuzde": percent, "%": percent, "百分之": percent,
}

// cjkUnits are units written directly after a number in Chinese, Japanese
// and Korean, longest first where one is a prefix of another.
var cjkUnits = []struct {
	text string
	unit unit
}{
	{"个小时", hour}, {"個小時", hour}, {"小时", hour}, {"小時", hour}, {"時間", hour}, {"시간", hour},
	{"分钟", minute}, {"分鐘", minute}, {"分間", minute}, {"秒", second}, {"초", second},
	{"天", day}, {"日間", day}, {"日间", day},
	{"个星期", week}, {"個星期", week}, {"週間", week}, {"周", week}, {"週", week}, {"주", week},
	{"个月", month}, {"個月", month}, {"か月", month}, {"ヶ月", month}, {"カ月", month}, {"ケ月", month}, {"개월", month},
	{"年间", year}, {"年間", year},
	{"人", people}, {"名", people}, {"명", people},
	{"美元", usd}, {"ドル", usd}, {"달러", usd}, {"欧元", eur}, {"ユーロ", eur}, {"유로", eur},
	{"元", cny}, {"円", jpy}, {"원", krw},
	{"公里", km}, {"キロ", km}, {"킬로미터", km}, {"米", meter}, {"メートル", meter}, {"미터", meter},
	{"公斤", kg}, {"吨", ton}, {"噸", ton}, {"トン", ton}, {"톤", ton},
	{"％", percent}, {"%", percent}, {"パーセント", percent}, {"퍼센트", percent},
}

// percentFirst and percentSecond are the words of two-word names of the
// percent: "per cent", "pour cent", "por ciento", "في المئة".
var (
	percentFirst  = foldedSet([]string{"per", "pour", "por", "في"})
	percentSecond = foldedSet([]string{"cent", "ciento", "المئة", "المائة"})
)

// scaleWords multiply the number before them. Some are ambiguous between
// languages ("billion" is 10^12 in French and German): every reading is kept,
// since a reading is only ever used to find support for a headline number.
var scaleWords = foldedMap64(map[float64][]string{
	1e3: {"thousand", "thousands", "k", "tausend", "mille", "mil", "mila", "duizend", "тысяча", "тысячи", "тысяч", "тыс", "bin", "bini", "tusen", "tysiecy", "ribu", "elfu"},
	1e5: {"lakh", "lakhs", "lac"},
	1e6: {"million", "millions", "mn", "mln", "m", "mio", "millionen", "millon", "millones", "milione", "milioni", "miljoen", "миллион", "миллиона", //nolint:misspell // words of other languages
		"миллионов", "млн", "milyon", "miljoner", "millioner", "milionow", "miliony", "juta", "milioni"},
	1e7: {"crore", "crores"},
	1e9: {"billion", "billions", "bn", "b", "mrd", "milliarde", "milliarden", "milliard", "milliards", "miliardo", "miliardi", "miljard", "миллиард",
		"миллиарда", "миллиардов", "млрд", "milyar", "miljarder", "milliarder", "miliardow", "miliardy", "bilion"},
	1e12: {"trillion", "trillions", "tn", "billion", "billionen", "billions", "billon", "billones", "trilione", "триллион", "триллиона", "триллионов", "трлн", "trilyon"},
})

// cjkScales multiply the number written directly before them.
var cjkScales = []struct {
	text  string
	scale float64
}{
	{"百万", 1e6}, {"千万", 1e7}, {"万亿", 1e12}, {"萬億", 1e12},
	{"十", 10}, {"百", 100}, {"千", 1e3}, {"万", 1e4}, {"萬", 1e4}, {"亿", 1e8}, {"億", 1e8}, {"兆", 1e12},
	{"천", 1e3}, {"만", 1e4}, {"억", 1e8}, {"조", 1e12},
}

// numberWords are number words of several languages. In the body any of
// them supports a headline number; in the headline only the English ones
// (englishNumber) make a claim.
var numberWords = foldedMap64(map[float64][]string{
	0:   {"zero", "null", "zero", "cero", "nul"},
	1:   {"one", "eins", "un", "une", "uno", "una", "um", "uma", "een", "один", "одна", "одно", "bir"},
	2:   {"two", "zwei", "deux", "dos", "due", "dois", "duas", "twee", "два", "две", "двух", "iki", "tva", "dwa"},
	3:   {"three", "drei", "trois", "tres", "tre", "tres", "drie", "три", "трех", "uc", "tre", "trzy"},
	4:   {"four", "vier", "quatre", "cuatro", "quattro", "quatro", "четыре", "четырех", "dort", "fyra", "cztery"},
	5:   {"five", "funf", "cinq", "cinco", "cinque", "vijf", "пять", "пяти", "bes", "fem", "piec"},
	6:   {"six", "sechs", "seis", "sei", "zes", "шесть", "шести", "alti", "seks", "szesc"},
	7:   {"seven", "sieben", "sept", "siete", "sette", "sete", "zeven", "семь", "семи", "yedi", "sju", "siedem"},
	8:   {"eight", "acht", "huit", "ocho", "otto", "oito", "восемь", "восьми", "sekiz", "atte", "atta", "osiem"},
	9:   {"nine", "neun", "neuf", "nueve", "nove", "negen", "девять", "девяти", "dokuz", "nio", "dziewiec"},
	10:  {"ten", "zehn", "dix", "diez", "dieci", "dez", "tien", "десять", "десяти", "tio", "dziesiec"},
	11:  {"eleven", "elf", "onze", "once", "undici", "одиннадцать", "elleve", "elva"},
	12:  {"twelve", "zwolf", "douze", "doce", "dodici", "doze", "twaalf", "двенадцать", "двенадцати", "tolv", "dozen", "dutzend", "douzaine", "docena", "dozzina", "duzia"},
	13:  {"thirteen", "dreizehn", "treize", "trece", "tredici", "treze", "тринадцать"},
	14:  {"fourteen", "vierzehn", "quatorze", "catorce", "quattordici", "четырнадцать"},
	15:  {"fifteen", "funfzehn", "quinze", "quince", "quindici", "пятнадцать"},
	16:  {"sixteen", "sechzehn", "seize", "dieciseis", "sedici", "шестнадцать"},
	17:  {"seventeen", "siebzehn", "diecisiete", "diciassette", "семнадцать"},
	18:  {"eighteen", "achtzehn", "dieciocho", "diciotto", "восемнадцать"},
	19:  {"nineteen", "neunzehn", "diecinueve", "diciannove", "девятнадцать"},
	20:  {"twenty", "zwanzig", "vingt", "veinte", "venti", "vinte", "двадцать", "yirmi"},
	30:  {"thirty", "dreissig", "trente", "treinta", "trenta", "trinta", "тридцать", "otuz"},
	40:  {"forty", "vierzig", "quarante", "cuarenta", "quaranta", "quarenta", "сорок", "kirk"}, //nolint:misspell // words of other languages
	50:  {"fifty", "funfzig", "cinquante", "cincuenta", "cinquanta", "cinquenta", "пятьдесят", "elli"},
	60:  {"sixty", "sechzig", "soixante", "sesenta", "sessanta", "sessenta", "шестьдесят", "altmis"},
	70:  {"seventy", "siebzig", "setenta", "settanta", "семьдесят", "yetmis"},
	80:  {"eighty", "achtzig", "ochenta", "ottanta", "oitenta", "восемьдесят", "seksen"},
	90:  {"ninety", "neunzig", "noventa", "novanta", "девяносто", "doksan"},
	100: {"hundred", "hundert", "cent", "cien", "ciento", "cento", "cem", "honderd", "сто", "yuz"},
})

// numberStarts are the words, folded, that can start a number written in
// words (see numberWord): the English number words that englishNumber
// reads first, "a" and "an" ("a dozen"), and the number words of every
// language.
var numberStarts = func() map[string]bool {
	out := map[string]bool{"a": true, "an": true}
	for _, m := range []map[string]float64{englishUnits, englishTens} {
		for w := range m {
			out[w] = true
		}
	}
	for w := range numberWords {
		out[w] = true
	}
	return out
}()

// numberStartShapes holds, by first byte, the lengths of the words of
// numberStarts (bit n for length n, bit 63 for 63 bytes and more): a
// word whose first byte and length match none is not one of them.
var numberStartShapes = func() (t [256]uint64) {
	for w := range numberStarts {
		t[w[0]] |= 1 << min(len(w), 63)
	}
	return t
}()

// mayStartNumber reports whether f, a folded word, may be a word of
// numberStarts, without looking it up.
func mayStartNumber[S string | []byte](f S) bool {
	return len(f) > 0 && numberStartShape(f[0], len(f))
}

// numberStartShape reports whether a word of numberStarts starts with byte
// c and is n bytes long.
func numberStartShape(c byte, n int) bool {
	return numberStartShapes[c]&(1<<min(n, 63)) != 0
}

// englishUnits are the English number words below a hundred, which compose
// ("twenty-five"); englishNumber reads them.
var englishUnits = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
}

var englishTens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var englishScales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// hedge tells how a number is qualified.
type hedge int

const (
	exactly hedge = iota
	about         // about, nearly, roughly
	atLeast       // more than, over, at least
	atMost        // up to, less than, under
)

// hedges are the words and phrases, folded, that qualify the number after
// them. Phrases are matched on the words before the number.
var hedges = map[string]hedge{
	"about": about, "around": about, "approximately": about, "roughly": about, "nearly": about, "almost": about,
	"some": about, "circa": about, "ca": about, "approx": about, "estimated": about,
	"rund": about, "etwa": about, "fast": about, "knapp": about, "ungefahr": about, "gut": about,
	"environ": about, "presque": about, "quasi": about, "pres de": about, "aproximadamente": about, "casi": about,
	"unos": about, "unas": about, "cerca de": about, "circa di": about, "quase": about, "cerca": about,
	"около": about, "почти": about, "примерно": about, "порядка": about, "yaklasik": about, "sekitar": about,
	"نحو": about, "حوالي": about, "قرابة": about, "लगभग": about, "करीब": about, "तकरीबन": about,
	"أكثر من": atLeast, "اكثر من": atLeast,
	"over": atLeast, "more than": atLeast, "above": atLeast, "at least": atLeast, "upwards of": atLeast, "in excess of": atLeast,
	"mehr als": atLeast, "uber": atLeast, "mindestens": atLeast, "plus de": atLeast, "au moins": atLeast,
	"mas de": atLeast, "al menos": atLeast, "piu di": atLeast, "oltre": atLeast, "mais de": atLeast, "meer dan": atLeast,
	"более": atLeast, "свыше": atLeast, "больше": atLeast, "не менее": atLeast, "fazla": atLeast, "asan": atLeast,
	"up to": atMost, "less than": atMost, "under": atMost, "fewer than": atMost, "at most": atMost, "as many as": atMost,
	"bis zu": atMost, "weniger als": atMost, "hochstens": atMost, "jusqua": atMost, "moins de": atMost,
	"hasta": atMost, "menos de": atMost, "fino a": atMost, "ate": atMost, "до": atMost, "менее": atMost, "меньше": atMost,
}

// cjkHedges qualify the number written directly after them in Chinese and
// Japanese.
var cjkHedges = []struct {
	text  string
	hedge hedge
}{
	{"大约", about}, {"大約", about}, {"约", about}, {"約", about}, {"将近", about}, {"將近", about}, {"近", about},
	{"超过", atLeast}, {"超過", atLeast}, {"逾", atLeast}, {"至少", atLeast}, {"最大", atMost}, {"最多", atMost},
}

// rangeWords join two numbers into a range ("3 to 4 days").
var rangeWords = map[string]bool{
	"to": true, "bis": true, "a": true, "à": true, "al": true, "tot": true, "до": true, "or": true, "oder": true, "ou": true, "o": true, "и": true,
	"and": true, "und": true, "et": true, "y": true, "e": true, "en": true,
}

// maxRangeWord is the length in bytes of the longest range word.
var maxRangeWord = func() int {
	n := 0
	for w := range rangeWords {
		n = max(n, len(w))
	}
	return n
}()

// cjkUnitFirst and cjkScaleFirst hold the first bytes of cjkUnits and
// cjkScales, to rule out most places without comparing every entry.
var (
	cjkUnitFirst = func() (first [256]bool) {
		for _, c := range cjkUnits {
			first[c.text[0]] = true
		}
		return first
	}()
	cjkScaleFirst = func() (first [256]bool) {
		for _, c := range cjkScales {
			first[c.text[0]] = true
		}
		return first
	}()
)

// months are month names and abbreviations that make a number next to them
// a date.
var months = foldedSet([]string{
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember",
	"janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", //nolint:misspell // words of other languages
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
	"gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
	"janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
	"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
	"ocak", "subat", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik",
	"januari", "februari", "maart", "juni", "juli", "augustus", "oktober",
	"janvāris", "eanair",
})

// ordinalSuffixes turn the number before them into an ordinal.
var ordinalSuffixes = foldedSet([]string{
	"st", "nd", "rd", "th", "e", "er", "re", "eme", "ere", "o", "a", "º", "ª", "te", "ste", "de", "ve", "nci", "inci", "uncu", "uncu",
	"ый", "ий", "ой", "го", "й", "я", "е", "ом",
})

func foldedMap(m map[string][]string) map[string]unit {
	out := map[string]unit{}
	for u, words := range m {
		for _, w := range words {
			out[foldWord(w)] = unit(u)
		}
	}
	return out
}

func foldedMap64(m map[float64][]string) map[string][]float64 {
	out := map[string][]float64{}
	for v, words := range m {
		for _, w := range words {
			f := foldWord(w)
			if !slices.Contains(out[f], v) {
				out[f] = append(out[f], v)
			}
		}
	}
	for _, vs := range out {
		slices.Sort(vs)
	}
	return out
}

func foldedSet(words []string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[foldWord(w)] = true
	}
	return out
}

// foldWord folds a word or phrase for lookup: each word as tokens.Fold does,
// joined by single spaces.
func foldWord(w string) string {
	fs := strings.Fields(w)
	for i, f := range fs {
		fs[i] = tokens.Fold(f)
	}
	return strings.Join(fs, " ")
}
