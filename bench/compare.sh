#!/usr/bin/env bash
# Times newslint, Vale and markdownlint-cli2 on the same files, side by side,
# and prints the results as Markdown (the tables of BENCHMARKS.md).
#
#   bench/compare.sh            # 5 runs of each case
#   bench/compare.sh -n 9       # 9 runs of each case
#
# Cases: the whole shared corpus (../shared/corpus, beside the repository)
# and a single article, the pre-commit case (the reference article
# testdata/article.txt). Each tool reads the same files: the corpus articles
# copied as Markdown (.md, which markdownlint-cli2 requires), and newslint
# and Vale also read the original plain-text (.txt) files. Each cell is the
# median of the runs: wall time and peak resident memory as measured by GNU
# time (/usr/bin/time -v).
#
# The tools are installed outside the repository, in $BENCH_TOOLS (default
# ~/.cache/newslint-bench): Vale with go install from the Go module proxy,
# with its built-in default style "Vale" (.vale.ini: MinAlertLevel =
# suggestion, BasedOnStyles = Vale), and markdownlint-cli2 from npm with its
# default configuration. GNU time, Node.js and npm come from Debian when
# missing (as root).
#
# Environment: CORPUS (the corpus folder), BENCH_TOOLS (where tools go),
# KEEP=1 (keep the work folder).
set -euo pipefail

runs=5
while getopts "n:h" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    *) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

# Pinned versions. Vale's module moved from github.com/errata-ai/vale to
# github.com/vale-cli/vale; v3.22.0 is the newest release whose dependencies
# the module proxy serves.
VALE_MODULE=github.com/vale-cli/vale/v3
VALE_VERSION=v3.22.0
MARKDOWNLINT_CLI2_VERSION=0.22.1 # the newest release that runs on Node.js 20

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${CORPUS:-$repo/../shared/corpus}"
tools="${BENCH_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/newslint-bench}"
work="$(mktemp -d)"
if [ "${KEEP:-}" != 1 ]; then
  trap 'rm -rf "$work"' EXIT
fi

log() { echo "compare: $*" >&2; }

# --- tools ---------------------------------------------------------------

apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    log "$1 is missing; install it (Debian package $2)"
    exit 1
  fi
  log "installing $2 from Debian"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

[ -x /usr/bin/time ] || apt_install "GNU time" time
command -v npm >/dev/null || apt_install npm npm

mkdir -p "$tools"
vale="$tools/vale-$VALE_VERSION/vale"
if [ ! -x "$vale" ]; then
  log "installing Vale $VALE_VERSION"
  GOBIN="$(dirname "$vale")" GOFLAGS=-mod=mod go install "$VALE_MODULE/cmd/vale@$VALE_VERSION"
fi
mdl="$tools/markdownlint-cli2-$MARKDOWNLINT_CLI2_VERSION/node_modules/.bin/markdownlint-cli2"
if [ ! -x "$mdl" ]; then
  log "installing markdownlint-cli2 $MARKDOWNLINT_CLI2_VERSION"
  npm install --silent --no-audit --no-fund --prefix "$(dirname "$(dirname "$(dirname "$mdl")")")" \
    "markdownlint-cli2@$MARKDOWNLINT_CLI2_VERSION" >/dev/null
fi
log "building newslint"
(cd "$repo" && go build -trimpath -o "$work/newslint" ./cmd/newslint)
newslint="$work/newslint"

# --- inputs ----------------------------------------------------------------

if [ ! -f "$corpus/manifest.json" ]; then
  log "no corpus at $corpus (set CORPUS)"
  exit 1
fi
mkdir -p "$work/txt" "$work/md" "$work/one" "$work/styles"
(cd "$corpus" && find . -name '*.txt' -type f) | while read -r f; do
  mkdir -p "$work/txt/$(dirname "$f")" "$work/md/$(dirname "$f")"
  cp "$corpus/$f" "$work/txt/$f"
  cp "$corpus/$f" "$work/md/${f%.txt}.md"
done
cp "$repo/testdata/article.txt" "$work/one/article.txt"
cp "$repo/testdata/article.txt" "$work/one/article.md"
# A clean English article: the first English one of the corpus with no
# recorded defect.
mkdir -p "$work/pick"
cat >"$work/pick/main.go" <<'EOF'
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

func main() {
	var m struct {
		Articles []struct {
			Path         string   `json:"path"`
			Language     string   `json:"language"`
			KnownDefects []string `json:"known_defects"`
		} `json:"articles"`
	}
	data, err := os.ReadFile(os.Args[1])
	if err == nil {
		err = json.Unmarshal(data, &m)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var paths []string
	for _, a := range m.Articles {
		if a.Language == "en" && len(a.KnownDefects) == 0 {
			paths = append(paths, a.Path)
		}
	}
	slices.Sort(paths)
	fmt.Println(paths[0])
}
EOF
clean_en="$(cd "$work/pick" && GO111MODULE=off go run main.go "$corpus/manifest.json")"
cp "$corpus/$clean_en" "$work/one/clean-en.txt"
files=$(find "$work/txt" -name '*.txt' | wc -l)
bytes=$(find "$work/txt" -name '*.txt' -exec cat {} + | wc -c)

cat >"$work/.vale.ini" <<'EOF'
StylesPath = styles
MinAlertLevel = suggestion

[*.{md,txt}]
BasedOnStyles = Vale
EOF

# --- measuring -------------------------------------------------------------

# calc EXPR evaluates an arithmetic expression (awk syntax).
calc() { awk "BEGIN { x = $1; if (x == int(x)) print x; else printf \"%.3f\\n\", x }"; }

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# measure LABEL INPUT CMD...: runs CMD in the work folder $runs times after
# one warm-up run and prints a table row with the median wall time and peak
# memory.
measure() {
  local case="$1" tool="$2" input="$3"
  shift 3
  local times=() mems=() i out="$work/time.out" status start end
  (cd "$work" && "$@" >/dev/null 2>&1) || true # warm-up: file cache, first-run setup
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    (cd "$work" && /usr/bin/time -v -o "$out" "$@" >/dev/null 2>"$work/stderr") || true
    end=$(date +%s%N)
    status=$(awk -F': ' '/Exit status/ {print $2}' "$out")
    if [ "${status:-0}" -gt 1 ]; then
      log "$tool on $input failed (exit $status):"
      head -5 "$work/stderr" >&2
    fi
    times+=("$(calc "($end - $start) / 1e9")")
    mems+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out")")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | median)
  m=$(printf '%s\n' "${mems[@]}" | median)
  printf '| %s | %s | %s | %.3f | %.0f |\n' "$case" "$tool" "$input" "$t" "$(calc "$m / 1024")"
  echo "$case|$tool|$input|$t|$m" >>"$work/results"
}

