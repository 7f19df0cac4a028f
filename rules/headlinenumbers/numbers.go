package headlinenumbers

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/tokens"
)

// mention is a number found in a text, with what it counts.
type mention struct {
	// start and end delimit the number with its unit (and currency
	// sign) in the scanned text.
	start, end int
	// quoteStart and quoteEnd delimit the phrase quoted in messages: the
	// mention with a qualifying word before it ("roughly") and, after
	// it, the noun of a compound ("12-hour talks") or an "of" phrase
	// ("three hours of meetings").
	quoteStart, quoteEnd int
	// numStart and numEnd delimit the number alone, in digits or words.
	numStart, numEnd int
	// values are the readings of the number with its scale word applied;
	// an ambiguous separator ("1,500") or scale word ("billion") gives
	// several.
	values []float64
	// raw is the value of the digits or words alone, without scale.
	raw float64
	// step is the rounding granularity of the number as written, in the
	// unit of values: 1 for "12", 100 for "1,500" read as 1500 or 0.1 for
	// "1.5", times the scale.
	step  float64
	unit  unit
	hedge hedge
	// claim marks a mention that reads unambiguously as a quantity: digits
	// or English number words with a unit, not part of a range, a date, a
	// time, an ordinal or a code such as "G7" or "COVID-19".
	claim bool
}

// scanner finds the mentions of numbers in a text.
type scanner struct {
	s string
	// buf is scratch space for folding words.
	buf []byte
	// cls classifies runes.
	cls tokens.Classifier
	// floor is the end of the last mention found: a currency sign or
	// unit before it belongs to that mention, not to the next.
	floor int
}

// scan returns the number mentions of s in order.
func scan(s string) []mention {
	sc := scanner{s: s, cls: tokens.NewClassifier()}
	var ms []mention
	add := func(m mention) {
		ms = append(ms, m)
		sc.floor = m.end
	}
	// word reads the word at s[i:], adds it if it is a number word, and
	// returns where scanning goes on.
	word := func(i int) int {
		w, end := sc.word(i)
		if m, mend, ok := sc.numberWord(i, w, end); ok {
			add(m)
			return mend
		}
		return end
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// The cases below, for ASCII.
			switch {
			case c >= '0' && c <= '9':
				m, end := sc.digits(i)
				add(m)
				i = end
			case isASCIILetter(c) && (i == 0 || !sc.cls.IsWordRune(lastRune(s[:i]))):
				i = word(i)
			default:
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case sc.isDigit(r):
			m, end := sc.digits(i)
			add(m)
			i = end
		case isCJKNumeral(r):
			m, end, ok := sc.cjkNumeral(i)
			if ok {
				add(m)
			}
			i = end
		case sc.cls.IsLetter(r) && !tokens.IsSpaceless(r) && (i == 0 || !sc.cls.IsWordRune(lastRune(s[:i]))):
			i = word(i)
		default:
			i += n
		}
	}
	markRanges(s, ms)
	return ms
}

// digits reads a number written in digits at i, with what surrounds it.
func (sc *scanner) digits(i int) (mention, int) {
	s := sc.s
	lit, j := readLiteral(s, i)
	m := mention{start: i, end: j, quoteStart: i, numStart: i, numEnd: j, raw: lit.values[0], step: lit.step, claim: true}
	m.values = lit.values // a slice of its own

	// A number glued to letters or a code before it is an identifier:
	// "G7", "COVID-19", "F-35", "Win8".
	if i > 0 {
		p := lastRune(s[:i])
		glued := tokens.IsLetter(p) && !tokens.IsSpaceless(p) && !isPrefixScript(p)
		if glued || p == '-' && i > 1 && tokens.IsLetter(lastRune(s[:i-1])) ||
			strings.ContainsRune("/#№.,:", p) {
			m.claim = false
		}
		if p == '第' || p == '제' {
			m.claim = false // ordinal
		}
	}
	// Currency signs and prefix units before the number, unless they
	// end the mention before ("5% 3").
	if u, start, ok := prefixUnit(s, i); ok && start >= sc.floor {
		m.unit = u
		m.start, m.quoteStart = start, start
	}
	// Time of day, dates and scores: 10:30, 12/05, 3-3 are not counts.
	if j < len(s) {
		if c := s[j]; (c == ':' || c == '/') && j+1 < len(s) && isDigitByte(s, j+1) {
			m.claim = false
		}
	}
	j = sc.suffixes(&m, j)
	if isDate(s, m.start, j) {
		m.claim = false
	}
	m.hedge, m.quoteStart = hedgeBefore(s, m.quoteStart)
	return m, j
}

