// Package config loads newslint's configuration files and turns them into
// the settings of each article.
//
// # Finding the configuration
//
// A configuration file is named .newslint.yaml (or .newslint.yml; a
// folder may hold only one of them). Each article uses the file nearest to
// it: the one in its own folder, else in the closest folder above, up to
// the root of the file system. Files are not merged: the nearest one is
// the whole configuration. The --config flag names one file that every
// article uses instead (see NewResolver). An article with no configuration
// file runs every rule with its defaults.
//
// # The file format
//
// The file is a YAML mapping; every key is optional and an empty file is
// valid:
//
//	language: en                 # the main language of the articles (BCP 47)
//	languages: [en, es]          # every language the publication writes in
//	include: ["**/*.txt", "**/*.md"]
//	exclude: ["drafts/**"]
//	rules:
//	  trailing-whitespace: off   # shorthand: off | info | warning | error
//	  repeated-spaces:
//	    severity: info           # off | info | warning | error
//	  mixed-language:
//	    severity: error
//	    candidates: [en, es, de] # any other key is a rule option
//	overrides:                   # settings for some of the files
//	  - files: ["wire/**/*.txt"]
//	    language: de
//	    rules:
//	      boilerplate: off
//
// language and languages are BCP 47 tags such as en, pt-BR or zh-Hant;
// they are stored in canonical form. languages lists every language a
// bilingual publication writes in; when both keys are given, language is
// the main one and comes first. Without either, each article's own
// declaration is used, else its language is detected.
//
// include and exclude are lists of globs: a file is checked when an
// include glob matches it and no exclude glob does. The default include
// is every file with an extension newslint reads (see DefaultInclude);
// exclude is empty by default. File.Excluded applies them to a file, and
// File.ExcludedDir tells a directory walk which folders it can skip.
//
// rules maps rule names to settings: either a severity alone, or a
// mapping with an optional severity and the rule's options. off switches
// the rule off. The options a rule accepts are the fields of the value its
// lint.Rule.Options function returns, named by their yaml tags; options
// that are not set keep the rule's defaults.
//
// overrides is a list of settings for some files, each with files (a list
// of globs, required) and any of language, languages and rules. The
// settings of an article are the top-level ones, then those of every
// override whose globs match it, in order: a later override wins over an
// earlier one, and both win over the top level. An override's rule
// options replace the top-level options of the same name and keep the
// others. Overrides are how plain-text articles, which cannot hold
// suppression comments, switch rules off for some files.
//
// # Globs
//
// Globs are matched against the slash-separated path of a file relative
// to the folder that holds the configuration file, following .gitignore's
// conventions:
//
//   - * matches any run of characters other than /, ? matches one such
//     character, and [a-z] a character class (see path.Match);
//   - ** as a whole path segment matches any number of folders, none
//     included: "**/*.md" matches a.md and x/y/a.md;
//   - a glob without a slash, such as "*.txt" or "drafts", matches at any
//     depth; start it with / to match at the configuration's folder only;
//   - a glob that matches a folder matches every file below it: "drafts"
//     and "drafts/**" both exclude drafts/a.txt, and a glob ending in /
//     matches folders only.
//
// With --config, files outside the configuration's folder are matched by
// their path relative to it, which starts with ../; only ** matches such
// segments.
//
// # Errors
//
// An unknown key, an unknown rule, a bad severity, a bad language tag, an
// unknown or mistyped rule option and a bad glob are each reported as an
// *Error that names the file, line, column and key:
//
//	.newslint.yaml:7:5: rules.mixed-language.candidate: unknown option; did you mean "candidates"?
package config
