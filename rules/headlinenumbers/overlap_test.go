package headlinenumbers

import "testing"

// TestScanSignBetweenNumbers checks texts where a percent or currency sign
// stands between two numbers: it belongs to the first, and the mentions
// never overlap. (A sign taken by both once made the scanner panic.)
func TestScanSignBetweenNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"rose 5% 3 times", "5%=[5] percent claim; 3=[3]"},
		{"5 % 3", "5 %=[5] percent claim; 3=[3]"},
		{"03%3", "03%=[3] percent claim; 3=[3]"},
		{"百分之5百分之6", "百=[100]; 5百分之=[500]; 6=[6]"},
		{"Rs 5Rs 6", "Rs 5Rs=[5] INR; 6=[6]"},
		{"$5 $6", "$5=[5] USD claim; $6=[6] USD claim"},
	}
	for _, tt := range tests {
		ms := scan(tt.in)
		for k := 0; k+1 < len(ms); k++ {
			if ms[k+1].start < ms[k].end {
				t.Errorf("scan(%q): mentions %d and %d overlap", tt.in, k, k+1)
			}
		}
		if got := describe(tt.in); got != tt.want {
			t.Errorf("scan(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}
