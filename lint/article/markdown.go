package article

// parseMarkdown parses a Markdown article. Until the Markdown parser lands,
// Markdown is read with the plain-text layout.
func parseMarkdown(a *Article) error {
	parseText(a)
	return nil
}