// literal is a number written in digits.
type literal struct {
	values []float64 // readings: one, or two for "1,500" (1500 or 1.5)
	step   float64   // rounding granularity of the first reading
}

// readLiteral reads digits with group and decimal separators at i.
func readLiteral(s string, i int) (literal, int) {
	// Most numbers have a group or two, of ASCII digits: the groups are
	// then slices of s, in space on the stack.
	var groupsBuf [4]string
	var sepsBuf [3]rune
	groups, seps := groupsBuf[:0], sepsBuf[:0]
	j := i
	for {
		start, ascii := j, true
		for j < len(s) {
			if c := s[j]; c >= '0' && c <= '9' {
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if _, ok := tokens.DigitValue(r); !ok {
				break
			}
			ascii = false
			j += n
		}
		group := s[start:j]
		if !ascii {
			group = asciiDigits(group)
		}
		groups = append(groups, group)
		if j >= len(s) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isNumberSeparator(r) || j+n >= len(s) {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[j+n:])
		if !isDigit(next) {
			break
		}
		// A space separates groups of three digits only.
		if article.IsSpace(r) || r == ' ' {
			if k := digitRun(s, j+n); k != 3 || len(seps) > 0 && seps[len(seps)-1] != r || len(groups[0]) > 3 {
				break
			}
		}
		seps = append(seps, r)
		j += n
	}
	return interpret(groups, seps), j
}

// asciiDigits returns the decimal digits of s, of any script, in ASCII.
func asciiDigits(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		v, _ := tokens.DigitValue(r)
		b = append(b, byte('0'+v))
	}
	return string(b)
}

// interpret turns digit groups and separators into readings.
func interpret(groups []string, seps []rune) literal {
	if len(seps) == 0 {
		v := parseInt(groups[0])
		return literal{values: []float64{v}, step: intStep(groups[0])}
	}
	last := seps[len(seps)-1]
	allSame := true
	for _, r := range seps {
		if r != seps[0] {
			allSame = false
		}
	}
	grouped := len(groups[0]) <= 3
	for _, g := range groups[1:] {
		if len(g) != 3 {
			grouped = false
		}
	}
	joined := strings.Join(groups, "")
	switch {
	case allSame && len(seps) > 1 && grouped:
		// 1,234,567 or 1.234.567
		return literal{values: []float64{parseInt(joined)}, step: intStep(joined)}
	case !allSame:
		// 1,234.56 or 1.234,56: the last separator is the decimal one.
		intPart := strings.Join(groups[:len(groups)-1], "")
		frac := groups[len(groups)-1]
		v := parseInt(intPart) + parseInt(frac)/math.Pow(10, float64(len(frac)))
		return literal{values: []float64{v}, step: math.Pow(10, -float64(len(frac)))}
	}
	frac := groups[1]
	dec := parseInt(groups[0]) + parseInt(frac)/math.Pow(10, float64(len(frac)))
	decStep := math.Pow(10, -float64(len(frac)))
	switch {
	case last == '٫':
		return literal{values: []float64{dec}, step: decStep}
	case last == '٬' || last == '\'' || last == '’' || article.IsSpace(last) || last == ' ':
		return literal{values: []float64{parseInt(joined)}, step: intStep(joined)}
	case len(frac) == 3 && grouped:
		// 1,500: a thousands separator in English, a decimal comma
		// in German; both readings stay.
		return literal{values: []float64{parseInt(joined), dec}, step: intStep(joined)}
	}
	return literal{values: []float64{dec}, step: decStep}
}

// intStep returns the rounding granularity of an integer as written: 1 for
// "12", 100 for "1500".
func intStep(digits string) float64 {
	z := 0
	for k := len(digits) - 1; k > 0 && digits[k] == '0'; k-- {
		z++
	}
	return math.Pow(10, float64(z))
}

