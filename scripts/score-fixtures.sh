#!/usr/bin/env bash
# Scores every fixture's current pipeline output against its gold file (add --diff for the misses).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
for dir in tests/fixtures/*/; do
  id=$(basename "$dir")
  src=$(ls "$dir$id".txt "$dir$id".md "input/$id.txt" 2>/dev/null | head -n 1 || true)
  npx tsx pipeline/run.ts "$src" --out "$tmp" --quiet > /dev/null
  echo "== $id"
  npx tsx pipeline/evaluate.ts "$tmp/$id/article.json" "$dir$id.gold.json" --source "$src" "$@"
done
rm -rf "$tmp"
