#!/bin/sh
# The report exports open where people open them: the per-recipient CSV in LibreOffice Calc (converted headless, it
# must come back with every row and the same header), the PDF summary in a PDF viewer (poppler renders its page).
# Usage: check_exports.sh DIR, where tst_panes left march.csv and march.pdf (CM_EXPORTS_DIR).
set -eu
dir=$1
csv=$dir/march.csv
pdf=$dir/march.pdf
for tool in soffice pdfinfo pdftoppm; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run packaging/debian-deps.sh --tests"; exit 1; }
done
[ -s "$csv" ] && [ -s "$pdf" ] || { echo "no exports in $dir: tst_panes writes them"; exit 1; }

# LibreOffice, with a profile of its own so that it never meets a running instance.
out=$dir/calc
rm -rf "$out" && mkdir -p "$out"
# CSV filter options: comma (44), double quote (34), UTF-8 (76), from line 1.
soffice -env:UserInstallation="file://$dir/lo-profile" --headless --norestore \
  --infilter="CSV:44,34,76,1" --convert-to "csv:Text - txt - csv (StarCalc):44,34,76" --outdir "$out" "$csv" \
  >"$dir/soffice.log" 2>&1 || { cat "$dir/soffice.log"; exit 1; }
back=$out/march.csv
[ -s "$back" ] || { echo "LibreOffice did not read $csv"; cat "$dir/soffice.log"; exit 1; }
# Same number of rows, same header (Calc drops the byte order mark and may requote).
rows_in=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))))' "$csv")
rows_out=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))))' "$back")
[ "$rows_in" -gt 1 ] && [ "$rows_in" = "$rows_out" ] || { echo "rows: ours $rows_in, LibreOffice $rows_out"; exit 1; }
python3 - "$csv" "$back" <<'PY'
import csv, sys
ours = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
calc = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig")))
if ours[0] != calc[0]:
    sys.exit(f"header differs: {ours[0]} vs {calc[0]}")
for n, (a, b) in enumerate(zip(ours, calc), 1):
    if len(a) != len(b) or a[0] != b[0]:
        sys.exit(f"line {n} differs: {a} vs {b}")
print(f"LibreOffice read {len(calc)} rows of {len(calc[0])} columns")
PY

# The PDF: one page or more, and poppler renders it to a picture that is not blank.
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 1 ] || { echo "pdfinfo reads no pages"; exit 1; }
pdftoppm -png -r 40 -f 1 -l 1 "$pdf" "$dir/page"
png=$(ls "$dir"/page*.png | head -n 1)
python3 - "$png" <<'PY'
import sys, zlib, struct
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
# Decompress the image data and count distinct byte values: a blank page has one or two.
idat, pos = b"", 8
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
raw = zlib.decompress(idat)
if len(set(raw)) < 8:
    sys.exit("the PDF page renders blank")
print(f"poppler rendered page 1 of {sys.argv[1]}")
PY
echo "PDF: $pages page(s)"