func parseInt(digits string) float64 {
	v := 0.0
	for i := 0; i < len(digits); i++ {
		v = v*10 + float64(digits[i]-'0')
	}
	return v
}

// suffixes reads what follows a number at j: attached signs and scales, a
// scale word, a unit, and marks dates, times and ordinals. It returns the
// end of the mention.
func (sc *scanner) suffixes(m *mention, j int) int {
	s := sc.s
	scaled := false
	applyScale := func(scales []float64) {
		var vs []float64
		for _, sc := range scales {
			for _, v := range m.values {
				vs = append(vs, v*sc)
			}
		}
		m.step *= scales[0]
		m.values = vs
		scaled = true
	}
	// Chinese, Japanese and Korean scales and units follow directly.
	if k, scales := cjkScaleAt(s, j); k > j {
		applyScale(scales)
		j = k
		// 1億2000万: a compound of two scaled numbers.
		if j < len(s) && isDigitByte(s, j) {
			lit, k2 := readLiteral(s, j)
			if k3, sc2 := cjkScaleAt(s, k2); k3 > k2 {
				for i := range m.values {
					m.values[i] += lit.values[0] * sc2[0]
				}
				m.step = lit.step * sc2[0]
				j = k3
			}
		}
	}
	if k, u := cjkUnitAt(s, j); k > j {
		m.unit, m.end, m.quoteEnd = u, k, k
		if u == noUnit {
			m.claim = false
		}
		return k
	}
	if j < len(s) && (strings.HasPrefix(s[j:], "年") || strings.HasPrefix(s[j:], "月") ||
		strings.HasPrefix(s[j:], "日") || strings.HasPrefix(s[j:], "時") || strings.HasPrefix(s[j:], "点") ||
		strings.HasPrefix(s[j:], "년") || strings.HasPrefix(s[j:], "월") || strings.HasPrefix(s[j:], "일") || strings.HasPrefix(s[j:], "시")) {
		m.claim = false // dates and times
		m.end, m.quoteEnd = j, j
		return j
	}
	// A percent sign, attached or after a space.
	k := skipSpaces(s, j, 1)
	if r, n := utf8.DecodeRuneInString(s[k:]); r == '%' || r == '٪' || r == '％' || r == '‰' {
		if r == '‰' {
			m.claim = false
		}
		m.unit = percent
		m.end, m.quoteEnd = k+n, k+n
		return k + n
	}
	// Letters glued to the number: a scale ("5bn", "10k"), a unit
	// ("12h", "5km"), an ordinal ("3rd") or a code ("4K", "5G").
	if j < len(s) && startsWord(s, j) {
		w, end := sc.word(j)
		f := tokens.Fold(w)
		switch {
		case ordinalSuffixes[f]:
			m.claim = false
			m.end, m.quoteEnd = end, end
			return end
		case (f == "m" || f == "b") && isCurrency(m.unit) || scaleWords[f] != nil && f != "m" && f != "b":
			// "£5m", "$2b", "10k", "5bn"
			applyScale(scaleWords[f])
			j = end
		case f == "m":
			m.unit = meter
			m.end, m.quoteEnd = end, end
			return end
		case unitWords[f] != "":
			m.unit = unitWords[f]
			m.end, m.quoteEnd = end, end
			return end
		case f == "h":
			m.unit = hour
			m.end, m.quoteEnd = end, end
			return end
		default:
			m.claim = false
			m.end, m.quoteEnd = end, end
			return end
		}
	}
	m.end, m.quoteEnd = j, j
	// Separated words: a hyphen makes a compound ("12-hour talks"), a
	// space a phrase ("three hours of meetings").
	compound := false
	k = j
	if k < len(s) && (s[k] == '-' || strings.HasPrefix(s[k:], "‑")) {
		_, n := utf8.DecodeRuneInString(s[k:])
		if k+n < len(s) && startsWord(s, k+n) {
			compound = true
			k += n
		}
	} else {
		k = skipSpaces(s, k, 2)
	}
	if k == j || !startsWord(s, k) {
		return j
	}
	w, end := sc.word(k)
	f := tokens.Fold(w)
	if compound && ordinalSuffixes[f] {
		m.claim = false
		m.end, m.quoteEnd = end, end
		return end
	}
	if scales := scaleWords[f]; scales != nil && !scaled && len(f) > 1 && !compound {
		applyScale(scales)
		m.end, m.quoteEnd = end, end
		// "mil millones": a scale of a scale.
		k2 := skipSpaces(s, end, 2)
		if startsWord(s, k2) {
			w2, end2 := sc.word(k2)
			if s2 := scaleWords[tokens.Fold(w2)]; s2 != nil && len(tokens.Fold(w2)) > 1 {
				applyScale(s2)
				m.end, m.quoteEnd = end2, end2
				end = end2
			}
		}
		k = skipSpaces(s, end, 2)
		if !startsWord(s, k) {
			return end
		}
		w, end = sc.word(k)
		f = tokens.Fold(w)
	}
	u, ok := lookupUnit(f)
	if !ok && percentFirst[f] {
		// "per cent", "pour cent", "por ciento", "في المئة"
		k2 := skipSpaces(s, end, 2)
		if startsWord(s, k2) {
			if w2, end2 := sc.word(k2); percentSecond[tokens.Fold(w2)] {
				u, ok, end = percent, true, end2
			}
		}
	}
	if !ok {
		return m.end
	}
	if u == noUnit {
		// "12-uhrig": clock times.
		m.claim = false
		return m.end
	}
	if m.unit != noUnit && m.unit != u && !isCurrency(m.unit) {
		return m.end
	}
	if m.unit == noUnit || !isCurrency(m.unit) {
		m.unit = u
	}
	m.end, m.quoteEnd = end, end
	if u == year && (followsWord(s, end, "old") || isCalendarYear(m.values)) {
		m.claim = false // an age: "30-year-old"
	}
	// The quote takes the noun of a compound ("12-hour talks") or an "of"
	// phrase ("three hours of meetings").
	k = skipSpaces(s, end, 1)
	if compound && k == end && k < len(s) && s[k] == '-' {
		k++ // "49-Euro-Ticket"
	}
	if startsWord(s, k) {
		w2, end2 := sc.word(k)
		f2 := tokens.Fold(w2)
		switch {
		case compound:
			m.quoteEnd = end2
		case isOf(f2):
			if k3 := skipSpaces(s, end2, 1); startsWord(s, k3) {
				_, end3 := sc.word(k3)
				m.quoteEnd = end3
			}
		}
	}
	return end
}

