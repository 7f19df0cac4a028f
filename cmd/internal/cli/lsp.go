package cli

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/cmd/internal/lsp"
)

func (e *env) lspCommand() *cobra.Command {
	var configPath string
	var stdio bool
	cmd := &cobra.Command{
		Use:   "lsp [flags]",
		Short: "Run the language server for editors",
		Long: `Run newslint as a language server: editors start it and speak the Language
Server Protocol with it over standard input and output.

The server checks the text the editor holds, saved or not, when a document is
opened and after every change, and reports the findings as diagnostics. Each
fix is offered as a code action (safe fixes as preferred quick fixes, unsafe
ones marked "(unsafe)"); the source.fixAll.newslint action and document
formatting apply every safe fix, as "newslint fix" does. Plain text and
Markdown documents are supported. Each document uses the .newslint.yaml nearest
to it (--config names one for all), read again when it changes.

Logs go to standard error (--log-level); standard output carries the protocol
only.`,
		Example: `  Neovim (init.lua):
    vim.lsp.start({ name = "newslint", cmd = { "newslint", "lsp" } })`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			l, err := e.newLinter()
			if err != nil {
				return err
			}
			err = lsp.Serve(cmd.Context(), e.c.Stdin, e.c.Stdout, lsp.Options{
				Linter:  l,
				Log:     e.log,
				Config:  configPath,
				Version: e.c.Version,
			})
			if errors.Is(err, lsp.ErrExitWithoutShutdown) {
				// The protocol's exit status when the client exits
				// without asking for a shutdown first.
				e.code = 1
				return nil
			}
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&configPath, "config", "", "use the configuration `file` for every document instead of the nearest .newslint.yaml")
	fl.BoolVar(&stdio, "stdio", true, "speak the protocol over standard input and output (the only transport; accepted because clients pass it)")
	return cmd
}
