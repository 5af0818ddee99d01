#!/usr/bin/env bash
# Scores a new blind article with the pipeline as it stands and records that first-contact table
# in the article's README, before any rule changes for it. Usage: scripts/first-contact.sh FOLDER
# (a folder holding <id>.txt or <id>.md, <id>.gold.json and README.md); it is then copied to
# tests/blind/<id>/.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1%/}
id=$(basename "$dir")
src=$(ls "$dir/$id".txt "$dir/$id".md 2>/dev/null | head -n 1 || true)
[ -n "$src" ] && [ -f "$dir/$id.gold.json" ] || { echo "$dir: needs $id.txt or $id.md and $id.gold.json" >&2; exit 2; }
[ -e "tests/blind/$id" ] && { echo "tests/blind/$id exists: first contact was recorded already" >&2; exit 2; }
tmp=$(mktemp -d)
npx tsx pipeline/run.ts "$src" --out "$tmp" --quiet > /dev/null
table=$(node ../shared/eval/score.mjs "$tmp/$id/article.json" "$dir/$id.gold.json" --source "$src")
rm -rf "$tmp"
cp -r "$dir" "tests/blind/$id"
readme="tests/blind/$id/README.md"
# a placeholder section the writer left for this is replaced, not repeated
python3 - "$readme" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
s = re.sub(r"\n## First-contact score\n(?:(?!\n## ).)*", "\n", s, flags=re.S)
open(p, "w").write(s.rstrip() + "\n")
PY
{
  printf '\n## First-contact score\n\nScored on %s with the pipeline at commit %s, before any rule was changed\nfor this article, by `node ../shared/eval/score.mjs <article.json> %s.gold.json --source <source>`:\n\n```\n%s\n```\n' \
    "$(date -u +%Y-%m-%d)" "$(git rev-parse --short HEAD)" "$id" "$table"
} >> "$readme"
echo "$table"