// numberWord reads an English number word phrase at i ("three",
// "twenty-five", "a dozen"), or a number word of another language, which
// only ever supports headline numbers.
func (sc *scanner) numberWord(i int, w string, end int) (mention, int, bool) {
	s := sc.s
	// Most words are not number words: fold them into scratch space
	// and look them up without making a string.
	f := w
	switch lower, letters := asciiLetters(w); {
	case lower:
		if !mayStartNumber(w) || !numberStarts[w] {
			return mention{}, 0, false
		}
	case letters && !numberStartShape(w[0]|0x20, len(w)):
		// ASCII letters fold to small letters, one for one.
		return mention{}, 0, false
	default:
		sc.buf = tokens.AppendFold(sc.buf[:0], w)
		if !mayStartNumber(sc.buf) || !numberStarts[string(sc.buf)] {
			return mention{}, 0, false
		}
		f = string(sc.buf)
	}
	v, vend, ok := englishNumber(sc, f, end)
	if !ok {
		vals := numberWords[f]
		if vals == nil {
			return mention{}, 0, false
		}
		return mention{start: i, end: end, quoteStart: i, quoteEnd: end, numStart: i, numEnd: end, values: vals, raw: vals[0], step: 1}, end, true
	}
	m := mention{start: i, end: vend, quoteStart: i, quoteEnd: vend, numStart: i, numEnd: vend, values: []float64{v}, raw: v, step: 1, claim: true}
	if f == "one" || f == "a" {
		// "one of the", "one day": too often not a count.
		m.claim = false
	}
	j := sc.suffixes(&m, vend)
	m.hedge, m.quoteStart = hedgeBefore(s, m.quoteStart)
	return m, j, true
}

