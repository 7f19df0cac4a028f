// Command newslint lints news articles for content hygiene. Run
// "newslint --help" for its usage.
package main

import (
	"os"

	"github.com/newslint/newslint/cmd/internal/cli"
)

func main() {
	os.Exit((&cli.Command{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}).Main(os.Args[1:]))
}
