package config

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newslint/newslint/lint"
)

// shareOptions check their range with Validate (lint.OptionsValidator).
type shareOptions struct {
	Share float64 `yaml:"share"`
}

func (o *shareOptions) Validate() error {
	if o.Share < 0 || o.Share > 1 {
		return fmt.Errorf("option share: %v is not between 0 and 1", o.Share)
	}
	return nil
}

func TestOptionsValidator(t *testing.T) {
	l, err := lint.New(fakeRule("share-rule", lint.Warning, func() any { return &shareOptions{Share: 0.5} }))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		yaml string
		want string // the error, or "" for none
	}{
		{"rules:\n  share-rule:\n    share: 0.9\n", ""},
		{"rules:\n  share-rule:\n    share: 1.5\n", "3:5: rules.share-rule: option share: 1.5 is not between 0 and 1"},
		{"overrides:\n  - files: [a.txt]\n    rules:\n      share-rule:\n        share: -1\n", "5:9: overrides[0].rules.share-rule: option share: -1 is not between 0 and 1"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		path := writeFile(t, dir, FileName, tt.yaml)
		_, err := Load(path, l)
		if tt.want == "" {
			if err != nil {
				t.Errorf("%q: %v", tt.yaml, err)
			}
			continue
		}
		var ce *Error
		if !errors.As(err, &ce) {
			t.Fatalf("%q: err = %v, want an *Error", tt.yaml, err)
		}
		if got, want := ce.Error(), filepath.Join(dir, FileName)+":"+tt.want; got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
}