// englishNumber reads a composed English number starting with the word
// that ends at end and folds to f: "twelve", "twenty-five", "three
// hundred", "a dozen", "two million".
func englishNumber(sc *scanner, f string, end int) (float64, int, bool) {
	s := sc.s
	// "a dozen", "a hundred"
	if f == "a" || f == "an" {
		k := skipSpaces(s, end, 1)
		if !startsWord(s, k) {
			return 0, 0, false
		}
		w2, end2 := sc.word(k)
		switch tokens.Fold(w2) {
		case "dozen":
			return 12, end2, true
		case "hundred":
			return 100, end2, true
		case "thousand":
			return 1000, end2, true
		}
		return 0, 0, false
	}
	total, cur := 0.0, 0.0
	read, last := false, end
	for {
		if v, ok := englishUnits[f]; ok {
			cur += v
		} else if v, ok := englishTens[f]; ok {
			cur += v
			// "twenty-five"
			if end+1 < len(s) && s[end] == '-' && startsWord(s, end+1) {
				w2, end2 := sc.word(end + 1)
				if u, ok := englishUnits[tokens.Fold(w2)]; ok && u > 0 && u < 10 {
					cur += u
					end = end2
				}
			}
		} else if scale, ok := englishScales[f]; ok && read {
			if cur == 0 {
				cur = 1
			}
			if scale == 100 {
				cur *= 100
			} else {
				total += cur * scale
				cur = 0
			}
		} else {
			break
		}
		read, last = true, end
		k := skipSpaces(s, end, 1)
		if !startsWord(s, k) {
			break
		}
		var w string
		w, end = sc.word(k)
		f = tokens.Fold(w)
		if f == "and" { // "three hundred and five"
			k2 := skipSpaces(s, end, 1)
			if !startsWord(s, k2) {
				break
			}
			w2, end2 := sc.word(k2)
			f2 := tokens.Fold(w2)
			if _, ok := englishUnits[f2]; !ok {
				break
			}
			f, end = f2, end2
		}
	}
	if !read {
		return 0, 0, false
	}
	return total + cur, last, true
}

// cjkNumeral reads a number written in Chinese or Japanese numerals
// ("三", "十二", "三千五百"), which only ever supports headline numbers.
func (sc *scanner) cjkNumeral(i int) (mention, int, bool) {
	s := sc.s
	j := i
	total, section, digit := 0.0, 0.0, -1.0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if d, ok := cjkDigits[r]; ok {
			digit = d
			j += n
			continue
		}
		mult, ok := cjkMultipliers[r]
		if !ok {
			break
		}
		if digit < 0 {
			digit = 1
		}
		if mult >= 1e4 {
			total += (section + digit) * mult
			section = 0
		} else {
			section += digit * mult
		}
		digit = -1
		j += n
	}
	if digit < 0 {
		digit = 0
	}
	v := total + section + digit
	if j == i || v == 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return mention{}, i + n, false
	}
	m := mention{start: i, end: j, quoteStart: i, quoteEnd: j, numStart: i, numEnd: j, values: []float64{v}, raw: v, step: 1}
	if k, u := cjkUnitAt(s, j); k > j {
		m.unit = u
		m.end, m.quoteEnd = k, k
	}
	return m, j, true
}

