#!/usr/bin/env bash
# Rebuilds the producer corpus: the same figures (figures.json) written by ExcelJS, SheetJS, openpyxl (with an Excel
# Table; and with the 1904 date system) and LibreOffice (the ExcelJS file opened and saved again by soffice).
# Run from the repository root: bash test/workbook/xlsx/producers/make.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
npx tsx "$here/writeWithNode.ts"
/usr/bin/python3 "$here/writeWithOpenpyxl.py"
tmp="$(mktemp -d)"
cp "$here/exceljs.xlsx" "$tmp/libreoffice.xlsx"
soffice --headless --norestore "-env:UserInstallation=file://$tmp/profile" --convert-to xlsx:"Calc MS Excel 2007 XML" \
  --outdir "$tmp/out" "$tmp/libreoffice.xlsx" >/dev/null
cp "$tmp/out/libreoffice.xlsx" "$here/libreoffice.xlsx"
rm -rf "$tmp"
ls -l "$here"/*.xlsx
