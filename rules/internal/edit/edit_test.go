package edit

import (
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

func TestDeleteBlock(t *testing.T) {
	tests := []struct {
		name, src string
		block     int
		want      string
	}{
		{"middle", "H\n\nA one\n\nB two\n\nC three\n", 2, "H\n\nA one\n\nC three\n"},
		{"middle with CRLF", "H\r\n\r\nA one\r\n\r\nB two\r\n\r\nC three\r\n", 2, "H\r\n\r\nA one\r\n\r\nC three\r\n"},
		{"last with final newline", "H\n\nA one\n\nB two\n", 2, "H\n\nA one\n"},
		{"last without final newline", "H\n\nA one\n\nB two", 2, "H\n\nA one"},
		{"keeps other blank lines", "H\n\nA one\n\n\u00a0\n\nB two\n\nC three", 2, "H\n\nA one\n\n\u00a0\n\nC three"},
		{"multi-line block", "H\n\nA one\nA two\n\nB two\n", 1, "H\n\nB two\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse("t.txt", []byte(tt.src), article.Text)
			if err != nil {
				t.Fatal(err)
			}
			e := DeleteBlock(a, tt.block)
			got, err := lint.ApplyEdits(a.Src, []lint.Edit{e})
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("deleting block %d of %q = %q, want %q", tt.block, tt.src, got, tt.want)
			}
		})
	}
}