var cjkDigits = map[rune]float64{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

var cjkMultipliers = map[rune]float64{
	'十': 10, '百': 100, '千': 1000, '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8,
}

func isCJKNumeral(r rune) bool {
	if r < '〇' { // the smallest of them
		return false
	}
	_, d := cjkDigits[r]
	_, m := cjkMultipliers[r]
	return d || m
}

// cjkScaleAt returns the end of a Chinese, Japanese or Korean scale written
// at j, and its value.
func cjkScaleAt(s string, j int) (int, []float64) {
	if j >= len(s) || !cjkScaleFirst[s[j]] {
		return j, nil
	}
	for _, c := range cjkScales {
		if strings.HasPrefix(s[j:], c.text) {
			return j + len(c.text), []float64{c.scale}
		}
	}
	return j, nil
}

// cjkUnitAt returns the end of a Chinese, Japanese or Korean unit written at
// j, and the unit.
func cjkUnitAt(s string, j int) (int, unit) {
	if j >= len(s) || !cjkUnitFirst[s[j]] {
		return j, noUnit
	}
	for _, c := range cjkUnits {
		if strings.HasPrefix(s[j:], c.text) {
			return j + len(c.text), c.unit
		}
	}
	return j, noUnit
}

// prefixUnit finds a currency sign or prefix unit right before offset i
// ("$18", "US$ 5", "Rs 300", "yüzde 5", "百分之5"), returning the unit and
// where it starts.
func prefixUnit(s string, i int) (unit, int, bool) {
	k := i
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if r != ' ' && !article.IsSpace(r) {
			break
		}
		k -= n
		if i-k > 3 {
			return noUnit, i, false
		}
	}
	if strings.HasSuffix(s[:k], "百分之") {
		return percent, k - len("百分之"), true
	}
	dot := 0
	if strings.HasSuffix(s[:k], ".") { // "Rs. 300"
		dot = 1
	}
	k -= dot
	// A sign, or a word of letters and signs before it.
	start := k
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !tokens.IsLetter(r) && !strings.ContainsRune("$€£¥₹₩₽₺%", r) {
			break
		}
		start -= n
	}
	w := s[start:k]
	if w == "" || dot == 1 && w != "Rs" {
		return noUnit, i, false
	}
	if u, ok := prefixUnits[w]; ok {
		return u, start, true
	}
	if u, ok := prefixUnits[tokens.Fold(w)]; ok {
		return u, start, true
	}
	// A sign glued to letters: "US$", "R$", "A$".
	for _, sign := range []string{"$", "€", "£", "¥", "₹"} {
		if strings.HasSuffix(w, sign) {
			if sign == "$" && w != "$" && w != "US$" {
				return noUnit, i, false // another dollar
			}
			return prefixUnits[sign], k - len(sign), true
		}
	}
	return noUnit, i, false
}

// hedgeBefore returns the qualifier of a number that starts at i and where
// the quoted phrase then starts.
func hedgeBefore(s string, i int) (hedge, int) {
	k := skipSpacesBack(s, i)
	w1s := wordStartBack(s, k)
	if w1s == k {
		return exactly, i
	}
	if r := lastRune(s[:k]); tokens.IsSpaceless(r) {
		for _, h := range cjkHedges {
			if strings.HasSuffix(s[w1s:k], h.text) {
				return h.hedge, k - len(h.text)
			}
		}
		return exactly, i
	}
	w1 := tokens.Fold(s[w1s:k])
	k2 := skipSpacesBack(s, w1s)
	w2s := wordStartBack(s, k2)
	if w2s < k2 {
		if h, ok := hedges[tokens.Fold(s[w2s:k2])+" "+w1]; ok {
			return h, w2s
		}
	}
	if h, ok := hedges[w1]; ok {
		return h, w1s
	}
	return exactly, i
}

// markRanges drops the claims of numbers that form a range or a score with
// the next number ("3-4 days", "3 to 4 days", "2005–2007", "3-3").
func markRanges(s string, ms []mention) {
	for k := 0; k+1 < len(ms); k++ {
		if ms[k+1].start < ms[k].end {
			continue // overlapping mentions are no range
		}
		gap := s[ms[k].end:ms[k+1].start]
		g := strings.TrimSpace(gap)
		if g == "" && len(gap) > 0 {
			continue
		}
		if g == "—" && len(gap) > len(g) {
			continue // a spaced em dash separates clauses
		}
		if g == "-" || g == "–" || g == "—" || g == "~" || g == "〜" || g == "～" || g == "/" || isRangeWord(g) {
			ms[k].claim, ms[k+1].claim = false, false
		}
	}
}

// isRangeWord reports whether g is a range word, in any case.
func isRangeWord(g string) bool {
	// Lower-casing maps a character of up to four bytes to one of at
	// least one: a gap longer than four times the longest range word
	// cannot be one, and is not lowered.
	return len(g) <= 4*maxRangeWord && rangeWords[strings.ToLower(g)]
}

