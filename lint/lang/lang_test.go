package lang_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/newslint/newslint/lint/lang"
)

func TestParse(t *testing.T) {
	tests := []struct {
		tag  string
		want lang.Language
		err  bool
	}{
		{"en", "en", false},
		{"en-US", "en", false},
		{"pt-BR", "pt", false},
		{"zh-Hant", "zh", false},
		{"no", "nb", false},
		{"nb", "nb", false},
		{" DE ", "de", false},
		{"und", "", true},
		{"", "", true},
		{"english", "", true},
		{"gsw", "", true}, // no two-letter code
	}
	for _, tt := range tests {
		got, err := lang.Parse(tt.tag)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("Parse(%q) = %q, %v; want %q, error %v", tt.tag, got, err, tt.want, tt.err)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		ls   []lang.Language
		want string
	}{
		{[]lang.Language{"es"}, "Spanish"},
		{[]lang.Language{"en", "fr"}, "English or French"},
		{[]lang.Language{"en", "fr", "de"}, "English, French or German"},
	}
	for _, tt := range tests {
		if got := lang.Names(tt.ls, "or"); got != tt.want {
			t.Errorf("Names(%v) = %q, want %q", tt.ls, got, tt.want)
		}
	}
}

func TestScriptOf(t *testing.T) {
	tests := []struct {
		r    rune
		want lang.Script
	}{
		{'a', lang.Latin}, {'É', lang.Latin}, {'ß', lang.Latin}, {'ő', lang.Latin},
		{'ж', lang.Cyrillic}, {'λ', lang.Greek}, {'ن', lang.Arabic}, {'ﺐ', lang.Arabic},
		{'中', lang.Han}, {'の', lang.Kana}, {'カ', lang.Kana}, {'ー', lang.Kana},
		{'한', lang.Hangul}, {'क', lang.Devanagari}, {'ท', lang.Thai}, {'א', lang.Hebrew},
		{'1', lang.NoScript}, {' ', lang.NoScript}, {'—', lang.NoScript}, {'\u0301', lang.NoScript},
	}
	for _, tt := range tests {
		if got := lang.ScriptOf(tt.r); got != tt.want {
			t.Errorf("ScriptOf(%q) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestDominant(t *testing.T) {
	tests := []struct {
		text string
		want lang.Script
	}{
		{"The leaders met in Anchorage.", lang.Latin},
		{"東京オリンピックは延期された。", lang.Kana},
		{"东京奥运会延期一年举行", lang.Han},
		{"国际奥委会主席巴赫（Thomas Bach）周二表示", lang.Han},
		{"美 대통령은 오늘 기자회견에서 말했다", lang.Hangul},
		{"Этот сайт использует файлы cookie", lang.Cyrillic},
		{"2025 — 14,500", lang.NoScript},
	}
	for _, tt := range tests {
		c := lang.CountLetters(tt.text)
		if got, _ := c.Dominant(); got != tt.want {
			t.Errorf("Dominant(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func newDetector(t testing.TB) *lang.Detector {
	t.Helper()
	d, err := lang.NewDetector(nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestNewDetectorRejectsUnknownCandidates(t *testing.T) {
	if _, err := lang.NewDetector([]lang.Language{"en", "mt"}); err == nil {
		t.Error("Maltese has no model, but NewDetector accepted it as a candidate")
	}
}

func TestMain(t *testing.T) {
	d := newDetector(t)
	tests := []struct {
		text string
		want lang.Language // "" for "cannot tell"
	}{
		{"The leaders met for three hours at the base, but they did not announce any agreement on a ceasefire.", "en"},
		{"Los líderes se reunieron durante tres horas en la base, pero no anunciaron ningún acuerdo sobre el alto el fuego.", "es"},
		{"Die Regierung hat sich am Dienstag auf einen Kompromiss geeinigt, der im nächsten Jahr in Kraft treten soll.", "de"},
		{"Vláda ve středu schválila návrh státního rozpočtu na příští rok, který počítá se schodkem.", "cs"},
		{"Правительство одобрило проект бюджета на следующий год, который предусматривает дефицит.", "ru"},
		{"東京オリンピックは新型コロナウイルスの影響で一年延期されることが決まった。", "ja"},
		{"国际奥委会主席巴赫周二表示，东京奥运会将推迟到2021年举行。", "zh"},
		// One long paragraph in another script does not outweigh the
		// article's own lines.
		{"东京奥运会延期一年举行\n国际奥委会主席巴赫周二表示，东京奥运会将推迟到2021年举行，这是现代奥运史上首次因疫情延期。\n" +
			"Этот сайт использует файлы cookie для улучшения работы. Продолжая просмотр, вы соглашаетесь с этим.", "zh"},
		{"Hi", ""},
		{"2025 14,500 — 12:00", ""},
	}
	for _, tt := range tests {
		g, ok := d.Main(tt.text)
		if !ok {
			g.Lang = ""
		}
		if g.Lang != tt.want {
			t.Errorf("Main(%.40q) = %q (%v), want %q", tt.text, g.Lang, g.Evidence, tt.want)
		}
	}
}

func TestForeign(t *testing.T) {
	d := newDetector(t)
	en := lang.Expect{Langs: []lang.Language{"en"}, MinLetters: 40, MinConfidence: 0.9}
	tests := []struct {
		name string
		text string
		e    lang.Expect
		want lang.Language // "" for not foreign
		by   lang.Evidence
	}{
		{"spanish paragraph", "El banco central mantuvo los tipos de interés sin cambios y dijo que seguirá vigilando la evolución de la inflación.", en, "es", lang.ByModel},
		{"english paragraph", "The central bank left interest rates unchanged and said it would keep watching inflation over the coming months.", en, "", 0},
		{"arabic line", "نموذج الاتصال", en, "ar", lang.ByScript},
		{"greek word", "Ευχαριστώ", en, "el", lang.ByScript},
		{"short spanish line", "Publicar un comentario", en, "", 0},
		{"names", "Zelenskyy met Putin in Anchorage, Alaska", en, "", 0},
		{"mixed scripts", "Putin (Путин) met Trump", en, "", 0},
		{"latin name in chinese", "Thomas Bach", lang.Expect{Langs: []lang.Language{"zh"}}, "", 0},
		{"english in chinese", "The committee said that the games would be held in the summer of 2021.", lang.Expect{Langs: []lang.Language{"zh"}}, "en", lang.ByScript},
		{"kanji-only heading in japanese", "首相官邸で会見", lang.Expect{Langs: []lang.Language{"ja"}}, "", 0},
		{"japanese in chinese", "この決定により、大会の準備作業は大幅に見直されることになる。", lang.Expect{Langs: []lang.Language{"zh"}}, "ja", lang.ByScript},
		{"bilingual publication", "El banco central mantuvo los tipos de interés sin cambios y dijo que seguirá vigilando la evolución de la inflación.",
			lang.Expect{Langs: []lang.Language{"en", "es"}, MinLetters: 40, MinConfidence: 0.9}, "", 0},
		{"german in czech", "Die Regierung in Prag will das Defizit in den kommenden Jahren deutlich senken, wie der Finanzminister am Mittwoch erklärte.",
			lang.Expect{Langs: []lang.Language{"cs"}, MinLetters: 40, MinConfidence: 0.9}, "de", lang.ByModel},
		{"portuguese in spanish", "O ministro afirmou que o programa vai ser financiado com fundos europeus e que as primeiras obras devem começar ainda este ano.",
			lang.Expect{Langs: []lang.Language{"es"}, MinLetters: 40, MinConfidence: 0.9}, "pt", lang.ByModel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := d.Foreign(tt.text, tt.e)
			if !ok {
				g = lang.Guess{}
			}
			if g.Lang != tt.want || ok && g.Evidence != tt.by {
				t.Errorf("Foreign = %q by %v (%.2f), want %q by %v", g.Lang, g.Evidence, g.Confidence, tt.want, tt.by)
			}
			if ok && (g.Confidence < 0.5 || g.Confidence > 1) {
				t.Errorf("confidence %v out of range", g.Confidence)
			}
		})
	}
}

// TestConcurrent shares one detector between goroutines, as the engine
// does when it checks files in parallel; run with -race.
func TestConcurrent(t *testing.T) {
	d := newDetector(t)
	texts := []string{
		"El banco central mantuvo los tipos de interés sin cambios y dijo que seguirá vigilando la evolución de la inflación.",
		"Die Regierung in Prag will das Defizit in den kommenden Jahren deutlich senken, wie der Finanzminister erklärte.",
		"O ministro afirmou que o programa vai ser financiado com fundos europeus e que as obras devem começar ainda este ano.",
	}
	want := []lang.Language{"es", "de", "pt"}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := i % len(texts)
			g, ok := d.Foreign(texts[k], lang.Expect{Langs: []lang.Language{"en"}, MinLetters: 40, MinConfidence: 0.9})
			if !ok || g.Lang != want[k] {
				errs <- fmt.Errorf("goroutine %d: %q, %v; want %q", i, g.Lang, ok, want[k])
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestScriptsOf(t *testing.T) {
	tests := []struct {
		l    lang.Language
		want string
	}{
		{"en", "Latin"}, {"ru", "Cyrillic"}, {"sr", "Cyrillic Latin"}, {"ja", "kana Han"},
		{"ko", "Hangul Han"}, {"el", "Greek"}, {"he", "Hebrew"}, {"hi", "Devanagari"},
	}
	for _, tt := range tests {
		var names []string
		for _, s := range lang.ScriptsOf(tt.l) {
			names = append(names, s.String())
		}
		if got := strings.Join(names, " "); got != tt.want {
			t.Errorf("ScriptsOf(%s) = %q, want %q", tt.l, got, tt.want)
		}
	}
}

// TestMainCloseLanguages checks that the function words that only one of
// two close languages uses tell them apart without the model.
func TestMainCloseLanguages(t *testing.T) {
	d := newDetector(t)
	tests := []struct {
		text string
		want lang.Language
	}{
		// Shared words outweigh the others: the weights of the two
		// languages are within minMainMargin of each other.
		{"Det er en sak som vi har på bordet, og det er ikke en sak for de som er i den. Han har sagt at det er en sak for oss, men vi kan ikke si om det er en sak som de vil ta til seg. " +
			"Det er også en sak for dem som har vært med, og det er det vi må se på nå etter at han sa det. Hva de sier om det, og hva vi gjør, blir noe annet. Hun sier at det blir mye av det etter møtet.", "nb"},
		{"Det er en sag som vi har på bordet, og det er ikke en sag for de som er i den. Han har sagt at det er en sag for os, men vi kan ikke sige om det er en sag som de vil tage til sig. " +
			"Det er også en sag for dem som har været med, og det er det vi må se på nu efter at han sagde det. Hvad de siger om det, og hvad vi gør, bliver noget andet. Hun siger at det bliver meget af det efter mødet.", "da"},
	}
	for _, tt := range tests {
		g, ok := d.Main(tt.text)
		if !ok || g.Lang != tt.want || g.Evidence != lang.ByWords {
			t.Errorf("Main(%.40q) = %q by %v (%v), want %q by words", tt.text, g.Lang, g.Evidence, ok, tt.want)
		}
	}
}
