package cli

import (
	"strings"

	"github.com/rs/zerolog"
)

// logLevels are the values --log-level accepts.
func logLevels() map[string]zerolog.Level {
	return map[string]zerolog.Level{
		"trace":    zerolog.TraceLevel,
		"debug":    zerolog.DebugLevel,
		"info":     zerolog.InfoLevel,
		"warn":     zerolog.WarnLevel,
		"error":    zerolog.ErrorLevel,
		"disabled": zerolog.Disabled,
	}
}

// setupLogger builds the logger from --log-level and --log-format. Logs
// go to standard error only.
func (e *env) setupLogger() error {
	level, ok := logLevels()[strings.ToLower(e.logLevel)]
	if !ok {
		return usagef("invalid --log-level %q (want trace, debug, info, warn, error or disabled)", e.logLevel)
	}
	switch e.logFormat {
	case "json":
		e.log = zerolog.New(e.c.Stderr).Level(level).With().Timestamp().Logger()
	case "console":
		w := zerolog.ConsoleWriter{
			Out:          e.c.Stderr,
			NoColor:      !e.colorFor(e.c.Stderr),
			PartsExclude: []string{zerolog.TimestampFieldName},
		}
		e.log = zerolog.New(w).Level(level)
	default:
		return usagef("invalid --log-format %q (want console or json)", e.logFormat)
	}
	return nil
}