// isDate reports whether the number in s[start:end] is part of a date: next
// to a month name.
func isDate(s string, start, end int) bool {
	k := skipSpaces(s, end, 2)
	if k < len(s) && s[k] == '.' { // "15. Juni"
		k = skipSpaces(s, k+1, 2)
	}
	var buf [64]byte
	if startsWord(s, k) {
		w, _ := (&scanner{s: s}).word(k)
		if months[string(tokens.AppendFold(buf[:0], strings.TrimSuffix(w, ".")))] {
			return true
		}
	}
	b := skipSpacesBack(s, start)
	if ws := wordStartBack(s, b); ws < b && months[string(tokens.AppendFold(buf[:0], s[ws:b]))] {
		return true
	}
	return false
}

func lookupUnit(f string) (unit, bool) {
	if u, ok := unitWords[f]; ok {
		return u, true
	}
	for _, p := range unitPrefixes {
		if strings.HasPrefix(f, p.prefix) {
			return p.unit, true
		}
	}
	return noUnit, false
}

// isCalendarYear reports whether a number of years is rather a year of the
// calendar ("в 2011 году", "2024 yılı").
func isCalendarYear(vs []float64) bool {
	v := vs[0]
	return v == math.Trunc(v) && v >= 1800 && v <= 2100
}

// isPrefixScript reports whether r belongs to a script that glues
// prepositions to the number after them (Arabic "بـ6", Hebrew "ב5").
func isPrefixScript(r rune) bool {
	return r == 0x0640 || unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Hebrew, r) // 0x0640: tatweel
}

func isCurrency(u unit) bool {
	switch u {
	case usd, eur, gbp, jpy, cny, inr, krw, rub, try, zar:
		return true
	}
	return false
}

func isOf(f string) bool {
	switch f {
	case "of", "de", "des", "du", "del", "di", "von", "der", "do", "da", "van":
		return true
	}
	return false
}

// word returns the word starting at i (letters, marks and inner
// apostrophes) and its end.
func (sc *scanner) word(i int) (string, int) {
	s := sc.s
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && c != '\'' {
			// Of ASCII, only letters and apostrophes belong to words.
			if !isASCIILetter(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if sc.cls.IsWordRune(r) && !sc.isDigit(r) {
			j += n
			continue
		}
		if (r == '\'' || r == '’') && j+n < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[j+n:])
			if sc.cls.IsLetter(r2) && j > i {
				j += n
				continue
			}
		}
		break
	}
	if j == i {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[i : i+n], i + n
	}
	return s[i:j], j
}

func followsWord(s string, i int, want string) bool {
	k := i
	if k < len(s) && s[k] == '-' {
		k++
	} else {
		k = skipSpaces(s, k, 1)
	}
	if !startsWord(s, k) {
		return false
	}
	w, _ := (&scanner{s: s}).word(k)
	return tokens.Fold(w) == want
}

func startsWord(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return tokens.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	_, ok := tokens.DigitValue(r)
	return ok
}

// isDigit is isDigit with the scanner's classifier.
func (sc *scanner) isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	_, ok := sc.cls.DigitValue(r)
	return ok
}

// asciiLetters reports whether s holds only ASCII letters, and whether
// they are all small letters, which fold to themselves.
func asciiLetters(s string) (lower, letters bool) {
	lower = true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			lower = false
		default:
			return false, false
		}
	}
	return lower, true
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigitByte(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isDigit(r)
}

// digitRun counts the digits starting at i.
func digitRun(s string, i int) int {
	n := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) {
			break
		}
		n++
		i += size
	}
	return n
}

func isNumberSeparator(r rune) bool {
	switch r {
	case ',', '.', '\'', '’', ' ', '\u00A0', '\u202F', '\u2009', '٬', '٫':
		return true
	}
	return false
}

// skipSpaces skips at most max white-space characters from i.
func skipSpaces(s string, i, max int) int {
	for n := 0; n < max && i < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != ' ' && !article.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func skipSpacesBack(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r != ' ' && !article.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// wordStartBack returns the start of the word of letters ending at i.
func wordStartBack(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !tokens.IsLetter(r) && !unicode.IsMark(r) && r != '\'' && r != '’' {
			break
		}
		i -= n
	}
	return i
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