newslint_version="$("$newslint" version | sed 's/^newslint version //')"
if [ "$newslint_version" = devel ] && rev=$(git -C "$repo" rev-parse --short=12 HEAD 2>/dev/null); then
  if [ -n "$(git -C "$repo" status --porcelain 2>/dev/null | head -1)" ]; then
    rev="$rev, with uncommitted changes"
  fi
  newslint_version="devel ($rev)"
fi
vale_version="$("$vale" --version 2>/dev/null | awk '{print $NF}')"
[ "$vale_version" = master ] && vale_version="$VALE_VERSION"

cat <<EOF
## Machine

- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
- Memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
- Load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg)
- $(go version)
- Tools: newslint $newslint_version, Vale $vale_version (default style \`Vale\`), markdownlint-cli2 $("$mdl" --help 2>/dev/null | head -1 | sed 's/^markdownlint-cli2 //'), Node.js $(node --version)
- Input: the shared corpus, $files articles, $bytes bytes; the reference article (testdata/article.txt); a clean English corpus article ($clean_en)

Median of $runs runs after one warm-up run: wall time of the whole process, and its peak resident memory as \`/usr/bin/time -v\` reports it.

| case | tool | files | wall (s) | peak memory (MiB) |
|---|---|---|---|---|
EOF

all="newslint check"
nodetect="newslint check --ignore mixed-language,boilerplate"
measure corpus "$all" ".txt" "$newslint" check --exit-zero txt
measure corpus "$nodetect" ".txt" "$newslint" check --exit-zero --ignore mixed-language,boilerplate txt
measure corpus "$all" ".md" "$newslint" check --exit-zero md
measure corpus "$nodetect" ".md" "$newslint" check --exit-zero --ignore mixed-language,boilerplate md
measure corpus "vale" ".txt" "$vale" --no-exit --output line --glob='*.txt' txt
measure corpus "vale" ".md" "$vale" --no-exit --output line --glob='*.md' md
measure corpus "markdownlint-cli2" ".md" "$mdl" "md/**/*.md"
measure "one article" "$all" ".txt" "$newslint" check --exit-zero one/article.txt
measure "one article" "$nodetect" ".txt" "$newslint" check --exit-zero --ignore mixed-language,boilerplate one/article.txt
measure "one article" "$all" ".md" "$newslint" check --exit-zero one/article.md
measure "one article" "vale" ".txt" "$vale" --no-exit --output line one/article.txt
measure "one article" "vale" ".md" "$vale" --no-exit --output line one/article.md
measure "one article" "markdownlint-cli2" ".md" "$mdl" one/article.md
measure "clean English article" "$all" ".txt" "$newslint" check --exit-zero one/clean-en.txt
measure "clean English article" "$nodetect" ".txt" "$newslint" check --exit-zero --ignore mixed-language,boilerplate one/clean-en.txt

# --- targets ---------------------------------------------------------------

get() { awk -F'|' -v c="$1" -v t="$2" -v i="$3" -v f="$4" '$1 == c && $2 == t && $3 == i {print $f}' "$work/results"; }
verdict() { if [ "$(calc "($1) ? 1 : 0")" = 1 ]; then echo "met"; else echo "**not met**"; fi; }
ratio() { calc "$1 / $2"; }

c_all=$(get corpus "$all" .txt 4)
c_nod=$(get corpus "$nodetect" .txt 4)
c_vale=$(get corpus vale .txt 4)
o_all=$(get "one article" "$all" .txt 4)
o_vale=$(get "one article" vale .txt 4)
m_clean=$(get "clean English article" "$all" .txt 5)
cat <<EOF

## Targets

| target | measured | verdict |
|---|---|---|
| corpus: newslint (all rules) at least 2× faster than Vale | Vale $c_vale s / newslint $c_all s = $(ratio "$c_vale" "$c_all")× | $(verdict "$c_vale >= 2 * $c_all") |
| one article: newslint no slower than Vale | newslint $o_all s, Vale $o_vale s | $(verdict "$o_all <= $o_vale") |
| clean English article under 64 MiB peak | $(calc "$m_clean / 1024") MiB | $(verdict "$m_clean < 65536") |
| language detection costs at most as much again as all other rules (corpus wall time, all ≤ 2 × without detection) | all $c_all s, without mixed-language and boilerplate $c_nod s: $(ratio "$c_all" "$c_nod")× | $(verdict "$c_all <= 2 * $c_nod") |

Reproduce: \`bench/compare.sh -n $runs\` (needs ../shared/corpus beside the repository).
EOF
