package article

// Suppression is an in-text directive that silences findings, such as the
// Markdown comment <!-- newslint-disable-next-line trailing-whitespace -->.
type Suppression struct {
	// Directive is the comment's own range, where an unused suppression is
	// reported.
	Directive Span
	// Rules are the rule names silenced; empty means every rule.
	Rules []string
	// Scope is the range whose findings are silenced: from the directive to
	// the matching enable directive (or the end of the article), or the
	// whole next line.
	Scope Span
}

// Silences reports whether the suppression covers a finding of rule that
// starts at offset.
func (s *Suppression) Silences(rule string, offset int) bool {
	if !s.Scope.Contains(offset) {
		return false
	}
	if len(s.Rules) == 0 {
		return true
	}
	for _, r := range s.Rules {
		if r == rule {
			return true
		}
	}
	return false
}
