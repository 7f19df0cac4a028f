package headlinenumbers

import (
	"fmt"
	"strings"
	"testing"
)

// describe renders the mentions of s as "quote=values unit claim" items.
func describe(s string) string {
	var out []string
	for _, m := range scan(s) {
		item := fmt.Sprintf("%s=%v", s[m.quoteStart:m.quoteEnd], m.values)
		if m.unit != noUnit {
			item += " " + string(m.unit)
		}
		switch m.hedge {
		case about:
			item += " ~"
		case atLeast:
			item += " >="
		case atMost:
			item += " <="
		}
		if m.claim && m.unit != noUnit {
			item += " claim"
		}
		out = append(out, item)
	}
	return strings.Join(out, "; ")
}

func TestScan(t *testing.T) {
	tests := []struct{ in, want string }{
		// Units, compounds and quotes.
		{"12-hour talks yield no ceasefire", "12-hour talks=[12] hour claim"},
		{"After roughly three hours of meetings, Trump left", "roughly three hours of meetings=[3] hour ~ claim"},
		{"a 49-Euro-Ticket", "49-Euro-Ticket=[49] EUR claim"},
		{"Pendler zahlen 60 Prozent weniger", "60 Prozent=[60] percent claim"},
		{"a twelve-hour shift", "twelve-hour shift=[12] hour claim"},
		{"twenty-five people", "twenty-five people=[25] people claim"},
		{"three hundred and five days", "three hundred and five days=[305] day claim"},
		{"a dozen people", "a dozen people=[12] people"},
		{"one of the hours", "one=[1]"},
		// Separators, scales and currencies.
		{"1.5 million people", "1.5 million people=[1.5e+06] people claim"},
		{"1,500,000 people", "1,500,000 people=[1.5e+06] people claim"},
		{"1,500 people", "1,500 people=[1500 1.5] people claim"},
		{"2,5 Prozent", "2,5 Prozent=[2.5] percent claim"},
		{"$18 Billion in spending", "$18 Billion=[1.8e+10 1.8e+13] USD claim"},
		{"£5m deal", "£5m=[5e+06] GBP claim"},
		{"8,4 milyar lira", "8,4 milyar lira=[8.4e+09] TRY claim"},
		{"5% rise", "5%=[5] percent claim"},
		{"five percent", "five percent=[5] percent claim"},
		{"5 per cent", "5 per cent=[5] percent claim"},
		{"yüzde 5 arttı", "yüzde 5=[5] percent claim"},
		{"Rs 300 fine", "Rs 300=[300] INR claim"},
		{"a 100m sprint", "100m=[100] meter claim"},
		// Digits of other scripts.
		{"محادثات ١٢ ساعة", "١٢ ساعة=[12] hour claim"},
		{"ارتفع ٥ في المئة", "٥ في المئة=[5] percent claim"},
		{"ارتفاع بـ6 % خلال", "6 %=[6] percent claim"},
		{"१२ घंटे की बातचीत", "१२ घंटे=[12] hour claim"},
		{"１２時間の会談", "１２時間=[12] hour claim"},
		{"約３６キロ", "約３６キロ=[36] km ~ claim"},
		{"造成约12人受伤", "约12人=[12] people ~ claim"},
		{"بعد نحو 3 ساعات", "نحو 3 ساعات=[3] hour ~ claim"},
		{"लगभग 3 घंटे की बैठक", "लगभग 3 घंटे=[3] hour ~ claim"},
		{"36名香港游客", "36名=[36] people claim"},
		{"三个小时", "三个小时=[3] hour"},
		{"1.2億円", "1.2億円=[1.2e+08] JPY claim"},
		{"1億2000万円", "1億2000万円=[1.2e+08] JPY claim"},
		{"1000억원", "1000억원=[1e+11] KRW claim"},
		// Not quantities.
		{"G7 summit", "7=[7]"},
		{"COVID-19 cases", "19=[19]"},
		{"the 3rd day", "3rd=[3]"},
		{"at 10:30 hours", "10=[10]; 30 hours=[30] hour"},
		{"on 15 January", "15=[15]"},
		{"am 15. Juni", "15=[15]"},
		{"3-4 days", "3=[3]; 4 days=[4] day"},
		{"3 to 4 days", "3=[3]; 4 days=[4] day"},
		{"2005–2007", "2005=[2005]; 2007=[2007]"},
		{"in 2011 — 5 days later", "2011=[2011]; 5 days=[5] day claim"},
		{"a 30-year-old man", "30-year-old=[30] year"},
		{"in 2011 года", "2011 года=[2011] year"},
		{"2024年", "2024=[2024]"},
		{"the 1990s", "1990s=[1990]"},
		{"5G networks", "5G=[5]"},
		// Qualifiers.
		{"more than 100 people", "more than 100 people=[100] people >= claim"},
		{"Over 2000 personer", "Over 2000 personer=[2000] people >= claim"},
		{"up to 10 kg", "up to 10 kg=[10] kg <= claim"},
		{"bis zu 62 Jahre", "bis zu 62 Jahre=[62] year <= claim"},
	}
	for _, tt := range tests {
		if got := describe(tt.in); got != tt.want {
			t.Errorf("scan(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}
