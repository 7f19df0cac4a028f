package config_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/config"
	"github.com/newslint/newslint/rules/trailingwhitespace"
)

// Example resolves the configuration of two articles, one of them under an
// override, and shows a configuration error.
func Example() {
	if err := example(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// news/a.txt: languages [en], trailing-whitespace off: false
	// wire/dpa/b.txt: languages [de], trailing-whitespace off: true
	// drafts/c.txt: excluded
	// line 2, column 24, key rules.trailing-whitespace: unknown severity "loud" (want off, info, warning or error)
}

func example() error {
	dir, err := os.MkdirTemp("", "newslint-example")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	write := func(name, content string) (string, error) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", err
		}
		return p, os.WriteFile(p, []byte(content), 0o644)
	}
	_, err = write(config.FileName, `
language: en
exclude: ["drafts/**"]
overrides:
  - files: ["wire/**/*.txt"]
    language: de
    rules:
      trailing-whitespace: off
`)
	if err != nil {
		return err
	}
	l, err := lint.New(lint.UnusedSuppression(), trailingwhitespace.New())
	if err != nil {
		return err
	}
	r := config.NewResolver(l, "")
	for _, name := range []string{"news/a.txt", "wire/dpa/b.txt", "drafts/c.txt"} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		f, err := r.For(path)
		if err != nil {
			return err
		}
		if f.Excluded(path) {
			fmt.Printf("%s: excluded\n", name)
			continue
		}
		s := f.Settings(path)
		fmt.Printf("%s: languages %v, trailing-whitespace off: %v\n", name, s.Languages, s.Rules["trailing-whitespace"].Off)
	}

	bad, err := write("bad/"+config.FileName, "rules:\n  trailing-whitespace: loud\n")
	if err != nil {
		return err
	}
	_, err = config.Load(bad, l)
	var ce *config.Error
	if !errors.As(err, &ce) {
		return fmt.Errorf("want a configuration error, got %w", err)
	}
	fmt.Printf("line %d, column %d, key %s: %s\n", ce.Line, ce.Column, ce.Key, ce.Msg)
	return nil
}
