#!/bin/sh
# Rebuilds src/main/resources/public/newsroom/body-editor.js from the locked packages
# (docs/decisions/0720-tiptap-body-editor.md). Same lock file, same esbuild: same bundle.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npx esbuild src/body-editor.js --bundle --minify --format=iife --target=es2020 --legal-comments=eof \
  --outfile=../src/main/resources/public/newsroom/body-editor.js
